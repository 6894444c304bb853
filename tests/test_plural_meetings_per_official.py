"""Meetings told in the plural ("có các cuộc gặp với A, B và C", "các cuộc gặp chào xã giao A và B") with
several officials of one foreign country are one meeting with each (`event.one-meeting-per-official`);
side meetings dated only by the days of a show a delegation attended are some day of it, its month
(`event.some-day-of-the-forum`)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

PLURAL_CALLS = (
    "Ngày 12/3/2025, Đại sứ Việt Nam tại Hungary Trần Thị Mai đã có các cuộc gặp chào xã giao Bộ trưởng "
    "Quốc phòng Hungary Laszlo Farkas và Tổng Tham mưu trưởng Quân đội Hungary Gabor Szabo."
)
SINGULAR_CALL = (
    "Ngày 12/3/2025, Đại sứ Việt Nam tại Hungary Trần Thị Mai đã chào xã giao Bộ trưởng "
    "Quốc phòng Hungary Laszlo Farkas và Tổng Tham mưu trưởng Quân đội Hungary Gabor Szabo."
)
SHOW_TRIP = (
    "Từ ngày 10 đến 14/11/2024, đoàn đại biểu Bộ Quốc phòng Việt Nam do Thiếu tướng Trần Văn Hải, Cục trưởng "
    "Cục Đối ngoại làm trưởng đoàn tham dự Triển lãm Quốc phòng Hải quân Euronaval 2024 tại Paris, Pháp.\n"
    "Nhân chuyến công tác, Thiếu tướng Trần Văn Hải có các cuộc gặp với ông Pierre Lambert, Vụ trưởng Vụ "
    "Quan hệ quốc tế Bộ Quân đội Pháp, Chuẩn Đô đốc Luc Moreau, Phó Tham mưu trưởng Hải quân Pháp và "
    "ông Henri Girard, Giám đốc Cơ quan Mua sắm quốc phòng Pháp."
)
SHOW_TRIP_OWN_DAY = SHOW_TRIP.replace("Nhân chuyến công tác, Thiếu", "Chiều 12/11, Thiếu")


def test_plural_calls_on_two_officials_of_one_country_are_two_meetings():
    found = events(PLURAL_CALLS, kind="Meeting")
    assert sorted(e.participants[-1] for e in found) == ["Gabor Szabo", "Laszlo Farkas"]
    assert all(e.start == PartialDate(2025, 3, 12) for e in found)
    assert "event.one-meeting-per-official" in rules_of(found)


def test_a_call_in_the_singular_stays_one_meeting():
    found = events(SINGULAR_CALL, kind="Meeting")
    assert len(found) == 1
    assert {"Laszlo Farkas", "Gabor Szabo"} <= set(found[0].participants)


def test_meetings_during_a_show_are_of_its_month_one_each():
    found = events(SHOW_TRIP, kind="Meeting")
    assert sorted(e.participants[-1] for e in found) == ["Henri Girard", "Luc Moreau", "Pierre Lambert"]
    assert all(e.start == PartialDate(2024, 11) and e.end is None for e in found)
    assert "event.some-day-of-the-forum" in rules_of(found)


def test_a_meeting_with_its_own_day_during_a_show_keeps_it():
    found = events(SHOW_TRIP_OWN_DAY, kind="Meeting")
    assert found and all(e.start == PartialDate(2024, 11, 12) for e in found)
