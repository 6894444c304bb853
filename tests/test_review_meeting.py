"""A round-up telling an online multilateral meeting, then a ministry's own review meeting ("Hội nghị tổng kết công
tác ... năm 2025"): the review is a conference of its own, not a phase of the multilateral one told before it
(`event.review-meeting`); those attending the online meeting at one of its ends ("Tham dự tại điểm cầu Hà Nội có
...") take part in it (`event.back-reference`). Round 46; sentences of our own."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

ROUND_UP = (
    "Điểm tin quốc phòng ngày 6/3\n\n"
    "Sáng 5/3, Hội nghị Tư lệnh Không quân các nước ASEAN lần thứ 22 đã diễn ra theo hình thức trực tuyến, do Không "
    "quân Malaysia chủ trì. Tham dự tại điểm cầu Hà Nội có Trung tướng Vũ Văn Kha, Tư lệnh Quân chủng Phòng không - Không "
    "quân Việt Nam.\n\n"
    "Sáng 6/3, tại Hà Nội, Bộ Quốc phòng tổ chức Hội nghị tổng kết công tác hội nhập quốc tế và đối ngoại quốc phòng năm 2025, "
    "triển khai nhiệm vụ năm 2026.\n"
)


def test_a_review_meeting_is_no_phase_of_the_meeting_told_before() -> None:
    found = events(ROUND_UP, PartialDate(2026, 3, 6), "Conference")
    assert [e.start for e in found] == [PartialDate(2026, 3, 5), PartialDate(2026, 3, 6)]
    assert "event.review-meeting" in rules_of([found[1]])


def test_those_at_the_online_meetings_hanoi_end_take_part() -> None:
    asean = events(ROUND_UP, PartialDate(2026, 3, 6), "Conference")[0]
    assert "Vũ Văn Kha" in asean.participants and "VNM" in asean.countries
