"""ADMM and ADMM+ told on one page: two meetings, each on its own day (round 22).

Sentences of our own."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def _conferences(text: str, published: PartialDate) -> dict[str, PartialDate]:
    return {e.label: e.start for e in events(text, published, "Conference")}


def test_extended_meeting_is_another_meeting_on_the_next_day():
    text = ("Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) là diễn đàn mà Việt Nam coi trọng. "
            "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 18 (ADMM-18) khai mạc tại Viêng Chăn ngày "
            "20/11/2024 với sự tham dự của Đại tướng Phan Văn Giang. "
            "Ngày hôm sau, ADMM+ lần thứ 11 quy tụ thêm các đoàn Australia, Nhật Bản và Hàn Quốc.")
    found = events(text, PartialDate(2024, 11, 25), "Conference")
    assert sorted(str(e.start) for e in found) == ["2024-11-20", "2024-11-21"]
    plus = next(e for e in found if "mở rộng" in e.label)
    assert {"AUS", "JPN", "KOR"} <= set(plus.countries)
    assert "event.next-day" in rules_of([plus])


def test_short_name_opens_on_the_same_day():
    text = ("Hà Nội, 16/11/2025 - Sáng 16/11, Đại tướng Phan Văn Giang gặp Bộ trưởng Quốc phòng Nhật Bản Kenji Sato "
            "bên lề Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+) lần thứ 12 tại Kuala Lumpur. "
            "ADMM+ lần thứ 12 khai mạc chiều cùng ngày, với sự tham dự của bộ trưởng quốc phòng các nước ASEAN "
            "và tám nước đối tác.")
    found = events(text, PartialDate(2025, 11, 16), "Conference")
    assert [str(e.start) for e in found] == ["2025-11-16"]
    assert "event.short-name-on-the-same-day" in rules_of(found)


def test_named_meeting_told_on_the_day_before():
    text = ("Viêng Chăn, 21/11/2024 - Sáng 21/11, Bộ trưởng Quốc phòng Trung Quốc Đổng Quân gặp Đại tướng "
            "Phan Văn Giang. Một ngày trước đó, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 18 đã "
            "thông qua một tuyên bố về hợp tác quốc phòng.")
    found = events(text, PartialDate(2024, 11, 21), "Conference")
    assert [str(e.start) for e in found] == ["2024-11-20"]
    assert "event.day-before" in rules_of(found)
