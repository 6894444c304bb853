"""`letter_led_pattern` (one literal-led branch per opening character) must match
exactly what the plain case-insensitive alternation matches, also when a search
is bounded to one sentence (pos/endpos) as the extractors do."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.common import phrase_pattern
from kg.pipeline.common import letter_led_pattern
from kg.pipeline.partnerships import level_re, levels

_WORDS = ["hội", "đàm", "thăm", "Ý", "định", "thư", "t", "Hội", "nghị", "kế", "hoạch", "đối", "tác"]
_ALPHABET = "hộiđàmthăýÝnghịkếĐK\u212a ,.\n"  # with the Kelvin sign, which (?i:k) matches


def _spans(rx: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, lo, len(text) if hi is None else hi)]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6),
    st.text(alphabet=_ALPHABET, max_size=60),
    st.integers(0, 20),
    st.integers(0, 60),
)
def test_property_same_as_phrase_pattern(phrases: list[str], text: str, lo: int, hi: int) -> None:
    fast = letter_led_pattern(phrases)
    if any(p == p[0] for p in phrases):
        assert fast is None  # a one-letter phrase has no rest to branch into
        return
    assert fast is not None
    plain = re.compile("(?i:" + phrase_pattern(phrases) + ")")
    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    assert _spans(re.compile(fast), text) == _spans(plain, text)
    assert _spans(re.compile(fast), text, lo, hi) == _spans(plain, text, lo, hi)


def test_one_letter_first_word_and_case() -> None:
    rx = re.compile(letter_led_pattern(["Ý định thư", "ý kiến", "kế hoạch"]) or "")
    text = "Ký Ý  định thư; ý\nkiến, \u212aế hoạch; xý định thư"
    assert [m.group() for m in rx.finditer(text)] == ["Ý  định thư", "ý\nkiến", "\u212aế hoạch"]


def test_falls_back_where_no_branch_can_be_written() -> None:
    assert letter_led_pattern(["1 tháng", "thăm"]) is None
    assert letter_led_pattern(["hội  đàm"]) is None  # irregular spacing
    assert letter_led_pattern(["a"]) is None
    assert letter_led_pattern([]) is None  # not "", which would match everywhere


def test_partnership_levels_fast_form() -> None:
    plain = re.compile("(?i:" + phrase_pattern(levels().keys()) + ")")
    text = "quan hệ Đối tác chiến lược toàn diện, ĐTCL và đối tác toàn diện; xĐTCL"
    assert level_re().pattern != plain.pattern
    assert _spans(level_re(), text) == _spans(plain, text) != []
