"""Official mentions merged into officials, and every later occurrence of their names.

One person is mentioned many times: "Đại tướng Phan Văn Giang, Bộ trưởng Bộ
Quốc phòng", then "Đại tướng Phan Văn Giang", then "Bộ trưởng Giang"; "ông
Knapper" after "Đại sứ Marc Knapper". Mentions with the same name (or a
shorter later form of a known full name) become one `Official`, whose country
is the one said most surely (a title beats the sentence, which beats the
shape of the name). A citizen quoted with only an honorific, or a firm's
manager at a fair, acts for no state and is no official.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.ids import official_iri
from kg.model import Doc, Official, Reading
from kg.pipeline.common import VNM, add_unique, doc_index, fold_marks, norm_key
from kg.pipeline.mentions import NameOccurrence, OfficialMention
from kg.pipeline.officials.lexicon import PATTERNS, company_re, suffixes, think_tank_re
from kg.pipeline.officials.mentions import (COUNTERPART, COUNTRY_TITLED_SURNAME, INTERNATIONAL_SECRETARIAT, ONE_SYLLABLE,
                                           RANKED_SURNAME, SINGLE_NAME_TITLE, TITLE_ENDS_ON_PREPOSITION, TITLED_SURNAME)
from kg.pipeline.officials.names import is_foreign_token
from kg.pipeline.rules import drop, rule

POSITION_NAMES_ANOTHER = rule("official.position-names-another", "a position holding another official's whole name is another clause's text: dropped")
OTHER_ORDER = rule("official.name-in-other-order", "a foreign name written with its words in the other order ('Niwa Satoshi' after 'Satoshi Niwa'): the same official")
SHORT_FORM = rule("official.short-form", "a shorter later form ('Knapper') of a name read in full before")
LONE_SHORT_FORM = rule("official.lone-short-form", "a one-word name that abbreviates no full name of the article")
CITIZEN = rule("official.citizen", "only an honorific, no rank or title anywhere: a citizen quoted, not an official")
BROKEN_BY_A_SPACE = rule("official.broken-by-a-space", "a name cut by a stray space ('Min Aung Hlai ng' in a caption): the lower-case piece after it completes another official's name")
SLIP_OF_A_LETTER = rule("official.slip-of-a-letter", "a foreign name that differs from another official's of the same country in one letter of one long word ('Dimaculagan' in a caption after 'Dimaculangan'), with no title of its own or one the official holds: a slip, the same official")
VARIANT_ENDING = rule("official.variant-ending", "a foreign name whose one differing word from another official's of the same country, the other words the same, shares its first letters and differs only in a short ending ('Hendrie' in a caption after 'Hendry': y / ie), with no title of its own or one the official holds: another spelling, the same official")
SAME_NODE = rule("official.same-node", "a name that differs from another official's only in marks or case ('Ông Kiến Hòa' beside 'Ông Kiến Hoa'): one node of the graph, so one official, with the country said most surely")
QUOTED_RESEARCHER = rule("official.quoted-researcher", "no rank, every title a research body's ('Phó Viện trưởng Viện Nghiên cứu Chiến lược', 'Nghiên cứu viên') and every mention right after a 'Theo' opening its clause ('Theo TS. X, ...'): a researcher quoted for a view, not an official acting for a state")
THINK_TANK = rule("official.think-tank-researcher", "no rank and every title a research institute's or think tank's (lex_think_tanks.txt: 'Giám đốc Chương trình Đông Nam Á thuộc CSIS'): an analyst quoted, not an official")
COMPANY = rule("official.company-manager", "no rank and every title a company's (a company marker, or a manager's title before a foreign brand), and no officer heading a firm signs with them: acting for a firm, not a state")


@dataclass
class Merged:
    """The officials of a doc, how surely each one's country is known, and the
    name each mention's form stands for (to find later occurrences)."""

    officials: list[Official] = field(default_factory=list)
    strength: dict[str, int] = field(default_factory=dict)  # official name -> `OfficialMention.strength`
    alias: dict[str, str] = field(default_factory=dict)  # key of a form as written -> canonical name


