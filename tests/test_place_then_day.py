"""An event's place right after it, then its day with no other cue ("tham dự Hội nghị X tại Manila,
Philippines ngày 14 tháng 3"): the day is the event's (pattern `place-then-day`); a day opening another
clause after a comma ("tại Hà Nội, ngày 15/3 đoàn ...") is not."""

from kg.model import PartialDate

from tests.reading_helpers import events

PLACE_DAY = (
    "Việt Nam dự hội nghị quốc phòng khu vực\n\n"
    "Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng Việt Nam đã tham dự Hội nghị Quan chức Quốc phòng "
    "các nước Đông Á tại Manila, Philippines ngày 14 tháng 3/2024."
)

OTHER_CLAUSE = (
    "Việt Nam dự hội nghị quốc phòng khu vực\n\n"
    "Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng Việt Nam đã tham dự Hội nghị Quan chức Quốc phòng "
    "các nước Đông Á tại Manila, ngày 16/3/2024 đoàn về nước."
)


def test_day_after_the_place_is_the_events():
    confs = events(PLACE_DAY, kind="Conference")
    assert confs and confs[0].start == PartialDate(2024, 3, 14)


def test_day_opening_another_clause_is_not():
    confs = events(OTHER_CLAUSE, kind="Conference")
    assert confs and confs[0].start != PartialDate(2024, 3, 16)


UNTIL = (
    "Tàu hải quân Canada thăm Nha Trang\n\n"
    "Sáng 11/3/2024, tàu HMCS Ottawa của Hải quân Canada đã cập cảng Cam Ranh, bắt đầu chuyến thăm Khánh Hòa. "
    "Thuyền trưởng cho biết tàu sẽ dừng chân ở Nha Trang đến ngày 14/3/2024."
)


def test_day_after_until_is_no_start():
    calls = events(UNTIL, kind="PortCall")
    assert calls and all(c.start != PartialDate(2024, 3, 14) for c in calls)
