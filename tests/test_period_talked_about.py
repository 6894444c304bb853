"""A year or a month told after a happening as the time of what was talked about (round 52e): "Sáng 24/11,
hai đoàn tiến hành hội đàm, thông báo tình hình ... trong năm 2025" -- the talks are of the day heading the
sentence, not of the year the situation report covers (a cued year holding the head's day no longer wins over
it). A year that does not hold the head's day keeps its reading. Sentences are our own."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import events


def _talks(text: str) -> list:
    return [e.start for e in events(text, PartialDate(2026, 10, 9), "Talks")]


def test_the_year_reported_on_does_not_date_the_talks() -> None:
    text = ("Sáng 8/10, Bộ đội Biên phòng tỉnh Quảng Trị và Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) tiến hành "
            "hội đàm, thông báo kết quả phối hợp quản lý biên giới trong năm 2026 và thống nhất kế hoạch năm 2027.")
    assert _talks(text) == [PartialDate(2026, 10, 8)]


def test_the_month_reported_on_does_not_date_the_talks() -> None:
    text = ("Sáng 8/10, Bộ đội Biên phòng tỉnh Quảng Trị và Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) tiến hành "
            "hội đàm, đánh giá kết quả tuần tra chung trong tháng 10/2026.")
    assert _talks(text) == [PartialDate(2026, 10, 8)]


def test_a_month_apart_from_the_head_day_still_dates_the_talks() -> None:
    text = ("Sáng 8/10, Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) cho biết hai bên đã hội đàm với Bộ đội Biên phòng "
            "tỉnh Quảng Trị vào tháng 9/2026 tại thành phố Kaysone Phomvihane.")
    assert _talks(text) == [PartialDate(2026, 9)]