def merge_officials(doc: Doc, mentions: list[OfficialMention]) -> Merged:
    """Merge mentions into officials (full names first, then the short forms they explain,
    then names cut by a stray space)."""
    idx = doc_index(doc)
    by_key: dict[str, Official] = {}
    strength: dict[str, int] = {}
    merged = Merged()
    names = {_merge_key(m.name) for m in mentions}
    broken = {id(m): whole for m in mentions if (whole := _completed(m, doc.text)) in names}
    ordered = sorted(mentions, key=lambda m: (id(m) in broken, m.short))  # stable: text order within each
    for m in ordered:
        key = _merge_key(m.name)
        target = _target(key, m, by_key, broken.get(id(m)))
        if target is None and m.short and not {RANKED_SURNAME, TITLED_SURNAME, COUNTRY_TITLED_SURNAME, ONE_SYLLABLE} & set(m.rules):
            drop(doc, "official", LONE_SHORT_FORM, m.start, m.end)
            continue
        if target is None:
            target = key
            by_key[key] = Official(name=m.name)
            strength[key] = -1
        elif target != key and _words_but_patronymic(key) == _words_but_patronymic(target):
            m.rules.append(OTHER_ORDER)
            _prefer_without_patronymic(by_key[target], m.name, merged.alias)
        elif target != key and BROKEN_BY_A_SPACE not in m.rules:
            m.rules.append(SHORT_FORM)
        off = by_key[target]
        merged.alias[key] = off.name
        _absorb(off, m)
        if m.strength > strength[target] and (m.country or INTERNATIONAL_SECRETARIAT in m.rules):
            off.country, strength[target] = m.country, m.strength  # (a secretariat's title: surely none)
        sent = idx.sentences[m.sentence] if 0 <= m.sentence < len(idx.sentences) else None
        if sent is not None:
            add_unique(off.evidence, sent.text)
            off.readings.append(Reading(sent.start, sent.end, m.start, m.end, tuple(m.rules)))
    _one_per_node(by_key, strength, merged.alias)
    merged.officials = list(by_key.values())
    merged.strength = {by_key[k].name: v for k, v in strength.items()}
    return merged


def _one_per_node(by_key: dict[str, Official], strength: dict[str, int], alias: dict[str, str]) -> None:
    """Two officials whose names differ only in marks or case ("Ông Kiến Hoa", "Ông Kiến Hòa")
    and who are given two countries would be one node of the graph representing both: they are
    one official, whose country is the one said most surely (`SAME_NODE`)."""
    first: dict[str, str] = {}  # IRI -> merge key of the official kept
    for key in list(by_key):
        node = official_iri(by_key[key].name)
        kept = first.setdefault(node, key)
        if kept == key or by_key[kept].country == by_key[key].country:
            continue  # (Hùng and Hưng of one country: two people sharing a node, which says nothing false)
        off, dup = by_key[kept], by_key.pop(key)
        dup_strength = strength.pop(key)
        if dup_strength > strength[kept] and dup.country:
            off.country, strength[kept] = dup.country, dup_strength
        off.rank = off.rank or dup.rank
        for p in dup.positions:
            add_unique(off.positions, p)
        add_unique(off.evidence, *dup.evidence)
        off.readings.extend(Reading(r.sentence_start, r.sentence_end, r.start, r.end, (*r.rules, SAME_NODE))
                            for r in dup.readings)
        for form, name in alias.items():
            if name == dup.name:
                alias[form] = off.name


def _target(key: str, m: OfficialMention, by_key: dict[str, Official], completed: str | None) -> str | None:
    """The official read before that mention `m` (merge key `key`) names, if any: the same name,
    a longer form, a spelling variant, the other word order, or the name a stray space cut."""
    if key in by_key:
        return key
    target = _longer_form(key, by_key) or _spelling_variant(key, m, by_key) or _other_order(key, m, by_key)
    for misspelt, why in ((_slip_of_a_letter, SLIP_OF_A_LETTER), (_variant_ending, VARIANT_ENDING)):
        if target is None and (target := misspelt(key, m, by_key)) is not None:
            m.rules.append(why)
    if target is None and completed in by_key:
        m.rules.append(BROKEN_BY_A_SPACE)
        return completed
    return target


_STRAY_PIECE = PATTERNS["stray-piece-after"]


def _completed(m: OfficialMention, text: str) -> str | None:
    """The merge key of `m`'s name with the lower-case piece a stray space cut off its last
    word ("Hlai ng"), when one follows it; None otherwise."""
    piece = _STRAY_PIECE.match(text, m.end) if 0 <= m.end < len(text) else None
    if piece is None or not piece.group(1).islower():
        return None
    return _merge_key(m.name + piece.group(1))


def _absorb(off: Official, m: OfficialMention) -> None:
    if m.rank and not off.rank:
        off.rank = m.rank
    for p in m.positions:
        add_unique(off.positions, p)


