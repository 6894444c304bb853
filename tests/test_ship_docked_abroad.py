"""A Vietnamese ship told as having docked at a foreign port, with no day told (round 50r): "Kết thúc đợt
huấn luyện chung, Tàu 018 đã cập cảng Sihanoukville, mở đầu chuyến thăm ..." is an undated port call; a ship
docking at home (Cam Ranh) or a docking not told as done opens nothing."""

from reading_helpers import events, rules_of

AFTER = "Kết thúc đợt huấn luyện chung trên biển, Tàu 018 của Vùng 2 Hải quân đã cập cảng {port}, mở đầu chuyến thăm và giao lưu."


def test_own_ship_docked_at_a_foreign_port_is_a_port_call() -> None:
    found = events(AFTER.format(port="Sihanoukville"), kind="PortCall")
    assert len(found) == 1
    assert "event.ship-docked-abroad" in rules_of(found)
    assert "KHM" in found[0].countries
    assert found[0].start is None


def test_own_ship_docked_at_home_opens_nothing() -> None:
    assert events(AFTER.format(port="Cam Ranh"), kind="PortCall") == []
