"""A bare "thăm" written with its work after a comma (round 52e): "... sang thăm, làm việc với Bộ Tư lệnh
Quân khu 9 từ ngày 12 đến 14/5": the days told after the host are the trip's (`visit-then-work`: the search for
its days goes past the "làm việc với" that cut it off), not the lead's first dated day, then that day's month.
"thăm, làm việc" is no trigger of its own: an attaché's "đến thăm, làm việc với Bộ CHQS tỉnh" is a working
session. Sentences are our own."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import read

LEAD = (
    "Nhận lời mời của Thiếu tướng Lê Văn Hải, Tư lệnh Quân khu 9, Thiếu tướng Sam Rathana, Tư lệnh Quân khu 4, "
    "Quân đội Hoàng gia Campuchia dẫn đầu đoàn đại biểu sang {verb} Bộ Tư lệnh Quân khu 9 từ ngày 12 đến 14/5.\n\n"
    "Sáng 12/5, tại Cần Thơ, hai bên đã hội đàm."
)


def _visits(verb: str) -> list[tuple]:
    doc = read(LEAD.format(verb=verb), PartialDate(2026, 5, 12))
    return [(e.start, e.end) for e in doc.events if e.type == "Visit"]


def test_a_visit_written_with_a_comma_takes_its_days() -> None:
    assert _visits("thăm, làm việc với") == [(PartialDate(2026, 5, 12), PartialDate(2026, 5, 14))]


def test_a_meeting_alone_is_no_visit() -> None:
    assert _visits("làm việc với") == []
