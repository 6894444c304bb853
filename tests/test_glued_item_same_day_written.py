"""Round 27: an item of another kind glued after a defence story, opening on the same day written
out ("Cùng ngày 14/5, ...", "Tối cùng ngày 14.5, ..."), goes like one opening "Cùng ngày, ..."
(`clean.civil-item-at-end`): its guest is no official of the story."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import CIVIL_ITEM, clean_page
from tests.reading_helpers import read

STORY = (
    "Bộ trưởng Quốc phòng Hà Lan thăm chính thức Việt Nam\n\n"
    "Sáng 14/5, tại Hà Nội, Đại tướng Hoàng Minh Đạt, Bộ trưởng Bộ Quốc phòng Việt Nam, chủ trì lễ đón "
    "và hội đàm với Bộ trưởng Quốc phòng Hà Lan Pieter de Wolff.\n\n"
    "Hai bên nhất trí đẩy mạnh hợp tác đào tạo sĩ quan, hải quân và gìn giữ hòa bình Liên hợp quốc.\n\n"
    "Sau hội đàm, hai Bộ trưởng chứng kiến lễ ký Bản ghi nhớ về hợp tác công nghiệp quốc phòng.\n\n"
    "Đây là chuyến thăm đầu tiên của một Bộ trưởng Quốc phòng Hà Lan tới Việt Nam sau 10 năm."
)


@pytest.mark.parametrize("opening", ["Cùng ngày 14/5, tại TP Hồ Chí Minh,", "Tối cùng ngày 14.5, tại TP Hồ Chí Minh,",
                                     "Chiều cùng ngày 14/5/2026, tại TP Hồ Chí Minh,"])
def test_an_item_on_the_same_day_written_out_is_glued(opening: str) -> None:
    item = (f"{opening} Thủ tướng Cộng hòa Séc Tomas Vrana dự Diễn đàn Doanh nghiệp Việt Nam - Séc về "
            "năng lượng tái tạo, với sự tham gia của hơn 150 doanh nghiệp hai nước.")
    page = f"{STORY}\n\n{item}"
    cleaned = clean_page(page)
    assert any(r.rule == CIVIL_ITEM and "Tomas Vrana" in r.text for r in cleaned.removed)
    assert "sau 10 năm" in cleaned.text  # the story stays
    doc = read(page)
    assert "Tomas Vrana" not in {o.name for o in doc.officials}
    assert "CZE" not in {c for e in doc.events for c in e.countries}


def test_the_same_day_with_a_defence_word_stays() -> None:
    """The story's own last paragraph, told on the same day with a word of its kind, stays."""
    tail = ("Cùng ngày 14/5, Bộ trưởng Pieter de Wolff đến thăm Học viện Quốc phòng, gặp gỡ các "
            "học viên quốc tế đang học tập tại đây.")
    page = f"{STORY}\n\n{tail}"
    assert "Học viện Quốc phòng" in clean_page(page).text
