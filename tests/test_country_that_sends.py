"""A country opening its clause that sends the person named after "cử" gives that person its country
(`official.country-that-sends`), however Vietnamese a Sino-Vietnamese name looks ("Trung Quốc cử Trung
tướng Tạ Minh Viễn ..."). Sentences are our own."""

from __future__ import annotations

from kg.pipeline import extract


def _countries(text: str) -> dict[str, str]:
    return {o.name: o.country for o in extract(text).officials}


def test_the_country_that_sends_an_official_is_his() -> None:
    text = ("Diễn đàn có đại diện 30 nước. Nhật Bản có Bộ trưởng Quốc phòng Sato Ken; Trung Quốc cử Trung tướng "
            "Tạ Minh Viễn, Phó Hiệu trưởng Đại học Quốc phòng, làm trưởng đoàn.")
    assert _countries(text)["Tạ Minh Viễn"] == "CHN"


def test_a_country_inside_a_body_sends_no_one() -> None:
    # the clause opens with a Vietnamese body, not the country: the name's own shape decides
    text = ("Sáng 2/6, Bộ Tư lệnh Hải quân Việt Nam cử Đại tá Lương Văn Hòa, Phó Tham mưu trưởng, dự lễ đón "
            "tàu của Hải quân Singapore.")
    assert _countries(text)["Lương Văn Hòa"] == "VNM"
