"""A sea named after a country, told as where something happens ("ra biển Nhật Bản",
"trên biển Philippines"), is no state, but a coast guard's name, a country's waters or a
seminar on a country's maritime security keep the country: the longest cue before the
name decides."""

from __future__ import annotations

import pytest

from kg.pipeline.countries import find_countries


@pytest.mark.parametrize("phrase, codes", [
    ("Triều Tiên phóng tên lửa ra biển Nhật Bản", ["PRK"]),
    ("hai hải quân diễn tập trên biển Philippines", []),
])
def test_a_sea_is_no_country(phrase: str, codes: list[str]) -> None:
    assert [c.code for c in find_countries(phrase)] == codes


@pytest.mark.parametrize("phrase, code", [
    ("tàu Cảnh sát biển Nhật Bản thăm Đà Nẵng", "JPN"),
    ("tàu của Lực lượng Bảo vệ bờ biển Ấn Độ", "IND"),
    ("trong vùng biển Philippines", "PHL"),
    ("Hải quân Nhật Bản", "JPN"),
    ("Lực lượng Tự vệ trên biển Nhật Bản", "JPN"),
    ("Tọa đàm An ninh Biển Việt Nam", "VNM"),
])
def test_a_coast_guard_or_a_country_waters_keep_the_country(phrase: str, code: str) -> None:
    assert [c.code for c in find_countries(phrase)] == [code]
