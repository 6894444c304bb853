"""Round 46b: a name after "Khu di tích", "di tích", "Khu lưu niệm" or "Nghĩa trang" is a place
(lex_location_words.txt), not a person the title before ("tưởng niệm Chủ tịch Hồ Chí Minh tại Khu
di tích Kim Liên") runs on to. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read


def test_a_memorial_site_is_no_official() -> None:
    doc = read("Sáng 16/5/2026, đoàn đã dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Khu di tích Kim Liên "
               "và thăm Sư đoàn 324.")
    assert "Kim Liên" not in [o.name for o in doc.officials]
