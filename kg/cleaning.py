"""From a scraped news page to its body text, and the body to sentences.

Vietnamese news pages saved as text carry the article plus the page around
it: photo captions with credits ("Ảnh: QĐND"), the photographer's or
author's name, "Theo qdnd.vn", share and rating widgets, and a long
related-news block ("Tin cùng chuyên mục") full of other officials and
countries. Everything in that noise would become a wrong fact, so it is
dropped here, and kept aside in `doc.removed` (in page order) for the one
thing it is good for: dating the page (`kg.dates.infer_publication_date`).

Phrase lists live in `kg/data/boilerplate.tsv`; the structural rules
(repeated lines, runs of headlines, glued teaser lines, a byline at the end)
are in code below.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Iterable, Optional

from kg.model import Doc, Sentence
from kg.pipeline import component
from kg.resources import data_rows

_DATA = "boilerplate.tsv"

# A footer header only truncates once this much body text was seen; above it
# the same words are a page menu, dropped as a single line.
MIN_BODY_BEFORE_FOOTER = 200
# Lines repeated verbatim are captions / alt text when shorter than this; a
# longer repeated paragraph keeps its first copy.
MAX_CAPTION_LEN = 250
# Runs of this many headline-like lines in a row are a list of links.
MIN_HEADLINE_RUN = 3
MAX_HEADLINE_LEN = 180
# A line this long with no sentence punctuation is not a body paragraph.
MIN_TEASER_WORDS = 20
# A photo credit ("... Ảnh: QĐND") is searched in this many final characters of
# a line only: credits are short (the longest credit pattern spans 79 characters
# of a line with collapsed blanks), and a search over a whole long paragraph
# would try the pattern at every one of its characters.
CREDIT_WINDOW = 160
# A caption this long that ends a sentence, once its credit is cut, is kept: photo
# stories carry their news in captions ("Chiều cùng ngày, Thiếu tướng X đã tiếp ... Ảnh: Y").
MIN_STORY_CAPTION = 120

_TERMINAL = ".!?…:;"
_CLOSERS = "\"'”’»)]"
_DECOR = " \t•·▪►»>«<|*#:-–—"
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = dict.fromkeys(map(ord, _ZERO_WIDTH_CHARS), None)


# ------------------------------------------- what a boilerplate pattern can match
#
# Read once from each pattern's parse by CPython's own regex parser, so that a
# line is only tried against the patterns that can match it: those it holds
# the strings of (`_needed_strings`) and can start with (`_first_chars`).
# Either answer may let a line through to a pattern for nothing, but never
# keeps a line from a pattern that matches it.

try:
    from re import _parser as _sre_parse  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_REPEATS = tuple(
    getattr(_sre_parse, name)
    for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
    if hasattr(_sre_parse, name)
)


def _needed_strings(items: Any, flags: int) -> list[frozenset[str]]:
    """Sets of strings such that every match of the parsed pattern `items`
    contains one string of each set.

    Read from runs of literal characters matched exactly (a letter under
    IGNORECASE also matches its other cases, so it ends a run), groups,
    classes of a few exact characters, repeats of at least one, and
    alternations (one set per branch, joined). Anchors, lookarounds and
    everything else contribute nothing.
    """
    out: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            out.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is _sre_parse.LITERAL:
            ch = chr(av)
            if not flags & re.IGNORECASE or ch.lower() == ch.upper() == ch:
                run.append(ch)
                continue
        end_run()
        if op is _sre_parse.IN and all(item is _sre_parse.LITERAL for item, _ in av):
            chars = {chr(value) for _, value in av}
            if not flags & re.IGNORECASE or all(ch.lower() == ch.upper() == ch for ch in chars):
                out.append(frozenset(chars))
        elif op is _sre_parse.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            out.extend(_needed_strings(sub, (flags | add_flags) & ~del_flags))
        elif op in _REPEATS and av[0] >= 1:
            out.extend(_needed_strings(av[2], flags))
        elif op is _sre_parse.BRANCH:
            per_branch = [_needed_strings(branch, flags) for branch in av[1]]
            if all(per_branch):
                # the cheapest set of each branch: fewest strings, then longest
                out.append(frozenset().union(*(min(sets, key=_set_cost) for sets in per_branch)))
    end_run()
    return out


def _set_cost(options: frozenset[str]) -> tuple[int, int]:
    """Fewer strings to test first, then longer (rarer) ones."""
    return len(options), -min(map(len, options))


def _pruned(options: Iterable[str]) -> tuple[str, ...]:
    """The options without those containing another one (which then is there too)."""
    return tuple(sorted(s for s in options if not any(o != s and o in s for o in options)))


_Needs = tuple[tuple[str, ...], ...]  # every match holds one string of each tuple


def _needs(pattern: str) -> _Needs:
    """`_needed_strings` of a pattern compiled case-insensitively, cheapest first."""
    parsed = _sre_parse.parse(pattern, re.IGNORECASE)
    found = sorted(_needed_strings(parsed, parsed.state.flags), key=_set_cost)
    return tuple(_pruned(options) for options in found)


def _holds(window: str, needs: _Needs) -> bool:
    """Does `window` hold one string of each set?"""
    for options in needs:
        for s in options:
            if s in window:
                break
        else:
            return False
    return True


_ZERO_WIDTH_NODES = (_sre_parse.AT, _sre_parse.ASSERT, _sre_parse.ASSERT_NOT)
_CATEGORY_CLASSES = {
    _sre_parse.CATEGORY_DIGIT: r"\d",
    _sre_parse.CATEGORY_NOT_DIGIT: r"\D",
    _sre_parse.CATEGORY_SPACE: r"\s",
    _sre_parse.CATEGORY_NOT_SPACE: r"\S",
    _sre_parse.CATEGORY_WORD: r"\w",
    _sre_parse.CATEGORY_NOT_WORD: r"\W",
}


def _one_char_class(op: Any, av: Any) -> Optional[str]:
    """A parsed one-character node as regex text (None if not read here)."""
    if op is _sre_parse.LITERAL:
        return re.escape(chr(av))
    if op is _sre_parse.NOT_LITERAL:
        return f"[^{re.escape(chr(av))}]"
    if op is not _sre_parse.IN:
        return None
    parts: list[str] = []
    for item, value in av:
        if item is _sre_parse.NEGATE:
            parts.append("^")
        elif item is _sre_parse.LITERAL:
            parts.append(re.escape(chr(value)))
        elif item is _sre_parse.RANGE:
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif item is _sre_parse.CATEGORY and value in _CATEGORY_CLASSES:
            parts.append(_CATEGORY_CLASSES[value])
        else:
            return None
    return f"[{''.join(parts)}]"


def _first_chars(items: Any, flags: int) -> tuple[Optional[list[str]], bool]:
    """What a match of the parsed pattern `items` can start with: one-character
    classes (regex text, carrying their flags), or None when that is any
    character or not read here; and whether it can match the empty string.

    The classes may admit more than the pattern does (a zero-width assertion
    is passed over), never less.
    """
    firsts: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH_NODES:
            continue
        one = _one_char_class(op, av)
        if one is not None:
            case = "i" if flags & re.IGNORECASE else "-i"
            firsts.append(f"(?{case}:{one})")
            return firsts, False
        if op is _sre_parse.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            parts, optional = [(sub, (flags | add_flags) & ~del_flags)], False
        elif op in _REPEATS:
            parts, optional = [(av[2], flags)], av[0] == 0
        elif op is _sre_parse.BRANCH:
            parts, optional = [(branch, flags) for branch in av[1]], False
        else:
            return None, False
        for sub, sub_flags in parts:
            found, empty = _first_chars(sub, sub_flags)
            if found is None:
                return None, False
            firsts.extend(found)
            optional = optional or empty
        if not optional:
            return firsts, False
    return firsts, True


# --------------------------------------------------------- the rules, compiled


@dataclass(frozen=True)
class _Credits:
    """The credit patterns, searched at the end of a line.

    Each is tried only on a line holding the strings its matches need, and
    a line holding none of `any_of` (a set of strings that meets each
    pattern's needs) is done with after a few substring tests.
    """

    patterns: tuple[tuple[re.Pattern[str], _Needs], ...]
    any_of: Optional[tuple[str, ...]]  # None when a pattern needs nothing

    @classmethod
    def of(cls, patterns: list[str]) -> "_Credits":
        compiled = tuple((re.compile(f"(?:{p})\\s*$", re.IGNORECASE), _needs(p)) for p in patterns)
        any_of = None
        if all(needs for _, needs in compiled):
            union: set[str] = set()
            for _, needs in compiled:
                # the set adding fewest new strings (first: the cheapest of those)
                union.update(min(needs, key=lambda options: len(set(options) - union)))
            any_of = _pruned(union)
        return cls(compiled, any_of)

    def end(self, line: str) -> bool:
        """Does the line end with a credit?"""
        return self.start(line) is not None

    def start(self, line: str) -> Optional[int]:
        """Where the credit ending the line starts, if one does. (`pos` rather
        than a slice in the search: "^" and look-behinds still see the whole line.)"""
        if self.any_of is not None:
            for s in self.any_of:
                if s in line:
                    break
            else:
                return None
        start = max(0, len(line) - CREDIT_WINDOW)
        # a match lies in the window, and so does each string it needs
        window = line[start:] if start else line
        found: Optional[int] = None
        for pattern, needs in self.patterns:
            if _holds(window, needs):
                m = pattern.search(line, start)
                if m is not None and (found is None or m.start() < found):
                    found = m.start()
        return found


_Member = tuple[str, str]  # (kind, pattern)


@lru_cache(maxsize=None)
def _alternation(members: tuple[_Member, ...]) -> re.Pattern[str]:
    """The members in order, each kind's in a group named after it."""
    by_kind: dict[str, list[str]] = {}
    for kind, pattern in members:
        by_kind.setdefault(kind, []).append(f"(?:{pattern})")
    groups = [f"(?P<{kind}>{'|'.join(alts)})" for kind, alts in by_kind.items()]
    return re.compile("|".join(groups) or "(?!)", re.IGNORECASE)


_Matcher = Callable[[str], Optional[re.Match[str]]]


class _LineRule:
    """Whole-line patterns of some kinds: which kind, first in order, has one
    that matches all of a line?

    An alternation fullmatches exactly when one of its members does (the
    first that can), and a member cannot match a line it cannot start with
    the first character of. So a line is tried against the alternation of
    the members that can, built once for each first character met. A member
    that can start with letters and digits alike (`\\w`, `[^x]`...) would be
    tried on nearly every line: it is left out, too, of those lacking one of
    a set of strings its matches all hold.
    """

    def __init__(self, kinds: list[tuple[str, list[str]]]) -> None:
        self._members: list[_Member] = [(kind, p) for kind, patterns in kinds for p in patterns]
        self._firsts: list[Optional[re.Pattern[str]]] = []  # None: may start with anything
        self._needs: list[tuple[str, ...]] = []  # () when not tested
        for _, pattern in self._members:
            parsed = _sre_parse.parse(pattern, re.IGNORECASE)
            found, _ = _first_chars(parsed, parsed.state.flags)
            can_start = None if found is None else re.compile("|".join(found) or "(?!)")
            self._firsts.append(can_start)
            opens_wide = can_start is None or bool(can_start.match("a") and can_start.match("0"))
            # the cheapest set, a blank aside (nearly every line has one)
            sets = [options for options in _needs(pattern) if not all(o.isspace() for o in options)]
            self._needs.append(sets[0] if opens_wide and sets else ())
        # first character -> (strings the members' needs name, matcher by which are present)
        self._by_first: dict[str, tuple[tuple[str, ...], dict[tuple[bool, ...], _Matcher]]] = {}

    def kind(self, line: str) -> Optional[str]:
        first = line[:1]
        entry = self._by_first.get(first)
        if entry is None:
            entry = self._by_first[first] = self._for_first(first)
        strings, matchers = entry
        present = tuple([s in line for s in strings]) if strings else ()
        match = matchers.get(present)
        if match is None:
            match = matchers[present] = self._matcher(first, strings, present)
        m = match(line)
        return None if m is None else m.lastgroup

    def _can_start(self, first: str) -> list[int]:
        return [
            i
            for i, can_start in enumerate(self._firsts)
            if not first or can_start is None or can_start.match(first)
        ]

    def _for_first(self, first: str) -> tuple[tuple[str, ...], dict[tuple[bool, ...], _Matcher]]:
        strings = {s for i in self._can_start(first) for s in self._needs[i]}
        return tuple(sorted(strings)), {}

    def _matcher(self, first: str, strings: tuple[str, ...], present: tuple[bool, ...]) -> _Matcher:
        found = {s for s, here in zip(strings, present) if here}
        members = tuple(
            self._members[i]
            for i in self._can_start(first)
            if not self._needs[i] or any(s in found for s in self._needs[i])
        )
        return _alternation(members).fullmatch


@dataclass(frozen=True)
class _Rules:
    # a line's bare text: "footer" (footer_header) or "drop" (widget |
    # source_line | meta | image), footer first
    line: _LineRule
    widget: _LineRule  # "widget": a decorated line, decoration and all
    tail: _LineRule  # "tail" (tail_line | source_line): in the trailing run
    credits: _Credits
    abbreviations: frozenset[str]


_LINE_DROP_KINDS = ("widget", "source_line", "meta", "image")


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """Compiled patterns of kg/data/boilerplate.tsv, by kind."""
    kinds: dict[str, list[str]] = {}
    abbrevs: set[str] = set()
    for row in data_rows(_DATA):
        if len(row) != 2:
            raise ValueError(f"{_DATA}: expected 'kind<TAB>pattern', got {row!r}")
        kind, pattern = row
        if kind == "abbrev":
            abbrevs.add(pattern.casefold())
            continue
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{_DATA}: bad pattern {pattern!r}: {exc}") from None
        kinds.setdefault(kind, []).append(pattern)

    def patterns(*names: str) -> list[str]:
        return [p for name in names for p in kinds.get(name, ())]

    return _Rules(
        line=_LineRule([("footer", patterns("footer_header")), ("drop", patterns(*_LINE_DROP_KINDS))]),
        widget=_LineRule([("widget", patterns("widget"))]),
        tail=_LineRule([("tail", patterns("tail_line", "source_line"))]),
        credits=_Credits.of(kinds.get("credit", [])),
        abbreviations=frozenset(abbrevs),
    )


def _key(line: str) -> str:
    """Comparison key of a line: case-folded, spaces collapsed, decoration stripped."""
    return " ".join(line.strip(_DECOR).casefold().split())


def _collapsed_key(line: str) -> str:
    """`_key` of a line whose blanks are already collapsed (a block, or a sentence
    of one): there the split/join is a no-op, since case folding never makes a blank."""
    return line.strip(_DECOR).casefold()


def normalize(raw: str) -> str:
    """NFC, Unix newlines, no zero-width characters or no-break spaces."""
    # Each step is skipped when a C-speed check shows it has nothing to do:
    # `str.translate` with a dict walks the text in Python-object steps.
    text = raw if unicodedata.is_normalized("NFC", raw) else unicodedata.normalize("NFC", raw)
    if any(ch in text for ch in _ZERO_WIDTH_CHARS):
        text = text.translate(_ZERO_WIDTH)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\xa0", " ")


# Case folding maps each character on its own, and leaves these unchanged, so
# the folded text of `P + bare + S` (P, S made of them) is `P + fold(bare) + S`.
assert _DECOR.casefold() == _DECOR


class _Block:
    """One logical line (soft-wrapped lines joined) and the raw lines it came from."""

    __slots__ = ("text", "raw", "dropped", "bare", "folded", "key")

    def __init__(self, text: str, raw: list[str]) -> None:
        self.text = text
        self.raw = raw
        self.dropped = False
        self.bare = bare = text.strip(_DECOR)
        self.folded = folded = text.casefold()
        # `_collapsed_key(text)`: the steps below compare blocks by it
        if len(bare) == len(text):
            self.key = folded
        else:
            lead = len(text) - len(text.lstrip(_DECOR))
            self.key = folded[lead : len(folded) - (len(text) - lead - len(bare))]


_TERMINAL_TUPLE = tuple(_TERMINAL)
_CLOSERS_BLANK = _CLOSERS + " "


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS_BLANK).endswith(_TERMINAL_TUPLE)


