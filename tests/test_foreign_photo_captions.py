"""Credited captions of unrelated foreign photos set among a bilateral story's own (round 27): a unit's or
an academy's page shows a wire photo of another country's leader between its own captions. Sentences are
our own."""

from __future__ import annotations

from kg.pipeline.clean import FOREIGN_PHOTO, clean_page
from tests.reading_helpers import read

STORY = (
    "Học viện Kỹ thuật Quân sự tiếp đoàn Đại học Quốc phòng Hungary\n\n"
    "Ngày 17/4, tại Hà Nội, Trung tướng Hồ Quang Tuấn, Giám đốc Học viện Kỹ thuật Quân sự, đã tiếp đoàn Đại "
    "học Dịch vụ công Quốc gia Hungary do Thiếu tướng Zoltán Kovács, Phó Hiệu trưởng, dẫn đầu.\n\n"
    "Hai bên trao đổi về đào tạo kỹ sư quân sự và nghiên cứu chung về vật liệu mới.\n\n"
    "Trung tướng Hồ Quang Tuấn tặng quà lưu niệm cho Thiếu tướng Zoltán Kovács. Ảnh: Minh Khang"
)


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


def test_a_wire_photo_of_another_country_goes() -> None:
    caption = "Thủ tướng Ba Lan Jan Nowicki thị sát lữ đoàn tăng thiết giáp gần Warsaw. Ảnh: Reuters"
    page = f"{STORY}\n\n{caption}\n\nĐoàn tham quan phòng thí nghiệm của Học viện. Ảnh: Minh Khang"
    assert {r.text: r.rule for r in clean_page(page).removed}[caption] == FOREIGN_PHOTO
    assert _names(read(page)) == {"Hồ Quang Tuấn", "Zoltán Kovács"}


def test_a_caption_of_the_storys_country_stays() -> None:
    caption = "Thiếu tướng Zoltán Kovács, Phó Hiệu trưởng Đại học Dịch vụ công Quốc gia Hungary, phát biểu. Ảnh: Minh Khang"
    page = f"{STORY}\n\n{caption}"
    assert FOREIGN_PHOTO not in {r.rule for r in clean_page(page).removed}


def test_a_multilateral_page_keeps_its_captions() -> None:
    page = ("Hội nghị Tư lệnh Lục quân các nước ASEAN\n\n"
            "Ngày 9/5, tại Vientiane, Lào, Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 25 khai mạc với sự "
            "tham dự của đoàn Việt Nam, Campuchia, Thái Lan và các nước thành viên.\n\n"
            "Các đoàn trao đổi về hợp tác ứng phó thảm họa và huấn luyện chung trong khu vực.\n\n"
            "Đại tướng Rahmat Hidayat, Tư lệnh Lục quân Indonesia, phát biểu tại hội nghị. Ảnh: Quang Vinh")
    assert FOREIGN_PHOTO not in {r.rule for r in clean_page(page).removed}


def test_a_page_naming_no_country_keeps_its_caption() -> None:
    page = ("Học viện Kỹ thuật Quân sự tiếp đoàn bạn\n\n"
            "Ngày 17/4, tại Hà Nội, Trung tướng Hồ Quang Tuấn, Giám đốc Học viện Kỹ thuật Quân sự, đã tiếp đoàn "
            "cán bộ, giảng viên của một trường đại học quân sự nước bạn sang thăm và làm việc.\n\n"
            "Hai bên trao đổi về đào tạo kỹ sư quân sự và nghiên cứu chung về vật liệu mới.\n\n"
            "Thiếu tướng Zoltán Kovács (Hungary) phát biểu tại buổi làm việc. Ảnh: Minh Khang")
    assert FOREIGN_PHOTO not in {r.rule for r in clean_page(page).removed}
