"""A delegation's courtesy call ("đoàn đến chào Thượng tướng X") is a Meeting of its own, the one
called on its host; "đến chào mừng", "đến chào hỏi" are other words."""

from __future__ import annotations

from reading_helpers import events, rules_of

from kg.model import PartialDate

LEAD = ("Sáng 7/5/2025, Trung tướng Lê Quang Minh, Tư lệnh Quân chủng Hải quân đã tiếp Chuẩn Đô đốc Jean Moreau, "
        "Tư lệnh Hải quân Pháp tại Thái Bình Dương. ")


def test_a_call_on_another_leader_the_same_day_is_a_second_meeting() -> None:
    text = LEAD + "Cùng ngày, đoàn đến chào Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng."
    meetings = events(text, PartialDate(2025, 5, 8), "Meeting")
    assert len(meetings) == 2
    assert all(m.start == PartialDate(2025, 5, 7) for m in meetings)
    assert "event.calls-on" in rules_of(meetings)
    assert any("Nguyễn Tân Cương" in m.participants for m in meetings)


def test_welcoming_words_are_no_call() -> None:
    text = LEAD + "Nhiều cán bộ đã đến chào mừng đoàn tại cảng."
    assert len(events(text, PartialDate(2025, 5, 8), "Meeting")) == 1
