"""A stretch of days with the first day's weekday in brackets is still one stretch."""

import pytest

from kg.model import PartialDate
from kg.pipeline.dates import find_dates


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Từ ngày 3 tháng 7 (thứ năm) đến ngày 6 tháng 7 năm 2025, đoàn thăm Lào.",
         PartialDate(2025, 7, 3), PartialDate(2025, 7, 6)),
        ("từ ngày 14/10 (Chủ nhật) đến 17/10/2024", PartialDate(2024, 10, 14), PartialDate(2024, 10, 17)),
        ("từ ngày 14/10 (thứ 2) - 17/10/2024", PartialDate(2024, 10, 14), PartialDate(2024, 10, 17)),
    ],
)
def test_a_weekday_after_the_first_day_keeps_the_stretch(text, start, end):
    (found,) = find_dates(text)
    assert (found.date, found.end_date) == (start, end)


def test_a_note_that_is_no_weekday_still_parts_two_dates():
    assert len(find_dates("ngày 14/10 (giờ địa phương) đến 17/10/2024")) == 2
