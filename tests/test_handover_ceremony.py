"""A handover ceremony of the two sides that is its sentence's subject, a foreign country named in it
("Sáng 3/4, Lễ trao trả hài cốt quân nhân X ... đã diễn ra", "Lễ bàn giao do A và B đồng chủ trì") is a
Meeting of the two sides (`event.occasion-reception`, pattern `handover-ceremony`); one attended during a
visit, or one naming no foreign side, is none."""

from kg.model import PartialDate

from tests.reading_helpers import events

REMAINS = (
    "Trao trả hài cốt quân nhân Hoa Kỳ\n\n"
    "Sáng 3/4/2024, Lễ trao trả hài cốt quân nhân Hoa Kỳ mất tích trong chiến tranh lần thứ 160 đã diễn ra "
    "tại sân bay Đà Nẵng. Tham dự buổi lễ có Thiếu tướng Phạm Văn Bình, Cục trưởng Cục Đối ngoại, Bộ Quốc "
    "phòng và Đại biện Hoa Kỳ tại Việt Nam John Miller."
)

ATTENDED = (
    "Đoàn Bộ Quốc phòng Nhật Bản thăm Quân khu 5\n\n"
    "Ngày 3/4/2024, đoàn công tác Bộ Quốc phòng Nhật Bản do Thiếu tướng Sato Kenji dẫn đầu sang thăm Quân khu 5 "
    "và chứng kiến lễ bàn giao trang thiết bị tại Trường Quân sự Quân khu."
)

DOMESTIC = (
    "Bàn giao nhà tình nghĩa\n\n"
    "Sáng 3/4/2024, Lễ bàn giao nhà tình nghĩa cho gia đình chính sách đã diễn ra tại xã Hòa Phong, "
    "do Bộ Chỉ huy Quân sự tỉnh Quảng Nam tổ chức."
)


def test_remains_handover_is_a_meeting_of_the_two_sides():
    meetings = events(REMAINS, kind="Meeting")
    assert meetings and meetings[0].start == PartialDate(2024, 4, 3)
    assert set(meetings[0].countries) == {"VNM", "USA"}


def test_handover_witnessed_on_a_visit_is_no_meeting():
    assert not events(ATTENDED, kind="Meeting")


def test_domestic_handover_is_no_meeting():
    assert not events(DOMESTIC, kind="Meeting")
