"""Round 46b: a day right before "đã diễn ra" and the event it opens ("Tại Phnom Penh ngày 20/10 đã
diễn ra Cuộc gặp ...") dates it (`right-before`, `event.date-of-clause`). Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events


def test_the_day_before_da_dien_ra_is_the_events() -> None:
    text = (" date 2026-10-21 Tại Phnom Penh (Campuchia) ngày 20/10 đã diễn ra Cuộc gặp Bộ trưởng Bộ Quốc "
            "phòng ba nước Việt Nam - Lào - Campuchia.")
    found = events(text, kind="Meeting")
    assert found and found[0].start == PartialDate(2026, 10, 20)
