"""`FirstCharTable` (kg/pipeline/first_char.py) answers as the whole alternation of its rows does: the
first row in order that matches the whole text, tried only on the rows that can open with its first
character (case folded as `re` folds it)."""

from __future__ import annotations

import re
from typing import Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.first_char import FirstCharTable, first_chars, needed_marks
from kg.resources import data_rows

_LINE_KINDS = ("footer_header", "widget", "source_line", "meta", "image")
_BOILERPLATE = [(row[0], row[1]) for row in data_rows("boilerplate.tsv") if len(row) == 2 and row[0] in _LINE_KINDS]
_BOILERPLATE.sort(key=lambda row: _LINE_KINDS.index(row[0]))  # the order clean.py joins them in


def whole(rows: list[tuple[str, str]], flags: int, text: str) -> Optional[str]:
    """The whole alternation, as clean.py compiled it before."""
    m = re.compile("|".join(f"(?P<g{i}>{p})" for i, (_, p) in enumerate(rows)), flags).fullmatch(text)
    return None if m is None else rows[int(m.lastgroup[1:])][0]


def test_first_chars_of_a_row():
    assert first_chars("tin liên quan") == frozenset({("lit", "t")})
    assert first_chars(r"(các\s+)?tin") == frozenset({("lit", "c"), ("lit", "t")})  # an optional word before
    assert first_chars(r"(xem|đọc) tiếp") == frozenset({("lit", "x"), ("lit", "đ")})
    assert first_chars(r"\d+ phút") == frozenset({("class", r"[\d]")})
    assert first_chars(r"[^.:]{2,8}x") == frozenset({("class", r"[^\.:]")})


def test_rows_that_may_open_with_anything():
    assert first_chars(".*x") is None
    assert first_chars(r"\bx") is None  # an anchor: not read
    assert first_chars("(?=a)a") is None  # a look-ahead: not read
    assert first_chars("a?") is None  # matches the empty text


def test_marks_a_match_needs():
    assert needed_marks(r"bình luận\s*\(\d+\)") == frozenset("(")
    assert needed_marks(r"[^.:]{2,80}?(\.|\s[-–])\s*tổng biên tập\s*:.*") == frozenset(":")  # the fewest
    assert needed_marks(r"(xem|đọc) tiếp\s*[:>»].+") == frozenset(":>»")
    assert needed_marks(r"(a:|b)") is None  # an alternative without one
    assert needed_marks(r"(:)?x") is None  # optional
    assert needed_marks("tin liên quan") is None  # letters are cased: never a mark


_ROWS = [("A", r"(các\s+)?tin khác"), ("B", "tin.*"), ("A", r"\d+ phút"), ("C", r"(?-i:[A-ZĐ]{2,8})"),
         ("B", r"[^★\n]*+★.*"), ("C", "x?"), ("D", "ſa|kelvin|ı"), ("E", r"[\w.@-]{2,30}"), ("A", r"[^:]{1,6}:\s*x.*")]
_CHARS = ["t", "T", "c", "C", "Đ", "đ", "Ð", "K", "\u212a", "k", "ſ", "s", "S", "İ", "ı", "i", "I", "ß", "ẞ",
          "★", "1", "٣", " ", "", "x", "a", "-", ".", "\u00a0"]


@settings(max_examples=3000)
@given(st.lists(st.sampled_from(_CHARS + ["in khác", "ác tin khác", " phút", "elvin", "★", "QĐ", "a", ":", ": x"]), max_size=5),
       st.sampled_from([0, re.IGNORECASE]))
def test_table_answers_as_the_whole_alternation(parts, flags):
    text = "".join(parts)
    assert FirstCharTable(_ROWS, flags).fullmatch_name(text) == whole(_ROWS, flags, text)


_TABLE = FirstCharTable(_BOILERPLATE, re.IGNORECASE)
_WORDS = sorted({w for _, p in _BOILERPLATE for w in re.findall(r"[^\W\d_]{2,}", p)})


@settings(max_examples=2000)
@given(st.sampled_from(_CHARS), st.lists(st.sampled_from(_WORDS + ["(3)", ":", "12", "TTXVN", "★", "/"]), max_size=6),
       st.sampled_from([" ", "", ": "]))
def test_boilerplate_rows_as_the_whole_alternation(first, words, sep):
    for text in (sep.join(words), first + sep.join(words), first + " " + sep.join(words)):
        assert _TABLE.fullmatch_name(text) == whole(_BOILERPLATE, re.IGNORECASE, text)
