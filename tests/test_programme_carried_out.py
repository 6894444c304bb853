"""A programme or plan told as carried out ("theo chương trình chuyến thăm, Đoàn đã đến ..., chào xã giao
...") tells a fact, not a plan still ahead (lex_event_patterns.tsv `programme-carried-out`, round 50b)."""

from tests.reading_helpers import events

DONE = ("Ngày 14-5, tàu HQ-016 của Hải quân Việt Nam cập cảng Muara, bắt đầu chuyến thăm Brunei. Cùng ngày, "
        "theo chương trình chuyến thăm, đoàn công tác đã đến thủ đô Bandar Seri Begawan, chào xã giao "
        "Thiếu tướng Haszaimi Bol Hassan, Tư lệnh Quân đội Hoàng gia Brunei.")
AHEAD = ("Ngày 14-5, tàu HQ-016 của Hải quân Việt Nam cập cảng Muara, bắt đầu chuyến thăm Brunei. Theo chương "
         "trình chuyến thăm, đoàn công tác sẽ đến thủ đô Bandar Seri Begawan, chào xã giao Thiếu tướng "
         "Haszaimi Bol Hassan, Tư lệnh Quân đội Hoàng gia Brunei.")


def test_a_call_made_by_the_programme_is_a_meeting():
    meetings = events(DONE, kind="Meeting")
    assert len(meetings) == 1
    assert "Haszaimi Bol Hassan" in meetings[0].participants


def test_a_call_the_programme_still_plans_is_none():
    assert events(AHEAD, kind="Meeting") == []
