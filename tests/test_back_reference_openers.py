"""A sentence with no event word going back to the happening just told (`event.back-reference`) is found by
the regex `back-reference` behind a cheap test of its opening words: every way the regex opens must pass
that test, in any case ("Tham gia có ...", "Trưởng Đoàn là ...": sentences of our own, review of round 48)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

PAGE = PartialDate(2027, 5, 20)

DRILL = (
    "Từ ngày 12 đến 18-5, tại vịnh Subic (Philippines), Hải quân Philippines tổ chức Diễn tập hải quân đa phương "
    "Sóng Bạc 2027. Hải quân nhân dân Việt Nam cử Tàu 018 cùng đoàn công tác tham gia.\n\n"
)


def test_navies_told_by_tham_gia_co_take_part() -> None:
    text = DRILL + "Tham gia còn có tàu hải quân các nước Malaysia, Nhật Bản và Indonesia.\n"
    drills = events(text, PAGE, "Exercise")
    assert len(drills) == 1
    assert {"MYS", "JPN", "IDN"} <= set(drills[0].countries)
    assert "event.back-reference" in rules_of(drills)


def test_head_of_delegation_with_a_capital_doan() -> None:
    text = DRILL + "Trưởng Đoàn là Đại tá Nguyễn Văn Hòa, Phó Tư lệnh Vùng 2 Hải quân.\n"
    drills = events(text, PAGE, "Exercise")
    assert len(drills) == 1
    assert "event.back-reference" in rules_of(drills)
