"""A lead dating receptions by offices ('Trong ngày D, Chủ tịch nước và Thủ tướng lần lượt tiếp X') dates the one
told after a flashback with only 'Cùng ngày'."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

LEAD = (
    "Trong ngày 9/3, Chủ tịch nước và Thủ tướng Chính phủ lần lượt tiếp ông Jonas Lindqvist, Bộ trưởng Quốc phòng "
    "Thụy Điển, đang ở thăm chính thức Việt Nam.\n\n"
    "Sáng nay, tại Phủ Chủ tịch, Chủ tịch nước Tạ Quang Vũ đã tiếp Bộ trưởng Quốc phòng Thụy Điển Jonas Lindqvist.\n\n"
    "Trước đó một ngày, tại trụ sở Bộ Quốc phòng, Đại tướng Lò Văn Kiên đã hội đàm với Bộ trưởng Jonas Lindqvist.\n\n"
)
LATER = "Cùng ngày, tại trụ sở Chính phủ, Thủ tướng Mai Đức Hào tiếp ông Jonas Lindqvist."


def test_reception_told_after_a_flashback_takes_the_lead_day():
    found = events(LEAD + LATER, PartialDate(2027, 3, 9), kind="Meeting")
    pm = [e for e in found if "Mai Đức Hào" in e.participants]
    assert pm and pm[0].start == PartialDate(2027, 3, 9)
    assert "event.day-the-lead-gave" in rules_of(pm)


def test_host_the_lead_does_not_name_keeps_the_flashback_day():
    text = LEAD + "Cùng ngày, tại trụ sở Quốc hội, Chủ tịch Quốc hội Đinh Thị Lan tiếp ông Jonas Lindqvist."
    found = events(text, PartialDate(2027, 3, 9), kind="Meeting")
    na = [e for e in found if "Đinh Thị Lan" in e.participants]
    assert na and na[0].start == PartialDate(2027, 3, 8)


def test_talks_after_the_flashback_keep_their_day():
    found = events(LEAD + LATER, PartialDate(2027, 3, 9), kind="Talks")
    assert found and found[0].start == PartialDate(2027, 3, 8)
