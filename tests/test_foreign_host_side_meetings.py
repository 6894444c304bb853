"""Side meetings told from a foreign host's side (round 24): a foreign outlet's minister meets
several counterparts, Vietnam's among them; each counterpart is a meeting of its own."""

from __future__ import annotations

from kg.model import PartialDate

from reading_helpers import events, rules_of

FOREIGN_HOST_PAGE = (
    "Bộ trưởng Quốc phòng Hàn Quốc Park Ji-hoon gặp song phương với ba nước bên lề Diễn đàn An ninh Jakarta\n\n"
    "Bộ trưởng Quốc phòng Hàn Quốc Park Ji-hoon đã tham dự Diễn đàn An ninh Jakarta diễn ra tại Indonesia "
    "từ ngày 10 đến ngày 12/6.\n\n"
    "Bên lề diễn đàn, Bộ trưởng Park đã lần lượt gặp song phương với Bộ trưởng Quốc phòng Việt Nam, Đại tướng "
    "Trần Văn Minh; Bộ trưởng Quốc phòng Indonesia Budi Santoso và Bộ trưởng Quốc phòng Thái Lan Somsak Chaiyo.\n\n"
    "Tại cuộc gặp với người đồng cấp Việt Nam hôm 11/6, hai Bộ trưởng nhất trí thúc đẩy hợp tác công nghiệp "
    "quốc phòng."
)


def _meetings(text: str) -> list:
    return events(text, PartialDate(2025, 6, 13), kind="Meeting")


def test_each_foreign_counterpart_is_a_meeting_of_its_own():
    found = _meetings(FOREIGN_HOST_PAGE)
    sides = [frozenset(e.countries) for e in found]
    assert frozenset({"KOR", "IDN"}) in sides and frozenset({"KOR", "THA"}) in sides
    assert "event.split-counterpart-is-new" in rules_of(found)


def test_the_meeting_told_with_its_side_is_the_one_with_that_side():
    found = _meetings(FOREIGN_HOST_PAGE)
    with_vietnam = [e for e in found if "VNM" in e.countries]
    assert len(with_vietnam) == 1 and with_vietnam[0].start == PartialDate(2025, 6, 11)

