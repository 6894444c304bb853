"""The regular expressions of the country, official, agreement, partnership and
cleaning components kept as data (`kg/data/*_patterns.tsv`, read by
`kg.pipeline.patterns.named_patterns`): each compiles, is used by its name, and
the rows that share a tail keep it the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg.resources
from kg.pipeline.patterns import compile_patterns, named_patterns

PATTERN_FILES = (
    "agreement_patterns.tsv",
    "country_patterns.tsv",
    "official_patterns.tsv",
    "partnership_patterns.tsv",
    "clean_patterns.tsv",
)
CODE = Path(kg.resources.__file__).parent / "pipeline"


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_every_pattern_compiles_and_is_used_by_its_name(name):
    compile_patterns(name)
    patterns = named_patterns(name)
    assert len(patterns) >= 5
    source = "\n".join(p.read_text(encoding="utf-8") for p in CODE.rglob("*.py"))
    assert [key for key in patterns if f'PATTERNS["{key}"]' not in source] == []


def test_the_signers_tail_is_the_same_in_every_row_that_ends_with_it():
    # "Thỏa thuận do X và Y ký": written out in three rows, it must not drift apart
    do_signers = r"(?<!\w)do\s+(?=[^.;]{0,200}?\s(?:ký|kí)(?:\s+kết)?\s*[.;]?\s*$)"
    patterns = named_patterns("agreement_patterns.tsv")
    for key in ("by-agent", "done-by", "label-end"):
        assert do_signers in patterns[key].pattern, key
    assert patterns["by-agent"].search("Thỏa thuận do hai Bộ trưởng ký.")
    assert patterns["by-agent"].search("Thỏa thuận do hai Bộ trưởng trao đổi.") is None


def test_flags_and_spaces_survive_the_file():
    assert named_patterns("agreement_patterns.tsv")["witnessed-by"].search("Dưới sự chứng kiến của")
    # a leading space written as [ ] survives the stripped field
    aside = named_patterns("official_patterns.tsv")["aside-after"]
    assert aside.match(" (Trung Quốc)") and not aside.match("  (Trung Quốc)")


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_no_pattern_opens_a_global_flag_inline(name):
    # flags belong in the flags column, where they cannot end up in the middle of a larger pattern
    for key, pattern in named_patterns(name).items():
        assert not re.match(r"\(\?[aiLmsux]+\)", pattern.pattern), key
