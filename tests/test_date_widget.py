"""A site's date widget above a story's own stamp (round 28b): a head line that is a weekday and a full
date alone, maybe with a clock ("Thứ Hai, ngày 2 tháng 03 năm 2026, 08:41:10"), shows the day the page was
saved, not the day it was written; a stamp line of another day below it dates the page. Sentences are our
own."""

from __future__ import annotations

import pytest

from kg.model import PartialDate
from tests.reading_helpers import read

BODY = (
    "Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Lào\n\n"
    "{stamp}\n\n"
    "Chiều 17/11, tại Hà Nội, Đại tướng Trần Văn Bình, Bộ trưởng Bộ Quốc phòng Việt Nam, đã hội đàm với "
    "Đại tướng Khamphong Sisavath, Bộ trưởng Bộ Quốc phòng Lào.\n\n"
    "Hai bên nhất trí tăng cường hợp tác đào tạo cán bộ và trao đổi đoàn các cấp."
)


@pytest.mark.parametrize("widget", [
    "Thứ Hai, ngày 2 tháng 03 năm 2026, 08:41:10",  # a stale clock, years after the story
    "Thứ năm Ngày 19 Tháng 06 Năm 2025",
    "Chủ nhật, 3/8/2023",  # a clock saved before the story was written
])
def test_a_widget_above_the_stamp_does_not_date_the_page(widget: str) -> None:
    doc = read(widget + "\n" + BODY.format(stamp="TH - 14:05, 18/11/2024"))
    assert doc.published == PartialDate(2024, 11, 18)
    talks = [e for e in doc.events if e.type == "Talks"]
    assert [e.start for e in talks] == [PartialDate(2024, 11, 17)]


def test_a_weekday_stamp_alone_still_dates_the_page() -> None:
    doc = read("Thứ Hai, 18/11/2024\n" + BODY.format(stamp="Tin: Minh Hà"))
    assert doc.published == PartialDate(2024, 11, 18)


def test_a_stamp_of_the_same_day_below_keeps_it() -> None:
    doc = read("Thứ Hai, 18/11/2024, 09:12\n" + BODY.format(stamp="Cập nhật: 18/11/2024 16:40"))
    assert doc.published == PartialDate(2024, 11, 18)
