"""Side meetings of a one-day multilateral meeting take its day when told (round 48):
- "A gặp B bên lề ACDFM-21" (the meeting by its short name after "bên lề"; `event.beside-the-named-after`);
- "Tiếp đó, A gặp C." right after a dated side meeting (`event.next-of-the-series`)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2024, 3, 10)

LEAD = ("Jakarta (Indonesia), 9/3 - Đoàn đại biểu Quân đội nhân dân Việt Nam do Thượng tướng Nguyễn Tân Cương, "
        "Tổng Tham mưu trưởng, dẫn đầu đã dự Hội nghị Tư lệnh Lực lượng Quốc phòng các nước ASEAN lần thứ 21 "
        "(ACDFM-21).\n\n")


def test_a_meeting_beside_the_short_name_takes_its_day() -> None:
    text = LEAD + ("Thượng tướng Nguyễn Tân Cương gặp Đại tướng Hugo Tanaka, Tư lệnh Lực lượng Quốc phòng "
                   "Philippines, bên lề ACDFM-21.")
    meetings = events(text, PAGE_DAY, kind="Meeting")
    assert [m.start for m in meetings] == [PartialDate(2024, 3, 9)]
    assert "event.beside-the-named-after" in rules_of(meetings)


def test_the_next_meeting_of_the_series_takes_the_day() -> None:
    text = LEAD + ("Bên lề hội nghị, Thượng tướng Nguyễn Tân Cương đã gặp Đại tướng Hugo Tanaka, Tư lệnh Lực "
                   "lượng Quốc phòng Philippines. Hai bên nhất trí tăng cường hợp tác hải quân.\n\n"
                   "Tiếp đó, Thượng tướng Nguyễn Tân Cương gặp Đại tướng Somchai Boonmee, Tư lệnh Lực lượng Quốc "
                   "phòng Thái Lan. Hai bên trao đổi về hợp tác đào tạo.")
    meetings = events(text, PAGE_DAY, kind="Meeting")
    assert len(meetings) == 2
    assert [(m.start.month, m.start.day) for m in meetings] == [(3, 9), (3, 9)]
    assert "event.next-of-the-series" in rules_of(meetings[1:])


def test_a_next_meeting_with_a_day_of_its_own_keeps_it() -> None:
    text = LEAD + ("Bên lề hội nghị, Thượng tướng Nguyễn Tân Cương đã gặp Đại tướng Hugo Tanaka, Tư lệnh Lực "
                   "lượng Quốc phòng Philippines.\n\n"
                   "Tiếp đó, sáng 10/3, Thượng tướng Nguyễn Tân Cương gặp Đại tướng Somchai Boonmee, Tư lệnh Lực "
                   "lượng Quốc phòng Thái Lan.")
    meetings = events(text, PAGE_DAY, kind="Meeting")
    assert [(m.start.month, m.start.day) for m in meetings] == [(3, 9), (3, 10)]
