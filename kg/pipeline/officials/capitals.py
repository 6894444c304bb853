"""Lines written in capitals ("THƯỢNG TƯỚNG X CHỦ TRÌ LỄ ĐÓN ..."): the case a reader restores.

A page may name a person only in a headline or a segment heading set in capitals, and tell him
by title alone below. Capitalised words are how names are found, so such a line names nobody
as written. `recase` writes it as the press would in ordinary case -- ranks, titles, bodies and
honorifics as `kg/data` lists them, countries and names capitalised, every other word in lower
case -- keeping every character's offset; it is read for officials only (`headline_officials`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.countries import lookup
from kg.pipeline.common import WORD_RE, is_vn_syllable, load_lines
from kg.pipeline.officials.lexicon import surnames
from kg.pipeline.officials.names import is_foreign_token

MIN_LETTERS = 20  # fewer is a label or an initial, not a line to read
MAX_PHRASE_WORDS = 6
MAX_NAME_WORDS = 4
MAX_COUNTRY_WORDS = 4  # words of the longest country name tried ("Bồ Đào Nha", "Tân Tây Lan")
# a-z are cased letters not in upper case: a line holding one is not in capitals (most lines of
# a page), found by one regex search instead of a look at every character
_ASCII_LOWER = re.compile("[a-z]")


def is_capitals_line(line: str) -> bool:
    """Every cased letter of the line in upper case, and letters enough to say something."""
    if len(line) < MIN_LETTERS or _ASCII_LOWER.search(line):  # too short, or a lower-case letter
        return False
    cased = [c for c in line if c.isalpha() and c.lower() != c.upper()]
    return len(cased) >= MIN_LETTERS and all(c.isupper() for c in cased)


@lru_cache(maxsize=1)
def _phrases() -> dict[str, str]:
    """Ranks, titles, bodies and honorifics in lower case -> as written in the lexicons."""
    out: dict[str, str] = {}
    for name in ("lex_ranks.txt", "lex_positions.txt", "lex_org_heads.txt", "lex_honorifics.txt", "lex_capitals_words.txt"):
        for line in load_lines(name):
            out.setdefault(line.lower(), line)
    return out


@lru_cache(maxsize=1)
def _stops() -> frozenset[str]:
    """Words a headline puts right after a person (verbs, links): the name ends before them."""
    return frozenset(load_lines("lex_capitals_name_stops.txt"))


def recase(line: str) -> str:
    """`line` in ordinary case, the same length (the line itself when lower-casing changes it)."""
    low = line.lower()
    if len(low) != len(line):
        return line
    out = list(low)
    words = [(m.start(), m.end()) for m in WORD_RE.finditer(low)]
    i, anchored = 0, False  # anchored: a rank, a title, a body or a country right before
    while i < len(words):
        n, cased = _phrase_at(low, words, i)
        found = n > 0
        if n == 0:
            n = _country_at(line, words, i)
            found = n > 0
            n = n or (_name_at(line, words, i) if anchored or _foreign_at(line, words, i) else 0)
            cased = _title(line[words[i][0] : words[i + n - 1][1]]) if n else None
        if cased is not None:
            out[words[i][0] : words[i + n - 1][1]] = cased
        anchored = found
        i += max(n, 1)
    first = next((k for k, c in enumerate(out) if c.isalpha()), None)
    if first is not None:
        out[first] = out[first].upper()
    return "".join(out)


def _span(words: list[tuple[int, int]], i: int, n: int, text: str) -> Optional[str]:
    """The n words from the i-th, if single spaces join them."""
    if i + n > len(words):
        return None
    if any(text[words[k][1] : words[k + 1][0]] != " " for k in range(i, i + n - 1)):
        return None
    return text[words[i][0] : words[i + n - 1][1]]


def _phrase_at(low: str, words: list[tuple[int, int]], i: int) -> tuple[int, Optional[str]]:
    """The longest rank, title, body or honorific from the i-th word: its length and its written form."""
    for n in range(MAX_PHRASE_WORDS, 0, -1):
        span = _span(words, i, n, low)
        if span is not None and span in _phrases():
            return n, _phrases()[span]
    return 0, None


def _country_at(line: str, words: list[tuple[int, int]], i: int) -> int:
    """How many words from the i-th name a country (its longest name first), else 0."""
    for n in range(MAX_COUNTRY_WORDS, 0, -1):
        span = _span(words, i, n, line)
        if span is not None and lookup(_title(span)):
            return n
    return 0


def _name_at(line: str, words: list[tuple[int, int]], i: int) -> int:
    """How many words from the i-th make a person's name: a Vietnamese surname and one to three
    syllables, up to a word a headline puts after the person; or a run of foreign-shaped words."""
    if _foreign_at(line, words, i):
        n = 1  # each step looks at the one new gap only: a long run of foreign words stays linear
        while i + n < len(words) and line[words[i + n - 1][1] : words[i + n][0]] == " " \
                and _foreign_at(line, words, i + n):
            n += 1
        return n
    if _title(line[words[i][0] : words[i][1]]) not in surnames():
        return 0
    low = line.lower()
    n = 1
    while n < MAX_NAME_WORDS and _span(words, i, n + 1, line) is not None:
        word = low[words[i + n][0] : words[i + n][1]]
        if word in _stops() or not is_vn_syllable(word) or _phrase_at(low, words, i + n)[0]:
            break
        n += 1
    return n if n >= 2 else 0


def _foreign_at(line: str, words: list[tuple[int, int]], i: int) -> bool:
    """The i-th word is shaped like a foreign name's ("Somsak", "Jae-hyeok")."""
    return is_foreign_token(_title(line[words[i][0] : words[i][1]]))


def _title(span: str) -> str:
    """Each word capitalised, as a name or a country is written."""
    return " ".join(w[:1].upper() + w[1:].lower() for w in span.split(" "))
