"""A meeting word told as gathering to attend a named event (round 28b): "các bộ trưởng đã gặp mặt trực
tuyến ngày ... để tham dự Hội nghị X", the preamble of a multilateral joint statement, is that event, no
Meeting of its own; a bilateral meeting on its sidelines stays one. Sentences are our own."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import drops, read

LEAD = (
    "Ngày 4/3/2026, Hội nghị Bộ trưởng Quốc phòng ba nước Việt Nam, Lào và Campuchia lần thứ 5 được tổ chức "
    "theo hình thức trực tuyến.\n\n"
)


def test_met_online_to_attend_a_named_conference_is_that_conference() -> None:
    doc = read(LEAD + "Các bộ trưởng Quốc phòng Việt Nam, Lào và Campuchia đã gặp mặt trực tuyến ngày 4/3/2026 "
               "để tham dự Hội nghị Bộ trưởng Quốc phòng ba nước lần thứ 5 và thông qua Tuyên bố chung.")
    assert [e.type for e in doc.events] == ["Conference"]
    assert doc.events[0].start == PartialDate(2026, 3, 4)
    assert "event.met-to-attend" in drops(doc, "event")


def test_a_gathering_to_attend_it() -> None:
    doc = read(LEAD + "Chiều 4/3, bộ trưởng quốc phòng ba nước đã có buổi gặp gỡ để dự Hội nghị Bộ trưởng Quốc phòng "
               "ba nước lần thứ 5.")
    assert [e.type for e in doc.events] == ["Conference"]


def test_a_bilateral_meeting_on_its_sidelines_stays() -> None:
    doc = read(LEAD + "Bên lề hội nghị, Đại tướng Trần Văn Bình, Bộ trưởng Bộ Quốc phòng Việt Nam, đã có cuộc gặp "
               "với Đại tướng Khamphong Sisavath, Bộ trưởng Bộ Quốc phòng Lào.")
    assert sorted(e.type for e in doc.events) == ["Conference", "Meeting"]
