"""A visit to Vietnam framing what a sentence tells, its guest by title only ("trong khuôn khổ chuyến thăm
chính thức tới Việt Nam của ngài Tổng thống Argentina"), no visit told before, is that country's visit to
Vietnam (`event.guest-visit-framed`), dated to the month; a frame naming no foreign guest opens none."""

from kg.model import PartialDate

from tests.reading_helpers import events

FRAMED = (
    "Tổng thống Argentina thăm Học viện Quốc phòng\n\n"
    "Sáng 10/5/2024, Tổng thống Argentina cùng Bộ trưởng Quốc phòng Phan Văn Hùng đã đến Học viện Quốc phòng.\n\n"
    "Đây là hoạt động trong khuôn khổ chuyến thăm chính thức tới Việt Nam của ngài Tổng thống Argentina diễn ra "
    "vào dịp hai nước kỷ niệm quan hệ ngoại giao."
)

NO_GUEST = FRAMED.replace("tới Việt Nam của ngài Tổng thống Argentina", "tới Việt Nam của đoàn")


def test_framed_visit_of_a_titled_guest_is_a_visit():
    visits = events(FRAMED, kind="Visit")
    assert visits and set(visits[0].countries) == {"VNM", "ARG"}
    assert visits[0].start == PartialDate(2024, 5)


def test_framed_visit_naming_no_guest_country_is_none():
    assert not [v for v in events(NO_GUEST, kind="Visit") if "event.guest-visit-framed" in v.readings[0].rules]
