"""Named regular expressions kept as data (`kg/data/*_patterns.tsv`), so that how
the news words a thing lives beside the other lexicons, with its comment and
example, and the code refers to it by name."""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from kg.resources import data_rows


class PatternFileError(ValueError):
    """A pattern file of kg/data that cannot be read (a packaging bug, not bad input)."""


# "{=name}" in a regex stands for a pattern defined on an earlier row of the same file, so a
# word list two patterns share ("2000 binh sĩ": a count, not a year) is written once
_REFERENCE = re.compile(r"\{=([\w-]+)\}")


def _expanded(name: str, key: str, regex: str, sources: Mapping[str, str]) -> str:
    def source(m: re.Match[str]) -> str:
        if m.group(1) not in sources:
            raise PatternFileError(f"{name}: pattern {key!r} refers to {m.group(1)!r}, not defined before it")
        return f"(?:{sources[m.group(1)]})"

    return _REFERENCE.sub(source, regex)


@lru_cache(maxsize=None)
def named_patterns(name: str) -> Mapping[str, re.Pattern[str]]:
    """name -> compiled pattern, from `kg/data/<name>` ("name<TAB>flags<TAB>regex" rows;
    flags "i" for case-insensitive, or empty; "{=other}" inserts an earlier row's regex)."""
    out: dict[str, re.Pattern[str]] = {}
    sources: dict[str, str] = {}
    for row in data_rows(name):
        if len(row) != 3 or not row[0] or row[1] not in ("", "i"):
            raise PatternFileError(f"{name}: a row is not 'name<TAB>flags<TAB>regex': {row[0]!r}")
        key, flags, regex = row
        if key in out:
            raise PatternFileError(f"{name}: pattern {key!r} is defined twice")
        sources[key] = regex = _expanded(name, key, regex, sources)
        try:
            out[key] = re.compile(regex, re.IGNORECASE if flags == "i" else 0)
        except re.error as e:
            raise PatternFileError(f"{name}: pattern {key!r} does not compile: {e}") from None
    return MappingProxyType(out)
