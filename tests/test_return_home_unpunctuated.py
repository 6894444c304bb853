"""A Vietnamese ship back home, its trip told as ended with no comma after the port
("đã cập cảng X kết thúc 1 tháng huấn luyện") or by the trip's length: no port call.
A time clause ("sau khi kết thúc chuyến thăm ...") keeps the call at the port."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import drops, events, of_type, read

DAY = PartialDate(2024, 6, 20)


def test_docking_home_with_no_comma_is_no_call():
    text = ("Sáng 20/6, tàu huấn luyện 286 của Học viện Hải quân đã cập cảng Cam Ranh kết thúc 25 ngày "
            "huấn luyện đường dài trên biển.")
    doc = read(text, DAY)
    assert of_type(doc.events, "PortCall") == []
    assert "event.ship-back-home" in drops(doc, "event")


def test_docking_home_ending_the_voyage_with_no_comma():
    text = "Chiều 20/6, tàu 012 đã cập cảng Quân cảng Hạ Long kết thúc tốt đẹp chuyến thăm hữu nghị Trung Quốc."
    assert events(text, DAY, "PortCall") == []


def test_the_length_of_the_trip_after_a_comma():
    text = "Ngày 20/6, tàu 016 đã cập cảng Đà Nẵng, kết thúc hai tháng hải trình huấn luyện và đối ngoại."
    assert events(text, DAY, "PortCall") == []


def test_a_time_clause_keeps_the_call():
    text = ("Ngày 20/6, tàu hộ vệ 011 của Hải quân Việt Nam đã cập cảng Manila, Philippines sau khi kết thúc "
            "chuyến thăm Indonesia.")
    calls = events(text, DAY, "PortCall")
    assert len(calls) == 1 and "PHL" in calls[0].countries
