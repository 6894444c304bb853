"""Officials and organisations: who acts for which state.

A person is an official only when the text anchors the name: a rank or a
title right before it ("Đại tướng Phan Văn Giang", "Đại sứ Hoa Kỳ tại Việt
Nam Marc Knapper"), an honorific ("ngài Matteo Perego di Cremnago"), or a
title in apposition after it ("Samuel Paparo, Tư lệnh ..."). Bare names --
photo credits, bylines -- never are. The country comes from the title
("Đại sứ Pháp tại Việt Nam" -> FRA: the country after "tại" is the host),
else from the sentence for a foreign-looking name, else Vietnam for a
Vietnamese-looking one.
"""

from __future__ import annotations

import bisect
import operator
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, repeat
from typing import Iterator, Optional, Sequence

from kg.pipeline.common import (
    VNM,
    load_tsv,
    WORD_RE,
    DocIndex,
    add_unique,
    compiled,
    first_char_phrase_pattern,
    doc_index,
    is_capitalised,
    is_vn_syllable,
    load_lines,
    norm_key,
    phrase_pattern,
)
from kg.model import Doc, Official, Organization, Sentence
from kg.pipeline import component

_BOUNDARY_CLASS = r"[,;:.!?“”\"\n…()\[\]]"
_BOUNDARY_CHARS = re.compile(_BOUNDARY_CLASS)
_LAST_BOUNDARY_RE = re.compile(r"(?s:.*)" + _BOUNDARY_CLASS)  # greedy: through the last boundary character
_HOST_BEFORE = re.compile(r"(?:tại|ở|sang|tới|đến|thăm|với|và)\s*$", re.I)
# Words after which a capitalised name is a place ("tại Hà Nội", "TP. Hồ Chí Minh"),
# matched case-insensitively; the name's window is searched for them reversed
# (see `_after_location_word`).
_LOCATION_WORDS = (
    "tại", "ở", "tỉnh", "thành phố", "TP.", "TP", "xã", "huyện", "phường", "quận", "sân bay", "đường", "phố",
    "cảng", "thôn", "làng", "thủ đô", "vùng", "khu vực",
)
_LOCATION_BEFORE_REVERSED = re.compile(r"\s+(?:" + "|".join(re.escape(w[::-1]) for w in _LOCATION_WORDS) + ")", re.I)
_APPOS_START = re.compile(r"\s*(?:,|-|–|—|\()\s*")
_SPACES_RE = re.compile(r"\s+")
_ACRONYM_WORD_RE = re.compile(r" ([A-ZĐ][A-ZĐ0-9]{1,10})(?!\w)")
_OF_RE = re.compile(r"\s+của\s+")
_OF_BEFORE_RE = re.compile(r"(?<!\w)của\s+$")


@lru_cache(maxsize=1)
def _rank_re() -> re.Pattern[str]:
    return compiled("lex_ranks.txt", first_upper=True)


_POSITION_PREFIXES = ("Phó", "phó", "Quyền", "quyền", "Nguyên", "nguyên")


@lru_cache(maxsize=1)
def _position_re() -> re.Pattern[str]:
    r"""A title head, optionally with "Phó"/"Quyền"/"nguyên" before it.

    The plain form is `(?<!\w)(?:(?:[Pp]hó|[Qq]uyền|[Nn]guyên)\s+)?(?i:heads)`.
    The class-led form (see `first_char_phrase_pattern`) tries a bare head
    before a prefixed one, which matches the same unless a head itself may
    begin with a prefix word: then the plain form is used."""
    lines = load_lines("lex_positions.txt")
    heads = phrase_pattern(lines)
    plain = r"(?<!\w)(?:(?:[Pp]hó|[Qq]uyền|[Nn]guyên)\s+)?(?i:" + heads + ")"
    if any(re.fullmatch("(?i:" + re.escape(h.split()[0]) + ")", w) for h in lines for w in _POSITION_PREFIXES):
        return re.compile(plain)
    prefixed = [(w[0], re.escape(w[1:]) + r"\s+(?i:" + heads + ")") for w in _POSITION_PREFIXES]
    return re.compile(first_char_phrase_pattern(lines, extra=prefixed) or plain)


@lru_cache(maxsize=1)
def _head_start_re() -> re.Pattern[str]:
    """Position heads as they start an appositive: capitalised first letter."""
    heads = load_lines("lex_positions.txt") + load_lines("lex_ranks.txt")
    pat = phrase_pattern(heads, first_upper=True)
    return re.compile(r"(?:(?:Phó|Quyền|Nguyên|nguyên)\s+)?(?:" + pat + r"|Phó\s+\w+)")


@lru_cache(maxsize=1)
def _break_re() -> re.Pattern[str]:
    return compiled("lex_clause_breaks.txt")


@lru_cache(maxsize=1)
def _honorific_re() -> re.Pattern[str]:
    """An honorific ending right before a name ("ông ", "ngài ")."""
    honorifics = load_lines("lex_honorifics.txt")
    lexicon = first_char_phrase_pattern(honorifics, case="exact") or phrase_pattern(honorifics)
    return re.compile(lexicon + r"\s+$")


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(load_lines("lex_surnames.txt"))


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(load_lines("lex_name_particles.txt"))


@lru_cache(maxsize=1)
def _suffixes() -> frozenset[str]:
    return frozenset(load_lines("lex_name_suffixes.txt"))


@lru_cache(maxsize=1)
def _suffix_after_re() -> re.Pattern[str]:
    """A generational suffix the word scan leaves out ("III", or the dot of "Jr.")."""
    alts = "|".join(re.escape(x) for x in sorted(_suffixes(), key=len, reverse=True))
    return re.compile(r"(?:,?\s)?(?:" + alts + r")(?!\w)")


