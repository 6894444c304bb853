"""A series or forum named right after the word of its founding ("20 năm thành lập Hội nghị ... (ADMM)",
"hình thành và phát triển ADMM+") is the mechanism founded, not one happening (round 47b). Sentences are our own."""

from __future__ import annotations

from kg.pipeline.events.mentions import SERIES_FOUNDED
from tests.reading_helpers import drops, events, of_type, read

STATEMENT = ("Ngày 14-11, các Bộ trưởng Quốc phòng ASEAN đã ra Tuyên bố chung nhân kỷ niệm 20 năm thành lập "
             "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM), khẳng định vai trò trung tâm của ASEAN.")


def test_the_founded_meeting_is_no_conference() -> None:
    doc = read(STATEMENT)
    assert of_type(doc.events, "Conference") == []
    assert SERIES_FOUNDED in drops(doc, "event")


def test_a_forum_founded_is_no_conference() -> None:
    text = "Năm 2015, hai viện nghiên cứu đã chính thức thành lập Diễn đàn An ninh Biển Đông và mời chuyên gia nhiều nước."
    assert events(text, kind="Conference") == []


def test_a_meeting_held_is_still_read() -> None:
    text = "Ngày 14-11, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 20 đã diễn ra tại Kuala Lumpur."
    assert [e.type for e in events(text)] == ["Conference"]
