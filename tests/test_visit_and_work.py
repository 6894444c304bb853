"""A visit's verb and "làm việc" told together with a comma (round 52f, `event.visit-and-work`): "dẫn đầu đoàn sang
thăm, làm việc với Bộ Tư lệnh Quân khu 9 từ ngày 7 đến 9/4" is one trip, and the days cued after its object are the
visit's (before, they went to the "làm việc với" mention, which was dropped, and the visit took the day of the
welcome told next, as a month). A visit told with its day before it in the sentence keeps that day."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 4, 7)

TRIP = """Trung tướng Heng Vuthy, Tư lệnh Quân khu 4 (Campuchia) dẫn đầu đoàn đại biểu sang thăm, làm việc với Bộ Tư lệnh Quân khu 9 từ ngày 7 đến 9/4.

Sáng 7/4, Bộ Tư lệnh Quân khu 9 tổ chức lễ đón đoàn tại Sở Chỉ huy Quân khu.
"""


def test_the_days_after_visit_and_work_are_the_visits():
    visits = events(TRIP, PAGE_DAY, "Visit")
    assert len(visits) == 1
    assert (visits[0].start, visits[0].end) == (PartialDate(2026, 4, 7), PartialDate(2026, 4, 9))
    assert "event.visit-and-work" in rules_of(visits)


DAY_BEFORE = """Chiều 6/4, Trung tướng Heng Vuthy, Tư lệnh Quân khu 4 (Campuchia) dẫn đầu đoàn đại biểu sang thăm, làm việc với Bộ Tư lệnh Quân khu 9 và dự lễ kỷ niệm ngày truyền thống Quân khu vào ngày 10/4.
"""


def test_a_visit_with_its_day_before_keeps_it():
    visits = events(DAY_BEFORE, PAGE_DAY, "Visit")
    assert [(v.start, v.end) for v in visits] == [(PartialDate(2026, 4, 6), None)]
    assert "event.visit-and-work" not in rules_of(visits)


# (from round 52e's test_visit_comma_work: the same phenomenon, its rule merged into this one)
LEAD_52E = (
    "Nhận lời mời của Thiếu tướng Lê Văn Hải, Tư lệnh Quân khu 9, Thiếu tướng Sam Rathana, Tư lệnh Quân khu 4, "
    "Quân đội Hoàng gia Campuchia dẫn đầu đoàn đại biểu sang {verb} Bộ Tư lệnh Quân khu 9 từ ngày 12 đến 14/5.\n\n"
    "Sáng 12/5, tại Cần Thơ, hai bên đã hội đàm."
)


def _visit_days(verb: str) -> list[tuple]:
    return [(e.start, e.end) for e in events(LEAD_52E.format(verb=verb), PartialDate(2026, 5, 12), "Visit")]


def test_a_visit_told_after_an_invitation_takes_its_days():
    assert _visit_days("thăm, làm việc với") == [(PartialDate(2026, 5, 12), PartialDate(2026, 5, 14))]


def test_work_alone_is_no_visit():
    # ("thăm, làm việc" is no trigger of its own: an attaché's "đến thăm, làm việc với Bộ CHQS tỉnh" is a working session)
    assert _visit_days("làm việc với") == []
