"""A visit (or a ship's call) whose last day is told in a sentence of its own after it ("Chuyến thăm của đoàn
... sẽ kết thúc vào ngày 14/3"): that day ends the visit told before, no second visit on it
(`event.end-told-after`, round 45, realev10)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

LEAD = ("Ngày 11/3/2019, đoàn đại biểu quân sự do Trung tướng Kim Yong Ho, Tư lệnh Lục quân Hàn Quốc dẫn đầu "
        "bắt đầu chuyến thăm chính thức Việt Nam. ")


def test_the_end_told_after_closes_the_visit():
    text = LEAD + "Chuyến thăm của đoàn đại biểu quân sự Hàn Quốc sẽ kết thúc vào ngày 14/3/2019."
    visits = events(text, kind="Visit")
    assert [(v.start, v.end) for v in visits] == [(PartialDate(2019, 3, 11), PartialDate(2019, 3, 14))]
    assert "event.end-told-after" in rules_of(visits)


def test_the_end_told_without_vao_closes_it_too():
    text = LEAD + "Chuyến thăm của đoàn kết thúc ngày 14/3/2019."
    visits = events(text, kind="Visit")
    assert [(v.start, v.end) for v in visits] == [(PartialDate(2019, 3, 11), PartialDate(2019, 3, 14))]


def test_a_day_after_the_visit_that_is_not_its_end_is_left():
    text = LEAD + "Chuyến thăm của đoàn diễn ra vào ngày 11/3/2019."
    assert [(v.start, v.end) for v in events(text, kind="Visit")] == [(PartialDate(2019, 3, 11), None)]
