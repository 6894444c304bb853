"""The `countries` component: country mentions in Vietnamese text.

The finder scans a text once with a trie-shaped regex of every alias in the
country table (`kg.countries`; longest match wins), then decides each short,
ambiguous alias from its context, because many country names are also ordinary
words or given names: "anh" (brother), "Đức" in "Nguyễn Đức Anh", "Pháp" in
"Pháp lệnh", "Mỹ" in "Mỹ Tho". Names that merely contain an alias ("Ấn Độ
Dương", "Lào Cai") are matched as well and then dropped, so they can never
yield the shorter country name inside them.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

from kg.countries import alias_codes, data_lines, key_variants, name_key
from kg.pipeline.common import first_char_phrase_pattern, is_vn_syllable, load_lines, phrase_pattern
from kg.model import CountryMention, Doc
from kg.pipeline import KGError, component
from kg.pipeline.patterns import named_patterns
from kg.pipeline.rules import drop, rule


# Decisions for one candidate
_ACCEPT, _REJECT, _PENDING = 1, 0, 2
# Ambiguity levels of an alias (see kg/data/country_ambiguous.tsv)
_PLAIN, _CONTEXT, _STRICT, _PAIR, _DASH = 0, 1, 2, 3, 4
_LEVELS = {"context": _CONTEXT, "strict": _STRICT, "pair": _PAIR, "dash": _DASH}
_CUE_KINDS = ("title", "prep", "person", "block")

# The patterns of `kg/data/country_patterns.tsv` (each with its comment there).
PATTERNS = named_patterns("country_patterns.tsv")
_SPACE_RE = PATTERNS["alias-space"].pattern  # spaces inside an alias, not a line break
_WORD = PATTERNS["word"]
_NEXT_WORD = PATTERNS["next-word"]
_NEIGHBOUR_GAP = PATTERNS["neighbour-gap"]  # between two countries of one list or pair
_CLAUSE_BREAK = PATTERNS["clause-break"]
_UNIT_AND_ANOTHER = PATTERNS["unit-and-another"]
_ENVOY_BEFORE = PATTERNS["envoy-posting-before"]  # searched up to the mention: ends with `$`
_POSTING_GAP = PATTERNS["posting-list-gap"]


# ------------------------------------------------------------------ matcher



@dataclass(frozen=True)
class _Matcher:
    regex: re.Pattern[str]
    codes: dict[str, Optional[str]]  # key -> ISO3, or None for a non-country name
    levels: dict[str, int]  # key -> _CONTEXT / _STRICT for ambiguous aliases
    cues: dict[str, str]  # lower-case cue phrase -> kind
    cue_tails: dict[str, tuple[tuple[int, str], ...]]  # last word -> (word count, cue), longest first
    block_ends: frozenset[str]  # the last word of every "block" cue phrase
    max_cue_words: int
    surnames: frozenset[str]


def _char_atom(ch: str, first: bool) -> str:
    if ch == " ":
        return _SPACE_RE
    if ch == "'":
        return "['’]"
    up = ch.upper()
    if first:  # a country name starts with a capital letter
        return re.escape(up if len(up) == 1 else ch)
    if len(up) == 1 and up != ch:
        return f"[{re.escape(ch)}{re.escape(up)}]"
    return re.escape(ch)


def _trie_pattern(keys: set[str]) -> str:
    """One regex for many lower-case literals, shaped as a trie: the scan costs
    about the same whatever the number of aliases. Every alternative opens with a
    capital letter, which lets the regex engine skip to capitals in C; the rest
    is matched in either case. A match starts where no word character comes
    before the capital (tested just after it, so that the capital still opens
    the pattern). Longer alternatives are tried first and each end must fall on
    a word boundary."""
    trie: dict = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict, first: bool) -> str:
        def atom(ch: str) -> str:
            a = _char_atom(ch, first)
            return f"{a}(?<!\\w{a})" if first else a

        alts = [atom(ch) + emit(node[ch], False) for ch in sorted(c for c in node if c)]
        if "" in node:
            alts.append(r"(?!\w)")  # the end of an alias: last, so longer wins
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie, True)


@functools.lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    # the country names and aliases, and the first syllables the press joins by a dash
    codes = {**alias_codes(), **{name_key(a): c for a, c in data_lines("country_short_forms.tsv")}}
    levels = {}
    for alias, level in data_lines("country_ambiguous.tsv"):
        if name_key(alias) not in codes or level not in _LEVELS:
            raise KGError(f"country_ambiguous.tsv: bad row {alias!r} {level!r}")
        levels[name_key(alias)] = _LEVELS[level]
    cues: dict[str, str] = {}
    for phrase, kind in data_lines("country_cues.tsv"):
        if kind not in _CUE_KINDS:
            raise KGError(f"country_cues.tsv: unknown kind {kind!r} for {phrase!r}")
        cues.setdefault(name_key(phrase), kind)
    surnames = frozenset(name_key(s) for (s,) in data_lines("country_vi_surnames.txt"))
    keys = set().union(*(key_variants(k) for k in codes))
    regex = re.compile(_trie_pattern(keys))
    tails: dict[str, list[tuple[int, str]]] = {}
    for phrase in cues:
        words = phrase.split()
        tails.setdefault(words[-1], []).append((len(words), phrase))
    cue_tails = {w: tuple(sorted(ps, key=lambda p: -p[0])) for w, ps in tails.items()}
    block_ends = frozenset(c.split()[-1] for c, kind in cues.items() if kind == "block")
    max_words = max(len(c.split()) for c in cues)
    return _Matcher(regex, codes, levels, cues, cue_tails, block_ends, max_words, surnames)


# ------------------------------------------------------------ context rules


def _is_cap(word: str) -> bool:
    """A capitalised syllable; a word in capitals ("VỚI", "NGUYỄN") says nothing,
    since a headline or byline in capitals has lost the case that marks names."""
    return bool(word) and word[0].isupper() and not (len(word) > 1 and word.isupper())


def _is_word(token: str) -> bool:
    """`_WORD.fullmatch(token)`; most tokens are plain letters, which `str.isalnum`
    (the regex's word characters less "_") settles without a regex call."""
    return token.isalnum() or _WORD.fullmatch(token) is not None


def _words_before(text: str, start: int, limit: int) -> list[str]:
    """The words just before `start` (at most `limit`) that are separated from it
    and from each other by blanks only (no punctuation, no line break), nearest last."""
    seg = text[max(0, start - 80) : start]
    if not seg or not seg[-1].isspace():
        return []
    seg = seg[seg.rfind("\n") + 1 :]
    words: list[str] = []
    for word in reversed(seg.split()):
        if len(words) == limit:
            break
        if not _is_word(word):
            # "Ảnh: Trọng Đức" - a label and colon end the words, but count as one
            if word.endswith(":") and _is_word(word[:-1]):
                words.insert(0, word)
            break
        words.insert(0, word)
    return words


def _word_before(text: str, start: int) -> Optional[str]:
    """The last of `_words_before(text, start)`, None when there are none."""
    lo = max(0, start - 80)
    if start == lo or not text[start - 1].isspace():
        return None
    tokens = text[max(lo, text.rfind("\n", lo, start) + 1) : start].rsplit(None, 1)
    if not tokens:
        return None
    word = tokens[-1]
    if _is_word(word) or (word.endswith(":") and _is_word(word[:-1])):
        return word
    return None


def _cue_before(m: _Matcher, text: str, span: tuple[int, int], last: Optional[str], tail: Optional[str]) -> Optional[str]:
    """The kind of the longest cue ending the words before the alias at `span` (`last`
    is the word right before it, `tail` its key), if any."""
    start = span[0]
    prev: Optional[list[str]] = None  # read only for a cue of several words
    for n, phrase in m.cue_tails.get(tail, ()):  # type: ignore[arg-type]  # a None tail finds no cue
        if n > 1:
            if prev is None:
                prev = _words_before(text, start, m.max_cue_words)
            if n > len(prev) or name_key(" ".join(prev[-n:])) != phrase:
                continue
        elif last is not None and _is_cap(last) and tail in m.surnames and not _opens_a_clause(text, span, last):
            return None  # "Đoàn Mỹ Linh": the surname Đoàn, not "đoàn" (delegation)
        return m.cues[phrase]
    return None


def _opens_a_clause(text: str, span: tuple[int, int], last: str) -> bool:
    """Is `last`, the word right before the alias at `span`, capitalised only because it
    opens a sentence or a line, with a lower-case word after the alias ("Đoàn Lào gồm 20
    đại biểu", "Đoàn Mỹ do Phó Đô đốc X dẫn đầu")? A name would read on in capitals
    ("Đoàn Mỹ Linh") and would be the subject after a title, not open the sentence."""
    nxt = _NEXT_WORD.match(text, span[1])
    if nxt is None or _is_cap(nxt.group(1)) or not nxt.group(1).isalpha():
        return False
    before = text[: span[0]].rstrip()
    head = before[: len(before) - len(last)].rstrip(" \t")
    return not head or head[-1] in "\n.!?:;\"“”"


def _decide(m: _Matcher, text: str, start: int, end: int, level: int) -> int:
    """Whether the alias at text[start:end] names a country, from the words around it."""
    last = _word_before(text, start)
    # `_key` changes each word on its own (case, composition, tone placement),
    # so a cue phrase that ends the words before has the key of `last` as its
    # last word: only the cues ending so are tried, and most words end none.
    tail = name_key(last) if last is not None else None
    if level == _PLAIN and tail not in m.block_ends:
        return _ACCEPT  # only a "block" cue rejects a plain alias
    cue = _cue_before(m, text, (start, end), last, tail)
    if cue == "block":
        return _REJECT
    if level == _PLAIN:
        return _ACCEPT
    run_before = cue is None and last is not None and _is_cap(last)
    nxt = _NEXT_WORD.match(text, end)
    run_after = bool(nxt) and _is_cap(nxt.group(1))  # type: ignore[union-attr]  # bool(nxt): a match
    if (run_before and last.endswith(":")) or level >= _PAIR:  # type: ignore[union-attr]  # run_before: last is set
        return _beside_others(text, end, level, run_before and not last.endswith(":"), run_after)  # type: ignore[union-attr]  # run_before: last is set
    if cue == "title":
        return _ACCEPT  # "Tổng thống Pháp Emmanuel Macron", "Bộ Quốc Phòng Pháp"
    if cue == "person" or run_before:
        # "ông Đức", "Đại tá Nga"; or inside a capitalised run: a person's name when
        # it opens with a surname ("Nguyễn Đức Anh", "Đoàn Mỹ Linh"), else a given
        # name ("Ảnh: Trọng Đức"), a place ("Tây Úc") or a title-cased name
        return _REJECT
    if cue == "prep":
        return _REJECT if run_after else _ACCEPT  # "tại Mỹ" but not "tại Mỹ Tho"
    if run_after:
        return _REJECT  # opens a longer capitalised name: "Đức Anh", "Mỹ Linh"
    return _PENDING if level == _STRICT else _ACCEPT


def _beside_others(text: str, end: int, level: int, run_before: bool, run_after: bool) -> int:
    """An alias only the countries beside it decide: a pair's half ("Việt - Nhật",
    "quan hệ Việt - Anh"), never inside a capitalised run ("Việt Bắc") nor after a
    cue ("người Việt"); a first syllable never before a word it opens ("Việt Nam -
    Trung tâm ...", "Trung tướng"); or a short name after a label ("các nước châu
    Âu: Nga, Ba Lan và Hà Lan", where "Ảnh: Đức" alone names no country)."""
    if level == _DASH and PATTERNS["syllable-opens-a-word"].match(text, end):
        return _REJECT
    return _REJECT if run_before or run_after else _PENDING


def _accept_dashed_pairs(text: str, spans: list[tuple[str, int, int]], decisions: list[int], levels: list[int]) -> None:
    """Two first syllables of countries joined by a dash name each other's country:
    "Việt - Trung", "quan hệ Việt - Hàn" (each alone is only a pair's half)."""
    for i in range(len(spans) - 1):
        j = i + 1
        if (decisions[i] == decisions[j] == _PENDING and levels[i] >= _PAIR and levels[j] >= _PAIR
                and spans[i][0] != spans[j][0] and PATTERNS["pair-dash"].fullmatch(text, spans[i][2], spans[j][1])):
            decisions[i] = decisions[j] = _ACCEPT


def _resolve_neighbours(text: str, spans: list[tuple[str, int, int]], decisions: list[int], levels: list[int]) -> None:
    """Accept a pending alias that stands in a list or pair with an accepted country
    ("Việt Nam - Anh", "Anh, Pháp và Đức"); a country's first syllable only after
    a dash ("Việt Nam - Trung", not "Việt Nam và Trung tâm"). `spans` are (code,
    start, end) in text order."""
    for _ in range(3):
        changed = False
        for i, decision in enumerate(decisions):
            if decision != _PENDING:
                continue
            gap = PATTERNS["pair-dash"] if levels[i] == _DASH else _NEIGHBOUR_GAP
            for j in (i - 1, i + 1):
                if 0 <= j < len(spans) and decisions[j] == _ACCEPT:
                    a, b = (j, i) if j < i else (i, j)
                    if gap.fullmatch(text, spans[a][2], spans[b][1]):
                        decisions[i] = _ACCEPT
                        changed = True
                        break
        if not changed:
            return


@functools.lru_cache(maxsize=4096)
def _alias(surface: str) -> Optional[tuple[str, int]]:
    """(code, ambiguity level) of an alias as the text spells it; None for a
    non-country name, or one in lower case ("pháp luật", "anh em")."""
    m = _matcher()
    key = name_key(surface)
    code = m.codes.get(key)
    if code is None or not surface[0].isupper():
        return None
    level = m.levels.get(key, _PLAIN)
    if level and level < _PAIR and len(surface) > 1 and surface.isupper():
        level = _STRICT  # "ĐỨC" in capitals may be a name: want a cue or a neighbour
    return code, level


def _scan(text: str) -> list[CountryMention]:
    m = _matcher()
    spans: list[tuple[str, int, int]] = []  # (code, start, end) of each alias, in text order
    decisions: list[int] = []
    levels: list[int] = []
    for hit in m.regex.finditer(text):
        alias = _alias(hit.group())
        if alias is not None:
            code, level = alias
            s, e = hit.span()
            spans.append((code, s, e))
            decisions.append(_decide(m, text, s, e, level))
            levels.append(level)
    if _PENDING in decisions:
        _accept_dashed_pairs(text, spans, decisions, levels)
        _resolve_neighbours(text, spans, decisions, levels)
    return [
        CountryMention(code, text[s:e], s, e)
        for (code, s, e), decision in zip(spans, decisions)
        if decision == _ACCEPT
    ]


def _nfc_map(text: str) -> tuple[str, list[int], list[int]]:
    """NFC form of `text`, with each of its characters' source span in `text`."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        seg = unicodedata.normalize("NFC", text[i:j])
        out.append(seg)
        starts.extend([i] * len(seg))
        ends.extend([j] * len(seg))
        i = j
    return "".join(out), starts, ends


def find_countries(text: str) -> list[CountryMention]:
    """Country mentions in `text`, in order; offsets index `text` itself.

    A text that is not in NFC is scanned in NFC and the offsets mapped back.
    """
    if not text:
        return []
    if unicodedata.is_normalized("NFC", text):
        return _scan(text)
    norm, starts, ends = _nfc_map(text)
    out = []
    for mention in _scan(norm):
        s, e = starts[mention.start], ends[mention.end - 1]
        out.append(CountryMention(mention.code, text[s:e], s, e))
    return out


# ------------------------------------------------------------ groups


@functools.lru_cache(maxsize=1)
def _groups() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for row in data_lines("country_groups.tsv"):
        if len(row) < 3 or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[2]):
            raise KGError(f"country_groups.tsv: bad row {row!r}")
        out.setdefault(row[0], []).append((row[1], row[2]))
    return {name: tuple(members) for name, members in out.items()}


def group_members(group: str, on: Optional[str] = None) -> list[str]:
    """The member states of `group` ("ASEAN") on the day `on` (an ISO date,
    maybe partial: "2025", "2025-11"); without a day, the founders and the
    members that joined before the newest one (a member of days ago is left
    out when unsure)."""
    members = _groups().get(group, ())
    if on is None:
        newest = max((since for _, since in members), default="")
        founded = min((since for _, since in members), default="")
        return [code for code, since in members if since < newest or since == founded]
    # a partial day that holds the joining day ("2025" for 2025-10-26) is unsure: left out
    return [code for code, since in members if (since <= on if len(on) >= 10 else since[: len(on)] < on)]


# ------------------------------------------------------------ places


@functools.lru_cache(maxsize=1)
def _places() -> tuple[re.Pattern[str], dict[str, str]]:
    codes: dict[str, str] = {}
    for row in data_lines("country_places.tsv"):
        if len(row) < 2 or len(row[1]) != 3:
            raise KGError(f"country_places.tsv: bad row {row!r}")
        codes[unicodedata.normalize("NFC", row[0])] = row[1]
    # class-led (see `first_char_phrase_pattern`): the scan skips in C to the letters that open a place
    pattern = first_char_phrase_pattern(codes, case="exact") or phrase_pattern(codes)
    return re.compile(pattern), {" ".join(p.split()): c for p, c in codes.items()}


def place_mentions(text: str, lo: int, hi: int) -> list[CountryMention]:
    """The neighbours' provinces, cities and commands named in text[lo:hi], each
    with the country it lies in ("Quân khu tỉnh Vân Nam": "Vân Nam", CHN)."""
    regex, codes = _places()
    return [CountryMention(codes[" ".join(m.group().split())], m.group(), m.start(), m.end())
            for m in regex.finditer(text, lo, hi)]


def place_country(text: str, lo: int, hi: int) -> Optional[str]:
    """The country of the first place of `place_mentions` in text[lo:hi], if any."""
    found = place_mentions(text, lo, hi)
    return found[0].code if found else None


def _inside_a_name(text: str, start: int, end: int) -> bool:
    """A place's words inside a longer capitalised run, after a Vietnamese
    surname ("Nguyễn Đông Hưng") or after a capitalised foreign word that is
    no Vietnamese syllable ("Đại tướng Morishita Takeo": Takeo, a Cambodian
    province, closing a Japanese name): a person's or another place's name."""
    before = _word_before(text, start)
    after = _NEXT_WORD.match(text, end)
    if after is not None and _is_cap(after.group(1)):
        return True
    if before is None or not _is_cap(before):
        return False
    return name_key(before) in _matcher().surnames or (before.isalpha() and not is_vn_syllable(before))


@functools.lru_cache(maxsize=1)
def _vn_units() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(gate word, regex) of each row of `country_vn_units.tsv`. One regex a row:
    each opens with a literal or a class, which `re` scans for in C."""
    rows = tuple((row[1], re.compile(row[0])) for row in data_lines("country_vn_units.tsv") if len(row) >= 2)
    if not rows:
        raise KGError("country_vn_units.tsv: no 'pattern<TAB>gate word' row")
    return rows


def vietnamese_units(text: str) -> list[CountryMention]:
    """Vietnamese units and ships named without "Việt Nam" (`country_vn_units.tsv`),
    each standing for Vietnam: "Vùng 4 Hải quân", "Bộ đội Biên phòng", "tàu 016"."""
    found = [CountryMention("VNM", m.group(), m.start(), m.end())
             for gate, regex in _vn_units() if gate in text  # a plain substring test first
             for m in regex.finditer(text)]
    return sorted(found, key=lambda c: (c.start, -c.end))


@functools.lru_cache(maxsize=1)
def _side_switch() -> re.Pattern[str]:
    """Words that pass from one side to the other (`lex_side_switch.txt`): "tiếp", "với"."""
    return re.compile(r"(?i:\b(?:" + phrase_pattern(load_lines("lex_side_switch.txt")) + r")\b)")


@functools.lru_cache(maxsize=1)
def _hull_prefixes() -> tuple[re.Pattern[str], dict[str, str]]:
    """A ship named with its hull prefix (`lex_ship_prefixes.tsv`: "HMNZS Te Mana",
    "JS Izumo") and the prefix's flag state."""
    codes = {row[0]: row[1] for row in data_lines("lex_ship_prefixes.tsv") if len(row) >= 2}
    prefixes = "|".join(sorted(map(re.escape, codes), key=len, reverse=True))
    # led by the prefixes themselves (no lookbehind), so `re` skips in C to their first letters
    return re.compile(f"(?:{prefixes})" + PATTERNS["ship-name-after-prefix"].pattern), codes  # the whole name


def ships(text: str) -> list[CountryMention]:
    """Ships named with a hull prefix, each standing for its flag state: the
    crew of "HMNZS Te Mana" that calls on a command is New Zealand's side."""
    regex, codes = _hull_prefixes()
    return [CountryMention(codes[m.group().split(" ")[0].rstrip(".")], m.group(), m.start(), m.end())
            for m in regex.finditer(text) if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == ".")]


