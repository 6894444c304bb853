"""Patterns kept as data: every row of a pattern file compiles, has a unique name, is
used by the code, and a malformed file is told clearly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg.resources
from kg.pipeline.patterns import PatternFileError, compile_patterns, named_patterns

PATTERN_FILES = ("lex_event_patterns.tsv", "date_patterns.tsv")
CODE = Path(kg.resources.__file__).parent / "pipeline"


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_every_pattern_compiles_and_is_used(name):
    compile_patterns(name)
    patterns = named_patterns(name)
    assert len(patterns) > 5
    source = "\n".join(p.read_text(encoding="utf-8") for p in CODE.rglob("*.py"))
    unused = [key for key in patterns if f'PATTERNS["{key}"]' not in source]
    assert unused == []


def test_the_flags_column_makes_a_pattern_case_insensitive():
    date_cue = named_patterns("lex_event_patterns.tsv")["date-cue"]
    assert date_cue.flags & re.IGNORECASE
    assert date_cue.search("Hội nghị DIỄN RA vào ngày ") is not None


def test_a_pattern_keeps_its_inner_spaces_and_escapes():
    cut = named_patterns("lex_event_patterns.tsv")["loc-cut"]
    assert cut.search("tại Hà Nội đã khai mạc") is not None
    assert cut.search("tại Hà Nộiđã") is None


@pytest.mark.parametrize(
    "text, message",
    [
        ("only-a-name\n", "not 'name<TAB>flags<TAB>regex'"),
        ("a\tx\tb\n", "not 'name<TAB>flags<TAB>regex'"),
        ("a\t\tb\na\t\tc\n", "defined twice"),
        ("a\t\t(unclosed\n", "does not compile"),
        ("a\t\tx{=b}\nb\t\ty\n", "refers to 'b', not defined before it"),
    ],
)
def test_a_malformed_pattern_file_is_told_by_name(tmp_path, monkeypatch, text, message):
    (tmp_path / "bad_patterns.tsv").write_text("# a comment\n" + text, encoding="utf-8")
    monkeypatch.setattr(kg.resources, "DATA_DIR", tmp_path)
    kg.resources.data_rows.cache_clear()
    named_patterns.cache_clear()
    try:
        with pytest.raises(PatternFileError, match=re.escape(message)):
            compile_patterns("bad_patterns.tsv")  # every row compiled, not only those used
    finally:
        kg.resources.data_rows.cache_clear()
        named_patterns.cache_clear()


def test_a_pattern_may_reuse_an_earlier_row():
    dates = named_patterns("date_patterns.tsv")
    story = dates["story-name-year"]
    assert "{=" not in story.pattern and dates["count-noun"].pattern in story.pattern
    assert story.search("dự Triển lãm Quốc phòng quốc tế 2024 tại Hà Nội") is not None
    assert story.search("diễn tập với 2000 binh sĩ") is None
