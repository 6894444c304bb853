"""The pattern pre-tests of `kg.pipeline.clean` (first character, needed strings)
never change which rule matches a line: compared with trying every pattern."""

from __future__ import annotations

import re
from typing import Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.clean import CREDIT_WINDOW, _Credits, _LineRule, _rules
from kg.resources import data_rows

_KINDS: dict[str, list[str]] = {}
for _row in data_rows("boilerplate.tsv"):
    if len(_row) == 2 and _row[0] != "abbrev":
        _KINDS.setdefault(_row[0], []).append(_row[1])


def naive_kind(kinds: list[tuple[str, list[str]]], line: str) -> Optional[str]:
    for kind, patterns in kinds:
        if any(re.fullmatch(p, line, re.IGNORECASE) for p in patterns):
            return kind
    return None


def naive_credit(patterns: list[str], line: str) -> bool:
    start = max(0, len(line) - CREDIT_WINDOW)
    return any(re.compile(f"(?:{p})\\s*$", re.IGNORECASE).search(line, start) for p in patterns)


# Lines built from pieces of the real patterns' own words, real boilerplate,
# Vietnamese text and odd characters, so that near-misses are common.
_PIECES = sorted({w for ps in _KINDS.values() for p in ps for w in re.findall(r"[^\W\d_]{2,}", p)}) + [
    "Tin liên quan", "Ảnh: Huy Hùng/TTXVN", "Theo baotintuc.vn", "anh-1.jpg", "Lượt xem: 1.234",
    "Chia sẻ", "Bộ Quốc phòng", "Việt Nam", ":", "•", "»", "-", "/", "(", ")", "*", "★", "0", "12",
    "2024", ".", ",", "İ", "K", "ß", "\u00a0", "TTXVN", "QĐND", "www.", ".vn", "http://", "https://x.vn/a",
]
lines = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=8).flatmap(
        lambda parts: st.sampled_from([" ", "", ": "]).map(lambda sep: sep.join(parts))
    ),
    st.text(max_size=40),
)

_LINE_KINDS = [("footer", _KINDS.get("footer_header", [])),
               ("drop", [p for k in ("widget", "source_line", "meta", "image") for p in _KINDS.get(k, [])])]


@settings(max_examples=1500)
@given(lines)
def test_line_rules_agree_with_every_pattern_tried(line):
    rules = _rules()
    assert rules.line.kind(line) == naive_kind(_LINE_KINDS, line)
    assert rules.widget.kind(line) == naive_kind([("widget", _KINDS.get("widget", []))], line)
    tail = [("tail", _KINDS.get("tail_line", []) + _KINDS.get("source_line", []))]
    assert rules.tail.kind(line) == naive_kind(tail, line)


_CREDIT_TAILS = ["Ảnh: Huy Hùng/TTXVN", "(Ảnh: QĐND)", "Ảnh: TTXVN", "ảnh minh họa", "Ảnh:", "Ảnh: ",
                 "Nguồn: Reuters", "Ảnh tư liệu", "(Ảnh: Lê Minh)  ", "Ảnh: 1/2", "Ảnh : Ngọc Anh"]
credit_lines = st.tuples(st.text(max_size=200), st.sampled_from(_CREDIT_TAILS), lines).map(
    lambda t: t[0] + t[1] + (t[2][:3] if len(t[2]) % 2 else "")
)


@settings(max_examples=1500)
@given(st.one_of(credit_lines, st.tuples(st.text(max_size=200), lines).map("".join)))
def test_credit_rule_agrees_with_every_pattern_tried(line):
    assert _rules().credits.end(line) == naive_credit(_KINDS.get("credit", []), line)


# Patterns whose first character or needed strings are easy to get wrong.
_TRICKY = [
    r"(?<=x)abc", r"\w+ xem", r"[^a]bc", r"(?:ab)?cd", r"a*b", r"(?:|x)yz", r"\s*Tin\s+liên\s+quan:?",
    r"ảnh:?\s*\S+", r"(?i:K)elvin", r"(?-i:A)bc", r"\d+\s*lượt xem", r"(?:Theo|Nguồn):?\s+\S+",
    r"(ab|cd)+ef", r"[ÀÁ]nh", r"\bđọc thêm\b", r"(?:x|y)?(?:z|)w",
]
_TRICKY_PIECES = [c for p in _TRICKY for c in re.findall(r"[^\W_]+", p)] + ["x", "y", "K", "\u212a", " ", ":", "1"]


@settings(max_examples=1500)
@given(st.lists(st.sampled_from(_TRICKY_PIECES), max_size=6).map("".join), st.sampled_from(range(len(_TRICKY))))
def test_tricky_patterns(line, i):
    kinds = [("a", _TRICKY[:i]), ("b", _TRICKY[i:])]
    assert _LineRule(kinds).kind(line) == naive_kind(kinds, line)
    assert _Credits.of(_TRICKY[i:i + 3]).end(line) == naive_credit(_TRICKY[i:i + 3], line)