def _blocks(text: str) -> list[_Block]:
    """Lines, with a hard-wrapped sentence ("...của\\nBộ" no; "...của\\nhai nước") re-joined.

    A line that does not end a sentence, followed directly (no blank line)
    by one starting in lower case, is the same paragraph wrapped.
    """
    out: list[_Block] = []
    prev_blank = True
    for raw in text.split("\n"):
        if raw.isprintable() and "  " not in raw:
            # no blank but single plain spaces (any other is a control or
            # separator character): `raw.split()` would only drop its ends
            line = stripped = raw.strip(" ")
        else:
            line, stripped = " ".join(raw.split()), raw.strip()
        if not line:
            prev_blank = True
            continue
        # the cheap test first: most lines start with a capital
        if not prev_blank and line[0].islower() and not _ends_sentence(out[-1].text):
            last = out[-1]
            out[-1] = _Block(last.text + " " + line, last.raw + [stripped])
        else:
            out.append(_Block(line, [stripped]))
        prev_blank = False
    return out


def _is_headline_like(line: str) -> bool:
    """Short, capitalised, no sentence punctuation at the end: a link title."""
    stripped = line.strip(_DECOR)
    if not stripped or len(stripped) > MAX_HEADLINE_LEN or _ends_sentence(stripped):
        return False
    first = stripped.lstrip("\"'“‘«(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if line.lstrip()[:1] in "-+•*–":
        return False  # a bulleted list item of the body
    return 3 <= len(stripped.split()) <= 35


_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’»)]*\s+\S")


