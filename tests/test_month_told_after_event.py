"""A month written right after an event (a visit's destination, a forum's place) is its time: it ends
the name and dates the event; a forum named after a described head word ("diễn đàn an ninh Đối thoại
X") is searched for its time past the inner trigger word (round 49, mend54)."""

from kg.model import PartialDate
from reading_helpers import events, rules_of

CALL = ("Sáng 14/9, tàu hộ vệ Aurora của Hải quân Italy đã cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu "
        "chuyến thăm hữu nghị 4 ngày.")
PAGE_DAY = PartialDate(2024, 9, 14)


def test_month_right_after_a_visits_destination_dates_it():
    text = (CALL + "\n\nChuyến thăm diễn ra sau khi Tổng thống Italy Marco Rossi thăm chính thức Việt Nam "
            "tháng 3, khi hai nước thống nhất mở rộng hợp tác.")
    visits = events(text, PAGE_DAY, "Visit")
    assert [str(v.start) for v in visits] == ["2024-03"]
    assert "event.month-right-after" in rules_of(visits)


def test_month_and_year_right_after_a_visit():
    text = (CALL + "\n\nChuyến thăm diễn ra sau khi Thủ tướng Italy Marco Rossi thăm Việt Nam tháng 2/2024, "
            "mở ra nhiều hướng hợp tác mới.")
    assert [str(v.start) for v in events(text, PAGE_DAY, "Visit")] == ["2024-02"]


def test_an_earlier_years_visit_stays_a_recap():
    text = (CALL + "\n\nChuyến thăm diễn ra sau khi Thủ tướng Italy Marco Rossi thăm Việt Nam tháng 11/2023, "
            "mở ra nhiều hướng hợp tác mới.")
    assert events(text, PAGE_DAY, "Visit") == []


def test_forum_named_after_a_described_head_takes_its_month():
    text = (CALL + "\n\nThuyền trưởng cho biết, lịch trình của tàu đã được lãnh đạo hai nước thống nhất tại "
            "diễn đàn an ninh Đối thoại Shangri-La 2024 ở Singapore hồi tháng 6, thể hiện sự tin cậy.")
    forums = events(text, PAGE_DAY, "Conference")
    assert [str(f.start) for f in forums] == ["2024-06"]


def test_day_of_a_call_is_unchanged():
    assert [str(c.start) for c in events(CALL, PAGE_DAY, "PortCall")] == ["2024-09-14"]
