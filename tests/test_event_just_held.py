"""A happening told as just held with no day anywhere ("Tại Hà Nội vừa diễn ra Đối thoại ...")
is of the page's month when the page is stamped from the 8th (`event.just-held-page-month`);
early in a month it may be last month's, and stays undated."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

TEXT = (
    "Tại Hà Nội vừa diễn ra Đối thoại Chính sách quốc phòng Việt Nam - Thái Lan lần thứ 9, do "
    "Thượng tướng Đỗ Minh Khang, Thứ trưởng Bộ Quốc phòng Việt Nam và Thứ trưởng Bộ Quốc phòng "
    "Thái Lan Somchai Rattana đồng chủ trì."
)


def test_just_held_takes_the_page_month():
    found = events(TEXT, PartialDate(2024, 6, 20), "Dialogue")
    assert len(found) == 1
    assert found[0].start == PartialDate(2024, 6)
    assert "event.just-held-page-month" in rules_of(found)


def test_early_in_the_month_stays_undated():
    found = events(TEXT, PartialDate(2024, 6, 3), "Dialogue")
    assert len(found) == 1
    assert found[0].start is None


def test_a_day_told_wins():
    text = TEXT.replace("Tại Hà Nội vừa diễn ra", "Ngày 12/6, tại Hà Nội đã diễn ra")
    found = events(text, PartialDate(2024, 6, 20), "Dialogue")
    assert found[0].start == PartialDate(2024, 6, 12)