def _is_glued_teaser(line: str) -> bool:
    """Several headlines glued into one line: long, no sentence punctuation at all,
    and headline starts (a capitalised word right after a lower-case one with no
    punctuation between) inside it."""
    if _ends_sentence(line) or _SENTENCE_BREAK.search(line):
        return False  # checked first: body paragraphs end here, without a split
    words = line.split()
    if len(words) < MIN_TEASER_WORDS:
        return False
    starts = sum(
        1
        for a, b in zip(words, words[1:])
        if a[:1].islower() and a[-1:].isalnum() and b[:1].isupper()
    )
    return starts >= 2


def _is_name_line(line: str) -> bool:
    """An author's name alone: 2-4 capitalised words, no digits or punctuation."""
    words = line.split()
    if not 2 <= len(words) <= 4 or len(line) > 40:
        return False
    return all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)


def clean_text(raw: str, title: Optional[str] = None) -> tuple[str, list[str]]:
    """The article body of a scraped page, and the lines dropped from it (in order).

    `title` (else the first line) is kept once; its repeats in the body,
    which introduce photos, are dropped. Paragraphs of the result are
    separated by blank lines.
    """
    blocks = _blocks(normalize(raw))
    if not blocks:
        return "", []
    title_key = _key(title) if title else blocks[0].key

    # 1. line patterns, and the footer cut
    rules = _rules()
    line_kind, widget, credit = rules.line.kind, rules.widget.kind, rules.credits.start
    seen_chars = 0
    for i, b in enumerate(blocks):
        line, bare = b.text, b.bare
        kind = line_kind(bare)
        if kind == "footer":
            if seen_chars >= MIN_BODY_BEFORE_FOOTER:
                for rest in blocks[i:]:
                    rest.dropped = True
                break
            b.dropped = True
            continue
        if kind or (len(bare) != len(line) and widget(line)):
            b.dropped = True
            continue
        at = credit(line)
        if at is not None:
            # the credit's match may open with the full stop before "Ảnh:"
            caption = (line[: at + 1] if line[at] in _TERMINAL_TUPLE else line[:at]).rstrip()
            if len(caption) < MIN_STORY_CAPTION or not _ends_sentence(caption):
                b.dropped = True
                continue
            # a photo story tells its news in captions: the credit goes, the text stays
            # (and is dropped below if it only repeats a sentence of the body)
            blocks[i] = b = _Block(caption, b.raw)
            line = caption
        seen_chars += len(line)

    # 2. repeats: the title again, captions doubled as alt text
    _drop_repeats(blocks, title_key)
    _drop_repeated_sentences(blocks)

    kept = [b for b in blocks if not b.dropped]
    # 3. runs of headlines, glued teasers
    _drop_headline_runs(kept)
    for b in kept:
        if not b.dropped and _is_glued_teaser(b.text):
            b.dropped = True

    # 4. the trailing run: author's name, "Theo ...", agency
    kept = [b for b in blocks if not b.dropped]
    tail = rules.tail.kind
    for b in reversed(kept[1:]):
        if _is_name_line(b.bare) or tail(b.bare):
            b.dropped = True
        else:
            break

    body = "\n\n".join(b.text for b in blocks if not b.dropped)
    removed = [r for b in blocks if b.dropped for r in b.raw if r]
    return body, removed


