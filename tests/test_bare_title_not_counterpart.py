"""A bare title heading a list of bilateral meetings (round 52a): "Thứ trưởng đã gặp song phương với A; B và C"
takes the country that title was last told with as the subject's (`event.bare-title-told-before`), but not a
counterpart's title told right after a meet verb ("... gặp Thứ trưởng Quốc phòng Belarus X"): the meetings listed
are then not read as that earlier meeting told again, each is one of its own."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 8, 20)

AFTER_A_COUNTERPART = """Từ ngày 17 đến 19/8, Thượng tướng Lê Văn Hưng, Thứ trưởng Bộ Quốc phòng Việt Nam dẫn đầu đoàn đại biểu tham dự Hội nghị An ninh Quốc tế Moskva lần thứ 14.

Sáng 18/8, Thượng tướng Lê Văn Hưng đã gặp Thứ trưởng Quốc phòng Belarus Andrei Volkov. Hai bên trao đổi về hợp tác đào tạo.

Cũng trong ngày 18/8, Thứ trưởng đã gặp song phương với Trưởng đoàn Ấn Độ, Trung tướng Rajesh Kumar Singh và Trưởng đoàn Mông Cổ, Thiếu tướng Batbayar Ganbold.
"""


def test_meetings_listed_after_a_counterparts_title_are_each_their_own():
    meetings = events(AFTER_A_COUNTERPART, PAGE_DAY, "Meeting")
    sides = sorted(tuple(sorted(m.countries)) for m in meetings)
    assert sides == [("BLR", "VNM"), ("IND", "VNM"), ("MNG", "VNM")]
    assert all(m.start == PartialDate(2026, 8, 18) for m in meetings)
    assert "event.bare-title-told-before" in rules_of(meetings)


SUBJECT_TOLD_BEFORE = """Từ ngày 17 đến 19/8, Thượng tướng Lê Văn Hưng, Thứ trưởng Bộ Quốc phòng Việt Nam dẫn đầu đoàn đại biểu tham dự Hội nghị An ninh Quốc tế Moskva lần thứ 14.

Bên lề Hội nghị, ngày 18/8, Thứ trưởng đã gặp song phương với Trưởng đoàn Ấn Độ, Trung tướng Rajesh Kumar Singh và Trưởng đoàn Mông Cổ, Thiếu tướng Batbayar Ganbold.
"""


def test_a_title_told_as_the_subject_still_gives_its_country():
    meetings = events(SUBJECT_TOLD_BEFORE, PAGE_DAY, "Meeting")
    sides = sorted(tuple(sorted(m.countries)) for m in meetings)
    assert sides == [("IND", "VNM"), ("MNG", "VNM")]
    assert "event.bare-title-told-before" in rules_of(meetings)
