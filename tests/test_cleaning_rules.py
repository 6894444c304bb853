"""The boilerplate rules of `kg.pipeline.clean`, compiled as one alternation per
kind and a credit search behind a hint-word test, decide as trying every
pattern of `kg/data/boilerplate.tsv` in turn would."""

from __future__ import annotations

import re
from typing import Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.clean import CREDIT_WINDOW, FOOTER, IMAGE, META, SOURCE, WIDGET, credit_start, line_rule
from kg.resources import data_rows

_KINDS: dict[str, list[str]] = {}
for _row in data_rows("boilerplate.tsv"):
    if len(_row) == 2 and _row[0] not in ("abbrev", "credit_hint"):
        _KINDS.setdefault(_row[0], []).append(_row[1])
_ORDER = [("footer_header", FOOTER), ("widget", WIDGET), ("source_line", SOURCE), ("meta", META), ("image", IMAGE)]


def naive_rule(line: str) -> Optional[str]:
    for kind, name in _ORDER:
        if any(re.fullmatch(p, line, re.IGNORECASE) for p in _KINDS.get(kind, [])):
            return name
    return None


def naive_credit(line: str) -> Optional[int]:
    start = max(0, len(line) - CREDIT_WINDOW)
    found = [m.start() for p in _KINDS.get("credit", [])
             if (m := re.compile(f"(?:{p})\\s*$", re.IGNORECASE).search(line, start))]
    return min(found) if found else None


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


@settings(max_examples=1500)
@given(lines)
def test_line_rule_is_the_first_kind_whose_pattern_matches(line):
    assert line_rule(line) == naive_rule(line)


_CREDIT_TAILS = ["Ảnh: Huy Hùng/TTXVN", "(Ảnh: QĐND)", "Ảnh: TTXVN", "ảnh minh họa", "Ảnh:", "Ảnh: ",
                 "Nguồn: Reuters", "Ảnh tư liệu", "(Ảnh: Lê Minh)  ", "Ảnh: 1/2", "Ảnh : Ngọc Anh",
                 "ẢNH: HOÀNG TRIỀU", "Đồ họa: Minh Hà", "Video: VTV"]
credit_lines = st.tuples(st.text(max_size=200), st.sampled_from(_CREDIT_TAILS), lines).map(
    lambda t: t[0] + t[1] + (t[2][:3] if len(t[2]) % 2 else "")
)


@settings(max_examples=1500)
@given(st.one_of(credit_lines, st.tuples(st.text(max_size=200), lines).map("".join)))
def test_the_hint_words_never_hide_a_credit(line):
    assert credit_start(line) == naive_credit(line)