def _drop_repeats(blocks: list[_Block], title_key: str) -> None:
    """The title again (but in first place), and any line seen twice but a long
    paragraph's first copy."""
    counts = Counter(b.key for b in blocks)
    first_seen: set[str] = set()
    for i, b in enumerate(blocks):
        k = b.key
        if counts[k] == 1 and k != title_key:
            continue  # nothing to drop, and `first_seen` is only asked about repeated keys
        if i > 0 and k == title_key:
            b.dropped = True
        elif counts[k] > 1 and not (
            len(b.text) > MAX_CAPTION_LEN and k not in first_seen
        ) and not (i == 0 and k == title_key):
            b.dropped = True
        first_seen.add(k)


def _drop_repeated_sentences(blocks: list[_Block]) -> None:
    """A short line equal to one sentence of a longer paragraph is its photo caption."""
    short = {b.key for b in blocks if not b.dropped and len(b.text) <= MAX_CAPTION_LEN}
    if not short:
        return
    short_sizes = {len(k) for k in short}
    inside: set[str] = set()
    for b in blocks:
        if b.dropped:
            continue
        # a sentence's key is a substring of the block's case-folded text
        # (case folding maps characters one by one), so a block holding no
        # short key anywhere need not be split into sentences at all
        # (a short block holds its own key: only a long one is worth the test)
        text, folded = b.text, b.folded
        if len(text) > MAX_CAPTION_LEN:
            for k in short:
                if k in folded:
                    break
            else:
                continue
        spans = _paragraph_spans(text)  # a block is one line: one paragraph
        if len(spans) < 2:
            continue
        if len(folded) != len(text):
            inside.update(k for k in (_collapsed_key(text[s:e]) for s, e in spans) if k in short)
            continue
        # each character folded to one: a sentence's key is cut from `folded`,
        # once its length shows it can be a short one
        for start, end in spans:
            start, end = _bare_span(text, start, end)
            if end - start in short_sizes and folded[start:end] in short:
                inside.add(folded[start:end])
    for b in blocks:
        if not b.dropped and len(b.text) <= MAX_CAPTION_LEN and b.key in inside:
            b.dropped = True


