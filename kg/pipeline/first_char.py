"""A whole-line alternation of many rows, tried only on the rows a line's first character can open.

`re` tries every alternative of `A|B|C|...` in turn at a line's start; with ~150 rows (boilerplate.tsv's
line kinds) most of a line's time goes to rows whose first character is not the line's. `FirstCharTable`
reads each row's possible first characters off its parse (a literal, a character class; rows that may
open with anything -- `.`, a look-around, an anchor, a row that can match nothing -- are "open" rows),
buckets the rows by the literal they open with, and for a line runs only the buckets its first
character matches (tested by `re` itself, with the table's flags, so case folding is `re`'s) and the open
rows. A row opening with a class (`[^.:!?]{2,80}?...`, tried on most lines) is tried only when the line
holds one of the marks every match of it needs (`needed_marks`: uncased punctuation or symbols, e.g. a
":"). Exact: a row left out cannot match the line. (Tried, dropped: a dispatch on the first two
characters, 6.0 -> 4 us a line but ~3x the compiling, as many alternations as pairs of characters met.)
"""

from __future__ import annotations

import re
import unicodedata
from typing import Optional, Sequence, Tuple

try:  # the parse of a row, read only (`re`'s own parser: Python 3.11+, `sre_parse` before)
    from re import _constants as _sre  # noqa: PLC2701
    from re import _parser as _sre_parse  # noqa: PLC2701
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_BucketKey = Tuple[Optional[Tuple[str, str]], Optional[frozenset]]

_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op is not None)
_ATOMIC_GROUP = getattr(_sre, "ATOMIC_GROUP", None)  # Python 3.11+
_CATEGORIES = {
    _sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D",
    _sre.CATEGORY_SPACE: r"\s", _sre.CATEGORY_NOT_SPACE: r"\S",
    _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W",
}


class _Open(Exception):
    """The row may open with any character (or the analysis does not know)."""


def _class_source(items: list) -> str:
    """A one-character class's source, rebuilt from its parse (`[...]`)."""
    parts = []
    for op, av in items:
        if op is _sre.NEGATE:
            parts.insert(0, "^")
        elif op is _sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is _sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Open
    return "[" + "".join(parts) + "]"


def _first_of_seq(seq, firsts: set[tuple[str, str]]) -> bool:
    """Adds the first characters of a sequence of items to `firsts` ((kind, source): kind "lit" with a
    literal character, "class" with a class's source); True when the sequence can match nothing."""
    for op, av in seq:
        if not _first_of_item(op, av, firsts):
            return False
    return True


def _first_of_item(op, av, firsts: set[tuple[str, str]]) -> bool:
    if op is _sre.LITERAL:
        firsts.add(("lit", chr(av)))
        return False
    if op is _sre.NOT_LITERAL:
        firsts.add(("class", "[^" + re.escape(chr(av)) + "]"))
        return False
    if op is _sre.IN:
        firsts.add(("class", _class_source(av)))
        return False
    if op is _sre.SUBPATTERN:  # flags set inside (`(?-i:...)`) only narrow what the table's flags let in
        return _first_of_seq(av[-1], firsts)
    if _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
        return _first_of_seq(av, firsts)
    if op is _sre.BRANCH:
        return any([_first_of_seq(alt, firsts) for alt in av[1]])
    if op in _REPEATS:
        empty = _first_of_seq(av[2], firsts)
        return av[0] == 0 or empty
    raise _Open  # ANY, AT, ASSERT, ASSERT_NOT, GROUPREF, ...


def first_chars(pattern: str, flags: int = 0) -> Optional[frozenset[tuple[str, str]]]:
    """The characters a match of `pattern` can open with, as ("lit", char) and ("class", source)
    items; None when it can open with anything (or match the empty string)."""
    firsts: set[tuple[str, str]] = set()
    try:
        if _first_of_seq(_sre_parse.parse(pattern, flags), firsts):
            return None
    except _Open:
        return None
    return frozenset(firsts)


def _uncased_mark(char: str) -> bool:
    """Punctuation or a symbol with no case: `re` matches it, case folded or not, by itself only."""
    return unicodedata.category(char)[0] in "PS" and char.lower() == char == char.upper() == char.casefold()


def _needs_of_seq(seq) -> Optional[frozenset[str]]:
    """The smallest set of marks of which a match of the sequence holds one, if any item requires one."""
    found = [n for op, av in seq if (n := _needs_of_item(op, av)) is not None]
    return min(found, key=len) if found else None


