"""Scan hints (`*-hint` rows of date_patterns.tsv): a whole-text scan is skipped when the text's
casefold() lacks its hint, so every match of the scan must leave its hint in the casefold()."""

from __future__ import annotations

import random
import re
import sys

import pytest

from kg.model import PartialDate
from kg.pipeline.dates import PATTERNS, last_week_dates, weekday_dates

HINTS = {"weekday-deictic": "weekday-hint", "weekday-pair": "weekday-hint", "last-week": "last-week-hint",
         "publisher-line": "publisher-line-hint"}

EVERY_CHARACTER = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)

SENTENCES = [
    "Hà Nội - Bộ trưởng hôm thứ Hai đã tiếp đoàn đại biểu quân sự nước bạn.",
    "Sáng THỨ BA TUẦN TRƯỚC, hai đoàn đã hội đàm tại trụ sở Bộ Quốc phòng.",
    "Vào Chủ Nhật tuần tới, tàu sẽ rời cảng sau chuyến thăm.",
    "Trong hai ngày thứ Bảy và Chủ nhật, hải quân hai nước tổ chức diễn tập chung.",
    "Các ngày thứ 5 và thứ 6 tuần trước, đoàn đã làm việc tại học viện.",
    "Tuần trước, tại thủ đô, hai Thứ trưởng đồng chủ trì cuộc đối thoại.",
    "Chuyến thăm hồi tuần   trước đã kết thúc tốt đẹp.",
    "Giấy phép số 12/GP-BTTTT cấp ngày 3/4/2020.",
    "© 2010 Bản quyền thuộc về tòa soạn. Thành lập năm 1950.",
    "Thứ trưởng chủ trì lễ đón; lần thứ hai đoàn sang thăm.",
]


@pytest.mark.parametrize("hint", sorted(set(HINTS.values())))
def test_every_case_variant_of_a_hint_letter_casefolds_to_it(hint: str) -> None:
    # why the hint is matched in casefold(): each letter's variants under IGNORECASE fold onto it
    for letter in set(re.findall(r"[^\W\d_]", PATTERNS[hint].pattern)):
        variants = re.findall("(?i:" + re.escape(letter) + ")", EVERY_CHARACTER)
        assert {v.casefold() for v in variants} == {letter}, (hint, letter, variants)


@pytest.mark.parametrize("scan", sorted(HINTS))
def test_every_match_leaves_its_hint(scan: str) -> None:
    rng = random.Random(7)
    for sentence in SENTENCES:
        for text in [sentence] + ["".join(rng.choice((c.upper(), c.lower())) for c in sentence) for _ in range(20)]:
            if PATTERNS[scan].search(text):
                assert PATTERNS[HINTS[scan]].search(text.casefold()), (scan, text)


def test_weekdays_and_last_week_read_in_any_case() -> None:
    published = PartialDate(2024, 5, 15)  # a Wednesday
    assert [d.date for d in weekday_dates("Hôm THỨ HAI, hai bên đã ký kết.", published)] == [PartialDate(2024, 5, 13)]
    pair = weekday_dates("Trong HAI NGÀY THỨ BẢY VÀ CHỦ NHẬT, đoàn đã thăm đơn vị.", published)
    assert [(d.date, d.end_date) for d in pair] == [(PartialDate(2024, 5, 11), PartialDate(2024, 5, 12))]
    assert [d.date for d in last_week_dates("TUẦN TRƯỚC, hai đoàn đã gặp nhau.", published)] == [PartialDate(2024, 5)]
    assert weekday_dates("Thứ trưởng chủ trì hội nghị.", published) == []
