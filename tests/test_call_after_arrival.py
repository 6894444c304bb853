"""An arrival verb right before a call on someone ("Đại sứ X đã đến chào Đại tướng Y") tells the call,
a meeting as after a bare "đến chào", not a ship's arrival (round 25, heldout37)."""

from __future__ import annotations

from reading_helpers import events, rules_of

from kg.model import PartialDate


def test_an_envoy_who_came_to_call_on_the_minister_met_him() -> None:
    text = ("Sáng 21/4, Đại sứ Thụy Điển tại Việt Nam Anna Lindqvist đã đến chào Đại tướng Trần Quốc Hưng, "
            "Bộ trưởng Bộ Quốc phòng, nhân dịp bắt đầu nhiệm kỳ công tác.")
    found = events(text, PartialDate(2027, 4, 21))
    assert [(e.type, e.start.iso(), sorted(e.countries)) for e in found] == [("Meeting", "2027-04-21", ["SWE", "VNM"])]
    assert "event.calls-on" in rules_of(found)


def test_a_ship_that_arrived_still_makes_a_port_call() -> None:
    text = "Sáng 21/4, tàu HMS Caledon của Hải quân Hoàng gia Anh đã đến cảng Tiên Sa, thành phố Đà Nẵng."
    assert [e.type for e in events(text, PartialDate(2027, 4, 21))] == ["PortCall"]
