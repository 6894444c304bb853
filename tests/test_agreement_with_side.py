"""A delegation's trip to two countries told in one clause before the signing ("Đoàn ... thăm A từ ngày
3-5/4 và B từ 6-8/4, ký bản ghi nhớ ... với A"): the label names the other side after "với", so only
Việt Nam and A sign; B is a place visited (`agreement.parties-with-side`, round 32)."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import read, rules_of

TRIP = ("Đoàn Bộ Quốc phòng Việt Nam thăm chính thức Kenya từ ngày 3-5/4 và Tanzania từ 6-8/4, ký bản ghi nhớ "
        "về hợp tác huấn luyện quân sự với Kenya.")


def test_only_the_side_after_with_signs_with_vietnam() -> None:
    doc = read(TRIP, PartialDate(2026, 4, 9))
    assert [set(a.parties) for a in doc.agreements] == [{"VNM", "KEN"}]
    assert "agreement.parties-with-side" in rules_of(doc.agreements)


def test_two_countries_before_the_verb_still_both_sign() -> None:
    doc = read("Ngày 4/4, Việt Nam và Kenya ký bản ghi nhớ về hợp tác huấn luyện quân sự.", PartialDate(2026, 4, 9))
    assert [set(a.parties) for a in doc.agreements] == [{"VNM", "KEN"}]
    assert "agreement.parties-with-side" not in rules_of(doc.agreements)
