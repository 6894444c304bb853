"""An undated visit or port call joined by "và" to the exchange of its programme is one trip: the days
told after the exchange are its days (event.days-of-visit-and-exchange, round 51b)."""

from tests.reading_helpers import events, rules_of

OPENING = ("Chuyến thăm Hải Phòng của tàu tuần tra thuộc Lực lượng Bảo vệ bờ biển Nhật Bản là chuyến thăm Việt Nam "
           "đầu tiên của tàu thuộc lực lượng này trong năm 2024.\n")
TRIP = ("Tàu tuần tra HAKUBA do Đại tá Kenji Mori làm trưởng đoàn đã bắt đầu chuyến thăm hữu nghị và giao lưu với "
        "TP Hải Phòng và các đơn vị liên quan trong 5 ngày (từ 10 - 14/3).")


def test_the_days_after_the_exchange_date_the_call():
    calls = events(OPENING + TRIP, kind="PortCall")
    assert [(str(c.start), str(c.end)) for c in calls] == [("2024-03-10", "2024-03-14")]
    assert "event.days-of-visit-and-exchange" in rules_of(calls)


def test_a_visit_with_a_day_of_its_own_keeps_it():
    text = OPENING + TRIP.replace("chuyến thăm hữu nghị và", "chuyến thăm hữu nghị sáng 9/3 và")
    calls = events(text, kind="PortCall")
    assert [str(c.start) for c in calls] == ["2024-03-09"]
    assert "event.days-of-visit-and-exchange" not in rules_of(calls)
