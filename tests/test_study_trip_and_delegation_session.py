"""A foreign college's study trip ('có chuyến nghiên cứu thực tế tại Việt Nam từ ngày 7 đến 11/10') is a visit, and
'Trước đó, ngày 8/10, đoàn đã làm việc với Học viện Quốc phòng Việt Nam' a working session of the delegation
received before: its country is the other side (round 33)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

TEXT = (
    "Chiều 9/10, tại Hà Nội, Thượng tướng Phạm Văn Toàn, Thứ trưởng Bộ Quốc phòng tiếp đoàn học viên Trường Cao đẳng "
    "Quốc phòng Malaysia do Thiếu tướng Ahmad Faizal bin Osman làm trưởng đoàn. Đoàn gồm 30 sĩ quan Malaysia, có chuyến "
    "nghiên cứu thực tế tại Việt Nam từ ngày 7 đến 11/10. Trước đó, ngày 8/10, đoàn đã làm việc với Học viện Quốc phòng "
    "Việt Nam."
)
PAGE_DAY = PartialDate(2025, 10, 10)


def test_a_study_trip_is_a_visit_on_its_days():
    visits = events(TEXT, PAGE_DAY, kind="Visit")
    assert [(v.start, v.end) for v in visits] == [(PartialDate(2025, 10, 7), PartialDate(2025, 10, 11))]


def test_the_delegation_told_before_works_with_a_vietnamese_body():
    meetings = [m for m in events(TEXT, PAGE_DAY, kind="Meeting") if m.start == PartialDate(2025, 10, 8)]
    assert len(meetings) == 1 and sorted(meetings[0].countries) == ["MYS", "VNM"]
    assert "event.delegation-told-works" in rules_of(meetings)


def test_an_undated_session_of_a_bare_delegation_opens_nothing():
    text = TEXT.replace("Trước đó, ngày 8/10, đoàn", "Đoàn cũng")
    meetings = [m for m in events(text, PAGE_DAY, kind="Meeting")]
    assert "event.delegation-told-works" not in rules_of(meetings)
