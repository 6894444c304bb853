"""A Vietnamese ship's voyage told stop by stop (round 32): each drill of a call on its own day, the
ship's welcome home no port call, a call at a naval base, a reception of the crew's head."""

from reading_helpers import events, read, rules_of

from kg.model import PartialDate

PUBLISHED = PartialDate(2025, 9, 20)


def test_each_happening_of_a_call_takes_the_day_after_its_description():
    text = ("Trong chuyến đi, tàu đã cập cảng Sattahip từ ngày 3 đến 6/8/2025; cùng hải quân nước bạn tham gia "
            "lễ duyệt đội hình hôm 4/8 và cuộc diễn tập cứu nạn chung trên biển hôm 5/8.")
    drills = events(text, PUBLISHED, "Exercise")
    assert [str(e.start) for e in drills] == ["2025-08-05"]
    assert "event.day-of-its-description" in rules_of(drills)


def test_a_day_after_another_verb_stays_that_verbs():
    text = "Sáng 5/8/2025, tàu Hải quân Hoàng gia Thái Lan cập cảng Tiên Sa và rời cảng ngày 8/8."
    calls = events(text, PUBLISHED, "PortCall")
    assert [str(e.start) for e in calls] == ["2025-08-05"]


def test_the_welcome_of_a_ship_come_home_is_no_port_call():
    text = ("Sau 20 ngày hành trình thăm hải quân hai nước, tàu 016 - Quang Trung đã về đến Quân cảng Cam Ranh "
            "sáng 10/9/2025.\n\nDự lễ đón tàu có Đại tá Nguyễn Văn Bình, Phó Tư lệnh Vùng 4 Hải quân.")
    doc = read(text, PUBLISHED)
    assert [e for e in doc.events if e.type == "PortCall"] == []
    assert "event.ship-welcomed-home" in [d.rule for d in doc.dropped if d.layer == "event"]


def test_a_welcome_ceremony_at_a_port_is_still_the_call():
    text = ("Sáng 10/9/2025, tàu HTMS Chakri của Hải quân Hoàng gia Thái Lan cập cảng Tiên Sa, Đà Nẵng.\n\n"
            "Dự lễ đón tàu có Đại tá Nguyễn Văn Bình, Phó Tư lệnh Vùng 3 Hải quân.")
    calls = events(text, PUBLISHED, "PortCall")
    assert [str(e.start) for e in calls] == ["2025-09-10"]


def test_a_ship_docking_at_a_naval_base_abroad_is_a_port_call():
    text = "Ngày 15/9/2025, tàu 016 - Quang Trung cập Căn cứ Hải quân Sattahip của Thái Lan."
    calls = events(text, PUBLISHED, "PortCall")
    assert [(str(e.start), sorted(e.countries)) for e in calls] == [("2025-09-15", ["THA", "VNM"])]


def test_a_reception_of_the_crews_head_is_a_meeting():
    text = ("Chiều 16/9/2025, Chuẩn đô đốc Somchai Rattanakul, Tư lệnh Hạm đội Hải quân Hoàng gia Thái Lan, "
            "đã tiếp trưởng đoàn Việt Nam.")
    meetings = events(text, PUBLISHED, "Meeting")
    assert [(str(e.start), sorted(e.countries)) for e in meetings] == [("2025-09-16", ["THA", "VNM"])]
