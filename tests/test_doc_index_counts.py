"""DocIndex counts the page's foreign countries once: names and events ask for every candidate,
and a long page asking anew each time was quadratic (the fuzz test's list of delegations)."""

from __future__ import annotations

from kg.pipeline.common import doc_index
from tests.reading_helpers import read


def _doc(text: str):
    return read("Tiêu đề\n\n" + text, article_id="t.txt")


def test_counts_are_most_mentioned_first_and_leave_out_vietnam() -> None:
    doc = _doc("Đoàn Lào thăm Việt Nam. Đại sứ Lào và Đại sứ Nhật Bản dự lễ. Việt Nam cảm ơn Lào.")
    counts = doc_index(doc).foreign_country_counts()
    assert list(counts) == ["LAO", "JPN"] and counts["LAO"] == 3
    assert doc_index(doc).foreign_countries() == ["LAO", "JPN"]


def test_a_caller_changing_its_copy_does_not_change_the_next_answer() -> None:
    doc = _doc("Bộ trưởng Quốc phòng Việt Nam tiếp Đại sứ Campuchia và Đại sứ Lào.")
    idx = doc_index(doc)
    first = idx.foreign_country_counts()
    first.clear()
    first["XXX"] = 9
    assert idx.foreign_country_counts() == {"KHM": 1, "LAO": 1}
