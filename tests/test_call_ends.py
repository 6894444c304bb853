"""A ship's call told twice, by its arrival and by its end ("Ngày 14/6, tàu X đã rời cảng Y, kết thúc
tốt đẹp chuyến thăm ..."), in either order: one call, from the arrival to the day it ended
(`event.end-of-the-call`, round 44b, realev8)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

ARRIVAL = ("Sáng 10/6/2024, tàu hộ vệ tên lửa 016 - Quang Trung của Hải quân nhân dân Việt Nam cập cảng "
           "Sihanoukville, bắt đầu chuyến thăm hữu nghị Campuchia. Lễ đón do Tư lệnh Hải quân Hoàng gia "
           "Campuchia chủ trì.")


def _days(calls):
    return [(c.start, c.end) for c in calls]


def test_an_end_told_after_the_arrival_closes_the_call():
    text = ARRIVAL + "\n\nNgày 14/6, tàu 016 - Quang Trung đã rời cảng Sihanoukville, kết thúc tốt đẹp chuyến thăm."
    calls = events(text, kind="PortCall")
    assert _days(calls) == [(PartialDate(2024, 6, 10), PartialDate(2024, 6, 14))]
    assert "event.end-of-the-call" in rules_of(calls)


def test_an_end_told_first_closes_the_call_told_after_it():
    text = ("Ngày 14/6/2024, tàu 016 - Quang Trung của Hải quân nhân dân Việt Nam đã rời cảng Sihanoukville, "
            "kết thúc tốt đẹp chuyến thăm hữu nghị Campuchia.\n\n"
            "Trước đó, sáng 10/6, tàu 016 - Quang Trung cập cảng Sihanoukville. Lễ đón do Tư lệnh Hải quân Hoàng gia "
            "Campuchia chủ trì.")
    assert _days(events(text, kind="PortCall")) == [(PartialDate(2024, 6, 10), PartialDate(2024, 6, 14))]


def test_an_end_with_its_day_inside_the_lead_is_no_second_call():
    text = (" date 2024-06-16 Tàu 016 - Quang Trung của Hải quân nhân dân Việt Nam ngày 14/6 đã rời Campuchia, "
            "kết thúc tốt đẹp chuyến thăm hữu nghị với Hải quân Hoàng gia Campuchia.\n\n"
            "Sau ba ngày hải trình, sáng 10/6, tàu 016 - Quang Trung cập cảng Sihanoukville. Lễ đón do Tư lệnh "
            "Hải quân Hoàng gia Campuchia chủ trì.")
    assert _days(events(text, kind="PortCall")) == [(PartialDate(2024, 6, 10), PartialDate(2024, 6, 14))]


def test_a_call_told_only_by_its_end_keeps_its_day():
    text = ("Ngày 14/6/2024, tàu 016 - Quang Trung của Hải quân nhân dân Việt Nam đã rời cảng Sihanoukville, "
            "kết thúc tốt đẹp chuyến thăm hữu nghị Campuchia.")
    calls = events(text, kind="PortCall")
    assert "event.end-of-the-call" not in rules_of(calls)


def test_an_end_weeks_after_another_call_is_another_voyage():
    text = ARRIVAL + ("\n\nNgày 20/7, tàu 016 - Quang Trung đã rời cảng Manila, kết thúc tốt đẹp chuyến thăm "
                      "hữu nghị Philippines.")
    assert (PartialDate(2024, 6, 10), PartialDate(2024, 7, 20)) not in _days(events(text, kind="PortCall"))


def test_a_call_over_the_new_year_ends_in_the_next_year():
    # (review of round 48: the gap was counted only within one year, so an end in January lost its call)
    text = ("Sáng 29/12/2026, tàu hộ vệ tên lửa 016 - Quang Trung của Hải quân nhân dân Việt Nam cập cảng "
            "Sihanoukville, bắt đầu chuyến thăm hữu nghị Campuchia.\n\n"
            "Ngày 2/1/2027, tàu 016 - Quang Trung đã rời cảng Sihanoukville, kết thúc tốt đẹp chuyến thăm.")
    calls = events(text, PartialDate(2027, 1, 3), kind="PortCall")
    assert _days(calls) == [(PartialDate(2026, 12, 29), PartialDate(2027, 1, 2))]
    assert "event.end-of-the-call" in rules_of(calls)
