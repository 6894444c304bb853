"""A call a guest comes to pay is why the guest came to the reception, not a second meeting (round 50m)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

DAY = PartialDate(2026, 3, 5)


def test_outgoing_and_incoming_attaches_received_together_are_one_meeting() -> None:
    text = (
        "Chiều 5-3, tại Hà Nội, Thượng tướng Nguyễn Văn Tâm, Thứ trưởng Bộ Quốc phòng, tiếp Đại tá Pierre Martin, Tùy viên "
        "Quốc phòng Pháp tới chào từ biệt nhân kết thúc nhiệm kỳ và Đại tá Jean Dubois tới chào nhân nhận nhiệm vụ Tùy "
        "viên Quốc phòng Pháp tại Việt Nam."
    )
    meetings = events(text, DAY, kind="Meeting")
    assert len(meetings) == 1
    assert set(meetings[0].participants) >= {"Pierre Martin", "Jean Dubois"}
    assert "event.came-to-call" in rules_of(meetings)


def test_a_later_call_after_rồi_stays_a_meeting_of_its_own() -> None:
    text = (
        "Chiều 5-3, tại Viêng Chăn, Đại tướng Trần Minh Quang hội kiến Thượng tướng Bounmy Keo, Bộ trưởng Quốc phòng Lào, "
        "rồi đến chào xã giao Chủ tịch nước Lào Somsack Vong."
    )
    assert len(events(text, DAY, kind="Meeting")) == 2
