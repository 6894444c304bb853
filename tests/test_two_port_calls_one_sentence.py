"""Two navies' ships docking at two ports, told in one sentence, are two port calls (round 39)."""

from kg.model import PartialDate

from tests.reading_helpers import events


def test_two_flags_two_ports_in_one_sentence():
    text = ("Ngày 12/4, ba tàu hộ vệ của hải quân Nhật Bản ghé cảng Tiên Sa, cùng lúc một tàu khu trục "
            "Canada ghé cảng Hải Phòng. Tàu khu trục Canada cập cảng Hải Phòng là tàu HMCS Regina.")
    calls = events(text, PartialDate(2024, 4, 12), "PortCall")
    assert sorted(sorted(c.countries) for c in calls) == [["CAN", "VNM"], ["JPN", "VNM"]]
    assert all(c.start == PartialDate(2024, 4, 12) for c in calls)


def test_one_flag_two_ships_stays_one_call():
    text = ("Ngày 12/4, hai tàu hộ vệ của hải quân Nhật Bản ghé cảng Tiên Sa, bắt đầu chuyến thăm "
            "hữu nghị Đà Nẵng. Các tàu Nhật Bản cập cảng Tiên Sa lúc 8 giờ sáng.")
    calls = events(text, PartialDate(2024, 4, 12), "PortCall")
    assert [sorted(c.countries) for c in calls] == [["JPN", "VNM"]]
