"""A border friendship exchange over several days (round 52g): the guests' one-day visit to a border post on one of
its days is a stop of its programme (`event.stop-of-an-exchange`); a visit on a day after it stays a visit."""

from kg.model import PartialDate

from tests.reading_helpers import read, rules_of

PAGE_DAY = PartialDate(2025, 4, 14)
LEAD = ("Trong 2 ngày 9-10/4, tại xã Hướng Lập, tỉnh Quảng Trị, Bộ đội Biên phòng tỉnh Quảng Trị (Việt Nam) và Bộ "
        "Chỉ huy Quân sự tỉnh Savannakhet (Lào) đã tổ chức chương trình giao lưu hữu nghị biên giới lần thứ 3.\n\n")
SPEECH = ("Phát biểu tại buổi giao lưu, Đại tá Nguyễn Văn Hùng khẳng định quan hệ hai nước là tài sản quý.\n\n")
STOP = "Ngày {day}/4, đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Savannakhet thăm Đồn Biên phòng Thanh và trồng cây lưu niệm."


def test_the_guests_visit_on_a_day_of_the_exchange_is_a_stop_of_it():
    doc = read(LEAD + SPEECH + STOP.format(day=10), PAGE_DAY)
    assert [e.type for e in doc.events] == ["Exchange"]
    assert "event.stop-of-an-exchange" in rules_of(doc.events)


def test_a_visit_after_the_exchange_stays_a_visit():
    doc = read(LEAD + SPEECH + STOP.format(day=12), PAGE_DAY)
    assert sorted(e.type for e in doc.events) == ["Exchange", "Visit"]
