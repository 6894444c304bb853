"""The class-led trigger regex must match exactly what the plain alternation matches."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.common import first_char_phrase_pattern, phrase_pattern
from kg.pipeline.events.lexicon import plain_trigger_re as _plain_trigger_re, trigger_re as _trigger_re

SENTENCES = [
    "Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Nhật Bản tại Hà Nội.",
    "Hai bên hội đàm và ký kết Bản ghi nhớ; đoàn đã thăm chính thức Việt Nam.",
    "Khi gặp khó khăn, lại gặp ông Lloyd Austin; được gặp Đại sứ Hoa Kỳ.",
    "Đón tiếp Thượng tướng; HỘI ĐÀM cấp cao, Hội nghị ADMM+ và tập trận chung.",
    "thăm\nHội   đàm\tgặp Phó Thủ tướng, Tiếp Đoàn đại biểu.",
]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_trigger_regex_same_matches_as_reference() -> None:
    fast, plain = _trigger_re(), _plain_trigger_re()
    assert fast.pattern != plain.pattern  # the fast form is in use
    for s in SENTENCES:
        assert _spans(fast, s) == _spans(plain, s)
    assert _spans(fast, SENTENCES[0])  # and it finds something


def test_trigger_regex_bounded_search_matches_reference() -> None:
    fast, plain = _trigger_re(), _plain_trigger_re()
    text = " ".join(SENTENCES)
    for lo in range(0, len(text), 7):
        hi = min(len(text), lo + 60)
        assert _spans_bounded(fast, text, lo, hi) == _spans_bounded(plain, text, lo, hi)


def _spans_bounded(rx: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, lo, hi)]


def test_non_letter_phrase_falls_back() -> None:
    assert first_char_phrase_pattern(["1 tháng", "thăm"]) is None


def test_case_class_includes_kelvin_sign() -> None:
    rx = re.compile(first_char_phrase_pattern(["kế hoạch"]) or "")
    assert rx.search("\u212aế hoạch") is not None  # (?i:k) matches the Kelvin sign too


_WORDS = ["hội", "đàm", "thăm", "tập", "trận", "Ký", "kết", "gặp", "tiếp", "hội nghị"]
_ALPHABET = "hộiđàmthăậpránKýkếgặiĐÂ \n,."


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5),
    st.text(alphabet=_ALPHABET, max_size=60),
)
def test_property_same_as_phrase_pattern(phrases: list[str], text: str) -> None:
    fast = first_char_phrase_pattern(phrases)
    assert fast is not None
    plain = re.compile("(?i:" + phrase_pattern(phrases) + ")")
    assert _spans(re.compile(fast), text) == _spans(plain, text)