def _bare_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where `text[start:end].strip(_DECOR)` is in `text`."""
    while start < end and text[start] in _DECOR:
        start += 1
    while end > start and text[end - 1] in _DECOR:
        end -= 1
    return start, end


def _drop_headline_runs(kept: list[_Block]) -> None:
    run: list[_Block] = []

    def flush() -> None:
        if len(run) >= MIN_HEADLINE_RUN:
            for r in run:
                r.dropped = True
        run.clear()

    prev: Optional[_Block] = None
    for b in kept:
        if _is_headline_like(b.text) and not (prev is not None and prev.text.endswith(":")):
            run.append(b)
        else:
            flush()
        prev = b
    flush()


# ----------------------------------------------------------------- sentences

_BOUNDARY = re.compile(r"(?<![.!?…])[.!?…]+[\"'”’»)\]]*(?=\s)")  # a run of marks is tried once, from its start
_OPENERS = "\"'“‘«(["


def _is_abbreviation(para: str, dot: int) -> bool:
    """Is the period at `dot` the end of an abbreviation or an initial ("TP.", "v.v.", "A.")?"""
    start = dot
    while start > 0 and not para[start - 1].isspace() and para[start - 1] not in _OPENERS:
        start -= 1
    word = para[start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    return word.casefold() in _rules().abbreviations


_QUOTE = re.compile("[“”\"]")
_NON_SPACE = re.compile(r"\S")


@lru_cache(maxsize=2048)
def _paragraph_spans(para: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of one paragraph, relative to it.

    Cached by text: cleaning splits every block to find captions, and the
    `sentences` component then splits the same paragraphs again.
    """
    out: list[tuple[int, int]] = []
    start = 0
    depth, straight = 0, False
    last_curly = para.rfind("”")
    last_straight = para.rfind('"')
    # Quotation state only matters when a closing quote exists; its marks are
    # read from one regex scan rather than character by character.
    quotes = (
        [(q.start(), q.group()) for q in _QUOTE.finditer(para)]
        if last_curly >= 0 or last_straight >= 0
        else []
    )
    qi, nq = 0, len(quotes)
    n = len(para)
    for m in _BOUNDARY.finditer(para):
        end = m.end()  # a blank follows, and most often a single one
        i = end + 1
        if i >= n or para[i].isspace():
            first = _NON_SPACE.search(para, end)
            if first is None:
                continue  # nothing but blanks after: the paragraph's own end
            i = first.start()
        j = i
        while j < n and para[j] in _OPENERS:
            j += 1
        nxt = para[j : j + 1]
        if not (nxt.isupper() or nxt.isdigit() or para[i] in _OPENERS):
            continue
        mark = m.group()
        if mark[0] == "." and len(mark.rstrip(_CLOSERS)) == 1 and _is_abbreviation(para, m.start()):
            continue
        while qi < nq and quotes[qi][0] < end:
            ch = quotes[qi][1]
            if ch == "“":
                depth += 1
            elif ch == "”":
                depth = max(0, depth - 1)
            else:
                straight = not straight
            qi += 1
        if (depth > 0 and last_curly >= end) or (straight and last_straight >= end):
            continue  # inside a quotation that closes later in the paragraph
        out.extend(_span(para, start, end))
        start = end
        depth, straight = 0, False
    out.extend(_span(para, start, n))
    return tuple(out)


