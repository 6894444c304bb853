"""A visit told only by the day of its guest's welcome ceremony is dated by its month (round 38)."""

from kg.model import PartialDate

from tests.reading_helpers import events, of_type, rules_of


def test_visit_told_at_its_welcome_ceremony_takes_the_month():
    text = ("Sáng 14/9, tại Hà Nội, Đại tướng Nguyễn Văn An, Bộ trưởng Bộ Quốc phòng, chủ trì lễ đón "
            "Bộ trưởng Quốc phòng Ba Lan Tomasz Nowak cùng đoàn thăm chính thức Việt Nam. "
            "Ngay sau lễ đón, hai bộ trưởng đã tiến hành hội đàm.")
    found = events(text, PartialDate(2024, 9, 14))
    visits = of_type(found, "Visit")
    assert [(v.start, v.end) for v in visits] == [(PartialDate(2024, 9), None)]
    assert "event.day-of-its-welcome" in rules_of(visits)
    talks = of_type(found, "Talks")
    assert [t.start for t in talks] == [PartialDate(2024, 9, 14)]


def test_visit_days_told_after_the_welcome_stay():
    text = ("Sáng 14/9, tại Hà Nội, Đại tướng Nguyễn Văn An chủ trì lễ đón Bộ trưởng Quốc phòng Ba Lan "
            "Tomasz Nowak thăm chính thức Việt Nam từ ngày 13 đến 16/9.")
    visits = events(text, PartialDate(2024, 9, 14), "Visit")
    assert [(v.start, v.end) for v in visits] == [(PartialDate(2024, 9, 13), PartialDate(2024, 9, 16))]
