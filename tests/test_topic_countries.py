"""A country told of as a topic is no side: the war in Ukraine ("xung đột Nga - Ukraine",
"chiến sự tại Ukraine"), a market ("thị trường Mỹ"), and whatever follows "về" (about) in
the sentence of a foreign name with no country in its title. That name takes the country
of its delegation from the article instead."""

from __future__ import annotations

import pytest

from kg.pipeline import extract
from kg.pipeline.countries import find_countries


@pytest.mark.parametrize("phrase", [
    "ảnh hưởng của xung đột Nga - Ukraine",
    "cuộc xung đột ở Ukraine",
    "chiến sự tại Ukraine kéo dài",
    "hàng xuất khẩu sang thị trường Mỹ",
    "hai bên trao đổi về tình hình Myanmar",
    "quan điểm về vấn đề Triều Tiên",
])
def test_a_war_or_a_market_is_a_topic(phrase: str) -> None:
    assert find_countries(phrase) == []


def test_the_sides_named_plainly_stay() -> None:
    assert [c.code for c in find_countries("Bộ trưởng Quốc phòng Nga và Đại sứ Ukraine")] == ["RUS", "UKR"]


PAGE = (
    "Tàu Hải quân Brunei thăm Đà Nẵng\n\n"
    "Sáng 3/9, tàu KDB Darulehsan của Hải quân Hoàng gia Brunei cập cảng Tiên Sa, bắt đầu chuyến thăm 3 ngày.\n"
    "Sáng 4/9, Đại tá Trần Minh Đức, Phó Tư lệnh Vùng 3 Hải quân, hội đàm với Trung tá Haji Azmi, "
    "Chỉ huy tàu, trao đổi về tình hình Biển Đông, chiến sự ở Trung Đông và an ninh hàng hải ở Nhật Bản.\n"
)


def test_a_foreign_name_takes_no_country_from_the_topic() -> None:
    doc = extract(PAGE)
    azmi = next(o for o in doc.officials if o.name.endswith("Azmi"))
    assert azmi.country == "BRN"
    assert doc.partners == {"BRN"}


def test_a_country_after_and_belongs_to_the_next_person() -> None:
    page = (
        "Bộ trưởng Quốc phòng Campuchia thăm Việt Nam\n\n"
        "Sáng 5/3, tại Hà Nội, Đại tướng Lương Tam Quang hội đàm với Đại tướng Tea Seiha, "
        "Bộ trưởng Bộ Quốc phòng Campuchia.\n"
        "Đại tướng Tea Seiha cho biết Thủ tướng Samdech Rithy và Tổng thống Nga Igor Markov "
        "từng gặp nhau năm ngoái.\n"
    )
    doc = extract(page)
    by_name = {o.name: o.country for o in doc.officials}
    assert by_name.get("Igor Markov") == "RUS"
    assert by_name["Samdech Rithy"] == "KHM"