def _needs_of_item(op, av) -> Optional[frozenset[str]]:
    if op is _sre.LITERAL:
        return frozenset(chr(av)) if _uncased_mark(chr(av)) else None
    if op is _sre.IN:
        if all(item_op is _sre.LITERAL and _uncased_mark(chr(item_av)) for item_op, item_av in av):
            return frozenset(chr(item_av) for _, item_av in av)
        return None
    if op is _sre.SUBPATTERN:
        return _needs_of_seq(av[-1])
    if _ATOMIC_GROUP is not None and op is _ATOMIC_GROUP:
        return _needs_of_seq(av)
    if op is _sre.BRANCH:
        each = [_needs_of_seq(alt) for alt in av[1]]
        return None if any(n is None for n in each) else frozenset().union(*each)  # type: ignore[arg-type]
    if op in _REPEATS and av[0] >= 1:
        return _needs_of_seq(av[2])
    return None  # optional, or no mark of its own (a look-around consumes nothing: no requirement either)


def needed_marks(pattern: str, flags: int = 0) -> Optional[frozenset[str]]:
    """Punctuation or symbols (uncased) of which every match of `pattern` holds one, or None."""
    return _needs_of_seq(_sre_parse.parse(pattern, flags))


class FirstCharTable:
    """`fullmatch` of the alternation of `rows` ((name, pattern), in order, with `flags`): the name of
    the first row whose pattern matches the whole text, tried only on the rows that can open with the
    text's first character. Rows are kept in buckets by the item they can open with (a row opening with
    "(xem|đọc)" in two) and the marks one of which they need (`needed_marks`: a row needing a ":" is
    not tried on a text without one), each bucket one alternation compiled when first needed; a text
    runs the buckets its first character opens and whose marks it holds, and the first row in order
    wins, as in the whole alternation."""

    def __init__(self, rows: Sequence[tuple[str, str]], flags: int = 0):
        self._names = tuple(name for name, _ in rows)
        self._patterns = tuple(pattern for _, pattern in rows)
        self._flags = flags
        # by (opening item or None: the rows that open with anything, needed marks or None)
        self._buckets: dict[_BucketKey, list[int]] = {}
        for i, pattern in enumerate(self._patterns):
            firsts = first_chars(pattern, flags)
            for item in (None,) if firsts is None else sorted(firsts):
                # a row opening with a literal fails at once on other texts: its marks are not worth a bucket
                needs = needed_marks(pattern, flags) if item is None or item[0] == "class" else None
                self._buckets.setdefault((item, needs), []).append(i)
        self._by_char: dict[str, tuple[tuple[re.Pattern[str], Optional[re.Pattern[str]]], ...]] = {}
        self._compiled: dict[_BucketKey, re.Pattern[str]] = {}

    def fullmatch_name(self, text: str) -> Optional[str]:
        """The name of the first row matching the whole of `text`, or None."""
        first = text[:1]
        buckets = self._by_char.get(first)
        if buckets is None:
            buckets = self._by_char[first] = self._buckets_for(first)
        best = len(self._names)
        for pattern, needs in buckets:
            if needs is not None and needs.search(text) is None:
                continue
            m = pattern.fullmatch(text)
            if m is not None:
                best = min(best, int(m.lastgroup[2:]))  # type: ignore[index]
        return self._names[best] if best < len(self._names) else None

    def _buckets_for(self, char: str) -> tuple[tuple[re.Pattern[str], Optional[re.Pattern[str]]], ...]:
        """The buckets a text opening with `char` may match a row of (every bucket for the empty text)."""
        keys = [key for key in self._buckets if key[0] is None or not char or self._opens(key[0], char)]
        return tuple((self._bucket(key), None if key[1] is None else self._marks(key[1])) for key in keys)

    def _marks(self, needs: frozenset[str]) -> re.Pattern[str]:
        """A search for any of the marks (a class: one scan in C)."""
        return re.compile("[" + "".join(re.escape(mark) for mark in sorted(needs)) + "]")

    def _opens(self, item: tuple[str, str], char: str) -> bool:
        kind, source = item
        return re.fullmatch(re.escape(source) if kind == "lit" else source, char, self._flags) is not None

    def _bucket(self, key: _BucketKey) -> re.Pattern[str]:
        """A bucket's rows, one named group each (`_r<index>`): its first row in order that matches wins."""
        if key not in self._compiled:
            rows = self._buckets[key]
            self._compiled[key] = re.compile("|".join(f"(?P<_r{i}>{self._patterns[i]})" for i in rows), self._flags)
        return self._compiled[key]