@lru_cache(maxsize=1)
def ship_prefixes() -> dict[str, str]:
    """Hull prefix ("USS") -> flag state code, from `lex_ship_prefixes.tsv`."""
    return {row[0]: row[1] for row in load_tsv("lex_ship_prefixes.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def _ship_before_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r"""A ship cue ("tàu khu trục"), maybe with a hull prefix after it, or a hull
    prefix alone ("USS"), ending right before a capitalised name.

    Two class-led regexes (see `first_char_phrase_pattern`): they scan the
    window before a name much faster than one alternation opening with a
    lookbehind, `(?:(?i:cues)\s+(?:prefixes\s+)?|(?<!\w)prefixes\s+)$`."""
    cues = load_lines("lex_ship_cues.txt")
    prefixes = sorted(ship_prefixes(), key=len, reverse=True)
    alts = "|".join(re.escape(p) for p in prefixes)
    cue = first_char_phrase_pattern(cues) or "(?i:" + phrase_pattern(cues) + ")"
    prefix = first_char_phrase_pattern(prefixes, case="exact") or r"(?<!\w)(?:" + alts + ")"
    return re.compile(cue + r"\s+(?:(?:" + alts + r")\s+)?$"), re.compile(prefix + r"\s+$")


def _after_ship_cue(text: str, lo: int, hi: int) -> bool:
    """True if text[lo:hi] ends with a ship cue or hull prefix and spaces."""
    cue, prefix = _ship_before_res()
    return cue.search(text, lo, hi) is not None or prefix.search(text, lo, hi) is not None


def _after_location_word(text: str, lo: int, hi: int) -> bool:
    """True if text[lo:hi] ends with a location word and spaces ("tại ", "tỉnh ").

    Read backwards: the reversed window must start with spaces and a reversed
    location word, so the regex runs once, anchored, instead of at every
    position of the window (the words have no boundary to check)."""
    return _LOCATION_BEFORE_REVERSED.match(text[lo:hi][::-1]) is not None


_ASIDE_AFTER_RE = re.compile(r" ?\(([^()\n]{2,60})\)")  # "(Dong Jun)", "(Trung Quốc)" right after a name
_HULL_AFTER_RE = re.compile(r"\s*\((?:[A-Z]{1,5}[- ]?)?\d{1,4}\)")  # "(LCC-19)", "(HQ-011)"


@lru_cache(maxsize=1)
def _side_cue_re() -> re.Pattern[str]:
    """ "đoàn", "phía"... ending right before a country mention."""
    return re.compile("(?i:" + phrase_pattern(load_lines("lex_side_cues.txt")) + r")\s+$")


@lru_cache(maxsize=1)
def _side_switch_re() -> re.Pattern[str]:
    return re.compile("(?i:" + phrase_pattern(load_lines("lex_side_switch.txt")) + ")")


@lru_cache(maxsize=1)
def _stop_names() -> frozenset[str]:
    return frozenset(norm_key(n) for n in load_lines("lex_name_stoplist.txt"))


# --------------------------------------------------------------------------- mentions
@dataclass
class OfficialMention:
    """One anchored (or coreferent) occurrence of an official's name."""

    name: str
    start: int
    end: int
    foreign: bool
    rank: Optional[str] = None
    positions: list[str] = field(default_factory=list)
    organization: Optional[str] = None
    country: Optional[str] = None
    strength: int = 0  # 3: title says so, 2: sentence context, 1: name shape
    anchored: bool = True
    short: bool = False  # a single-word form, kept only if it abbreviates a full name


@dataclass(slots=True)  # built for every capitalised word: slots make that cheaper
class _Tok:
    text: str
    start: int
    end: int


def _runs(text: str, offset: int = 0) -> list[list[_Tok]]:
    """Maximal runs of capitalised words separated by single spaces.

    Lower-case name particles ("di", "van") stay inside a run when a
    capitalised word follows them. Token offsets are shifted by `offset`.

    Tokens are those of `WORD_RE.finditer(text)`. One regex search finds each
    *chain* -- upper-case-initial words joined by single spaces, with at most
    one particle between two of them -- so the regex engine, not Python,
    walks the text; Python only replays the word-by-word rules on the few
    words of a chain (an all-caps word such as "NATO" breaks a run but not a
    chain). A chain that cannot be extended is always followed by a word
    that closes the run, so replaying chains alone is exact."""
    chains, starts = _chains(text, offset)
    return [
        [_Tok(w, start + a, start + b) for w, a, b in run]
        for chain, start in zip(chains, starts)
        for run in _chain_runs(chain)
    ]


def _chains(text: str, offset: int = 0) -> tuple[list[str], list[int]]:
    """The chains of `text` (see `_runs`) in order, and their starts (+ `offset`).

    One `split` cuts the text into chains and what lies between them, so the
    offsets are running sums of lengths. A chain right after a hyphen or an
    apostrophe may start inside a word; a text with one is walked chain by
    chain instead (`_chains_stepwise`)."""
    parts = _chain_re().split(text)  # [between, chain, between, chain, ..., between]
    if any(map(str.endswith, parts[0:-1:2], repeat(_JOINER_ENDS))):
        return _chains_stepwise(text, offset)
    bounds = list(accumulate(map(len, parts), initial=offset))
    return parts[1::2], bounds[1:-1:2]


def _chains_stepwise(text: str, offset: int = 0) -> tuple[list[str], list[int]]:
    """`_chains`, checking at each chain whether it starts a word."""
    chains: list[str] = []
    starts: list[int] = []
    chain = _chain_re()
    pos = 0
    n = len(text)
    while pos < n:
        for c in chain.finditer(text, pos):
            p = c.start()
            if p >= 2 and text[p - 1] in _JOINERS and _is_letter(text[p - 2]):
                break  # p may sit inside a hyphenated / apostrophe word
            chains.append(c.group())
            starts.append(p + offset)
            pos = c.end()
        else:
            return chains, starts
        # step word by word to learn whether p starts a word
        m = WORD_RE.search(text, pos)
        while m is not None and m.end() <= p:
            m = WORD_RE.search(text, m.end())
        if m is None or m.start() != p:
            pos = m.end() if m is not None else n
            continue
        c = chain.match(text, p)
        if c is None:  # cannot happen: p starts an upper-case word
            pos = p + 1
            continue
        chains.append(c.group())
        starts.append(p + offset)
        pos = c.end()
    return chains, starts


_RunWords = tuple[tuple[str, int, int], ...]  # (word, start, end), offsets relative to the chain


@lru_cache(maxsize=65536)
def _chain_runs(chain: str) -> tuple[_RunWords, ...]:
    """The runs of one chain, offsets relative to it; cached, as chains recur
    across articles (names, "Việt Nam", "Bộ Quốc phòng", sentence openers)."""
    particles = _particles()
    words = chain.split(" ")
    last = len(words) - 1
    runs: list[_RunWords] = []
    cur: list[tuple[str, int, int]] = []
    s = 0
    for i, w in enumerate(words + [""]):  # the empty sentinel closes the last run
        e = s + len(w)
        cap = w[:1].isupper() and (len(w) == 1 or not w.isupper() or _is_initial(w))
        if cap or (w in particles and cur and i < last and words[i + 1][:1].isupper()):
            cur.append((w, s, e))
        elif cur:
            while cur and (cur[-1][0] in particles or _is_initial(cur[-1][0])):  # nor ends with these
                cur.pop()
            if cur:
                runs.append(tuple(cur))
            cur = []
        s = e + 1
    return tuple(runs)


def _is_initial(word: str) -> bool:
    """ "W." of "Frederick W. Lawson": the chain regex lets it in only between two words."""
    return len(word) == 2 and word[1] == "."


def _sentence_name_runs(
    text: str, sentences: list[Sentence], chains: list[str], starts: list[int]
) -> Iterator[tuple[Sentence, int, tuple[_NameRun, ...]]]:
    """(sentence, chain start, `_name_runs(chain)`) of each chain that may hold
    a name, sentence by sentence, for the chains of
    `_chains(text[s.start:s.end], s.start)`; `chains` and `starts` are
    `_chains(text)`.

    A sentence whose first and last characters border on no word character
    ("word" as `WORD_RE` cuts it) and that no chain crosses has the chains of
    the whole text lying inside it: cutting the text there changes neither
    the words nor where a chain may start (the chain regex looks behind only
    at the character before a word) nor where it ends (the chain regex has
    no lookahead). Any other sentence is scanned on its own."""
    runs = list(map(_name_runs, chains))
    ends = list(map(operator.add, starts, map(len, chains)))
    n = len(text)
    for sent in sentences:
        lo, hi = sent.start, sent.end
        i = bisect.bisect_left(starts, lo)
        j = bisect.bisect_left(starts, hi, i)
        if (
            (lo == 0 or not _is_word_char(text[lo - 1]))
            and (hi >= n or not _is_word_char(text[hi]))
            and (i == 0 or ends[i - 1] <= lo)
            and (j == 0 or ends[j - 1] <= hi)
        ):
            for k in range(i, j):
                if runs[k]:
                    yield sent, starts[k], runs[k]
        else:
            for chain, start in zip(*_chains(text[lo:hi], lo)):
                if _name_runs(chain):
                    yield sent, start, _name_runs(chain)


@lru_cache(maxsize=1)
def _chain_re() -> re.Pattern[str]:
    """Upper-case-initial words (as `WORD_RE` cuts them) joined by single
    spaces, optionally with one name particle between two of them.

    Opens with a character class of the BMP letters `str.isupper` accepts, so
    the regex engine skips lower-case text in C. Every letter outside the BMP
    is let in too: listing those ranges exactly would make `re` drop its
    bitmap and test each character against hundreds of ranges (6x slower),
    and a longer chain is harmless since `_runs` replays the exact rules on it."""
    uppers = [ch for ch in map(chr, range(0x10000)) if ch.isupper() and _LETTER_RE.match(ch)]
    ranges: list[list[int]] = []
    for ch in uppers:
        if ranges and ranges[-1][1] == ord(ch) - 1:
            ranges[-1][1] = ord(ch)
        else:
            ranges.append([ord(ch), ord(ch)])
    cls = "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in ranges)
    first = f"[{cls}\\U00010000-\\U0010ffff](?<=[^\\W\\d_])"
    rest = r"[^\W\d_]*(?:[-‐][^\W\d_]+)*(?:'[^\W\d_]+)?"
    parts = sorted(_particles(), key=len, reverse=True)
    if not all(WORD_RE.fullmatch(x) for x in parts):
        raise ValueError("lex_name_particles.txt: a name particle must be a single word")
    part = "(?:" + "|".join(re.escape(x) for x in parts) + ") "
    # one group around it all, so that `split` keeps the chains; middle initials
    # ("Frederick W. Lawson", "George H. W. Bush") sit between two words
    return re.compile(f"({first}(?<![^\\W\\d_].){rest}(?: (?:{part}|{_INITIAL} (?:{_INITIAL} )?)?{first}{rest})*)")


_INITIAL = r"[A-Z]\."  # a middle initial inside a Western name
_JOINERS = frozenset("-‐'")
_JOINER_ENDS = tuple(_JOINERS)


@lru_cache(maxsize=None)  # called on single characters, so a small cache
def _is_word_char(ch: str) -> bool:
    r"""True if a `WORD_RE` word may contain `ch`: a joiner, or a match of
    `[^\W\d_]` (an alphanumeric character that is no decimal digit)."""
    return ch in _JOINERS or (ch.isalnum() and not ch.isdecimal())


def _is_letter(ch: str) -> bool:
    return _LETTER_RE.match(ch) is not None


_LETTER_RE = re.compile(r"[^\W\d_]")


def _is_foreign_token(tok: str) -> bool:
    return "-" in tok or "‐" in tok or not is_vn_syllable(tok)


_WHOLE_RUN_MAX = 3  # a run this short after its title is one name


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """First words of honorifics, ranks, titles and organisation heads ("Ông", "Đại", "Bộ")."""
    out = set()
    for name in ("lex_honorifics.txt", "lex_ranks.txt", "lex_positions.txt", "lex_org_heads.txt"):
        out.update(line.split()[0].casefold() for line in load_lines(name))
    return frozenset(out)


def _first_name_token(words: Sequence[str], limit: int) -> int:
    """Index of the first word of a run (before `limit`) past leading title words."""
    titles = _title_words()
    i = 0
    while i < limit and words[i].casefold() in titles:
        i += 1
    return i


_NameRun = tuple[tuple[str, ...], _RunWords, Optional[tuple[int, bool]]]


@lru_cache(maxsize=65536)
def _name_runs(chain: str) -> tuple[_NameRun, ...]:
    """The runs of a chain that may end with a name: (words, run, `_name_in_words(words)`).

    A lone Vietnamese-shaped word is never a name (see `_name_in_words`).
    Cached per chain, like `_chain_runs`."""
    out = []
    for run in _chain_runs(chain):
        if len(run) == 1 and not _is_foreign_token(run[0][0]):
            continue
        words = tuple(w for w, _, _ in run)
        out.append((words, run, _name_in_words(words)))
    return tuple(out)


def _name_in_run(
    words: tuple[str, ...], run: _RunWords, found: Optional[tuple[int, bool]], start: int, idx: DocIndex
) -> Optional[tuple[int, int, bool]]:
    """(start, end, foreign?) of the person name ending a run of `_name_runs`
    placed at offset `start`, if any; `found` is the name of the whole run."""
    if idx.country_overlaps(start + run[0][1], start + run[-1][2]):
        # words covered by a country mention cannot be part of a name
        first = 0
        for i, (_, a, b) in enumerate(run):
            if idx.country_covering(start + a, start + b) is not None:
                first = i + 1
        if first:
            found = _name_in_words(words[first:])
            if found is None:
                return None
            found = (found[0] + first, found[1])
    if found is None:
        return None
    return (start + run[found[0]][1], start + run[-1][2], found[1])


@lru_cache(maxsize=65536)
def _name_in_words(toks: tuple[str, ...]) -> Optional[tuple[int, bool]]:
    """(index of its first word, foreign?) of the person name ending a run of
    words, if any; the name always runs to the last word."""
    if not toks:
        return None
    particles = _particles()
    # Western or transliterated name: foreign-looking words (and particles) at the end
    j = len(toks)
    n_foreign = 0
    while j > 0:
        w = toks[j - 1]
        if w in particles and 0 < j - 1 < len(toks) - 1:
            j -= 1
            continue
        if _is_foreign_token(w):
            n_foreign += 1
            j -= 1
            continue
        break
    if n_foreign >= 1 and j < len(toks):
        lead = _first_name_token(toks, j)
        if lead < j and len(toks) <= _WHOLE_RUN_MAX:
            # "Choi Young-sam", "Kim Jong-un": a short run is the whole name, its
            # first syllable shaped like a Vietnamese word or not
            return (lead, True)
        return (j, True)  # the foreign words, or a short form such as "ông Knapper"
    if n_foreign:
        return None
    if len(toks) >= 3 and _is_foreign_token(toks[-2]) and toks[-2] not in particles:
        # "Rachel Goh Siew Ling", "Ng Eng Hen": foreign words, then one Vietnamese-shaped syllable
        head = _name_in_words(toks[:-1])
        if head is not None and head[1] and len(toks) - head[0] >= 3:
            return head
    # Vietnamese (or Sino-Vietnamese) name: surname + 1-3 syllables ending the run
    surnames = _surnames()
    options = [i for i, t in enumerate(toks) if t in surnames and 2 <= len(toks) - i <= 4]
    if not options:
        lead = _first_name_token(toks, len(toks))
        if 2 <= len(toks) - lead and len(toks) <= _WHOLE_RUN_MAX and any(_is_foreign_token(t) for t in toks[lead:]):
            return (lead, True)  # "Sar Thet": foreign, last syllable Vietnamese-shaped
        return None
    best = next((i for i in options if len(toks) - i == 3), options[0])
    lead = _first_name_token(toks, len(toks))
    if best == lead + 1 and len(toks) - lead == 4 and toks[lead] in surnames:
        best = lead  # two surnames, father's and mother's: "Lương Nguyễn Minh Triết"
    return (best, False)


def _left_region(text: str, start: int, lo: int) -> int:
    """Start of the title phrase that may precede a name at `start`."""
    seg_end = start
    probe = text[lo:start].rstrip()
    if probe.endswith(")"):  # "(nay là Tổng Bí thư) Tô Lâm": look through the bracket
        j = text.rfind("(", lo, lo + len(probe))
        if j >= 0:
            seg_end = j
    last = _LAST_BOUNDARY_RE.match(text, lo, seg_end)
    region_start = last.end() if last else lo
    for m in _break_re().finditer(text, region_start, start):
        if text[m.start() - 1 : m.start()].isspace() or m.start() == region_start:
            # "và", "với"... end a clause unless inside the bracketed aside
            if not (seg_end < m.start() < start):
                region_start = m.end()
    return region_start


def _appositive(text: str, end: int, hi: int) -> list[tuple[int, int]]:
    """Spans of title segments right after a name ("X, Ủy viên ..., Thứ trưởng ...")."""
    m = _APPOS_START.match(text, end, hi)
    if not m:
        return []
    out: list[tuple[int, int]] = []
    pos = m.end()
    while pos < hi:
        if not _head_start_re().match(text, pos, hi):
            break
        stop = hi
        b = _BOUNDARY_CHARS.search(text, pos, hi)
        if b:
            stop = b.start()
        k = _break_re().search(text, pos + 1, stop)
        if k:
            stop = k.start()
        seg = (pos, stop)
        out.append(seg)
        if stop >= hi or text[stop : stop + 1] != ",":
            break
        pos = stop + 1
        while pos < hi and text[pos] == " ":
            pos += 1
    return out


def _bracketed_country(idx: DocIndex, aside: re.Match[str]) -> Optional[str]:
    """The country a match of `_ASIDE_AFTER_RE` holds, if the brackets hold just
    one country's name ("(Trung Quốc)"), not an alias or a remark."""
    tagged = idx.countries_in(aside.start(1), aside.end(1))
    if len(tagged) == 1 and (tagged[0].start, tagged[0].end) == aside.span(1):
        return tagged[0].code
    return None


def _host_country(text: str, c_start: int) -> bool:
    return bool(_HOST_BEFORE.search(text, max(0, c_start - 12), c_start))


def _clean_position(s: str) -> str:
    s = s.strip(" ,-–—()")
    return _SPACES_RE.sub(" ", s)


def find_official_mentions(doc: Doc) -> list[OfficialMention]:
    """All anchored official mentions of the doc, in text order (cached on the doc)."""
    idx = doc_index(doc)
    cached = idx.cache.get("official_mentions")
    if cached is not None:
        return cached  # type: ignore[return-value]
    text = doc.text
    chains, starts = _chains(text)
    out: list[OfficialMention] = []
    for sent, c_start, runs in _sentence_name_runs(text, idx.sentences, chains, starts):
        for words, run, whole in runs:
            found = _name_in_run(words, run, whole, c_start, idx)
            if found:
                mention = _mention(text, idx, sent, *found)
                if mention is not None:
                    out.append(mention)
    idx.cache["official_mentions"] = out
    return out


def _mention(text: str, idx: DocIndex, sent: Sentence, n_start: int, n_end: int, foreign: bool) -> Optional[OfficialMention]:
    """The official named at [n_start, n_end) in `sent`, if a title or an honorific anchors it."""
    s_lo, s_hi = sent.start, sent.end
    if _after_ship_cue(text, max(s_lo, n_start - 40), n_start) or _HULL_AFTER_RE.match(text, n_end):
        return None  # "tàu Trần Hưng Đạo", "USS Blue Ridge (LCC-19)": a ship, not a person
    if foreign:
        n_end = _with_suffix(text, n_start, n_end, s_hi)
    name = text[n_start:n_end]
    if norm_key(name) in _stop_names():
        return None
    title = _position_re().match(text, n_start, s_hi)
    if title is not None and title.end() > n_start + len(name.split(" ", 1)[0]):
        return None  # "Phó Tư lệnh", "Phó Chính ủy": a title read as surname + name
    if _after_location_word(text, max(s_lo, n_start - 15), n_start):
        return None
    region_start = _left_region(text, n_start, s_lo)
    ranks = list(_rank_re().finditer(text, region_start, n_start))
    heads = list(_position_re().finditer(text, region_start, n_start))
    honor = _honorific_re().search(text, max(s_lo, n_start - 12), n_start)
    appos = _appositive(text, n_end, s_hi)
    tag_country = None
    if not appos:
        # "Đổng Quân (Dong Jun), Bộ trưởng ...", "Lưu Hải Phong (Trung Quốc), Tư lệnh ...":
        # the title follows a bracketed alias or country
        aside = _ASIDE_AFTER_RE.match(text, n_end, s_hi)
        if aside is not None and not _head_start_re().match(text, aside.start(1)):
            appos = _appositive(text, aside.end(), s_hi)
            tag_country = _bracketed_country(idx, aside)
    if not (ranks or heads or honor or appos):
        return None
    if not (ranks or honor or appos) and _OF_BEFORE_RE.search(text, max(s_lo, n_start - 8), n_start):
        return None  # "Giám đốc khu vực của Hanwha Aerospace": the title is the person's before "của"
    single = " " not in name
    if single and not foreign:
        return None
    mention = OfficialMention(name=name, start=n_start, end=n_end, foreign=foreign, short=single)
    # rank: the one nearest the name, in the left title or the appositive
    if ranks:
        mention.rank = _clean_position(ranks[-1].group())
    # positions: left title (from the first head) and appositive segments
    title_spans: list[tuple[int, int]] = []
    if heads:
        p_start = heads[0].start()
        ptext = text[p_start:n_start]
        if ranks and ranks[-1].start() >= p_start:
            ptext = text[p_start : ranks[-1].start()]
        title_spans.append((p_start, n_start))
        pos = _clean_position(ptext)
        if pos and not _rank_re().fullmatch(pos):
            mention.positions.append(pos)
    elif ranks:
        title_spans.append((ranks[0].start(), n_start))
    for a, b in appos:
        seg = _clean_position(text[a:b])
        rk = _rank_re().match(seg)
        if rk and rk.end() == len(seg):
            mention.rank = mention.rank or seg
            continue
        add_unique(mention.positions, seg)
        title_spans.append((a, b))
    # country: a bracketed country after the name, else the first non-host country named in the title
    if tag_country is not None:
        mention.country, mention.strength = tag_country, 3
    for a, b in title_spans if mention.country is None else ():
        for c in idx.countries_in(a, b):
            if not _host_country(text, c.start):
                mention.country, mention.strength = c.code, 3
                break
        if mention.country:
            break
    if not mention.country and not text[region_start : ranks[0].start() if ranks else n_start].strip():
        # only "Title Country, Rank Name": not "..., Đoàn Việt Nam do Đại tướng X"
        mention.country = _comma_title_country(text, idx, region_start, s_lo)
        mention.strength = 3 if mention.country else 0
    if not mention.country:
        mention.country = _side_country(text, idx, n_start, s_lo)
        mention.strength = 2 if mention.country else 0
    if not mention.country:
        if foreign:
            mention.country = _context_country(idx, n_start, sent.start, sent.end)
            mention.strength = 2 if mention.country else 0
        else:
            mention.country, mention.strength = VNM, 1
    return mention


def _with_suffix(text: str, n_start: int, n_end: int, hi: int) -> int:
    """End of the name with its generational suffix as written ("Jr.", "III")."""
    last = text[n_start:n_end].rsplit(" ", 1)[-1]
    if last in _suffixes() and text[n_end : n_end + 1] == "." and last + "." in _suffixes():
        return n_end + 1  # the word scan stops before the dot of "Jr."
    m = _suffix_after_re().match(text, n_end, hi)
    if m and last not in _suffixes():
        return m.end()
    return n_end


def _comma_title_country(text: str, idx: DocIndex, region_start: int, s_lo: int) -> Optional[str]:
    """Country of a title closed by a comma before the rank and name:
    "Bộ trưởng Quốc phòng Trung Quốc, Thượng tướng Đổng Quân"."""
    comma = region_start - 1
    if comma <= s_lo or text[comma] != ",":
        return None
    lo = max(s_lo, comma - 120)
    heads = list(_position_re().finditer(text, lo, comma))
    if not heads:
        return None
    h = heads[-1]
    if _break_re().search(text, h.end(), comma) or _BOUNDARY_CHARS.search(text, h.end(), comma):
        return None
    cs = idx.countries_in(h.end(), comma)
    if not cs or text[cs[-1].end : comma].strip() or _host_country(text, cs[-1].start):
        return None
    return cs[-1].code


def _side_country(text: str, idx: DocIndex, pos: int, s_lo: int) -> Optional[str]:
    """Country of the side whose members are listed before `pos` in the sentence:
    "Đoàn Trung Quốc có Thượng tướng X, ...; ông Y", "phía Hoa Kỳ có ông Z"."""
    for c in reversed(idx.countries_in(s_lo, pos)):
        if not _side_cue_re().search(text, max(s_lo, c.start - 30), c.start):
            continue
        if _side_switch_re().search(text, c.end, pos):
            return None  # "Đoàn Trung Quốc hội đàm với Đại tướng ...": the other side
        return c.code
    return None


def _context_country(idx: DocIndex, pos: int, s_lo: int, s_hi: int) -> Optional[str]:
    """A foreign name's country from its sentence, paragraph, then article."""
    before = [c for c in idx.countries_in(s_lo, pos) if c.code != VNM]
    if before:
        return before[-1].code
    after = [c for c in idx.countries_in(pos, s_hi) if c.code != VNM]
    if after:
        return after[0].code
    p_lo, p_hi = idx.paragraph_start(pos), idx.paragraph_end(pos)
    para = [c for c in idx.countries_in(p_lo, p_hi) if c.code != VNM]
    if para:
        return para[0].code
    top = idx.foreign_countries()
    return top[0] if top else None


def _merge_key(name: str) -> str:
    return norm_key(name.replace("‐", "-")).rstrip(".")


def _core_tokens(key: str) -> list[str]:
    """Name tokens without generational suffixes, to fold "Brawner" into "Romeo Brawner Jr."."""
    sfx = {x.casefold().rstrip(".") for x in _suffixes()}
    toks = key.split()
    while len(toks) > 1 and toks[-1].rstrip(".") in sfx:
        toks.pop()
    return toks


def build_officials(doc: Doc) -> tuple[list[Official], dict[str, int]]:
    """Merge mentions into officials; returns them and, by name, how surely each
    one's country is known (see `OfficialMention.strength`). The map of mention
    keys to canonical names goes to the doc index for `official_occurrences`."""
    mentions = find_official_mentions(doc)
    text = doc.text
    idx = doc_index(doc)
    by_key: dict[str, Official] = {}
    strength: dict[str, int] = {}
    alias: dict[str, str] = {}
    full = [m for m in mentions if not m.short]
    for m in full + [m for m in mentions if m.short]:
        key = _merge_key(m.name)
        target = key if key in by_key else None
        if target is None:
            # a shorter later form ("Knapper") folds into a known full name
            toks = _core_tokens(key)
            for k in by_key:
                kt = _core_tokens(k)
                if len(toks) < len(kt) and (kt[-len(toks) :] == toks or kt[: len(toks)] == toks):
                    target = k
                    break
        if target is None and m.short:
            continue
        if target is None:
            target = key
            by_key[key] = Official(name=m.name)
            strength[key] = -1
        off = by_key[target]
        alias[key] = off.name
        if m.rank and not off.rank:
            off.rank = m.rank
        for p in m.positions:
            add_unique(off.positions, p)
        if m.strength > strength[target] and m.country:
            off.country, strength[target] = m.country, m.strength
        sent = idx.sentences[idx.sentence_at(m.start)] if idx.sentences else None
        if sent is not None:
            add_unique(off.evidence, text[sent.start : sent.end])
    idx.cache["official_alias"] = alias
    return list(by_key.values()), {by_key[k].name: v for k, v in strength.items()}


def official_occurrences(doc: Doc) -> list[tuple[str, int, int]]:
    """(canonical name, start, end) of every occurrence of an extracted official's
    name in the text, anchored or not -- what events use to find participants."""
    idx = doc_index(doc)
    cached = idx.cache.get("official_occurrences")
    if cached is not None:
        return cached  # type: ignore[return-value]
    names = {norm_key(o.name): o.name for o in doc.officials}
    alias = idx.cache.get("official_alias") or {}
    for k, v in alias.items():  # type: ignore[union-attr]
        if norm_key(v) in names:
            names.setdefault(k, v)
    out: list[tuple[str, int, int]] = []
    text = doc.text
    for a, b in _find_names(text, sorted(names, key=len, reverse=True)):
        canon = names.get(norm_key(text[a:b]))
        if canon:
            out.append((canon, a, b))
    idx.cache["official_occurrences"] = out
    return out


@lru_cache(maxsize=4096)
def _name_re(name: str) -> re.Pattern[str]:
    """One name as a whole word, any case (the slow path of `_find_names`)."""
    return re.compile(r"(?<!\w)(?:" + re.escape(name) + r")(?!\w)", re.I)


@lru_cache(maxsize=1)
def _case_special_re() -> Optional[re.Pattern[str]]:
    """Non-ASCII characters that `re.I` pairs with a character of another
    lower case ("ſ" with "s", "ı" with "i"), from CPython's own table; None
    if that table cannot be read, and then `_find_names` always uses `re`."""
    try:
        from re import _casefix  # type: ignore[attr-defined]  # CPython >= 3.11

        pairs = _casefix._EXTRA_CASES
    except (ImportError, AttributeError):
        return None
    chars = {chr(c) for k, v in pairs.items() for c in (k, *v) if c > 0x7F}
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _find_names(text: str, names: list[str]) -> list[tuple[int, int]]:
    r"""Spans of what `finditer` of `(?<!\w)(?:name1|name2|...)(?!\w)` with
    `re.I` yields, names tried in the order given.

    Compiling a pattern per article -- or per name, for an archive with
    thousands of names -- costs more than the search, so the names are found
    with `str.find` in the lower-cased text, which is the same match as
    `re.I` wherever lower-casing keeps lengths and no character has an extra
    case pairing (`_case_special_re`); elsewhere each name's regex is used."""
    low = text.lower()
    special = _case_special_re()
    lows = [n.lower() for n in names]
    if (
        special is None or len(low) != len(text) or special.search(text)
        or any(len(a) != len(b) or special.search(a) for a, b in zip(names, lows))
    ):
        return _find_names_re(text, names)
    n = len(text)
    hits: list[tuple[int, int, int]] = []  # (start, order, end)
    for order, name in enumerate(lows):
        if not name:
            continue
        size = len(name)
        p = low.find(name)
        while p >= 0:
            e = p + size
            if (p == 0 or not _is_re_word(text[p - 1])) and (e == n or not _is_re_word(text[e])):
                hits.append((p, order, e))
            p = low.find(name, p + 1)
    hits.sort()
    out: list[tuple[int, int]] = []
    pos = 0
    for p, _, e in hits:
        if p >= pos:
            out.append((p, e))
            pos = e
    return out


def _is_re_word(ch: str) -> bool:
    """`re`'s \\w on one character of a str pattern."""
    return ch.isalnum() or ch == "_"


def _find_names_re(text: str, names: list[str]) -> list[tuple[int, int]]:
    """`_find_names` with one cached regex per name: each reports its next
    match, the scan takes the leftmost, ties going to the earlier name as the
    alternation would, then resumes after it."""
    pats = [_name_re(n) for n in names if n]
    nxt: list[Optional[re.Match[str]]] = [p.search(text) for p in pats]
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        best = -1
        for i, m in enumerate(nxt):
            if m is not None and m.start() < pos:
                m = nxt[i] = pats[i].search(text, pos)
            if m is not None and (best < 0 or m.start() < nxt[best].start()):  # type: ignore[union-attr]
                best = i
        if best < 0:
            return out
        m = nxt[best]
        assert m is not None
        out.append(m.span())
        pos = m.end()


# --------------------------------------------------------------------------- organisations
@lru_cache(maxsize=1)
def _org_head_re() -> re.Pattern[str]:
    return compiled("lex_org_heads.txt", first_upper=True)


@lru_cache(maxsize=1)
def _org_heads_canon() -> dict[str, str]:
    return {norm_key(h): h for h in load_lines("lex_org_heads.txt")}


@lru_cache(maxsize=1)
def _org_breaks() -> frozenset[str]:
    return frozenset(norm_key(w) for w in load_lines("lex_org_breaks.txt"))


@lru_cache(maxsize=1)
def _org_compounds() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines("lex_org_compounds.txt"))


_ABBR_RE = re.compile(r"\s*\(([A-ZĐ][A-ZĐ0-9&\-]{1,11})\)")
_COMMAND_PREFIX = "bộ tư lệnh "  # case-folded
_MINISTRY = re.compile(r"^Bộ (?:Quốc phòng|Công an|Ngoại giao)$")


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper().replace("Đ", "D") for w in words)


