"""A named event told as the occasion of a trip ("Nhân dịp tham dự X ..., chiều 18/9, A gặp B") is not
dated by the meeting's day: held around it, its month (event.month-of-what-it-frames, round 39)."""

from kg.model import PartialDate

from tests.reading_helpers import events, of_type, rules_of


def test_forum_attended_on_the_occasion_takes_the_month():
    text = ("Nhân dịp tham dự Diễn đàn An ninh Moskva lần thứ 9 và làm việc tại Nga, chiều 14/8, Đại tướng "
            "Nguyễn Văn An, Bộ trưởng Quốc phòng đã gặp song phương Thượng tướng Ivan Petrov, Bộ trưởng Quốc "
            "phòng Belarus.")
    found = events(text, PartialDate(2024, 8, 14))
    forums = of_type(found, "Conference")
    assert [f.start for f in forums] == [PartialDate(2024, 8)]
    assert "event.month-of-what-it-frames" in rules_of(forums)
    meetings = of_type(found, "Meeting")
    assert [m.start for m in meetings] == [PartialDate(2024, 8, 14)]


def test_forum_held_on_its_day_keeps_it():
    text = ("Chiều 14/8, tại Moskva, Diễn đàn An ninh Moskva lần thứ 9 đã khai mạc với sự tham dự của "
            "Đại tướng Nguyễn Văn An, Bộ trưởng Quốc phòng Việt Nam.")
    forums = events(text, PartialDate(2024, 8, 14), "Conference")
    assert [f.start for f in forums] == [PartialDate(2024, 8, 14)]
