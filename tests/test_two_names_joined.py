"""A named event told by two names joined by a dash ("Hội nghị Thượng đỉnh An ninh châu Á - Đối thoại
Shangri-La lần thứ 23") keeps the days told after the whole name, and is the event told before under its
second name (round 25, heldout37)."""

from __future__ import annotations

from reading_helpers import events, rules_of

from kg.model import PartialDate

TEXT = (
    "Đoàn Việt Nam dự Đối thoại Hương Sơn 14.\n\n"
    "Hội nghị Thượng đỉnh An ninh Đông Bắc Á - Đối thoại Hương Sơn lần thứ 14 do Hội Khoa học Quân sự Trung "
    "Quốc tổ chức diễn ra tại Bắc Kinh từ ngày 17 đến 19/9, với các đoàn Nga, Lào và Campuchia. Thượng tướng Nguyễn "
    "Văn An, Thứ trưởng Bộ Quốc phòng, dẫn đầu đoàn Việt Nam tham dự."
)


def test_two_joined_names_are_one_event_with_its_days() -> None:
    found = events(TEXT, PartialDate(2027, 9, 20), kind="Conference")
    assert len(found) == 1
    assert (found[0].start.iso(), found[0].end.iso()) == ("2027-09-17", "2027-09-19")
    assert "event.second-name-told" in rules_of(found)


def test_a_name_holding_a_second_trigger_without_a_dash_still_ends_its_clause() -> None:
    text = ("Sáng 2/12, tại Hà Nội, Bộ Quốc phòng tổ chức họp báo giới thiệu Triển lãm Quốc phòng quốc tế "
            "2027, dự kiến diễn ra từ ngày 8 đến 11/12.")
    meetings = events(text, PartialDate(2027, 12, 2), kind="Meeting")
    assert all(e.start is None or e.start.iso() == "2027-12-02" for e in meetings)
