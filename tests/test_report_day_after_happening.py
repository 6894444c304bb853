"""A day told right after a reporting verb that closes the sentence of a happening ("..., Hải quân X cho biết hôm
4/5"): the report's day, not the happening's time (`event.report-day-after-it`, round 45, realev10)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

TEXT = ("Hai tàu hộ vệ của Hải quân Pháp vừa đến Đà Nẵng trong khuôn khổ hợp tác quốc phòng song phương, "
        "Hải quân Pháp cho biết trên mạng xã hội hôm 4/5/2023.\n\n"
        "Theo truyền thông trong nước, tàu FS Vendémiaire và tàu FS Prairial cập cảng Tiên Sa ngày 2/5/2023, "
        "bắt đầu chuyến thăm hữu nghị 4 ngày.")


def test_the_report_day_is_not_the_call_day():
    calls = events(TEXT, kind="PortCall")
    assert [c.start for c in calls] == [PartialDate(2023, 5, 2)]
    assert "event.report-day-after-it" in rules_of(calls)


def test_a_time_of_day_after_the_call_still_dates_it():
    text = "Tàu hộ vệ FS Prairial của Hải quân Pháp đã cập cảng Tiên Sa, Đà Nẵng chiều 2/5/2023."
    assert [c.start for c in events(text, kind="PortCall")] == [PartialDate(2023, 5, 2)]
