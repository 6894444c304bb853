"""Round 30: a congratulation for another country's national day ("Chủ tịch nước X gửi điện mừng Tổng
thống Y nhân dịp ... Quốc khánh ...") glued as the page's last paragraph after a visit story is a
diplomatic brief of its own: its foreign head of state and country are not the story's. A page about
congratulations keeps its telegrams."""

from __future__ import annotations

from kg.pipeline.clean import CONGRATULATION_ITEM, clean_page
from tests.reading_helpers import read

STORY = (
    "Việt Nam và Chile thúc đẩy hợp tác quốc phòng\n\n"
    "Sáng 11/9, tại Hà Nội, Thượng tướng Quách Văn Đạt, Thứ trưởng Bộ Quốc phòng, hội đàm với Tướng "
    "Rodrigo Valdivieso, Tổng Tham mưu trưởng Quân đội Chile.\n\n"
    "Hai bên nhất trí tăng cường trao đổi đoàn, hợp tác đào tạo sĩ quan và gìn giữ hòa bình Liên hợp quốc.\n\n"
    "Tướng Rodrigo Valdivieso mời đoàn Bộ Quốc phòng Việt Nam thăm Chile trong năm tới."
)
TELEGRAM = ("Chủ tịch nước Trịnh Gia Khang gửi điện mừng Tổng thống Cộng hòa Malawi Joseph Kamwendo nhân dịp "
            "kỷ niệm 62 năm Ngày Độc lập của Malawi (6/7/1964 - 6/7/2026).")


def test_a_congratulation_glued_after_the_story_goes() -> None:
    page = f"{STORY}\n\n{TELEGRAM}"
    cleaned = clean_page(page)
    assert any(r.rule == CONGRATULATION_ITEM and "Malawi" in r.text for r in cleaned.removed)
    doc = read(page)
    names = {o.name for o in doc.officials}
    assert "Joseph Kamwendo" not in names
    assert "Rodrigo Valdivieso" in names


def test_a_page_of_congratulations_keeps_them() -> None:
    page = ("Lãnh đạo các nước gửi điện mừng Quốc khánh\n\n"
            "Nhân dịp Quốc khánh, lãnh đạo nhiều nước đã gửi điện, thư chúc mừng tới lãnh đạo Việt Nam.\n\n"
            "Tổng thống Chile Rodrigo Valdivieso gửi điện mừng tới Chủ tịch nước Trịnh Gia Khang.\n\n"
            "Thủ tướng Peru Ana Quispe gửi thư mừng tới Thủ tướng Chính phủ Việt Nam.\n\n"
            f"{TELEGRAM}")
    assert "Joseph Kamwendo" in clean_page(page).text


def test_a_congratulation_to_the_story_s_country_stays() -> None:
    tail = ("Chủ tịch nước Trịnh Gia Khang gửi điện mừng Tổng thống Chile nhân dịp kỷ niệm "
            "Quốc khánh Chile, khẳng định hai nước sẽ tiếp tục làm sâu sắc quan hệ hợp tác.")
    assert "Quốc khánh Chile" in clean_page(f"{STORY}\n\n{tail}").text


def test_a_congratulation_with_a_defence_word_stays() -> None:
    tail = ("Chủ tịch nước Trịnh Gia Khang gửi điện mừng Tổng thống Malawi nhân dịp kỷ niệm Ngày Độc lập, "
            "mong muốn hai nước mở rộng hợp tác quốc phòng và gìn giữ hòa bình.")
    assert "Malawi" in clean_page(f"{STORY}\n\n{tail}").text
