"""'Chiều cùng ngày' told after a sentence opened by 'Sáng hôm sau': the relative day, not the last written one."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

TEXT = (
    "Ngày 14/3/2025, Đại tướng Phan Minh Quang đón Bộ trưởng Quốc phòng Campuchia Tea Seiha thăm chính thức Việt Nam. "
    "Sáng hôm sau, tại Hà Nội, Đại tướng Phan Minh Quang và Đại tướng Tea Seiha hội đàm. "
    "Chiều cùng ngày, Chủ tịch nước Nguyễn Đức Long đã tiếp Đại tướng Tea Seiha và đoàn đại biểu Bộ Quốc phòng Campuchia."
)


def test_same_day_after_next_day_opener_is_the_next_day():
    meetings = [e for e in events(TEXT, PartialDate(2025, 3, 16)) if e.type == "Meeting"]
    assert any(e.start == PartialDate(2025, 3, 15) for e in meetings), [e.start for e in meetings]
    assert "event.same-day-after-a-relative-day" in rules_of(meetings)


def test_same_day_without_relative_opener_keeps_the_told_day():
    text = TEXT.replace("Sáng hôm sau, tại Hà Nội,", "Sáng 15/3, tại Hà Nội,")
    meetings = [e for e in events(text, PartialDate(2025, 3, 16)) if e.type == "Meeting"]
    assert any(e.start == PartialDate(2025, 3, 15) for e in meetings)
    assert "event.same-day-after-a-relative-day" not in rules_of(meetings)
