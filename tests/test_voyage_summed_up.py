"""Round 46b: a voyage summed up as "chuỗi hoạt động diễn tập và thăm xã giao" names kinds of work,
like "các hoạt động", none a happening of its own with the voyage's days; and a ship docking "an
toàn" (safely) is back home ("Tàu 18 ... đã cập cảng an toàn"), no port call. Sentences written for
the test."""

from __future__ import annotations

from reading_helpers import events

TEXT = (" date 2026-05-20 Tàu 18, Lữ đoàn 172, Vùng 3 Hải quân đã cập cảng an toàn, sáng 20-5\n\n"
        "Từ ngày 2-4 đến ngày 20-5, đoàn công tác Hải quân nhân dân Việt Nam do Đại tá Trần Đức Vượng làm "
        "Trưởng đoàn đi trên Tàu 18, tham gia chuỗi hoạt động diễn tập và thăm xã giao.")


def test_a_summed_up_voyage_opens_no_exercise_or_call() -> None:
    found = events(TEXT)
    assert not [e for e in found if e.type in ("Exercise", "PortCall")], [(e.type, e.start) for e in found]