def _span(para: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = para[start:end]
    stripped = chunk.lstrip()
    lead = len(chunk) - len(stripped)
    size = len(stripped.rstrip())
    if not size:
        return []
    s = start + lead
    return [(s, s + size)]


def _split_paragraph(para: str, offset: int) -> list[Sentence]:
    return [Sentence(para[s:e], offset + s, offset + e) for s, e in _paragraph_spans(para)]


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets into `text` (`text[s.start:s.end] == s.text`).

    Paragraph (newline) breaks always end a sentence; inside a paragraph a
    sentence ends at . ! ? … followed by a space and a capital, digit or
    quote, except after an abbreviation or initial and inside a quotation
    that goes on. "TP.HCM", "2.000", "22.11.2023" have no space after the
    period and never split.
    """
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        if line:
            out.extend(_split_paragraph(line, pos))
        pos += len(line) + 1
    return out


# ----------------------------------------------------------------- components


@component("clean", adds=["text", "removed"])
def clean(doc: Doc) -> Doc:
    """Keep the article body; drop page furniture, captions with credits and related news."""
    doc.text, doc.removed = clean_text(doc.article.text, title=doc.article.title)
    return doc


@component("sentences", adds=["sentences"])
def sentences(doc: Doc) -> Doc:
    """Split the cleaned body into sentences with character offsets."""
    doc.sentences = split_sentences(doc.text)
    return doc
