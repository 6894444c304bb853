"""Regular expressions kept as data: `kg/data/patterns_*.tsv`, one `name<TAB>regex` a row.

The words a pattern is made of ("đã được ký", "dưới sự chứng kiến của") are how
Vietnamese news is written, like the lexicons, so they live beside them in
`kg/data/` where they can be read, reviewed and changed without touching code
(and a changed row re-reads the articles, through the pipeline fingerprint).

Each row may use an earlier row of its file as `{@name}` (a shared fragment);
a case-insensitive pattern opens with `(?i)` (a fragment that is included uses
the scoped `(?i:...)`). A field is stripped, so a pattern that starts or ends
with a space writes it as `[ ]`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.pipeline import KGError
from kg.resources import data_rows

_INCLUDE = re.compile(r"\{@([\w-]+)\}")


@lru_cache(maxsize=None)
def pattern_sources(file: str) -> dict[str, str]:
    """name -> regex text of every row of `kg/data/<file>`, fragments included."""
    table: dict[str, str] = {}

    def include(m: re.Match[str]) -> str:
        if m.group(1) not in table:
            raise KGError(f"{file}: {{@{m.group(1)}}} is used before its row")
        return table[m.group(1)]

    for row in data_rows(file):
        if len(row) != 2 or not row[0] or not row[1]:
            raise KGError(f"{file}: a row must be 'name<TAB>regex', not {row!r}")
        if row[0] in table:
            raise KGError(f"{file}: pattern {row[0]!r} is defined twice")
        table[row[0]] = _INCLUDE.sub(include, row[1])
    return table


def pattern_text(file: str, name: str) -> str:
    """The regex text of row `name` of `kg/data/<file>` (to build a larger pattern)."""
    try:
        return pattern_sources(file)[name]
    except KeyError:
        raise KGError(f"{file}: no pattern named {name!r}") from None


@lru_cache(maxsize=None)
def pattern(file: str, name: str) -> re.Pattern[str]:
    """Row `name` of `kg/data/<file>`, compiled once."""
    text = pattern_text(file, name)
    try:
        return re.compile(text)
    except re.error as exc:
        raise KGError(f"{file}: pattern {name!r} does not compile: {exc}") from None
