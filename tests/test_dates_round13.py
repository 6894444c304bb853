"""Dates, round 13: "tuần trước" (last week) dates a story by the month of the week before the
publication's, when that week lies in one month. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.model import PartialDate as P
from kg.pipeline.dates import LAST_WEEK_MONTH, last_week_dates
from kg.pipeline.rules import registered_rules

from tests.reading_helpers import events


def _months(text: str, published: P) -> list[P]:
    return [d.date for d in last_week_dates(text, published)]


def test_last_week_is_the_month_of_the_week_before_publication() -> None:
    text = "Tuần trước, tại Viêng Chăn, hai Thứ trưởng đã đồng chủ trì Đối thoại quốc phòng lần thứ 3."
    assert _months(text, P(2031, 3, 19)) == [P(2031, 3)]  # Wednesday: last week is 10-16 March
    found = events(text, P(2031, 3, 19))
    assert [(e.type, e.start) for e in found] == [("Dialogue", P(2031, 3))]


def test_a_week_across_two_months_tells_no_month() -> None:
    # published Tuesday 3 March 2031: last week runs from 23 February
    assert _months("Chuyến thăm hồi tuần trước của Bộ trưởng đã thành công.", P(2031, 3, 4)) == []
    # published Monday 6 October: last week is 29 September to 5 October
    assert _months("Tuần trước, hai bên đã ký Bản ghi nhớ.", P(2031, 10, 6)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hai tuần trước, đoàn đã thăm Lào.",  # two weeks ago
        "Cách đây vài tuần trước, tàu đã cập cảng.",
        "Vào thứ Ba tuần trước, hai bên đã hội đàm.",  # a weekday, read on its own
        "Một tuần trước đó, đoàn đã đến Lào.",  # the week before another time
        "Đoàn đến một tuần trước khi diễn tập bắt đầu.",
        "Tuần trước đó, hai bên đã gặp nhau.",
        "Tuần trước (10/3), hai bên đã hội đàm.",  # its date written after it says the same
        "Tuần trước, hai bên đã hội đàm.",  # no publication date: nothing to count from
    ],
)
def test_counted_weeks_weekdays_and_other_times_are_not_last_week(text: str) -> None:
    published = None if text.startswith("Tuần trước, hai") else P(2031, 3, 19)
    assert last_week_dates(text, published) == []


def test_the_rule_is_declared() -> None:
    assert LAST_WEEK_MONTH in registered_rules()


def test_an_anniversary_day_after_the_lead_does_not_push_the_page_a_year_on() -> None:
    from kg.pipeline.dates import infer_publication_date

    body = ("Giao lưu hữu nghị nhân Quốc khánh\n"
            "Sáng 1/9, tại Đồn Biên phòng A, hai đơn vị đã tổ chức giao lưu nhân kỷ niệm 81 năm "
            "Ngày Quốc khánh (2/9/1945 - 2/9/2026).\n"
            "Hai bên trao đổi về công tác phối hợp quản lý biên giới.")
    assert infer_publication_date(body, body, []) == P(2026, 9, 1)
    # a plain past day after the lead's still tells the next year: "đã ký ngày 5/9/2025" before "Sáng 1/9"
    told = ("Tin quốc phòng\nSáng 1/9, hai bên hội đàm.\n"
            "Hai bên đã ký Bản ghi nhớ về hợp tác huấn luyện vào ngày 5/9/2025 tại Hà Nội.")
    assert infer_publication_date(told, told, []) == P(2026, 9, 1)