def _longer_form(key: str, by_key: dict[str, Official]) -> str | None:
    """The known full name a shorter form abbreviates ("knapper" -> "marc knapper")."""
    toks = _core_tokens(key)
    for k in by_key:
        kt = _core_tokens(k)
        if len(toks) < len(kt) and (kt[-len(toks) :] == toks or kt[: len(toks)] == toks):
            return k
        if len(toks) >= 2 and _without_initials(toks) == _without_initials(kt):
            return k  # "Philip Davidson" and "Philip S. Davidson": one person
    return None


def _spelling_variant(key: str, m: OfficialMention, by_key: dict[str, Official]) -> str | None:
    """An official's name as the press spells it another time in the same article:
    a Lao or Khmer name in Vietnamese syllables varies in its tone marks and in s/x
    ("Phăn Sỷ Sòn My Say", "Phăn Sỷ Xòn My Xay"). Same country, same words once
    folded. A Vietnamese name only as a slip: the same rank and no title of its own
    ("Thượng tướng Nguyễn Chí Vinh" after "Thượng tướng Nguyễn Chí Vịnh, Thứ
    trưởng ..."); Hùng and Hưng with titles of their own are two people."""
    if m.country is None or len(key.split()) < 2:
        return None
    if m.country == VNM and (not m.rank or m.positions):
        return None
    folded = _spelling_fold(key)
    for k, off in by_key.items():
        if off.country == m.country and _spelling_fold(k) == folded and (m.country != VNM or off.rank == m.rank):
            return k
    return None


MIN_SLIPPED_WORD = 7  # letters: a long foreign word, where one letter more or less is a slip, not another name


def _slip_of_a_letter(key: str, m: OfficialMention, by_key: dict[str, Official]) -> str | None:
    """A foreign official's name misspelt once ("Antonio Dimaculagan" in a caption after "Antonio
    Dimaculangan"): one word of MIN_SLIPPED_WORD letters or more differs in one letter (one more,
    one less or one other); see `_spelt_otherwise` for the rest."""
    return _spelt_otherwise(key, m, by_key, _slipped_letter)


