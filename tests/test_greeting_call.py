"""A delegation that "đã đến chúc Tết / chúc mừng năm mới" a named host body or person pays a call: a meeting
on that day (event.calls-on through call-after-arrival, round 51b); greetings to troops in general are none."""

from tests.reading_helpers import events, rules_of

HEAD = ("Sáng 8/4/2025, Thiếu tướng Lê Văn Hòa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Quảng Trị, và đoàn công tác "
        "đã đến ")


def test_new_year_greetings_to_a_ministry_are_a_call():
    meetings = events(HEAD + "chúc mừng năm mới Bộ Quốc phòng Lào.", kind="Meeting")
    assert [(str(m.start), sorted(m.countries)) for m in meetings] == [("2025-04-08", ["LAO", "VNM"])]
    assert "event.calls-on" in rules_of(meetings)


def test_tet_greetings_to_a_provincial_command_are_a_call():
    meetings = events(HEAD + "chúc Tết Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào).", kind="Meeting")
    assert [str(m.start) for m in meetings] == ["2025-04-08"]


def test_greetings_to_troops_in_general_are_no_call():
    assert events(HEAD + "chúc mừng cán bộ, chiến sĩ các đơn vị biên phòng của Lào.") == []
