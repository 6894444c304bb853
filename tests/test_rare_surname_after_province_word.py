""""tỉnh" right before a three-word name opening with a rarer surname ("Phó Chủ tịch UBND tỉnh Lục Văn X",
"Chủ tịch UBND tỉnh Khổng Minh Y") is a person, as with "Nguyễn" (round 8): no province opens with
"Lục" or "Khổng". "tỉnh Giang Tô" and "tỉnh Lạng Sơn" stay places (round 43)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read

DAY = PartialDate(2026, 5, 12)


def test_a_vice_chair_with_a_rare_surname_after_the_province_word_is_an_official() -> None:
    doc = read("Phó Chủ tịch UBND tỉnh Lục Văn Khang tiếp chỉ huy tàu Hải quân Hoàng gia Malaysia\n\n"
               "Chiều 12/5, tại trụ sở UBND tỉnh, đồng chí Phó Chủ tịch UBND tỉnh đã tiếp Đại tá Ahmad Faizal, "
               "Chỉ huy tàu KD Lekiu đến chào xã giao.\n", DAY)
    assert {o.name: o.country for o in doc.officials}.get("Lục Văn Khang") == "VNM"


def test_a_chair_named_in_the_body_after_the_province_word_is_an_official() -> None:
    doc = read("Ngày 12/5, Chủ tịch UBND tỉnh Khổng Minh Sơn đã tiếp Đoàn đại biểu quân sự tỉnh Hủa Phăn (Lào) "
               "do Đại tá Bounmy Phommachanh dẫn đầu.\n", DAY)
    assert "Khổng Minh Sơn" in {o.name for o in doc.officials}


def test_a_chinese_province_after_the_province_word_stays_a_place() -> None:
    doc = read("Ngày 12/5, Đại tá Trần Văn Hải tiếp đoàn Quân khu tỉnh Giang Tô Trung Quốc.\n", DAY)
    assert not any(o.name.startswith("Giang Tô") for o in doc.officials)
