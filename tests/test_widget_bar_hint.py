"""widget-bar-gap-hint (clean_patterns.tsv): `_is_widget_bar` splits a line at its gaps only when the
hint finds one; the hint must find a place exactly where widget-bar-gap has a match."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.clean import PATTERNS

GAP = PATTERNS["widget-bar-gap"]
HINT = PATTERNS["widget-bar-gap-hint"]
SPACES = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c))


def parts(line: str) -> list[str]:
    return [p for p in GAP.split(line) if p]


def test_the_spaces_and_bars_of_the_gap() -> None:
    for c in SPACES + "|·•":
        for line in (f"Chia sẻ{c}{c}In bài", f"Chia sẻ{c}In bài", f"{c}", f"Chia sẻ {c}"):
            assert (HINT.search(line) is None) == (GAP.search(line) is None), repr(line)


def test_lines_with_and_without_a_gap() -> None:
    assert HINT.search("Chia sẻ  Bình luận  In bài") and len(parts("Chia sẻ  Bình luận  In bài")) == 3
    assert HINT.search("Chia sẻ | In bài") and HINT.search("Chia sẻ·In bài") and HINT.search("Chia sẻ\t\u00a0In")
    assert HINT.search("Bộ trưởng tiếp đoàn đại biểu quân sự nước bạn.") is None


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from(SPACES[:12] + SPACES[-6:] + "|·•ab.-"), max_size=30))
def test_no_hint_no_gap(line: str) -> None:
    assert (HINT.search(line) is None) == (GAP.search(line) is None)
    if HINT.search(line) is None:
        assert len(parts(line)) < 2
