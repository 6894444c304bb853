"""A happening told in a sentence opened by a recent, undated time ("Mới đây, ...", "Gần đây, ...",
"Cách đây không lâu, ...") is some day before the page's: the dateline's month, not the lead's day
(`event.recent-undated`, round 44b, realev8). A bare "Trước đó," keeps the story's day (round 27b)."""

import pytest

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

LEAD = ("Bộ Tư lệnh Vùng 2 Hải quân tiếp Tùy viên Quốc phòng Australia\n\n"
        "Ngày 9/10/2023, tại TP Hồ Chí Minh, Chuẩn Đô đốc Trần Văn Bình, Tư lệnh Vùng 2 Hải quân đã tiếp Đại tá "
        "Mark Hill, Tùy viên Quốc phòng Australia tại Việt Nam.\n\n")
CALL = "{}, tàu hộ vệ HMAS Toowoomba của Hải quân Hoàng gia Australia đã ghé thăm cảng Cam Ranh."


@pytest.mark.parametrize("opener", ["Mới đây", "Gần đây", "Cách đây không lâu"])
def test_a_recent_undated_call_takes_the_month_only(opener):
    calls = events(LEAD + CALL.format(opener), kind="PortCall")
    assert [c.start for c in calls] == [PartialDate(2023, 10)]
    assert "event.recent-undated" in rules_of(calls)


def test_a_recent_call_with_its_day_keeps_it():
    calls = events(LEAD + CALL.format("Mới đây, ngày 2/10"), kind="PortCall")
    assert [c.start for c in calls] == [PartialDate(2023, 10, 2)]


def test_an_earlier_step_of_the_story_keeps_its_day():
    calls = events(LEAD + CALL.format("Trước đó"), kind="PortCall")
    assert "event.recent-undated" not in rules_of(calls)
