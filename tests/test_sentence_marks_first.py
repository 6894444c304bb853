"""The sentence splitter's boundary regex opens with the mark itself (its look-behinds after it), so
the regex engine skips straight to the marks instead of trying a look-behind at every character.
It must find exactly the boundaries the look-behind-first form (kept here as the oracle) finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.clean import paragraph_spans, split_sentences
from kg.pipeline.patterns import named_patterns

# the rows of clean_patterns.tsv as they were written before, look-behind first
_ORACLE = re.compile(r"""(?<![.!?…])[.!?…]+[\"'”’»)\]]*(?=\s)|(?<=\w\w)\.(?=\w\w)""")
_MARKS = "[.!?…]"


def _boundary() -> re.Pattern[str]:
    rows = named_patterns("clean_patterns.tsv")
    return re.compile(f'{rows["sentence-boundary"].pattern}|{rows["glued-stop"].pattern}')


def test_both_rows_open_with_the_mark_set() -> None:
    rows = named_patterns("clean_patterns.tsv")
    assert rows["sentence-boundary"].pattern.startswith(_MARKS)
    assert rows["glued-stop"].pattern.startswith(_MARKS)


_PIECES = [".", "..", "!", "?", "…", "?!", '"', "'", "”", "’", "»", ")", "]", " ", "\n", "\t", "ab", "Đô",
           "x", "1", "_", "-", "v.v.", "TP.HCM", "song phương.Thứ", "Ths.Nguyễn", "a", "Hà Nội"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join))
def test_the_same_boundaries_as_the_look_behind_first_form(text: str) -> None:
    assert [m.span() for m in _boundary().finditer(text)] == [m.span() for m in _ORACLE.finditer(text)]


def test_sentences_of_a_paragraph() -> None:
    para = ("Sáng 12/3, hai bên hội đàm tại Hà Nội... Bộ trưởng nói: “Hợp tác tốt!” Hai bên ký kết văn kiện."
            "Thứ trưởng tiếp đoàn, v.v. tại TP.HCM; song phương.Thứ trưởng cảm ơn?! (Hết)")
    assert [m.span() for m in _boundary().finditer(para)] == [m.span() for m in _ORACLE.finditer(para)]
    spans = paragraph_spans(para)
    assert len(spans) >= 3
    assert split_sentences(para)[0].text.startswith("Sáng 12/3")
