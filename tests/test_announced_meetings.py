"""A day's meetings announced, then told one by one: each takes the announced day (round 34)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

ANNOUNCED = (
    "Thứ trưởng Lê Minh Khoa gặp song phương bên lề Diễn đàn An ninh Jakarta lần thứ 9\n\n"
    "Diễn đàn An ninh Jakarta lần thứ 9 diễn ra từ ngày 14 đến 16/9 tại Indonesia.\n\n"
    "Ngày 15/9, bên lề Diễn đàn, Thượng tướng Lê Minh Khoa, Thứ trưởng Bộ Quốc phòng Việt Nam, "
    "đã có các cuộc gặp song phương với trưởng đoàn một số nước.\n\n"
    "Gặp Bộ trưởng Quốc phòng Malaysia Ahmad Zulkifli, Thượng tướng Lê Minh Khoa đề nghị hai bên "
    "tăng cường hợp tác đào tạo.\n\n"
    "Tiếp đó, tại cuộc gặp Bộ trưởng Quốc phòng Brunei Pengiran Hamzah, hai bên nhất trí thúc đẩy "
    "trao đổi đoàn.\n\n"
    "Thượng tướng Lê Minh Khoa dự kiến phát biểu tại phiên bế mạc sáng nay, 16/9."
)


def _meetings(text: str) -> list:
    return events(text, PartialDate(2025, 9, 16), "Meeting")


def test_meetings_told_after_the_announcement_take_its_day() -> None:
    found = _meetings(ANNOUNCED)
    days = sorted((tuple(e.countries), e.start.iso() if e.start else None) for e in found)
    assert [d for _, d in days] == ["2025-09-15", "2025-09-15"], days
    assert "event.day-of-the-announced-meetings" in rules_of(found)


def test_timecodes_of_a_broadcast_do_not_hide_the_opening() -> None:
    text = ANNOUNCED.replace("Gặp Bộ trưởng", "[01:10] Gặp Bộ trưởng").replace("Tiếp đó,", "[01:50] Tiếp đó,")
    assert {e.start.iso() for e in _meetings(text)} == {"2025-09-15"}


def test_a_day_told_in_between_ends_the_series() -> None:
    text = ANNOUNCED.replace("Tiếp đó, tại cuộc gặp", "Sáng 16/9, tại cuộc gặp")
    days = {e.start.iso() for e in _meetings(text)}
    assert days == {"2025-09-15", "2025-09-16"}, days


def test_no_announcement_no_announced_day() -> None:
    text = ANNOUNCED.replace("đã có các cuộc gặp song phương với trưởng đoàn một số nước", "phát biểu tại phiên toàn thể")
    assert "event.day-of-the-announced-meetings" not in rules_of(_meetings(text))