@lru_cache(maxsize=1)
def _org_standalone() -> frozenset[str]:
    return frozenset(norm_key(n) for n in load_lines("lex_org_standalone.txt"))


_ORG_LOWER_MAX = 4  # lower-case words an organisation's name may run through ("giữ hòa bình")
_ORG_NUM_RE = re.compile(r" (\d{1,4})(?![\w/.,-]\d)")
_ORG_DASH_RE = re.compile(r" [-–] (?=[A-ZĐ])")
_ORG_END_RE = re.compile(r"\s*(?:[,;.:!?()“”\"\n]|$)")


def _complete_org(
    text: str, idx: DocIndex, words: list[str], pos: int, breaks: frozenset[str]
) -> Optional[tuple[list[str], int]]:
    """The organisation's whole name, or None when only a truncated head can be read.

    Vietnamese names continue in lower case after a capitalised word ("Cục Gìn
    giữ hòa bình Việt Nam", "Tổng cục Cảnh sát quốc gia Campuchia"). A name
    cut inside a word ("Cục Gìn", "Quân" of "Quân đội") reads on through a few
    lower-case words; any other name reads on only when those words lead to a
    capitalised one ("Bộ Tư lệnh Tác chiến liên quân Australia"), so that
    "Bộ Quốc phòng nhấn mạnh" stays "Bộ Quốc phòng". A bare head ("Cục",
    "Hải quân") is no name unless it is complete by itself ("Bộ Quốc phòng")."""
    key = norm_key(" ".join(words))
    head_only = len(words) == 1 or key in _org_heads_canon()
    keep = (words, pos) if not head_only or key in _org_standalone() else None
    ending = idx.country_covering(pos - 1, pos)
    if ending is not None and ending.end <= pos:
        return words, pos  # "Hải quân Nhật Bản"
    last = words[-1]
    cut_word = len(words) > 1 and is_capitalised(last) and " " not in last and is_vn_syllable(last)
    cut_word = cut_word and not head_only
    ext = list(words)
    p = pos
    dash = _ORG_DASH_RE.match(text, pos)
    if dash and not _head_start_re().match(text, dash.end()):
        ext.append("-")  # "Tập đoàn Công nghiệp - Viễn thông Quân đội"
        p = dash.end() - 1
    compounds = _org_compounds()
    n_lower = 0
    reached_cap = False
    while True:
        w = WORD_RE.match(text, p + 1) if text[p : p + 1] == " " else None
        if w is None:
            num = _ORG_NUM_RE.match(text, p)
            if num and (reached_cap or n_lower == 0):
                ext.append(num.group(1))  # "Quân khu 7", "Bộ Tư lệnh Vùng 4 Hải quân"
                reached_cap = True
                p = num.end()
                continue
            break
        tok = w.group()
        if is_capitalised(tok):
            ext.append(tok)
            reached_cap = True
        elif reached_cap:
            if f"{ext[-1]} {tok}".casefold() not in compounds:
                break
            ext.append(tok)
        elif norm_key(tok) in breaks or n_lower >= _ORG_LOWER_MAX:
            break
        else:
            ext.append(tok)
            n_lower += 1
        p = w.end()
    if reached_cap:
        return ext, p
    if n_lower and _ORG_END_RE.match(text, p):
        return ext, p  # the phrase ends with the name: "Cục Hợp tác quốc tế;", "Cục Bảo vệ biên giới,"
    if cut_word:
        return None
    return keep


