"""A commander heading a lead with a ship in his company ("Chuẩn Đô đốc X, Tư lệnh ..., cùng tàu Y có
chuyến thăm ...") makes his own visit, and his stay begun before the ship docked is not folded into the
ship's port call (round 25, heldout37)."""

from __future__ import annotations

from reading_helpers import events, rules_of

from kg.model import PartialDate

LEAD = ("Chuẩn Đô đốc Erik Solheim, Tư lệnh Hải quân Hoàng gia Na Uy, cùng tàu khu trục HNoMS Fridtjof "
        "có chuyến thăm và làm việc tại Đà Nẵng nhân dịp kỷ niệm quan hệ ngoại giao hai nước.")


def test_a_commander_with_a_ship_in_his_company_visits() -> None:
    text = (LEAD + " Chiều 14-6, tại Đà Nẵng, Thiếu tướng Lê Văn Bình, Tư lệnh Vùng 3 Hải quân, đã tiếp "
            "Chuẩn Đô đốc Erik Solheim, đang thăm và làm việc tại Việt Nam từ ngày 12 đến 16-6. "
            "Trước đó, sáng 13-6, tàu khu trục HNoMS Fridtjof của Hải quân Hoàng gia Na Uy đã cập cảng Tiên Sa, "
            "bắt đầu chuyến thăm thành phố đến ngày 16-6.")
    found = events(text, PartialDate(2027, 6, 14))
    kinds = sorted((e.type, e.start.iso()) for e in found)
    assert kinds == [("Meeting", "2027-06-14"), ("PortCall", "2027-06-13"), ("Visit", "2027-06-12")]
    visit = next(e for e in found if e.type == "Visit")
    assert visit.end is not None and visit.end.iso() == "2027-06-16"
    assert "Erik Solheim" in visit.participants


def test_the_lead_alone_is_no_port_call() -> None:
    found = events(LEAD, PartialDate(2027, 6, 14))
    assert "PortCall" not in [e.type for e in found]


def test_a_ship_heading_the_clause_still_calls() -> None:
    text = ("Sáng 13-6, tàu khu trục HNoMS Fridtjof cùng Chuẩn Đô đốc Erik Solheim, Tư lệnh Hải quân Hoàng gia "
            "Na Uy, đã cập cảng Tiên Sa, bắt đầu chuyến thăm hữu nghị thành phố Đà Nẵng.")
    found = events(text, PartialDate(2027, 6, 13))
    assert [e.type for e in found] == ["PortCall"]
    assert "event.ship-in-company" not in rules_of(found)


def test_a_delegation_with_its_ship_still_calls() -> None:
    text = ("Sáng 13-6, đoàn công tác Hải quân nhân dân Việt Nam do Đại tá Trần Văn Hòa làm trưởng đoàn cùng tàu "
            "hộ vệ tên lửa 016 đã cập cảng Tromsø, bắt đầu chuyến thăm hữu nghị Na Uy.")
    assert [e.type for e in events(text, PartialDate(2027, 6, 13))] == ["PortCall"]
