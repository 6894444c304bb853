"""Dates, round 14: a short head line naming a weekday and its full date stamps the page even
after a few words ("Số 214 - Thứ Hai, 14/04/2031"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.model import PartialDate as P
from kg.pipeline import extract
from kg.pipeline.dates import WEEKDAY_STAMP, infer_publication_date


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