def find_organizations(doc: Doc) -> tuple[list[Organization], dict[str, str]]:
    """Organisations named in the text; returns them and surface -> canonical name."""
    idx = doc_index(doc)
    text = doc.text
    breaks = _org_breaks()
    canon_heads = _org_heads_canon()
    abbrevs: dict[str, str] = {}  # "CNQP" -> "Công nghiệp Quốc phòng" or a full org name
    found: list[tuple[str, int, int]] = []
    for m in _org_head_re().finditer(text):
        head = canon_heads.get(norm_key(m.group()), m.group())
        words = [head]
        pos = m.end()
        prev_cap = True
        while True:
            w = WORD_RE.match(text, pos + 1) if text[pos : pos + 1] == " " else None
            if not w:
                w2 = _ACRONYM_WORD_RE.match(text, pos)
                if w2:
                    words.append(w2.group(1))
                    pos = w2.end()
                    prev_cap = True
                    continue
                break
            tok = w.group()
            if is_capitalised(tok):
                words.append(tok)
                prev_cap = True
            elif prev_cap and f"{words[-1]} {tok}".casefold() in _org_compounds():
                words.append(tok)
                prev_cap = False
            else:
                break
            pos = w.end()
        while len(words) > 1 and not is_capitalised(words[-1]) and words[-1] in breaks:
            words.pop()
        completed = _complete_org(text, idx, words, pos, breaks)
        if completed is None:
            continue  # "Cục", "Cục Gìn", "Tập đoàn Công nghiệp": cut off, not a name
        words, pos = completed
        name = " ".join(words)
        ab = _ABBR_RE.match(text, pos)
        if ab:
            code = ab.group(1)
            tail = words[1:]
            for k in range(len(tail)):
                if _initials(tail[k:]) == code.replace("Đ", "D"):
                    abbrevs[code] = " ".join(tail[k:])
                    break
            else:
                abbrevs.setdefault(code, name)
        found.append((name, m.start(), pos))
    orgs: dict[str, Organization] = {}
    surface: dict[str, str] = {}
    for name, a, b in found:
        canon = " ".join(abbrevs.get(w, w) if w in abbrevs and abbrevs[w].count(" ") < 6 else w for w in name.split())
        country = None
        cs = idx.countries_in(a, b)
        tag = _ASIDE_AFTER_RE.match(text, b, b + 40)
        tagged = _bracketed_country(idx, tag) if tag is not None else None
        if cs:
            country = cs[-1].code
        elif tagged is not None:
            country = tagged  # "Bộ Tư lệnh Quân khu Quảng Tây (Trung Quốc)"
        else:
            after = _OF_RE.match(text, b, b + 8)
            if after:
                nxt = idx.countries_in(b, b + 40)
                if nxt and nxt[0].start - b < 15:
                    country = nxt[0].code
        if country is None and _MINISTRY.match(canon):
            canon, country = canon + " Việt Nam", VNM
        elif country is None and canon.startswith(("Tổng cục", "Quân chủng", "Binh chủng", "Quân khu", "Bộ Tổng Tham mưu")):
            country = VNM if not [c for c in idx.countries_in(idx.paragraph_start(a), b) if c.code != VNM] else None
        surface[norm_key(name)] = canon
        if canon.casefold().startswith(_COMMAND_PREFIX):
            # "Tư lệnh Quân khu 1" names the body "Bộ Tư lệnh Quân khu 1" commands
            surface.setdefault(norm_key(canon[len(_COMMAND_PREFIX):]), canon)
        key = norm_key(canon)
        if key not in orgs:
            orgs[key] = Organization(name=canon, country=country)
        elif orgs[key].country is None:
            orgs[key].country = country
    idx.cache["org_surface"] = surface
    return list(orgs.values()), surface


