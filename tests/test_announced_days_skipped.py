"""The announcements of a day's meetings are searched sentence by sentence only when an unnamed meeting
with no day of its own (or only the page's) may take one: a page without one skips the search."""

from __future__ import annotations

import pytest

from kg.model import PartialDate
from kg.pipeline.events.merge import EventMerger

from tests.reading_helpers import events, rules_of

NO_MEETING = (
    "Hội nghị Tư lệnh Hải quân khu vực lần thứ 7 khai mạc tại Hà Nội\n\n"
    "Sáng 8/10, Hội nghị Tư lệnh Hải quân khu vực lần thứ 7 khai mạc tại Hà Nội với sự tham dự của "
    "đoàn đại biểu hải quân nhiều nước.\n\n"
    "Các đại biểu đã thảo luận về an ninh hàng hải và hợp tác tìm kiếm cứu nạn trên biển."
)

ANNOUNCED = (
    "Thượng tướng Trần Văn Bình gặp song phương bên lề Hội nghị An ninh Manila lần thứ 4\n\n"
    "Ngày 21/8, bên lề Hội nghị, Thượng tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng Việt Nam, "
    "đã có các cuộc gặp song phương với trưởng đoàn một số nước.\n\n"
    "Gặp Bộ trưởng Quốc phòng Thái Lan Somchai Prasert, Thượng tướng Trần Văn Bình đề nghị hai bên "
    "mở rộng hợp tác huấn luyện.\n\n"
    "Thượng tướng Trần Văn Bình dự kiến về nước vào sáng nay, 22/8."
)


def test_a_page_with_no_unnamed_meeting_skips_the_search(monkeypatch: pytest.MonkeyPatch) -> None:
    def searched(self: EventMerger) -> dict:
        raise AssertionError("the announcements were searched")

    monkeypatch.setattr(EventMerger, "_announced_days", searched)
    found = events(NO_MEETING, PartialDate(2025, 10, 8))
    assert found and not any(e.type == "Meeting" for e in found)


def test_a_meeting_told_after_the_announcement_still_takes_its_day() -> None:
    found = events(ANNOUNCED, PartialDate(2025, 8, 22), "Meeting")
    assert [e.start.iso() for e in found if e.start] == ["2025-08-21"], [(e.name, e.start) for e in found]
    assert "event.day-of-the-announced-meetings" in rules_of(found)
