"""A short name told with a part of the event leading it ("Lễ khai mạc SDD-14 diễn ra sáng 9/9") on a day inside
the days the event was told over: the part's day, the stretch stays the event's (round 48c, realev15).
Sentences of our own."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def _forum(text: str) -> list:
    return events(text, PartialDate(2024, 9, 11), "Conference")


LEAD = ("Từ ngày 10-12/9, đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Nguyễn Văn B dẫn đầu đã tham dự "
        "Đối thoại Quốc phòng Seoul lần thứ 13 (SDD-13) tại Hàn Quốc. ")


def test_opening_ceremony_keeps_the_stretch():
    found = _forum(LEAD + "Lễ khai mạc SDD-13 diễn ra sáng 11/9 với sự tham dự của khoảng 900 đại biểu.")
    assert [(str(e.start), str(e.end)) for e in found] == [("2024-09-10", "2024-09-12")]
    assert "event.part-day-within-stretch" in rules_of(found)


def test_short_name_said_to_take_place_still_dates_it():
    text = ("Đoàn đại biểu Bộ Quốc phòng Việt Nam đã tham dự Đối thoại Quốc phòng Seoul lần thứ 13 (SDD-13) tại Hàn "
            "Quốc. SDD-13 diễn ra ngày 11/9 với sự tham dự của khoảng 900 đại biểu.")
    assert [str(e.start) for e in _forum(text)] == ["2024-09-11"]
