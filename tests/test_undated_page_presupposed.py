"""Round 46b: on a page whose text tells no date, talks presupposed by "tại hội đàm" mid-sentence
("Theo Bộ Quốc phòng, tại hội đàm, Đại tướng A khẳng định ...") were held: some day of the page's
month (`event.month-of-an-undated-page`). Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events


def test_talks_told_by_tai_hoi_dam_take_the_pages_month() -> None:
    text = ("Theo Bộ Quốc phòng, tại hội đàm, Đại tướng Lưu Văn Trác khẳng định chuyến thăm của Bộ trưởng "
            "Quốc phòng Brunei Pehin Dato Haji Awang Samsul có ý nghĩa quan trọng.")
    talks = events(text, published=PartialDate(2026, 2), kind="Talks")
    assert talks and talks[0].start == PartialDate(2026, 2)
