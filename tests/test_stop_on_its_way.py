"""Round 52j: a foreign ship's call in Vietnam, then its earlier stop told with no flag and no day
("Trước khi tới Đà Nẵng, tàu đã ... ghé thăm cảng Surabaya (Indonesia)"): the stop is the same ship's,
on its way (`event.stop-on-its-way`), no side of the call and no partner. A Vietnamese ship's call
abroad, told alone, stays a call. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import drops, events, of_type, read

CALL = ("Sáng 3/6/2026, tàu HMAS Warramunga của Hải quân Hoàng gia Australia do Trung tá Peter Hollis làm "
        "chỉ huy đã cập cảng Tiên Sa, bắt đầu chuyến thăm thành phố Đà Nẵng đến ngày 6/6. ")


def test_earlier_stop_at_a_foreign_port_is_no_side_of_the_call() -> None:
    doc = read(CALL + "Trước khi tới Đà Nẵng, tàu đã tham gia huấn luyện ở biển Java và ghé thăm cảng "
                      "Surabaya (Indonesia).")
    calls = of_type(doc.events, "PortCall")
    assert [set(e.countries) for e in calls] == [{"VNM", "AUS"}]
    assert doc.partners == {"AUS"}
    assert "event.stop-on-its-way" in drops(doc, "event")


def test_earlier_stop_after_a_comma_country() -> None:
    doc = read(CALL + "Trước đó, tàu đã ghé thăm cảng Manila, Philippines.")
    assert doc.partners == {"AUS"}


def test_a_vietnamese_ships_call_at_a_foreign_port_stays() -> None:
    found = events("Tàu 018 của Hải quân Việt Nam đã ghé thăm cảng Surabaya (Indonesia).", kind="PortCall")
    assert found and "IDN" in found[0].countries
