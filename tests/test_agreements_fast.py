"""The fast agreement trigger / role regexes find exactly what the plain ones find,
also when a search is bounded to one sentence (pos/endpos), as the component does."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.clean import split_sentences
from kg.pipeline.agreements import plain_trigger_re, role_re, trigger_re, agreement_types
from kg.pipeline.common import phrase_pattern, tsv_by_role

_ROLES = ("sign", "not_yet", "collective", "signer")


def _plain_role(role: str) -> re.Pattern[str]:
    return re.compile("(?i:" + phrase_pattern(tsv_by_role("lex_agreement_context.tsv", role)) + ")")


def _spans(rx: re.Pattern[str], text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text, lo, len(text) if hi is None else hi)]


def _check(text: str, lo: int = 0, hi: int | None = None) -> None:
    assert _spans(trigger_re(), text, lo, hi) == _spans(plain_trigger_re(), text, lo, hi)
    for role in _ROLES:
        assert _spans(role_re(role), text, lo, hi) == _spans(_plain_role(role), text, lo, hi)


def test_fast_form_is_used_and_finds_triggers() -> None:
    assert trigger_re() is not plain_trigger_re()
    text = "Hai bên đã ký Biên bản ghi nhớ về hợp tác quốc phòng. Bản ghi nhớ nữa; xbiên bản ghi nhớ"
    assert _spans(trigger_re(), text)  # a real trigger is found
    _check(text)
    _check(text, 3, 40)


_WORDS = sorted({w for p in agreement_types() for w in p.split()} | {"ký", "kết", "Ký", "hai", "bên"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + [" ", ", ", ".", "x", "\n", "Đ"]), max_size=25).map(" ".join),
       st.integers(0, 30), st.integers(0, 200))
def test_property_same_as_plain(text: str, lo: int, hi: int) -> None:
    _check(text)
    _check(text, min(lo, len(text)), min(max(lo, hi), len(text)))


def test_every_sentence_of_the_corpora() -> None:
    root = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for d in ("gold_dev", "dev2", "dev3", "articles")
             if (root / d).is_dir() for p in sorted((root / d).rglob("*.txt"))]
    assert texts
    for text in texts:
        _check(text)
        for s in split_sentences(text):
            _check(text, s.start, s.end)