def _named_after(text: str, unit: CountryMention, foreign: list[CountryMention]) -> bool:
    """A foreign country or place right after a unit, in its clause: "Bộ đội
    Biên phòng Lào", "Vùng 3 Hải quân, Quân đội Hoàng gia Campuchia"; not one
    across a verb or "với" ("Bộ Tư lệnh Cảnh sát biển tiếp đoàn ... Nhật Bản"), nor
    one of another party joined by "và" ("Bộ CHQS tỉnh Nghệ An và đoàn Lào")."""
    gap_end = unit.end + 40
    return any(unit.end <= c.start <= gap_end and not _CLAUSE_BREAK.search(text, unit.end, c.start)
               and not _side_switch().search(text, unit.end, c.start)
               and not _UNIT_AND_ANOTHER.search(text, unit.end, c.start) for c in foreign)


def with_places(text: str, found: list[CountryMention]) -> list[CountryMention]:
    """`found` and the neighbours' provinces, cities and commands of `place_mentions`
    that no country mention covers, each standing for its country ("Quân khu tỉnh
    Vân Nam" names China), in text order."""
    places = [p for p in place_mentions(text, 0, len(text)) if not _inside_a_name(text, p.start, p.end)]
    foreign = [c for c in found + places if c.code != "VNM"]
    units = [u for u in vietnamese_units(text) if not _named_after(text, u, foreign)]
    extra: list[CountryMention] = []
    for p in places + units + ships(text):
        if not any(c.start < p.end and p.start < c.end for c in found + extra):
            extra.append(p)
    return sorted(found + extra, key=lambda c: c.start) if extra else found


