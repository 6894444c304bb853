"""A courtesy call told beside a session the delegation co-chairs (round 52c): "đã đến chào xã giao lãnh đạo X
và đồng chủ trì Hội nghị song phương" is a call (Meeting) and the conference; "đồng chủ trì" chairs the session
named right after it, not the call. A meeting itself co-chaired by two sides stays a Dialogue (`event.co-chaired`)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 3, 12)

CALL = ("Ngày 11-3, đoàn công tác Bộ đội Biên phòng Việt Nam do Thiếu tướng Lê Văn Thành, Phó Tư lệnh Bộ đội "
        "Biên phòng, làm Trưởng đoàn, đã đến chào xã giao lãnh đạo Cảnh sát Hoàng gia Thái Lan và đồng chủ trì "
        "Hội nghị song phương thường niên.")


def test_a_call_beside_a_cochaired_conference_stays_a_meeting():
    found = events(CALL, PAGE_DAY)
    meetings = [e for e in found if e.type == "Meeting"]
    assert [e.type for e in found if e.type == "Dialogue"] == []
    assert len(meetings) == 1
    assert meetings[0].start == PartialDate(2026, 3, 11)
    assert "THA" in meetings[0].countries


COCHAIRED = ("Chiều 11-3, tại Hà Nội, cuộc gặp giữa Bộ Quốc phòng hai nước được đồng chủ trì giữa Thượng tướng "
             "Lê Văn Thành, Thứ trưởng Bộ Quốc phòng Việt Nam và Đại tướng Somsak Charoen, Phó Bộ trưởng Quốc "
             "phòng Thái Lan.")


def test_a_meeting_cochaired_by_two_sides_is_still_a_dialogue():
    found = events(COCHAIRED, PAGE_DAY, "Dialogue")
    assert len(found) == 1
    assert "event.co-chaired" in rules_of(found)
