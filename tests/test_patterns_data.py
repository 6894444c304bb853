"""The regular expressions kept as data (`kg/data/patterns_*.tsv`, `kg.pipeline.patterns`)."""

from __future__ import annotations

import re

import pytest

from kg.pipeline import KGError
from kg.pipeline.patterns import pattern, pattern_sources, pattern_text
from kg.resources import DATA_DIR

FILES = sorted(p.name for p in DATA_DIR.glob("patterns_*.tsv"))


def test_the_extractors_have_pattern_files():
    assert {"patterns_agreements.tsv", "patterns_countries.tsv", "patterns_officials.tsv"} <= set(FILES)


@pytest.mark.parametrize("file", FILES)
def test_every_row_compiles_with_its_fragments_included(file):
    sources = pattern_sources(file)
    assert sources
    for name, text in sources.items():
        assert "{@" not in text, name
        assert isinstance(pattern(file, name), re.Pattern)


def test_a_fragment_is_included_where_it_is_named():
    # "do X và Y ký": the signers' fragment is part of both patterns that name it
    fragment = pattern_text("patterns_agreements.tsv", "do-signers")
    assert pattern_text("patterns_agreements.tsv", "by-agent").endswith("|" + fragment)
    assert pattern("patterns_agreements.tsv", "by-agent").search("Thỏa thuận do hai Bộ trưởng ký.")


def test_case_insensitive_rows_and_spaces_kept():
    assert pattern("patterns_agreements.tsv", "witnessed-by").search("Dưới sự chứng kiến của")
    # a leading space written as [ ] survives the stripped field
    assert pattern("patterns_officials.tsv", "aside-after").match(" (Trung Quốc)")


def test_an_unknown_pattern_is_a_clear_error():
    with pytest.raises(KGError, match="no pattern named"):
        pattern_text("patterns_agreements.tsv", "no-such-pattern")
