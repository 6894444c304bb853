"""Envoys received one after another, told as items parted by ";" (round 47, realev13)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

THREE_ENVOYS = (
    "Sáng 12/3, tại Hà Nội, Thượng tướng Trần Minh Đức, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Đặc mệnh toàn "
    "quyền Nhật Bản tại Việt Nam Kenji Morimoto; Đại sứ Chile tại Việt Nam Carlos Fuentealba; Đại sứ đặc mệnh toàn "
    "quyền New Zealand tại Việt Nam Sarah Whitcombe. Tiếp Đại sứ Kenji Morimoto, Thượng tướng Trần Minh Đức đánh giá "
    "cao quan hệ hợp tác quốc phòng giữa hai nước."
)


def test_envoys_parted_by_semicolons_are_one_meeting_each():
    found = events(THREE_ENVOYS, PartialDate(2026, 3, 12), kind="Meeting")
    sides = sorted(tuple(sorted(e.countries)) for e in found)
    assert sides == [("CHL", "VNM"), ("JPN", "VNM"), ("NZL", "VNM")]
    assert "event.receives-titled-items" in rules_of(found)


def test_delegations_received_together_stay_one():
    text = ("Chiều 5/4, Trung tướng Lê Quang Hòa, Tư lệnh Quân khu đã tiếp Đoàn đại biểu Quân khu 4 Lào và Đoàn "
            "đại biểu Quân khu 1 Campuchia sang thăm và làm việc.")
    found = events(text, PartialDate(2026, 4, 5), kind="Meeting")
    assert len(found) == 1
    assert "event.receives-titled-items" not in rules_of(found)


def test_those_present_at_the_reception_are_no_guests_of_their_own():
    text = ("Ngày 9/5, Thiếu tướng Vũ Đình Lâm tiếp Đại tá Hamid Rahimi, Tùy viên Quốc phòng Malaysia tại Việt Nam. "
            "Cùng dự buổi tiếp có Đại tá Phạm Văn Sơn, Phó Cục trưởng Cục Đối ngoại; Đại tá Karl Weber, Tùy viên "
            "Quốc phòng Đức tại Việt Nam.")
    found = events(text, PartialDate(2026, 5, 9), kind="Meeting")
    assert len(found) == 1
