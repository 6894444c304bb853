"""Patterns of kg/data compiled when first used (`kg.pipeline.patterns`): a process compiles only
the rows its pages reach, a row that does not compile is still told by file and name, and every
row of every pattern file compiles (checked here, not left to the first page that uses it)."""

from __future__ import annotations

import re

import pytest

import kg.resources
from kg.pipeline import KGError
from kg.pipeline.patterns import PatternFileError, compile_patterns, named_patterns


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.resources, "DATA_DIR", tmp_path)
    kg.resources.data_rows.cache_clear()
    named_patterns.cache_clear()
    yield tmp_path
    kg.resources.data_rows.cache_clear()
    named_patterns.cache_clear()


def test_every_row_of_every_pattern_file_compiles():
    compile_patterns()  # raises PatternFileError for the first row that does not


def test_a_row_compiles_when_first_used_and_acts_as_compiled(data_dir):
    (data_dir / "x_patterns.tsv").write_text("# a day\nday\ti\tngày\\s+(?P<d>\\d+)\n", encoding="utf-8")
    day = named_patterns("x_patterns.tsv")["day"]
    assert "search" not in vars(day)  # read, not compiled
    assert day.pattern == r"ngày\s+(?P<d>\d+)"  # its source, without compiling
    assert "search" not in vars(day)
    assert repr(day) == "<pattern 'day' of x_patterns.tsv>"
    found = day.search("Sáng NGÀY 24 tháng 10")
    assert found is not None and found.group("d") == "24"
    assert day.flags & re.IGNORECASE and day.groupindex == {"d": 1} and day.groups == 1
    assert not hasattr(type(day), "__getattr__")  # compiled: looked up as on a re.Pattern
    assert day.sub("X", "ngày 5") == "X" and [m.group() for m in day.finditer("ngày 1, ngày 2")] == ["ngày 1", "ngày 2"]


def test_a_row_that_does_not_compile_is_told_by_name_at_first_use(data_dir):
    (data_dir / "bad_patterns.tsv").write_text("good\t\tab\nbad\t\t(unclosed\n", encoding="utf-8")
    patterns = named_patterns("bad_patterns.tsv")
    assert patterns["good"].match("ab")
    with pytest.raises(PatternFileError, match=re.escape("bad_patterns.tsv: pattern 'bad' does not compile")):
        patterns["bad"].search("x")
    with pytest.raises(PatternFileError, match="pattern 'bad' does not compile"):
        compile_patterns("bad_patterns.tsv")


def test_compile_patterns_compiles_every_pattern_file(data_dir):
    (data_dir / "a_patterns.tsv").write_text("one\t\tx\n", encoding="utf-8")
    (data_dir / "b_patterns.tsv").write_text("two\t\t[y\n", encoding="utf-8")
    with pytest.raises(PatternFileError, match="b_patterns.tsv: pattern 'two'"):
        compile_patterns()
    assert "search" in vars(named_patterns("a_patterns.tsv")["one"])


def test_a_row_that_does_not_compile_stops_the_pipeline_not_one_page(data_dir):
    # found at its first use inside a component, it is a KGError, which `Pipeline` does not wrap as
    # that page's ComponentError (the build would skip every page that reaches the row)
    (data_dir / "bad_patterns.tsv").write_text("bad\t\t(unclosed\n", encoding="utf-8")
    with pytest.raises(KGError, match="bad_patterns.tsv: pattern 'bad' does not compile"):
        named_patterns("bad_patterns.tsv")["bad"].finditer("x")


def test_no_code_asks_which_pattern_made_a_match():
    # a match's `.re` is the compiled pattern, not the row's object the code holds: `m.re is X` is never
    # true of a row of kg/data (compare the matches themselves, or keep the one that matched)
    import pathlib

    code = pathlib.Path(kg.resources.__file__).parent
    asks = [f"{p.relative_to(code)}:{n}" for p in sorted(code.rglob("*.py"))
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
            if re.search(r"\.re\s*(?:is\b|==|!=|\bin\b)|(?:\bis|==|!=)\s*\w+\.re\b|\.re\]|\[\w+\.re\b", line)]
    assert asks == []


def test_a_row_pickles_and_copies_as_a_compiled_pattern_does(data_dir):
    # a compiled row holds its `groupindex`, a mappingproxy, which neither pickles nor deep-copies by itself
    import copy
    import pickle

    (data_dir / "x_patterns.tsv").write_text("day\ti\tngày\\s+(?P<d>\\d+)\n", encoding="utf-8")
    day = named_patterns("x_patterns.tsv")["day"]
    for state in ("read", "compiled"):
        again = pickle.loads(pickle.dumps(day))
        assert again.pattern == day.pattern and again.flags == day.flags, state
        assert again.search("NGÀY 7").group("d") == "7", state
        assert copy.copy(day) is day and copy.deepcopy({"p": day})["p"] is day, state
        day.search("")  # compiled from here on
