"""Round 46b: a foreign ship told, with no day, as having called at other foreign countries on its
way ("trước đó đã ghé thăm Indonesia và Singapore") is a stop of its voyage with no Vietnamese
side (`event.voyage-elsewhere`): neither a call of its own nor countries of the call it makes in
Vietnam. A Vietnamese ship's voyage abroad stays a call. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import drops, events, of_type, read

CALL = ("Sáng 3/6/2026, tàu HMAS Warramunga của Hải quân Hoàng gia Australia do Trung tá Peter Hollis làm "
        "chỉ huy đã cập cảng Tiên Sa, bắt đầu chuyến thăm thành phố Đà Nẵng đến ngày 6/6. ")


def test_earlier_stops_of_a_foreign_ship_are_no_countries_of_its_call() -> None:
    text = CALL + "Tàu HMAS Warramunga đang trên hải trình huấn luyện, trước đó đã ghé thăm Indonesia và Singapore."
    doc = read(text)
    calls = of_type(doc.events, "PortCall")
    assert len(calls) == 1
    assert set(calls[0].countries) == {"VNM", "AUS"}
    assert "event.voyage-elsewhere" in drops(doc, "event")


def test_a_vietnamese_ships_voyage_abroad_stays_a_call() -> None:
    text = "Tàu 016 Quang Trung đã có chuyến hải trình lần đầu tiên thăm Liên bang Nga."
    calls = events(text, kind="PortCall")
    assert calls and "RUS" in calls[0].countries
