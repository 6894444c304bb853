"""Calls and talks told inside a visit with no day of their own ("Trong thời gian chuyến thăm, X đã chào xã giao
A, hội kiến B"), dated only by the days the visit runs over: some day of that stay, its month, not the stay's
days (`event.some-day-of-the-stay`, round 45, realev10)."""

from kg.model import PartialDate
from tests.reading_helpers import events, of_type, rules_of

TEXT = ("Từ ngày 12 đến ngày 15 tháng 9 năm 2023, Đô đốc Carlos Ruiz, Tư lệnh Hải quân Chile đã sang thăm chính "
        "thức Việt Nam. Trong thời gian chuyến thăm, Đô đốc Carlos Ruiz đã tới chào xã giao Thượng tướng Lê Văn "
        "Hòa, Thứ trưởng Bộ Quốc phòng và hội đàm với Đô đốc Trần Minh Quang, Tư lệnh Hải quân Việt Nam.")


def test_the_calls_take_the_month_of_the_stay():
    found = events(TEXT)
    visit = [(e.start, e.end) for e in of_type(found, "Visit")]
    assert visit == [(PartialDate(2023, 9, 12), PartialDate(2023, 9, 15))]
    others = [e for e in found if e.type != "Visit"]
    assert others and all((e.start, e.end) == (PartialDate(2023, 9), None) for e in others)
    assert "event.some-day-of-the-stay" in rules_of(others)


def test_talks_with_their_own_day_keep_it():
    text = TEXT.replace("Trong thời gian chuyến thăm, ", "Sáng 13/9, ")
    talks = events(text, kind="Talks")
    assert talks and talks[0].start == PartialDate(2023, 9, 13)