def resolve_org(doc: Doc, surface: str) -> str:
    """Canonical organisation name for a surface form seen in the text."""
    idx = doc_index(doc)
    table = idx.cache.get("org_surface") or {}
    return table.get(norm_key(surface), surface)  # type: ignore[union-attr]


@component("officials", requires=["text", "sentences", "countries"], assigns=["officials", "organizations"])
def officials_component(doc: Doc) -> Doc:
    """People acting for a state, and the bodies they belong to."""
    orgs, surface = find_organizations(doc)
    officials, strength = build_officials(doc)
    for off in officials:
        for pos in off.positions:
            for m in _org_head_re().finditer(pos):
                rest = pos[m.start() :]
                for key, canon in sorted(surface.items(), key=lambda kv: -len(kv[0])):
                    if norm_key(rest).startswith(key):
                        off.organization = canon
                        break
                if off.organization:
                    break
            if off.organization:
                break
    # A name read as Vietnamese only by its shape (a Sino-Vietnamese reading, say)
    # takes the country of the organisation its title names, when the article gives one.
    org_country = {o.name: o.country for o in orgs}
    for off in officials:
        country = org_country.get(off.organization or "")
        if country and country != off.country and strength.get(off.name, 0) <= 1:
            off.country = country
    # "Bà Nguyễn Thị Lan (72 tuổi, ở phường Ba Ngòi)": an honorific alone, with no rank or
    # title anywhere in the article, names a citizen quoted, not someone acting for a state
    officials = [o for o in officials if (o.rank or o.positions) and not _speaks_for_a_company(o)]
    doc.officials = officials
    doc.organizations = orgs
    return doc


_SIGNS_RE = re.compile(r"(?<!\w)(?:ký|kí)(?!\w)", re.I)


def _speaks_for_a_company(off: Official) -> bool:
    """No rank, every title a company's, and no signing in any sentence naming
    the person: a firm's manager at a fair, not someone acting for a state
    (the head of a state firm who signs a defence document does)."""
    if off.rank or not off.positions:
        return False
    company = _company_re()
    if not all(company.search(p) for p in off.positions):
        return False
    return not any(_SIGNS_RE.search(s) for s in off.evidence)


@lru_cache(maxsize=1)
def _company_re() -> re.Pattern[str]:
    """A company named in a title (`lex_company_markers.txt`)."""
    return re.compile(phrase_pattern(load_lines("lex_company_markers.txt")) + r"(?!\w)")
