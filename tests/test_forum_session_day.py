"""A plenary session's day inside a forum's stretch leaves the forum its days (round 22).

Sentences of our own."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_session_day_keeps_the_forum_stretch():
    text = ("Từ ngày 12 đến 14/6, tại Singapore, Thượng tướng Lê Văn An dẫn đầu đoàn đại biểu Bộ Quốc phòng "
            "Việt Nam tham dự Đối thoại Shangri-La lần thứ 25. "
            "Phát biểu tại phiên toàn thể thứ ba sáng 14/6, Thượng tướng Lê Văn An nêu quan điểm của Việt Nam "
            "về an ninh biển.")
    found = events(text, PartialDate(2028, 6, 15), "Conference")
    assert [(str(e.start), str(e.end)) for e in found] == [("2028-06-12", "2028-06-14")]
    assert "event.session-day" in rules_of(found)


def test_named_forum_day_still_dates_it():
    text = ("Sáng 14/6, Thượng tướng Lê Văn An phát biểu tại phiên toàn thể thứ ba của Đối thoại Shangri-La "
            "lần thứ 25 ở Singapore.")
    found = events(text, PartialDate(2028, 6, 15), "Conference")
    assert [str(e.start) for e in found] == ["2028-06-14"]
