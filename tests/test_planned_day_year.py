"""A planned yearless day takes the year that puts it nearest the page's date (round 52k)."""
from kg.pipeline.dates import PartialDate, resolve_year
from tests.reading_helpers import events


def test_plan_told_days_after_its_day_is_this_years():
    d = resolve_year(PartialDate(None, 6, 20), PartialDate(2026, 6, 24), "future")
    assert d == PartialDate(2026, 6, 20)


def test_plan_for_early_january_on_a_late_december_page_is_next_years():
    d = resolve_year(PartialDate(None, 1, 5), PartialDate(2026, 12, 20), "future")
    assert d == PartialDate(2027, 1, 5)


def test_plan_ahead_in_the_year_is_this_years():
    d = resolve_year(PartialDate(None, 9, 2), PartialDate(2026, 6, 24), "future")
    assert d == PartialDate(2026, 9, 2)


def test_planned_month_of_the_page_is_this_years():
    d = resolve_year(PartialDate(None, 4, None), PartialDate(2026, 4, 16), "future")
    assert d == PartialDate(2026, 4, None)


def test_drill_planned_a_few_days_before_the_page_keeps_the_pages_year():
    found = events(
        "Hải quân Việt Nam và Hải quân Ấn Độ diễn tập chung trên biển\n"
        "Ngày 26/8/2026\n"
        "Theo kế hoạch, tàu Hải quân Ấn Độ dự kiến rời cảng Cam Ranh sáng 22/8, sau đó đã tham gia "
        "diễn tập chung với Hải quân Việt Nam trên vùng biển miền Trung.\n",
        published=PartialDate(2026, 8, 26),
    )
    dated = [e for e in found if e.start is not None]
    assert dated and all(e.start.year == 2026 for e in dated)