def _slipped_letter(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= MIN_SLIPPED_WORD and _one_letter_apart(a, b)


MIN_SHARED_STEM = 5  # letters both spellings open with
MAX_VARIANT_ENDING = 2  # letters after them in each spelling ("-y" / "-ie", "-ov" / "-off", "-sky" / "-ski")


def _variant_ending(key: str, m: OfficialMention, by_key: dict[str, Official]) -> str | None:
    """A foreign official's name spelt otherwise at its end ("Marcus Hendrie" in a caption after
    "Marcus Hendry"): one word opens with the same MIN_SHARED_STEM letters or more and differs only
    in the last MAX_VARIANT_ENDING letters or fewer of each; see `_spelt_otherwise` for the rest.
    Other given names ("Mario Ruiz", "Maria Ruiz") or another stem stay two people."""
    return _spelt_otherwise(key, m, by_key, _ending_apart)


def _spelt_otherwise(key: str, m: OfficialMention, by_key: dict[str, Official],
                     words_alike: Callable[[str, str], bool]) -> str | None:
    """The key of an official of the mention's (foreign) country whose name has the same words but
    one, which `words_alike` judges a spelling of the mention's, the mention holding no title of its
    own or one the official holds ("Bộ trưởng Quốc phòng Philippines" both times)."""
    if m.country in (None, VNM) or len(key.split()) < 2:
        return None
    words = key.split()
    for k, off in by_key.items():
        other = k.split()
        if off.country != m.country or len(other) != len(words):
            continue
        slips = [(a, b) for a, b in zip(words, other) if a != b]
        if len(slips) == 1 and words_alike(*slips[0]) \
                and (not m.positions or any(p in off.positions for p in m.positions)):
            return k
    return None


def _ending_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` share a stem of MIN_SHARED_STEM letters and differ after it in a short ending."""
    stem = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return stem >= MIN_SHARED_STEM and len(a) - stem <= MAX_VARIANT_ENDING and len(b) - stem <= MAX_VARIANT_ENDING


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _other_order(key: str, m: OfficialMention, by_key: dict[str, Official]) -> str | None:
    """A foreign official's name written family name first the other time ("Satoshi Niwa",
    "Niwa Satoshi": Japanese, Korean and Chinese names go both ways in the press; "Pavel
    Muraveiko", "Muraveiko Pavel Nikolaevich"): the same words in another order, a
    patronymic aside, the same country."""
    if m.country in (None, VNM) or len(key.split()) < 2:
        return None
    words = _words_but_patronymic(key)
    return next((k for k, off in by_key.items() if off.country == m.country and _words_but_patronymic(k) == words), None)


def _words_but_patronymic(key: str) -> list[str]:
    return sorted(w for w in key.split() if not _PATRONYMIC_RE.search(w))


# a Russian or Belarusian patronymic ("Nikolaevich", "Kuzhugetovich", "Ivanovna"): the
# press adds it to a name given before in the other order ("Muraveiko Pavel Nikolaevich")
_PATRONYMIC_RE = PATTERNS["patronymic"]


def _prefer_without_patronymic(off: Official, name: str, alias: dict[str, str]) -> None:
    """Name the official by the form without a patronymic when the press gives both
    ("Muraveiko Pavel Nikolaevich" in a caption, "Pavel Muraveiko" in the body)."""
    if any(_PATRONYMIC_RE.search(w) for w in norm_key(off.name).split()) \
            and not any(_PATRONYMIC_RE.search(w) for w in norm_key(name).split()):
        old = off.name
        off.name = name
        for k, v in alias.items():
            if v == old:
                alias[k] = name


def _spelling_fold(key: str) -> str:
    """Letters without tone or vowel marks, "đ" as "d", "x" as "s", a word's final "ng"
    as "n" ("Vilay Lakhamphon", "Vilay Lakhamphong": one Lao name written twice), a hyphen
    as a space ("Han Seung-woo" in the text, "Han Seung Woo" in a caption). `key` is a merge key,
    case-folded already, so fold_marks's case fold changes nothing."""
    return _FINAL_NG.sub("n", fold_marks(key.replace("-", " ")).replace("x", "s"))


_FINAL_NG = re.compile(r"ng\b")


def _without_initials(toks: list[str]) -> list[str]:
    """Name tokens without middle initials ("s.", "j")."""
    return [t for i, t in enumerate(toks) if not (0 < i < len(toks) - 1 and len(t.rstrip(".")) == 1)]


def _merge_key(name: str) -> str:
    return norm_key(name.replace("‐", "-")).rstrip(".")


def _core_tokens(key: str) -> list[str]:
    """Name tokens without generational suffixes, to fold "Brawner" into "Romeo Brawner Jr."."""
    sfx = {x.casefold().rstrip(".") for x in suffixes()}
    toks = key.split()
    while len(toks) > 1 and toks[-1].rstrip(".") in sfx:
        toks.pop()
    return toks


def positions_free_of_names(doc: Doc, officials: list[Official]) -> None:
    """A position never names another official: one that holds another's whole
    name ("Bộ trưởng ... tiếp Bộ trưởng Quốc phòng Nhật Bản Nakatani Gen") is the
    text of another clause read as a title, and is dropped."""
    names = {tuple(norm_key(o.name).split()) for o in officials}
    names = {n for n in names if len(n) >= 2}
    for off in officials:
        own = tuple(norm_key(off.name).split())
        kept = []
        for position in off.positions:
            words = norm_key(position).split()
            runs = {tuple(words[i : i + len(n)]) for n in names if n != own for i in range(len(words) - len(n) + 1)}
            if runs & (names - {own}):
                r = off.readings[0] if off.readings else None
                drop(doc, "official", POSITION_NAMES_ANOTHER, r.start if r else 0, r.end if r else 0)
            else:
                kept.append(position)
        off.positions[:] = kept


def acting_for_a_state(doc: Doc, officials: list[Official]) -> list[Official]:
    """The officials with a rank or a title that is not only a company's; the
    others are recorded as dropped."""
    out = []
    military_firms = _military_firm_signings(officials)
    for off in officials:
        if not (off.rank or off.positions or _titled_otherwise(off)):
            reason = CITIZEN
        elif _speaks_for_a_company(off) and not any(s in military_firms for s in off.evidence):
            reason = COMPANY
        elif _speaks_for_a_think_tank(off):
            reason = THINK_TANK
        elif _quoted_researcher(doc.text, off):
            reason = QUOTED_RESEARCHER
        else:
            out.append(off)
            continue
        for r in off.readings:
            drop(doc, "official", reason, r.start, r.end)
    return out


def _titled_otherwise(off: Official) -> bool:
    """Named as a counterpart, by a peer's or monarch's title, or as the one a command or an
    office is told of ("dưới sự chỉ huy của đồng chí X": the title is not written as his,
    but he holds one): an official though no position is written."""
    marks = (COUNTERPART, SINGLE_NAME_TITLE, TITLE_ENDS_ON_PREPOSITION)
    return any(m in r.rules for r in off.readings for m in marks)


def name_occurrences(doc: Doc, officials: list[Official], alias: dict[str, str]) -> list[NameOccurrence]:
    """Every occurrence of an official's name (or a form of it read in the
    article) in the text, anchored or not: where events and agreements find
    who took part."""
    names = {norm_key(o.name): o.name for o in officials}
    for k, v in alias.items():
        if norm_key(v) in names:
            names.setdefault(k, v)
    text = doc.text
    out = []
    for a, b in find_names(text, sorted(names, key=len, reverse=True)):
        canon = names.get(norm_key(text[a:b]))
        if canon:
            out.append(NameOccurrence(canon, a, b))
    return out


def find_names(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Spans of the names in `text`, whole words, case ignored (the text and
    the names lower-cased character by character), leftmost first, the earlier
    name winning a tie, no two spans overlapping.

    `str.find` on the lower-cased text: compiling a pattern per article -- or
    per name, for an archive with thousands of names -- costs more than the
    search itself."""
    low, lows = _lower(text), [_lower(n) for n in names]
    n = len(text)
    hits: list[tuple[int, int, int]] = []  # (start, order, end)
    for order, name in enumerate(lows):
        if not name:
            continue
        size = len(name)
        p = low.find(name)
        while p >= 0:
            e = p + size
            if (p == 0 or not _is_word(text[p - 1])) and (e == n or not _is_word(text[e])):
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


def _lower(text: str) -> str:
    """`text.lower()`, one character for one: a character whose lower case is
    longer ("İ") stays as it is, so offsets into the result are offsets into `text`."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_word(ch: str) -> bool:
    """A character that continues a word (as `re`'s \\w)."""
    return ch.isalnum() or ch == "_"


_BRAND_MANAGER_RE = PATTERNS["brand-manager"]


def _speaks_for_a_company(off: Official) -> bool:
    """No rank and every title a company's: a firm's manager at a fair or at a
    signing between firms, acting for the firm, not for a state (the gold's
    business people). A title is a company's when it names a company marker
    ("Tổng Giám đốc Công ty ...", "Phó Chủ tịch Tập đoàn ...") or is a manager's
    title before one foreign brand ("Phó Tổng Giám đốc Rosoboronexport"; an
    agency's acronym, "Giám đốc DAPA", is not a brand)."""
    if off.rank or not off.positions:
        return False
    return all(_a_company_title(p) for p in off.positions)


def _speaks_for_a_think_tank(off: Official) -> bool:
    """No rank and every title a think tank's: a researcher quoted on the story ("ông X,
    Giám đốc Chương trình Đông Nam Á thuộc CSIS"), speaking for no state."""
    if off.rank or not off.positions:
        return False
    return all(think_tank_re().search(p) for p in off.positions)


_QUOTED_SOURCE = PATTERNS["quoted-source-before"]
_RESEARCH_TITLE = PATTERNS["research-title"]


def _quoted_researcher(text: str, off: Official) -> bool:
    """No rank, every title a research body's, and every mention the source a clause opens with
    ("Theo TS. X, Phó Viện trưởng Viện Nghiên cứu Chiến lược, ... cho thấy ..."): a researcher
    quoted for a view. One named at a meeting ("phía Hàn Quốc có Tiến sĩ X, Giám đốc Trung tâm ...
    thuộc Viện Nghiên cứu ...") or by a rank stays an official."""
    if off.rank or not off.positions or not off.readings:
        return False
    if not all(_RESEARCH_TITLE.search(p) for p in off.positions):
        return False
    return all(_QUOTED_SOURCE.search(text[r.sentence_start : r.start]) for r in off.readings)


def _military_firm_signings(officials: list[Official]) -> set[str]:
    """Sentences where an officer heading a firm (named or by acronym: "Tổng giám đốc
    VHT") signs ("Ký kết có Đại tá X, Tổng giám đốc VHT và ông Y, Tổng giám đốc PT Len
    Industri"): a military enterprise's deal with its partner firm is defence
    cooperation, and the partner's manager signs for it; between firms run by
    civilians ("Công ty cổ phần ...") nobody acts for a state."""
    out: set[str] = set()
    for off in officials:
        if off.rank and off.positions and all(_a_company_title(p) or _BRAND_MANAGER_RE.fullmatch(p) for p in off.positions):
            out.update(s for s in off.evidence if _SIGNS_RE.search(s))
    return out


_SIGNS_RE = PATTERNS["signs"]


def _a_company_title(position: str) -> bool:
    if company_re().search(position):
        return True
    brand = _BRAND_MANAGER_RE.fullmatch(position)
    return brand is not None and not brand.group("brand").isupper() and is_foreign_token(brand.group("brand"))
