"""A border friendship exchange over several days (round 52g): a Vietnamese speaker "tại buổi giao lưu" (a
participant of Vietnam's side only) does not make it Vietnam's alone: an exchange with Vietnam its only side takes the
one foreign country its sentences name, as a reception or talks do (`event.foreign-side`)."""

from kg.model import PartialDate

from tests.reading_helpers import read

PAGE_DAY = PartialDate(2025, 4, 14)
LEAD = ("Trong 2 ngày 9-10/4, tại xã Hướng Lập, tỉnh Quảng Trị, Bộ đội Biên phòng tỉnh Quảng Trị (Việt Nam) và Bộ "
        "Chỉ huy Quân sự tỉnh Savannakhet (Lào) đã tổ chức chương trình giao lưu hữu nghị biên giới lần thứ 3.\n\n")
SPEECH = ("Phát biểu tại buổi giao lưu, Đại tá Nguyễn Văn Hùng khẳng định quan hệ hai nước là tài sản quý.\n\n")


def test_a_vietnamese_speaker_leaves_the_exchange_two_sided():
    doc = read(LEAD + SPEECH, PAGE_DAY)
    exchanges = [e for e in doc.events if e.type == "Exchange"]
    assert [sorted(e.countries) for e in exchanges] == [["LAO", "VNM"]]


def test_an_exchange_of_two_foreign_sides_named_gets_no_one_of_them():
    lead = LEAD.replace("Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào)", "Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào), "
                        "Ban Chỉ huy Quân sự tỉnh Stung Treng (Campuchia)")
    doc = read(lead + SPEECH, PAGE_DAY)
    exchanges = [e for e in doc.events if e.type == "Exchange"]
    assert [e.countries for e in exchanges] == [["VNM"]]  # (not one foreign side: none is guessed)
