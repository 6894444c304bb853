"""Shared machinery of the extractors: lexicons, tokens, spans and lookups.

Everything here is cheap and precompiled: the extractor must read more than a
megabyte of news per second, so lexicons become one alternation regex each and
per-document lookups (sentence of an offset, countries in a span) are binary
searches over sorted offsets.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Literal, Optional, Sequence

from kg.ids import normalize_name
from kg.model import CountryMention, DateMention, Doc, PartialDate, Sentence
from kg.resources import data_rows

VNM = "VNM"


# --------------------------------------------------------------------------- lexicons
@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of `kg/data/<name>`, NFC-normalised, deduplicated."""
    out: list[str] = []
    seen: set[str] = set()
    for row in data_rows(name):
        line = row[0].split("#", 1)[0].strip()  # a trailing "# comment" is allowed in lists
        if line and line not in seen:
            seen.add(line)
            out.append(line)
    return tuple(out)


def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated lexicon (see `kg.resources.data_rows`)."""
    return data_rows(name)


def tsv_map(name: str) -> dict[str, str]:
    """First column (case-folded) -> second column."""
    return {row[0].casefold(): row[1] for row in load_tsv(name) if len(row) >= 2}


def tsv_by_role(name: str, role: str) -> tuple[str, ...]:
    return tuple(row[0] for row in load_tsv(name) if len(row) >= 2 and row[1] == role)


_WB_L = r"(?<![\w])"
_WB_R = r"(?![\w])"


def phrase_pattern(phrases: Iterable[str], first_upper: bool = False) -> str:
    """Alternation of phrases, longest first, on word boundaries.

    With `first_upper` the first letter must be upper case (a Vietnamese title
    before a name is capitalised; the same words in lower case are prose) and
    the rest is matched case-insensitively.

    The alternation is written as a trie ("h(?:ội(?:\\s+nghị|...)|...)") so the
    regex engine rejects a word after its first letter instead of trying every
    phrase in turn; it matches exactly what the flat longest-first alternation
    matches (see `trie_pattern`), and falls back to that when it cannot
    guarantee it."""
    unique = sorted(set(phrases), key=len, reverse=True)
    body = trie_pattern(unique, first_upper)
    if body is None:
        body = flat_alternation(unique, first_upper)
    return _WB_L + "(?:" + body + ")" + _WB_R


def flat_alternation(phrases: Sequence[str], first_upper: bool) -> str:
    """The phrases one after another, longest first (the reference form)."""
    parts = []
    for p in phrases:
        words = [re.escape(w) for w in p.split()]
        body = r"\s+".join(words)
        if first_upper:
            head, rest = body[0], body[1:]
            if head.isalpha():
                head = head.upper()
            parts.append(f"{head}(?i:{rest})")
        else:
            parts.append(body)
    return "|".join(parts)


@lru_cache(maxsize=None)
def _case_class(ch: str) -> str:
    """Every Basic-Multilingual-Plane character that `(?i:ch)` matches, as a class body.

    Found by letting the regex engine itself match a string of all those
    characters, so the class agrees with IGNORECASE exactly (Kelvin sign, long s...)."""
    pat = re.compile("(?i:" + re.escape(ch) + ")")
    return "".join(re.escape(c) for c in sorted(set(pat.findall(_bmp_chars()))))


@lru_cache(maxsize=1)
def _bmp_chars() -> str:
    return "".join(map(chr, range(0x10000)))


PhraseCase = Literal["ignore", "first_upper", "exact"]


def first_char_phrase_pattern(
    phrases: Iterable[str], extra: Sequence[tuple[str, str]] = (), case: PhraseCase = "ignore"
) -> Optional[str]:
    """What `"(?i:" + phrase_pattern(phrases) + ")|" + "|".join(extra patterns)` matches,
    written so the regex opens with one character class. With `case`
    "first_upper" or "exact", what `phrase_pattern(phrases, first_upper=True)`
    or `phrase_pattern(phrases)` (then `extra`) matches instead.

    Python's `re` scans a case-insensitive pattern that opens with a
    lookbehind position by position through the whole matcher; a leading plain
    character class lets it skip in C to the letters that can begin a phrase.
    Each phrase's first letter is consumed by that class, the word boundary is
    checked behind it, and a one-character lookbehind picks the group of
    phrases starting with that letter (groups are disjoint, so trying them in
    turn is the same as the longest-first alternation). `extra` are
    (first letter, rest) pairs for word-initial patterns tried after the
    phrases, in order, with the first letter matched case-sensitively.
    None when a phrase does not start with a letter (use the plain form)."""
    groups: dict[str, list[str]] = {}
    for p in sorted(set(phrases), key=len, reverse=True):
        if not p or not p[0].isalpha():
            return None
        head = p[0] if case == "exact" else p[0].upper()
        if case == "ignore":
            cls = _case_class(p[0])
        elif len(head) == 1:
            cls = re.escape(head)
        else:  # "ß".upper() == "SS"
            return None
        if len(cls) == 0:
            return None
        groups.setdefault(cls, []).append(p)
    alts: list[str] = []
    first: set[str] = set()
    for cls, ps in groups.items():
        rests = []
        for p in ps:
            words = p.split()
            body = r"\s+".join([re.escape(words[0][1:])] + [re.escape(w) for w in words[1:]])
            rests.append(body)
        first.update(re.findall(r"\\.|.", cls))
        body = f"(?:{'|'.join(rests)})"
        if case != "exact":
            body = f"(?i:{body})"
        alts.append(f"(?<=[{cls}]){body}" + _WB_R)
    for ch, rest in extra:
        if not ch.isalpha():
            return None
        first.add(re.escape(ch))
        alts.append(f"(?<={re.escape(ch)}){rest}")
    return "[" + "".join(sorted(first)) + r"](?<![\w].)(?:" + "|".join(alts) + ")"


def letter_led_pattern(phrases: Iterable[str], extra: Sequence[tuple[str, str]] = ()) -> Optional[str]:
    """What `"(?i:" + phrase_pattern(phrases) + ")|" + "|".join(extra patterns)` matches
    (as `first_char_phrase_pattern`, whose `extra` this takes), written as one branch
    per character that can open a match: `t(?<![\\w].)(?:(?i:<rests>)|<extra>)|h...`.

    Why faster: when every branch opens with a literal, `re` skips in C to the
    characters that open one and picks the branch by that character, where the
    class-led form runs each letter group's lookbehind in turn at every common
    letter; and the rests of the phrases are a trie (`phrase_pattern`), not a
    flat list. Why the same: a phrase can match only in the branches of the
    characters its first letter matches case-insensitively; a branch checks
    the word boundary before its character, then tries the rests of those
    phrases longest first up to the right boundary, then its extras, as the
    reference does. A phrase whose first word is one letter goes on with
    whitespace, which no other rest starts with, so the two never compete.
    None for no phrase, a phrase not opening with a letter, a one-letter phrase
    or one spaced irregularly (lengths would no longer order the phrases)."""
    in_word: dict[str, list[str]] = {}  # opening character -> the rests after it
    after_letter: dict[str, list[str]] = {}  # the same, for phrases opened by a one-letter word
    for phrase in set(phrases):
        words = phrase.split()
        if not words or phrase != " ".join(words) or not phrase[0].isalpha() or phrase == phrase[0]:
            return None
        for ch in (c[-1] for c in re.findall(r"\\.|.", _case_class(phrase[0]))):
            if len(words[0]) > 1:
                in_word.setdefault(ch, []).append(phrase[1:])
            else:
                after_letter.setdefault(ch, []).append(phrase[2:])
    if any(not ch.isalpha() for ch, _ in extra):
        return None
    branches = []
    for ch in sorted(in_word.keys() | after_letter.keys() | {c for c, _ in extra}):
        alts = []
        if ch in in_word:
            alts.append("(?i:" + phrase_pattern(in_word[ch])[len(r"(?<![\w])") :] + ")")
        if ch in after_letter:
            alts.append(r"\s+(?i:" + phrase_pattern(after_letter[ch])[len(r"(?<![\w])") :] + ")")
        alts += [rest for c, rest in extra if c == ch]
        branches.append(re.escape(ch) + r"(?<![\w].)(?:" + "|".join(alts) + ")")
    return "|".join(branches) if branches else None


_SPACE_UNIT = r"\s+"


def _units(phrase: str, first_upper: bool) -> Optional[list[str]]:
    """The phrase as regex atoms: one per character, `\\s+` between words."""
    if phrase != " ".join(phrase.split()) or not phrase:
        return None  # irregular spacing: lengths would no longer order the phrases
    units = [_SPACE_UNIT if ch == " " else re.escape(ch) for ch in phrase]
    if first_upper:
        if not phrase[0].isalpha():
            return None
        units[0] = phrase[0].upper()
    return units


def _atoms_clash(a: str, b: str, ignore_case: bool) -> bool:
    """True if two sibling atoms could both match at one position."""
    if a == _SPACE_UNIT or b == _SPACE_UNIT:
        return False  # atoms are never whitespace, `\\s+` only matches whitespace
    flags = re.I if ignore_case else 0
    ta, tb = re.sub(r"\\(.)", r"\1", a), re.sub(r"\\(.)", r"\1", b)
    return bool(re.match(a, tb, flags) or re.match(b, ta, flags))


def trie_pattern(phrases: Sequence[str], first_upper: bool) -> Optional[str]:
    """Trie-shaped alternation equivalent to `flat_alternation`, or None.

    Why equal: phrases matching at one position match the same text, so
    (sibling atoms never matching the same character, which is checked, also
    under case folding since a caller may wrap the pattern in `(?i:...)`) they
    lie on one path of the trie; the greedy optional groups try the deepest,
    i.e. longest, phrase first and back off to shorter ones when the right
    word boundary fails, just as the longest-first flat alternation does."""
    root: dict = {}
    end = object()
    for p in phrases:
        units = _units(p, first_upper)
        if units is None:
            return None
        node = root
        for u in units:
            node = node.setdefault(u, {})
        node[end] = True

    def paths(node: dict) -> list[list[str]]:
        out: list[list[str]] = [[]] if end in node else []
        for k in (k for k in node if k is not end):
            out.extend([k] + rest for rest in paths(node[k]))
        return out

    def join(units: list[str], depth: int) -> str:
        if first_upper and depth == 0 and units:
            return f"{units[0]}(?i:{''.join(units[1:])})"
        return "".join(units)

    def emit(node: dict, depth: int) -> str:
        keys = sorted(k for k in node if k is not end)
        ignore_case = not (first_upper and depth == 0)
        if any(_atoms_clash(a, b, ignore_case) for i, a in enumerate(keys) for b in keys[i + 1 :]):
            # Atoms that one character may satisfy ("T"/"t" under case folding):
            # list this node's remaining phrases flat, longest first, as the
            # reference alternation orders them (they share the prefix so far).
            rest = sorted(paths(node), key=lambda u: -len(u))  # one atom per character
            return "(?:" + "|".join(join(u, depth) for u in rest) + ")"
        branches = []
        for k in keys:
            sub = emit(node[k], depth + 1)
            branches.append(f"{k}(?i:{sub})" if first_upper and depth == 0 else k + sub)
        if not branches:
            return ""
        if end in node:
            return "(?:" + "|".join(branches) + ")?"
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(branches) + ")"

    return emit(root, 0)


@lru_cache(maxsize=None)
def compiled(name: str, first_upper: bool = False, flags: int = 0) -> re.Pattern[str]:
    """Regex of a one-phrase-per-line lexicon.

    Without flags it is written to open with a character class (see
    `first_char_phrase_pattern`): it matches the same and scans much faster."""
    phrases = load_lines(name)
    fast = None if flags else first_char_phrase_pattern(phrases, case="first_upper" if first_upper else "exact")
    return re.compile(fast or phrase_pattern(phrases, first_upper), flags)


# --------------------------------------------------------------------------- words
WORD_RE = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*(?:['’][^\W\d_]+)?")

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
_NUCLEUS = (
    r"(?:uye|uya|uyu|uoi|uou|ieu|yeu|oai|oay|oao|oeo|uay|uoi|"
    r"ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ya|ye|"
    r"a|e|i|o|u|y)"
)
_CODA = r"(?:ch|ng|nh|[cmnpt])?"
_SYLLABLE_RE = re.compile(f"^{_ONSET}{_NUCLEUS}{_CODA}$")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def fold_marks(text: str) -> str:
    """Lower case without tone or vowel marks, đ as d: how names typed without diacritics,
    or spelled with other marks, are compared."""
    bare = unicodedata.normalize("NFD", text.casefold()).replace("đ", "d")
    return "".join(c for c in bare if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def is_vn_syllable(word: str) -> bool:
    """True if `word` is shaped like one Vietnamese syllable ("Quốc", "Hựu").

    Western names rarely are ("Marc", "Knapper", "Samuel"), which is how a
    foreign name is told from the Vietnamese title words around it."""
    if not word or "-" in word or any(c in "fjwzFJWZ" for c in word):
        return False
    return bool(_SYLLABLE_RE.match(fold_marks(word)))


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# The key names and labels are compared on, the same one identities use.
norm_key = normalize_name


# --------------------------------------------------------------------------- spans
@dataclass
class Span:
    start: int
    end: int
    text: str


@dataclass
class DocIndex:
    """Per-document lookups shared by all extractors (built once per doc)."""

    doc: Doc
    sentences: list[Sentence]
    sent_starts: list[int]
    para_starts: list[int]
    countries: list[CountryMention]
    country_starts: list[int]
    country_reach: list[int]  # [i]: the furthest end among countries[: i + 1]
    dates: list[DateMention]
    date_starts: list[int]
    text_length: int = 0  # of the text it was built on: a changed text needs a new index
    # the page's day headings ("Thứ Ba, ngày 10/3/2026" over a calendar's items), found on first use
    # by `kg.pipeline.when.day_headings`
    day_headings: Optional[list[DateMention]] = None
    # the officials' name occurrences by start, built on first use after `officials` ran
    _names: list = field(default_factory=list)
    _name_starts: list[int] = field(default_factory=list)
    _names_of: Optional[list] = None
    # foreign code -> mentions, counted on first use: names and events ask for each candidate
    _foreign_counts: Optional[dict[str, int]] = None

    # sentences -------------------------------------------------------------
    def sentence_at(self, offset: int) -> int:
        """Index of the sentence containing `offset` (or the one before it)."""
        i = bisect.bisect_right(self.sent_starts, offset) - 1
        return max(i, 0)

    def paragraph_start(self, offset: int) -> int:
        i = bisect.bisect_right(self.para_starts, offset) - 1
        return self.para_starts[max(i, 0)] if self.para_starts else 0

    def paragraph_end(self, offset: int) -> int:
        i = bisect.bisect_right(self.para_starts, offset)
        return self.para_starts[i] if i < len(self.para_starts) else len(self.doc.text)

    # countries -------------------------------------------------------------
    def countries_in(self, start: int, end: int) -> list[CountryMention]:
        """The country mentions inside [start, end), in order."""
        i = bisect.bisect_left(self.country_starts, start)
        j = bisect.bisect_left(self.country_starts, end, i)
        return [c for c in self.countries[i:j] if c.end <= end]

    def country_overlaps(self, start: int, end: int) -> bool:
        """True if a country mention shares a character with [start, end)."""
        i = bisect.bisect_left(self.country_starts, end) - 1
        return i >= 0 and self.country_reach[i] > start

    def country_covering(self, start: int, end: int) -> Optional[CountryMention]:
        """A country mention over `start` among the last three starting by
        then; for start < end, never one unless `country_overlaps(start, end)`."""
        i = bisect.bisect_right(self.country_starts, start) - 1
        stop = max(i - 2, 0)
        while i >= stop:
            c = self.countries[i]
            if c.start <= start and c.end >= end:
                return c
            if c.start < start and c.end > start:
                return c
            i -= 1
        return None

    # names -----------------------------------------------------------------
    def names_in(self, start: int, end: int) -> list:
        """The occurrences of officials' names (`doc.name_occurrences`) starting
        in [start, end), in order: a bisect, so that reading each trigger of a long
        text costs what its sentence holds, not what the text does."""
        occurrences = self.doc.name_occurrences
        if self._names_of is not occurrences or len(self._names) != len(occurrences):
            self._names = sorted(occurrences, key=lambda o: o.start)
            self._name_starts = [o.start for o in self._names]
            self._names_of = occurrences
        i = bisect.bisect_left(self._name_starts, start)
        j = bisect.bisect_left(self._name_starts, end, i)
        return self._names[i:j]

    # dates -----------------------------------------------------------------
    def dates_in(self, start: int, end: int) -> list[DateMention]:
        """The date mentions starting in [start, end), in order."""
        i = bisect.bisect_left(self.date_starts, start)
        return self.dates[i : bisect.bisect_left(self.date_starts, end, i)]

    def first_date_in(self, start: int, end: int) -> Optional[DateMention]:
        """The first date mention starting in [start, end)."""
        i = bisect.bisect_left(self.date_starts, start)
        return self.dates[i] if i < len(self.dates) and self.dates[i].start < end else None

    def last_date_in(self, start: int, end: int) -> Optional[DateMention]:
        """The last date mention starting in [start, end)."""
        j = bisect.bisect_left(self.date_starts, end) - 1
        return self.dates[j] if j >= 0 and self.dates[j].start >= start else None

    def resolve(self, date: Optional[PartialDate]) -> Optional[PartialDate]:
        """Give a year-less date the year implied by the publication date."""
        if date is None or date.year is not None or self.doc.published is None:
            return date
        try:
            from kg.pipeline.dates import resolve_year  # type: ignore

            return resolve_year(date, self.doc.published)
        except Exception:  # pragma: no cover - dates module absent or refuses
            return date

    def foreign_countries(self) -> list[str]:
        """Foreign country codes of the article, most mentioned first."""
        return list(self.foreign_country_counts())

    def foreign_country_counts(self) -> dict[str, int]:
        """Foreign country code -> times the article names it, most mentioned first (counted once:
        a long page asked for every name candidate was quadratic); a copy the caller may change."""
        if self._foreign_counts is None:
            counts: dict[str, int] = {}
            for c in self.countries:
                if c.code != VNM:
                    counts[c.code] = counts.get(c.code, 0) + 1
            self._foreign_counts = {k: counts[k] for k in sorted(counts, key=lambda k: (-counts[k], k))}
        return dict(self._foreign_counts)


def _fallback_sentences(text: str) -> list[Sentence]:
    """Split on line breaks and sentence punctuation when no `sentences` ran."""
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n.!?]+(?:[.!?]+|$)", text, re.M):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(text[s:e], s, e))
    return out


def doc_index(doc: Doc) -> DocIndex:
    """The shared index of `doc`, built on first use and kept on the doc (`doc.index`)."""
    cached = doc.index
    if cached is not None and cached.doc is doc and cached.text_length == len(doc.text):
        return cached
    text = doc.text or ""
    sentences = [s for s in doc.sentences if 0 <= s.start <= s.end <= len(text)]
    if not sentences and text.strip():
        sentences = _fallback_sentences(text)
    sentences.sort(key=lambda s: s.start)
    para_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
    countries = sorted((c for c in doc.countries if 0 <= c.start < c.end <= len(text)), key=lambda c: c.start)
    dates = sorted((d for d in doc.dates if 0 <= d.start < d.end <= len(text)), key=lambda d: d.start)
    idx = DocIndex(
        doc=doc,
        sentences=sentences,
        sent_starts=[s.start for s in sentences],
        para_starts=para_starts,
        countries=countries,
        country_starts=[c.start for c in countries],
        country_reach=list(itertools.accumulate((c.end for c in countries), max)),
        dates=dates,
        date_starts=[d.start for d in dates],
        text_length=len(text),
    )
    doc.index = idx
    return idx


def add_unique(items: list[str], *values: Optional[str]) -> None:
    """Append values not yet present, keeping order (evidence, participants)."""
    for v in values:
        if v and v not in items:
            items.append(v)


def dedupe(seq: Sequence[str]) -> list[str]:
    out: list[str] = []
    add_unique(out, *seq)
    return out


# word -> number ("hai": 2, "đầu tiên": 1), a data file
ORDINAL_WORDS = {row[0]: int(row[1]) for row in load_tsv("lex_ordinal_words.tsv")}
# "lần (thứ) 5", "lần thứ hai" (group 1: one word of ORDINAL_WORDS or digits), "lần đầu tiên" (group 2: the
# words of two or more, never after "thứ"), built from the same data file
ORDINAL_RE = re.compile(
    r"lần\s+(?:thứ\s+)?(\d{1,3}|" + "|".join(re.escape(w) for w in ORDINAL_WORDS if " " not in w) + r")(?!\w)"
    + r"|lần\s+(" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ORDINAL_WORDS if " " in w) + ")",
    re.I,
)


def ordinal_value(match: re.Match[str]) -> Optional[int]:
    """Number of "lần thứ 5" / "lần thứ hai" / "lần đầu tiên"."""
    g = match.group(1) or match.group(2)
    if g.isdigit():
        return int(g)
    return ORDINAL_WORDS.get(" ".join(g.lower().split()))
