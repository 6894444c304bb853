"""A calendar's or a timeline's day headings (round 28): a line of its own holding a day and nothing
but a weekday dates the items under it, up to the next heading."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

CALENDAR = """Lịch làm việc của lãnh đạo Bộ Quốc phòng trong tuần

Thứ Hai, ngày 4/5/2026

- Sáng: Thượng tướng Trần Minh Đức tiếp ông Hans Müller, Đại sứ Đức tại Việt Nam đến chào xã giao.

- Chiều: Thượng tướng Trần Minh Đức làm việc với Cục Kinh tế về kế hoạch năm.

Thứ Tư, ngày 6/5/2026

- Cả ngày: Tại Hà Nội, Thượng tướng Lê Quang Vinh và ông Pierre Dubois, Giám đốc Quan hệ quốc tế, Bộ Quân đội Pháp đồng chủ trì Đối thoại Chiến lược Quốc phòng Việt Nam - Pháp lần thứ 7.

Thứ Sáu, ngày 8/5/2026

- Cả ngày: Đại tướng Phạm Hữu Nghĩa dẫn đầu đoàn đại biểu quân sự Việt Nam thăm chính thức Thái Lan từ ngày 8 đến 10/5. Ngay sau lễ đón tại Bangkok, Đại tướng Phạm Hữu Nghĩa hội đàm với Đại tướng Somsak Chaiyaporn, Tư lệnh Quân đội Hoàng gia Thái Lan.
"""

PUBLISHED = PartialDate(2026, 5, 11)


def test_a_named_event_under_a_heading_takes_its_day():
    (dialogue,) = events(CALENDAR, PUBLISHED, "Dialogue")
    assert dialogue.start == PartialDate(2026, 5, 6)
    assert "event.day-heading" in rules_of([dialogue])


def test_talks_after_a_welcome_take_the_day_of_their_heading():
    (talks,) = events(CALENDAR, PUBLISHED, "Talks")
    assert talks.start == PartialDate(2026, 5, 8)


def test_an_item_right_under_its_heading_keeps_its_day():
    meetings = events(CALENDAR, PUBLISHED, "Meeting")
    assert [m.start for m in meetings] == [PartialDate(2026, 5, 4)]


def test_a_lone_date_line_is_no_heading():
    """A single date line (a date widget, a stamp) heads nothing of its own: the page's one day stays
    the lead's ("Sáng 3/5, ..." is told under it)."""
    text = ("Bộ trưởng tiếp Đại sứ Đức\n\nThứ Hai, ngày 4/5/2026\n\nSáng 3/5, tại Hà Nội, Thượng tướng Trần Minh Đức tiếp ông"
            " Hans Müller, Đại sứ Đức tại Việt Nam.\n\nTrước đó, Đại sứ đã hội đàm với ông Lê Văn Hòa, Thứ trưởng Bộ Ngoại giao.")
    assert "event.day-heading" not in rules_of(events(text, PUBLISHED))


def test_headings_months_apart_are_no_calendar():
    """Two date lines months apart (a stale header clock, an old story's line) make no calendar."""
    text = ("Bộ trưởng tiếp Đại sứ Đức tại Hà Nội\n\nThứ Ba, ngày 6/1/2026\n\n"
            "Tại Hà Nội, Thượng tướng Trần Minh Đức tiếp ông Hans Müller, Đại sứ Đức tại Việt Nam.\n\n"
            "Thứ Hai, ngày 4/5/2026\n\n"
            "Tại Berlin, Thượng tướng Trần Minh Đức hội đàm với ông Karl Weber, Thứ trưởng Quốc phòng Đức.")
    assert "event.day-heading" not in rules_of(events(text, PUBLISHED))


def test_an_item_further_down_takes_the_heading_above_it():
    """An item two paragraphs below its heading ("- Chiều: ..." after "- Sáng: ...") is still on the
    heading's day (`heading_above`), not on the calendar's first day."""
    text = ("Lịch công tác của lãnh đạo Bộ Quốc phòng trong tuần\n\n"
            "Thứ Hai, ngày 4/5/2026\n\n"
            "- Sáng: Thượng tướng Trần Minh Đức tiếp ông Hans Müller, Đại sứ Đức tại Việt Nam đến chào xã giao.\n\n"
            "Thứ Tư, ngày 6/5/2026\n\n"
            "- Sáng: Thượng tướng Trần Minh Đức làm việc với Cục Kế hoạch và Đầu tư về kế hoạch năm.\n\n"
            "- Chiều: Thượng tướng Lê Quang Vinh tiếp ông Kenji Watanabe, Tùy viên Quốc phòng Nhật Bản tại Việt Nam "
            "đến chào từ biệt.\n\n"
            "Thứ Sáu, ngày 8/5/2026\n\n"
            "- Sáng: Thượng tướng Trần Minh Đức làm việc với Cục Tài chính.\n")
    (farewell,) = [m for m in events(text, PUBLISHED, "Meeting") if "Kenji Watanabe" in m.participants]
    assert farewell.start == PartialDate(2026, 5, 6)
    assert "event.day-heading" in rules_of([farewell])


def test_a_calendar_whose_headline_was_cut_keeps_its_first_heading():
    """With no headline above it (cleaning took it with the page's top), the first day heading is the
    first line: still a heading, so a two-day calendar stays one and its second day's items keep their day."""
    calendar = ("Thứ Hai, ngày 4/5/2026\n\n- Sáng: Thượng tướng Trần Minh Đức tiếp ông Hans Müller, Đại sứ Đức tại Việt "
                "Nam đến chào xã giao.\n\nThứ Tư, ngày 6/5/2026\n\n- Cả ngày: Tại Hà Nội, Thượng tướng Lê Quang Vinh "
                "và ông Pierre Dubois, Giám đốc Quan hệ quốc tế, Bộ Quân đội Pháp đồng chủ trì Đối thoại Chiến lược "
                "Quốc phòng Việt Nam - Pháp lần thứ 7.\n")
    (dialogue,) = events(calendar, PUBLISHED, "Dialogue")
    assert dialogue.start == PartialDate(2026, 5, 6)
    assert "event.day-heading" in rules_of([dialogue])
