"""A handover ceremony told held, "tổ chức" right before its trigger, a foreign country named in its sentence
("Ban Chỉ huy Quân sự tỉnh X (Campuchia) đã long trọng tổ chức lễ bàn giao ... Việt Nam") is a Meeting of the
two sides (`event.handover-held`, pattern `handover-held-before`); one attended or naming no foreign side is
none."""

from tests.reading_helpers import events

HELD = (
    "Bàn giao hài cốt liệt sĩ tại Campuchia\n\n"
    "Sáng 12-3, tại tỉnh Kratie, Bộ Chỉ huy Quân sự tỉnh Kratie đã long trọng tổ chức lễ bàn giao 5 bộ hài cốt "
    "liệt sĩ quân tình nguyện Việt Nam hy sinh trên đất bạn Campuchia."
)

ATTENDED = (
    "Đoàn Bộ Quốc phòng Nhật Bản thăm Quân khu 5\n\n"
    "Ngày 3/4/2024, đoàn công tác Bộ Quốc phòng Nhật Bản do Thiếu tướng Sato Kenji dẫn đầu sang thăm Quân khu 5 "
    "và dự lễ bàn giao trang thiết bị tại Trường Quân sự Quân khu."
)

DOMESTIC = (
    "Bàn giao nhà đồng đội\n\n"
    "Sáng 12-3, Bộ Chỉ huy Quân sự tỉnh Quảng Trị đã trang trọng tổ chức lễ bàn giao nhà đồng đội cho gia đình "
    "một cựu chiến binh tại xã Vĩnh Linh."
)


def test_handover_held_by_one_side_is_a_meeting_of_the_two():
    meetings = events(HELD, kind="Meeting")
    assert meetings
    assert "KHM" in set(meetings[0].countries)


def test_handover_attended_stays_none():
    assert not events(ATTENDED, kind="Meeting")


def test_handover_held_with_no_foreign_side_is_none():
    assert not events(DOMESTIC, kind="Meeting")
