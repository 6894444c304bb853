"""A yearless day told as done a few days after the page's date takes the year nearest the page
(`date.nearest-year-past-day`, round 53b); later days and months still go back a year."""
from kg.pipeline.dates import PartialDate, find_dates, resolve_year
from tests.reading_helpers import events


def test_day_told_as_done_just_after_the_page_is_this_years():
    d = resolve_year(PartialDate(None, 6, 28), PartialDate(2026, 6, 24), "past")
    assert d == PartialDate(2026, 6, 28)


def test_early_january_told_as_done_on_a_late_december_page_is_next_years():
    d = resolve_year(PartialDate(None, 1, 2), PartialDate(2026, 12, 30), "past")
    assert d == PartialDate(2027, 1, 2)


def test_late_december_told_as_done_on_an_early_january_page_is_last_years():
    d = resolve_year(PartialDate(None, 12, 28), PartialDate(2026, 1, 3), "past")
    assert d == PartialDate(2025, 12, 28)


def test_day_told_as_done_weeks_after_the_page_is_last_years():
    d = resolve_year(PartialDate(None, 7, 8), PartialDate(2026, 6, 24), "past")
    assert d == PartialDate(2025, 7, 8)


def test_month_told_as_done_after_the_pages_month_is_last_years():
    d = resolve_year(PartialDate(None, 7, None), PartialDate(2026, 6, 28), "past")
    assert d == PartialDate(2025, 7, None)


def test_day_after_a_done_verb_in_the_sentence():
    found = find_dates("Đoàn công tác đã đến thủ đô Viêng Chăn ngày 28/6.", PartialDate(2026, 6, 24))
    assert [m.date for m in found] == [PartialDate(2026, 6, 28)]


def test_talks_told_as_held_the_day_after_the_pages_stamp():
    found = events(
        "Hội đàm quốc phòng Việt Nam - Lào\n"
        "Ngày 27/6/2026\n"
        "Đại tướng Trần Văn Bình, Bộ trưởng Quốc phòng Việt Nam đã hội đàm với Đại tướng Khamla Sibounheuang, "
        "Bộ trưởng Quốc phòng Lào chiều 28/6 tại Hà Nội.\n",
        published=PartialDate(2026, 6, 27),
        kind="Talks",
    )
    assert [e.start for e in found] == [PartialDate(2026, 6, 28)]


def test_visit_begun_a_day_after_the_pages_stamp():
    found = events(
        "Đoàn quân sự Lào thăm Việt Nam\n"
        "Ngày 27/6/2026\n"
        "Đoàn đại biểu quân sự cấp cao Quân đội nhân dân Lào do Đại tướng Khamla Sibounheuang dẫn đầu đã đến "
        "Hà Nội sáng 28/6, bắt đầu chuyến thăm chính thức Việt Nam.\n",
        published=PartialDate(2026, 6, 27),
        kind="Visit",
    )
    assert [e.start for e in found] == [PartialDate(2026, 6, 28)]


def test_port_calls_last_day_told_after_the_arrival_is_this_years():
    found = find_dates(
        "Sáng 10/7, tàu hộ vệ HNLMS Tromp cùng 150 sĩ quan, thủy thủ đã cập Cảng quốc tế Cam Ranh, bắt đầu "
        "chuyến thăm hữu nghị tỉnh Khánh Hòa đến hết ngày 13/7.", PartialDate(2026, 7, 10))
    assert [m.date for m in found] == [PartialDate(2026, 7, 10), PartialDate(2026, 7, 13)]


def test_talks_on_two_listed_days_are_one_stretch():
    found = events(
        "Hội đàm quốc phòng Việt Nam - Lào\n"
        "Ngày 8/7/2026\n"
        "Trong hai ngày 3 và 4/7, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam đã hội đàm với Đại tướng "
        "Khamla Sibounheuang, Bộ trưởng Quốc phòng Lào.\n",
        published=PartialDate(2026, 7, 8),
        kind="Talks",
    )
    assert [(e.start, e.end) for e in found] == [(PartialDate(2026, 7, 3), PartialDate(2026, 7, 4))]
