"""An informal meeting held by ASEAN's defence chiefs -- among themselves at a forum, or with a partner's
minister ("cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN - Hoa Kỳ") -- is an ADMM of its kind: a
multilateral meeting, so a Conference (the issue's rule: the Shangri-La Dialogue, ADMM, ADMM+ and forums
are Conferences). An informal meeting of two ministers, or one held on the sidelines of an ASEAN meeting,
stays a Meeting. Sentences are our own (round 31)."""

from __future__ import annotations

import pytest

from tests.reading_helpers import events, rules_of

RULE = "event.informal-meeting-of-asean"


@pytest.mark.parametrize("text", [
    "Chiều 12/6, trưởng đoàn quốc phòng các nước ASEAN gồm Brunei, Campuchia, Indonesia, Lào, Malaysia, "
    "Philippines, Singapore, Thái Lan và Việt Nam đã có cuộc gặp không chính thức tại Singapore.",
    "Ngày 5/11, các Bộ trưởng Quốc phòng ASEAN đã gặp không chính thức với Bộ trưởng Quốc phòng Australia "
    "Richard Marles tại Kuala Lumpur.",
    "Ngày 5/11, tại Kuala Lumpur, đoàn Việt Nam tham dự cuộc gặp không chính thức Bộ trưởng Quốc phòng "
    "ASEAN - Hàn Quốc.",
])
def test_an_informal_meeting_of_asean_defence_chiefs_is_a_conference(text: str) -> None:
    found = events(text)
    assert [e.type for e in found] == ["Conference"]
    assert RULE in rules_of(found)


def test_an_informal_asean_meeting_at_a_forum_is_no_phase_of_the_forum() -> None:
    text = ("Từ ngày 11-13/6, Đối thoại Shangri-La lần thứ 25 diễn ra tại Singapore với sự tham dự của hơn "
            "40 đoàn đại biểu quốc phòng.\n\n"
            "Cũng trong khuôn khổ Đối thoại, chiều 12/6, trưởng đoàn quốc phòng các nước ASEAN đã có cuộc gặp "
            "không chính thức và trao đổi về an ninh biển.")
    found = events(text, kind="Conference")
    assert len(found) == 2
    informal = [e for e in found if RULE in rules_of([e])]
    assert len(informal) == 1 and informal[0].start.iso().endswith("-06-12")


@pytest.mark.parametrize("text", [
    # two ministers meeting informally
    "Ngày 5/11, tại Kuala Lumpur, Đại tướng Trần Quang Khải, Bộ trưởng Bộ Quốc phòng, đã gặp không chính thức "
    "Bộ trưởng Quốc phòng Lào Chansamone Chanyalath.",
    # ASEAN's meeting the occasion, a bilateral meeting on its sidelines
    "Ngày 5/11, bên lề ADMM-20 tại Kuala Lumpur, Đại tướng Trần Quang Khải, Bộ trưởng Bộ Quốc phòng, đã có "
    "cuộc gặp không chính thức với Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen.",
])
def test_an_informal_meeting_of_two_ministers_stays_a_meeting(text: str) -> None:
    found = events(text)
    # (round 43: "bên lề ADMM-20" now also opens that edition, `event.series-by-short-name`)
    assert [e.type for e in found if "event.series-by-short-name" not in rules_of([e])] == ["Meeting"]
    assert RULE not in rules_of(found)
