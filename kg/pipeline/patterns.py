"""Named regular expressions kept as data (`kg/data/*_patterns.tsv`), so that how
the news words a thing lives beside the other lexicons, with its comment and
example, and the code refers to it by name."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Mapping, cast

from kg import resources
from kg.pipeline import KGError
from kg.resources import data_rows


class PatternFileError(KGError, ValueError):
    """A pattern file of kg/data that cannot be read (a packaging bug, not bad input). A `KGError`:
    a row that does not compile, found at its first use, stops the build instead of failing every
    page that reaches it one by one."""


# "{=name}" in a regex stands for a pattern defined on an earlier row of the same file, so a
# word list two patterns share ("2000 binh sĩ": a count, not a year) is written once
_REFERENCE = re.compile(r"\{=([\w-]+)\}")


def _expanded(name: str, key: str, regex: str, sources: Mapping[str, str]) -> str:
    def source(m: re.Match[str]) -> str:
        if m.group(1) not in sources:
            raise PatternFileError(f"{name}: pattern {key!r} refers to {m.group(1)!r}, not defined before it")
        return f"(?:{sources[m.group(1)]})"

    return _REFERENCE.sub(source, regex)


# What a compiled pattern offers, read off it once it is compiled (`_LazyPattern`)
_PATTERN_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                       "scanner", "flags", "groups", "groupindex")


class _PatternRow:
    """A row's pattern once compiled: the compiled pattern's bound methods and attributes sit in the
    instance (`search`, `match`, `flags`, ...), found as fast as on a `re.Pattern` (a class with a
    `__getattr__` costs every lookup ~20 ns more: `_LazyPattern` turns into this class)."""

    def __init__(self, file: str, key: str, regex: str, flags: int):
        self.pattern = regex
        self._row = (file, key, flags)

    def compile(self) -> "re.Pattern[str]":
        file, key, flags = self._row
        try:
            compiled = re.compile(self.pattern, flags)
        except re.error as e:
            raise PatternFileError(f"{file}: pattern {key!r} does not compile: {e}") from None
        self.__dict__.update({name: getattr(compiled, name) for name in _PATTERN_ATTRIBUTES})
        self.__class__ = _PatternRow
        return compiled

    def __repr__(self) -> str:
        return f"<pattern {self._row[1]!r} of {self._row[0]}>"

    # pickled as its row, not as what `compile` put in it (a `groupindex` is a mappingproxy, which does not
    # pickle); copied as itself, as a `re.Pattern` is
    def __reduce__(self) -> tuple[type["_LazyPattern"], tuple[str, str, str, int]]:
        file, key, flags = self._row
        return _LazyPattern, (file, key, self.pattern, flags)

    def __copy__(self) -> "_PatternRow":
        return self

    def __deepcopy__(self, memo: dict[int, object]) -> "_PatternRow":
        return self


class _LazyPattern(_PatternRow):
    """A row's pattern, compiled when first used: a process compiles only the rows its pages reach
    (it compiled all ~600, ~0.2-0.3 s of CPU, before reading a page; the benchmark's synthetic
    articles reach ~240 of them, the ~635 real excerpts ~540). Its source is `pattern` from the
    start, so a pattern built from another's source compiles nothing. A row that does not compile
    raises `PatternFileError` at its first use; `compile_patterns` compiles every row. A match's
    `.re` is the compiled pattern, not this object (`test_lazy_patterns.py` keeps code from asking)."""

    def __getattr__(self, name: str) -> object:  # the first use of what `compile` puts in place
        if name.startswith("__") or name in ("pattern", "_row"):
            raise AttributeError(name)
        return getattr(self.compile(), name)


@lru_cache(maxsize=None)
def named_patterns(name: str) -> Mapping[str, re.Pattern[str]]:
    """name -> pattern, from `kg/data/<name>` ("name<TAB>flags<TAB>regex" rows;
    flags "i" for case-insensitive, or empty; "{=other}" inserts an earlier row's regex).
    Each pattern compiles when first used (`_LazyPattern`); `compile_patterns` compiles them all."""
    out: dict[str, re.Pattern[str]] = {}
    sources: dict[str, str] = {}
    for row in data_rows(name):
        if len(row) != 3 or not row[0] or row[1] not in ("", "i"):
            raise PatternFileError(f"{name}: a row is not 'name<TAB>flags<TAB>regex': {row[0]!r}")
        key, flags, regex = row
        if key in out:
            raise PatternFileError(f"{name}: pattern {key!r} is defined twice")
        sources[key] = regex = _expanded(name, key, regex, sources)
        out[key] = cast("re.Pattern[str]", _LazyPattern(name, key, regex, re.IGNORECASE if flags == "i" else 0))
    return MappingProxyType(out)


def compile_patterns(name: str = "") -> None:
    """Compile every row now, of one pattern file or of every `*_patterns.tsv` of kg/data: before
    a pool of workers forks (so that each does not compile them again), and in tests (a row that
    does not compile fails there). Raises `PatternFileError` for a row that does not compile."""
    files = [name] if name else sorted(p.name for p in Path(resources.DATA_DIR).glob("*_patterns.tsv"))
    for file in files:
        for pattern in named_patterns(file).values():
            if isinstance(pattern, _LazyPattern):
                pattern.compile()
