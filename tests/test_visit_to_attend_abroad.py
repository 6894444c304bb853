"""A delegation's visit told by the event it attends abroad ("đoàn ... đã thăm và tham dự Diễn đàn X tại
Liên bang Nga") is a Visit to the country told after that event's name; a year joined to a Latin edition
name by a dash ("“Army-2022”") is the page's year when nothing else dates it, as "Army Games 2021" is.
Sentences are our own (round 44)."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import events, of_type, read, rules_of

LEAD = ("Nhận lời mời của Bộ Quốc phòng Liên bang Nga, từ ngày 15-19/8, đoàn đại biểu Bộ Quốc phòng Việt Nam do "
        "Thượng tướng Lê Huy Vịnh, Thứ trưởng Bộ Quốc phòng làm trưởng đoàn đã thăm và tham dự Diễn đàn Kỹ "
        "thuật quân sự quốc tế “Army-2022” tại Liên bang Nga.")


def test_a_visit_told_by_the_forum_it_attends_abroad() -> None:
    found = events(LEAD, published=PartialDate(2022, 8, 20), kind="Visit")
    assert len(found) == 1
    assert set(found[0].countries) == {"VNM", "RUS"}
    assert found[0].start == PartialDate(2022, 8, 15)
    assert "event.visit-to-attend" in rules_of(found)


def test_the_year_joined_to_the_edition_name_dates_an_undated_page() -> None:
    doc = read(LEAD)
    assert doc.published is not None and doc.published.year == 2022
    visits = of_type(doc.events, "Visit")
    assert [e.start for e in visits] == [PartialDate(2022, 8, 15)]


def test_attending_a_ceremony_at_a_home_academy_is_no_visit() -> None:
    text = ("Ngày 5/9, đoàn công tác của Quân khu 4 đã thăm và tham dự lễ khai giảng năm học mới tại Học viện "
            "Quốc phòng.")
    assert events(text, published=PartialDate(2022, 9, 6), kind="Visit") == []
