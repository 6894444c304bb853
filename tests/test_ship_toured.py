"""Round 53c: a ship right after a bare "thăm", its object ("người dân lên thăm tàu vào chiều 16-5", "các sĩ quan
đã lên thăm Tàu 012"), is people touring the ship during its call (`event.ship-toured`, pattern
`ship-toured-after`): no second port call on that day. A ship that "thăm" a country is still a call.
Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate

from reading_helpers import drops, events, read

LEAD = ("Sáng 14/5/2026, tàu 012 - Lý Thái Tổ của Hải quân nhân dân Việt Nam đã cập cảng Tanjung Perak, bắt đầu "
        "chuyến thăm hữu nghị Indonesia. ")
TOURED = "Tàu Lý Thái Tổ cũng mở cửa đón kiều bào lên thăm tàu vào chiều 16-5."


def test_people_touring_the_ship_open_no_second_call() -> None:
    calls = events(LEAD + TOURED, PartialDate(2026, 5, 17), kind="PortCall")
    assert [str(c.start) for c in calls] == ["2026-05-14"]


def test_touring_is_recorded_as_dropped() -> None:
    assert "event.ship-toured" in drops(read(LEAD + TOURED, PartialDate(2026, 5, 17)), "event")


def test_a_ship_visiting_a_country_is_still_a_call() -> None:
    text = "Ngày 20/5/2026, tàu 012 - Lý Thái Tổ của Hải quân nhân dân Việt Nam thăm Malaysia."
    calls = events(text, PartialDate(2026, 5, 21), kind="PortCall")
    assert [(str(c.start), sorted(c.countries)) for c in calls] == [("2026-05-20", ["MYS", "VNM"])]