@component("countries", requires=["text"], assigns=["countries"])
def countries_component(doc: Doc) -> Doc:
    """Country mentions of the cleaned text (ISO alpha-3 codes with offsets), a
    neighbour's province or command ("tỉnh Vân Nam") standing for its country;
    a Vietnamese envoy's posting ("Đại sứ Việt Nam tại Hoa Kỳ") is not one."""
    found = with_places(doc.text, find_countries(doc.text))
    posted = _postings(doc.text, found)
    for c in posted:
        drop(doc, "country", ENVOY_POSTING, c.start, c.end)
    served = [c for c in _listed_after(doc.text, found, _MISSION_BEFORE, _MISSION_GAP) if c not in posted]
    for c in served:
        drop(doc, "country", MISSION_PLACE, c.start, c.end)
    doc.countries = [c for c in found if c not in posted and c not in served] if posted or served else found
    return doc


ENVOY_POSTING = rule("country.envoy-posting", "'Đại sứ Việt Nam tại Hoa Kỳ', 'Đặc phái viên ... tại Việt Nam, Campuchia và Lào': where an envoy serves, not a side")


MISSION_PLACE = rule("country.mission-place", "'các phái bộ tại Nam Sudan, Khu vực hành chính Abyei và Cộng hòa Trung Phi', 'Bệnh viện dã chiến cấp 2 ở Nam Sudan': where a peacekeeping mission serves, not a side")
_MISSION_BEFORE = PATTERNS["mission-place-before"]
_MISSION_GAP = PATTERNS["mission-list-gap"]


