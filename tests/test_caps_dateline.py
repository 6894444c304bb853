"""Round 53c: a print-style dateline, a place in capitals (its country in brackets) then the day and a dash,
no comma ("SURABAYA (INDONESIA) 14-5 - Sáng nay, ..."), dates the lead as an agency's does (pattern
`caps-dateline`, `date.caps-dateline`): "Sáng nay" is that day, not the page's (published the day after).
A place in mixed case without a comma stays no dateline. Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate

from reading_helpers import events

HEAD = "Tàu Lý Thái Tổ thăm Indonesia\n\n"
CALL = ("tàu 012 - Lý Thái Tổ của Hải quân nhân dân Việt Nam đã cập cảng Tanjung Perak, bắt đầu chuyến thăm "
        "hữu nghị Indonesia.")
NEXT_DAY = PartialDate(2026, 5, 15)


def test_today_after_a_caps_dateline_is_the_datelines_day() -> None:
    calls = events(HEAD + "SURABAYA (INDONESIA) 14-5 - Sáng nay, " + CALL, NEXT_DAY, kind="PortCall")
    assert [str(c.start) for c in calls] == ["2026-05-14"]


def test_a_caps_dateline_with_a_slash_and_no_deictic_day() -> None:
    calls = events(HEAD + "SURABAYA 14/5 – " + CALL[:1].upper() + CALL[1:], NEXT_DAY, kind="PortCall")
    assert [str(c.start) for c in calls] == ["2026-05-14"]


def test_today_with_no_dateline_is_the_pages_day() -> None:
    calls = events(HEAD + "Sáng nay, " + CALL, NEXT_DAY, kind="PortCall")
    assert [str(c.start) for c in calls] == ["2026-05-15"]


def test_a_mixed_case_place_without_a_comma_is_no_dateline() -> None:
    calls = events(HEAD + "Surabaya 14/5 - " + CALL[:1].upper() + CALL[1:], NEXT_DAY, kind="PortCall")
    assert [str(c.start) for c in calls] != ["2026-05-14"]
