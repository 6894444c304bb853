"""A researcher quoted as a source ("Theo TS. X, Phó Viện trưởng Viện Nghiên cứu ..., ...") is no official; one named
at a meeting, or with a rank, stays (round 28d)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import drops, read

DAY = PartialDate(2026, 6, 2)


def test_a_quoted_researcher_of_a_vietnamese_institute_is_no_official() -> None:
    doc = read("Ngày 1/6, hội nghị khép lại sau hai ngày thảo luận. Theo PGS.TS Lê Thị Thu Trang, Phó Viện trưởng "
               "Viện Nghiên cứu Đông Nam Á, hội nghị năm nay cho thấy các nước nhỏ ngày càng chủ động.", DAY)
    assert "Lê Thị Thu Trang" not in {o.name for o in doc.officials}
    assert "official.quoted-researcher" in drops(doc, "official")


def test_a_researcher_named_at_a_meeting_stays_an_official() -> None:
    doc = read("Ngày 1/6, phía Hàn Quốc có Tiến sĩ Kang Min-jun, Giám đốc Trung tâm Hợp tác, Viện Nghiên cứu Phát "
               "triển Quốc phòng Hàn Quốc tham dự hội đàm.", DAY)
    assert {o.name: o.country for o in doc.officials}.get("Kang Min-jun") == "KOR"


def test_a_ranked_head_of_an_institute_quoted_stays_an_official() -> None:
    doc = read("Ngày 1/6, hội nghị khép lại. Theo Thiếu tướng Phạm Văn Lực, Viện trưởng Viện Nghiên cứu Chiến lược "
               "Quốc phòng, hội nghị đã thành công.", DAY)
    assert {o.name: o.country for o in doc.officials}.get("Phạm Văn Lực") == "VNM"
