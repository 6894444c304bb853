"""A report's own day told before the happening ("... ngày 9.5 cho biết, tàu X đã ghé thăm Đà Nẵng hôm
6.5") does not keep the happening from its time of day told after it (round 43, realev5). Our own sentences."""

from kg.model import PartialDate

from tests.reading_helpers import events


def test_the_call_takes_its_day_after_a_report_day():
    text = ("Hãng tin Reuters dẫn thông báo của Hải quân Hoàng gia Anh ngày 9.5 cho biết, tàu đổ bộ HMS Albion "
            "đã ghé thăm Đà Nẵng hôm 6.5, trong hành trình hoạt động tại châu Á.")
    calls = events(text, PartialDate(2027, 5, 10), "PortCall")
    assert [c.start.iso() for c in calls] == ["2027-05-06"]


def test_a_day_of_another_happening_before_still_counts():
    text = ("Sáng 3/5, Hải quân Anh tổ chức lễ xuất phát, tàu đổ bộ HMS Albion sẽ rời cảng chiều 8/5.")
    assert not any(c.start is not None and c.start.day == 8 for c in events(text, PartialDate(2027, 5, 3)))
