"""Dates, round 14: a short head line naming a weekday and its full date stamps the page even
after a few words ("Số 214 - Thứ Hai, 14/04/2031"); "ngày 20, 21/3" is a stretch of two days.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.model import PartialDate as P
from kg.pipeline import extract
from kg.pipeline.dates import WEEKDAY_STAMP, find_dates, infer_publication_date


def _published(body: str) -> P | None:
    return infer_publication_date(body, body, [])


@pytest.mark.parametrize("line", ["Số 214 - Thứ Hai, 14/04/2031", "Chuyên mục Biển đảo - Thứ 2, ngày 14/4/2031",
                                  "Báo in | Thứ hai 14.04.2031"])
def test_a_weekday_and_its_date_after_a_few_words_stamp_the_page(line: str) -> None:
    body = (f"BÁO BIÊN CƯƠNG\n{line}\n\nNhìn lại một năm đối ngoại\n\n"
            "Ngày 20/3, tàu của Hải quân nước bạn thăm cảng Tiên Sa. Năm 2032, tỉnh dự kiến đón thêm tàu.")
    assert _published(body) == P(2031, 4, 14)


def test_the_day_of_a_yearless_date_then_falls_in_the_stamped_year() -> None:
    doc = extract("BÁO BIÊN CƯƠNG\nSố 214 - Thứ Hai, 14/04/2031\n\nNhìn lại một năm\n\n"
                  "Ngày 20/3, tàu của Hải quân nước bạn thăm cảng Tiên Sa. Năm 2032, tỉnh dự kiến đón thêm tàu.")
    assert doc.published == P(2031, 4, 14)
    assert any(w.startswith(WEEKDAY_STAMP) for w in doc.warnings)
    assert P(2031, 3, 20) in [d.date for d in doc.dates]


@pytest.mark.parametrize("line", [
    # a sentence telling a happening on a weekday: too many words for a stamp
    "Hai đoàn đã gặp nhau tại cửa khẩu quốc tế vào Thứ Hai, 14/04/2031 để trao đổi",
    # a weekday that names no date
    "Số 214 - Thứ Hai - Tháng 4/2031",
])
def test_a_sentence_or_a_weekday_without_its_date_is_no_stamp(line: str) -> None:
    doc = extract(f"Tiêu đề của bài viết\n{line}\n\nHai bên trao đổi về hợp tác biển.")
    assert not any(w.startswith(WEEKDAY_STAMP) for w in doc.warnings)


@pytest.mark.parametrize("text, first, last", [
    ("Trong hai ngày 20, 21/3, đoàn đã thăm Học viện.", P(None, 3, 20), P(None, 3, 21)),
    ("Chuyến thăm dự kiến vào ngày 30, 31/10/2031.", P(2031, 10, 30), P(2031, 10, 31)),
])
def test_two_days_joined_by_a_comma_after_ngay_are_one_stretch(text: str, first: P, last: P) -> None:
    found = find_dates(text)
    assert [(d.date, d.end_date) for d in found] == [(first, last)]


@pytest.mark.parametrize("text", ["Đội bạn thắng với tỷ số 2, 3/4 số bàn là phạt đền.",
                                  "Các ngày 20, 23/3 đoàn nghỉ.", "Sáng 20, 21/3 là hai buổi tập."])
def test_a_comma_between_numbers_is_no_stretch_otherwise(text: str) -> None:
    assert all(d.end_date is None for d in find_dates(text))


def test_a_visit_told_over_two_days_joined_by_a_comma_takes_both() -> None:
    doc = extract("Học viện hai nước tăng cường hợp tác\nThứ Hai, 23/03/2031 | 08:15\n\n"
                  "Trong hai ngày 20, 21/3, Đoàn đại biểu Đại học Quốc phòng Pakistan do Trung tướng Asad Khan "
                  "làm Trưởng đoàn đã đến thăm và làm việc tại Việt Nam.")
    visits = [e for e in doc.events if e.type == "Visit"]
    assert [(e.start, e.end) for e in visits] == [(P(2031, 3, 20), P(2031, 3, 21))]
