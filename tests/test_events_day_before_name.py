"""A bare mention with its own day, before the one named event of its type ("Một hội thảo hôm 17/9
..." then "Hội thảo "X" do ... tổ chức"), dates that event."""

from __future__ import annotations

from reading_helpers import events, read, rules_of

from kg.model import PartialDate

LEAD = ("Một hội thảo hôm 12/8 tại TP Hồ Chí Minh cho thấy hợp tác quân y giữa Việt Nam và Hàn Quốc còn nhiều dư địa.\n\n"
        "Hội thảo \"Hợp tác quân y Việt Nam - Hàn Quốc: kinh nghiệm và triển vọng\" do Cục Quân y phối hợp với "
        "Bộ Quốc phòng Hàn Quốc tổ chức, thu hút hơn 100 đại biểu.")


def test_the_day_told_before_the_name_dates_the_named_conference() -> None:
    found = events(LEAD, PartialDate(2025, 8, 20), "Conference")
    assert [e.start for e in found] == [PartialDate(2025, 8, 12)]
    assert "event.day-told-before-its-name" in rules_of(found)


def test_with_two_named_conferences_after_it_the_bare_day_dates_neither() -> None:
    text = LEAD + ("\n\nHội thảo \"An ninh y tế khu vực\" do Học viện Quân y tổ chức cũng thu hút nhiều chuyên gia.")
    found = events(text, PartialDate(2025, 8, 20), "Conference")
    assert all(e.start != PartialDate(2025, 8, 12) for e in found)
    assert any(d.rule == "event.nothing-to-attach" for d in read(text, PartialDate(2025, 8, 20)).dropped)
