"""A reception of several delegations at once (round 52a): "tiếp các đoàn đại biểu ..." is one reception of
them all, as "tiếp đoàn ..." is of one (`event.receives-or-meets`); "đón tiếp các đoàn" (welcomed to a ceremony) stays no
reception."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 5, 15)

FOREIGN = """Tối 14/5, Đại tá Trần Minh Khôi, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh đã tiếp các đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Khăm Muồn và tỉnh Bô Ly Khăm Xay (Lào) sang dự lễ kỷ niệm. Hai bên thông báo tình hình mỗi đơn vị.
"""


def test_a_reception_of_several_foreign_delegations_is_one_meeting():
    meetings = events(FOREIGN, PAGE_DAY, "Meeting")
    assert len(meetings) == 1
    assert set(meetings[0].countries) == {"VNM", "LAO"}
    assert meetings[0].start == PartialDate(2026, 5, 14)
    assert "event.receives-or-meets" in rules_of(meetings)


WELCOMED = """Sáng 14/5, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh tổ chức lễ kỷ niệm 80 năm Ngày truyền thống. Ban tổ chức đã đón tiếp các đoàn đại biểu của tỉnh Khăm Muồn (Lào) đến dự.
"""


def test_delegations_welcomed_to_a_ceremony_are_no_reception():
    assert events(WELCOMED, PAGE_DAY, "Meeting") == []
