"""Round 46b: "hướng đến quan hệ đối tác chiến lược" is an aim, like "hướng tới" (lex_partnership_context.tsv),
not the relation today. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read


def test_a_level_aimed_at_is_no_partnership() -> None:
    doc = read("Chuyến thăm phù hợp với nội hàm quan hệ đối tác chiến lược Việt Nam - Singapore, hướng đến "
               "quan hệ đối tác chiến lược Việt Nam - Chile.")
    pairs = {frozenset(p.countries) for p in doc.partnerships}
    assert frozenset({"VNM", "SGP"}) in pairs
    assert frozenset({"VNM", "CHL"}) not in pairs