def side_countries(text: str, host: bool = True) -> set[str]:
    """The codes of the countries `text` names as sides: an envoy's posting ("Đặc phái viên
    Thương mại của Thủ ttướng Anh tại Việt Nam, Lào, Campuchia và Thái Lan") and a mission's place
    are left out, as the countries component leaves them out; Việt Nam as a posting stays (the
    host) unless `host` is False."""
    found = find_countries(text)
    away = set(_postings(text, found)) | set(_listed_after(text, found, _MISSION_BEFORE, _MISSION_GAP))
    if not host:
        away |= set(_listed_after(text, found, _ENVOY_BEFORE, _POSTING_GAP, keep_vietnam=False))
    return {c.code for c in found if c not in away}


def _postings(text: str, found: list[CountryMention]) -> list[CountryMention]:
    """The foreign countries named as an envoy's posting: right after "<envoy
    title> ... tại", and the countries listed on from there ("tại Việt Nam,
    Campuchia và Lào"). Vietnam stays: as a posting it is the host, a side."""
    return _listed_after(text, found, _ENVOY_BEFORE, _POSTING_GAP)


def _listed_after(text: str, found: list[CountryMention], before: re.Pattern[str],
                  gap: re.Pattern[str], keep_vietnam: bool = True) -> list[CountryMention]:
    """The foreign countries right after "tại"/"ở" (or a special envoy's "về") closing a phrase `before`
    matches (an envoy's title, a mission), and those listed on from there (`gap` between two of them)."""
    out: list[CountryMention] = []
    listing = False
    prev_end = -1
    for c in found:
        goes_on = listing and gap.fullmatch(text, prev_end, c.start) is not None
        if not goes_on:
            # "tại", "ở" or "về" right before: a cheap test before the title is looked for
            listing = text[max(0, c.start - 6) : c.start].rstrip().endswith(("tại", "ở", "về")) \
                and before.search(text, max(0, c.start - 90), c.start) is not None
        if listing and (c.code != "VNM" or not keep_vietnam):
            out.append(c)
        prev_end = c.end
    return out
