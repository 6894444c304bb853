"""A ship's stop-over told as "dừng chân" is its port call; "khinh hạm" (a frigate) is a ship word (round 23)."""

from kg.model import PartialDate
from tests.reading_helpers import events


def test_frigate_stopover_is_a_port_call():
    text = ("Khinh hạm Vendémiaire của Hải quân Pháp đã có chuyến dừng chân tại cảng Tiên Sa, Đà Nẵng "
            "từ ngày 11 đến 14/6. Thủy thủ hai nước đã giao lưu thể thao.")
    found = events(text, PartialDate(2027, 6, 15), kind="PortCall")
    assert [e.start for e in found] == [PartialDate(2027, 6, 11)]


def test_stopover_of_a_delegation_is_no_port_call():
    text = "Ngày 11/6, đoàn công tác của tỉnh đã dừng chân tại cửa khẩu để thăm cán bộ, chiến sĩ Đồn Biên phòng."
    assert events(text, PartialDate(2027, 6, 15), kind="PortCall") == []
