"""The `partnerships` component: the diplomatic framework between two countries.

The pair comes from "Hoa Kỳ - Việt Nam" / "Việt Nam và Italia" next to the
level, else from the countries (and officials' countries) of the sentence,
else from the paragraph; a lone foreign country pairs with Vietnam, whose
press this is. `since` is read only where the sentence dates an upgrade or
establishment ("nâng cấp quan hệ lên ... vào tháng 9/2023").

Three steps: find the mentions of a level (not a goal: "hướng tới ..."),
resolve the pair (or the list of partners) and the date, and merge the
tellings of one partnership.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.pipeline.common import (
    VNM,
    DocIndex,
    add_unique,
    doc_index,
    letter_led_pattern,
    load_tsv,
    phrase_pattern,
    tsv_by_role,
)
from kg.model import PARTNERSHIP_LEVELS, CountryMention, DateMention, Doc, PartialDate, Partnership, Reading, Sentence
from kg.pipeline import component
from kg.pipeline.mentions import PartnerPair, PartnershipMention
from kg.pipeline.patterns import named_patterns
from kg.pipeline.rules import drop, rule
from kg.pipeline.when import dates_of


@lru_cache(maxsize=1)
def levels() -> dict[str, str]:
    return {" ".join(r[0].casefold().split()): r[1] for r in load_tsv("lex_partnership_levels.tsv")}


@lru_cache(maxsize=1)
def level_re() -> re.Pattern[str]:
    return _phrases_re(tuple(levels().keys()))


@lru_cache(maxsize=None)
def _role_re(role: str) -> re.Pattern[str]:
    return _phrases_re(tsv_by_role("lex_partnership_context.tsv", role))


def _phrases_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """`(?i:phrase_pattern(phrases))`, in the form that finds the same matches faster."""
    fast = letter_led_pattern(phrases)
    return re.compile(fast if fast is not None else "(?i:" + phrase_pattern(phrases) + ")")


PATTERNS = named_patterns("partnership_patterns.tsv")  # each with its comment there
_PAIR_GAP = PATTERNS["pair-gap"]
_CLAUSE_END_RE = PATTERNS["clause-end"]
_LIST_COMMA = PATTERNS["list-comma"]


def _adjacent_pair(text: str, cs: list[CountryMention], anchor: int) -> Optional[tuple[str, str]]:
    """Two countries of `cs` written as a pair ("Hoa Kỳ - Việt Nam"), nearest to `anchor`;
    not two foreign countries closing or opening a longer list ("Trung Quốc, Hoa Kỳ và
    Nhật Bản": the partners a level is told of, not a pair of theirs)."""
    best = None
    for i, (a, b) in enumerate(zip(cs, cs[1:])):
        if a.code == b.code or not _PAIR_GAP.match(text[a.end : b.start]):
            continue
        if VNM not in (a.code, b.code) and _in_longer_list(text, cs, i):
            continue
        dist = abs(a.start - anchor)
        if best is None or dist < best[0]:
            best = (dist, (a.code, b.code))
    return best[1] if best else None


def _in_longer_list(text: str, cs: list[CountryMention], i: int) -> bool:
    """The pair cs[i], cs[i+1] has a country joined to it by a comma on either side."""
    before = i > 0 and _LIST_COMMA.fullmatch(text, cs[i - 1].end, cs[i].start) is not None
    after = i + 2 < len(cs) and _LIST_COMMA.fullmatch(text, cs[i + 1].end, cs[i + 2].start) is not None
    return before or after


def _clause_codes(text: str, idx: DocIndex, sent: Sentence, pos: int, country_of: dict[str, Optional[str]],
                  rules: list[str]) -> list[str]:
    """The countries and officials' countries of the clause (between semicolons) holding
    `pos` when it names a foreign one ("Với phía Australia, ... Đối tác ... ; phía Pháp
    đề nghị ...": Australia's, `CLAUSE_PAIR`), else of the whole sentence."""
    def codes_in(start: int, end: int) -> list[str]:
        codes: list[str] = [c.code for c in idx.countries_in(start, end)]
        for o in idx.names_in(start, end):
            add_unique(codes, country_of.get(o.name))
        return codes

    lo = max(sent.start, text.rfind(";", sent.start, pos) + 1)
    semi = text.find(";", pos, sent.end)
    hi = semi if semi >= 0 else sent.end
    if (lo, hi) != (sent.start, sent.end):
        clause = codes_in(lo, hi)
        if lo == sent.start or any(c and c != VNM for c in clause):  # the first clause: its own, even with none
            rules.append(CLAUSE_PAIR)
            return clause
    return codes_in(sent.start, sent.end)


def _pair(
    doc: Doc, idx: DocIndex, si: int, pos: int, country_of: dict[str, Optional[str]], rules: list[str]
) -> Optional[tuple[str, str]]:
    """The two countries a level at `pos` relates (see the module's docstring)."""
    text = doc.text
    sent = idx.sentences[si]
    in_sent = idx.countries_in(sent.start, sent.end)
    pair = _adjacent_pair(text, in_sent, pos)
    if pair:
        rules.append(ADJACENT)
        return pair
    codes = _clause_codes(text, idx, sent, pos, country_of, rules)
    foreign = list(dict.fromkeys(c for c in codes if c and c != VNM))
    if foreign:
        rules.append(SENTENCE_PAIR)
    if len(foreign) == 1:
        return (VNM, foreign[0])
    if len(foreign) == 2 and VNM not in codes:
        return (foreign[0], foreign[1])
    if foreign:
        return None
    return _context_pair(idx, sent, country_of, rules)


def _context_pair(idx: DocIndex, sent: Sentence, country_of: dict[str, Optional[str]], rules: list[str]) -> Optional[tuple[str, str]]:
    """ "hai nước" with no country in the sentence: the paragraph's (its countries, else its
    officials': "Chủ tịch nước X tiếp Bộ trưởng Y. ... quan hệ ... mà hai nước thiết lập"),
    then the article's, then the one told before the sentence (`CONTEXT_BEFORE`: an item
    or caption glued after the story does not make "hai nước" ambiguous), then, for a sentence saying "hai nước", the
    paragraph right before's (`CONTEXT_PARAGRAPH_BEFORE`)."""
    rules.append(CONTEXT_PAIR)
    p_lo = idx.paragraph_start(sent.start)
    para = [c.code for c in idx.countries_in(p_lo, sent.start) if c.code != VNM]
    if para:
        return (VNM, para[-1])
    people = list(dict.fromkeys(c for o in idx.names_in(p_lo, sent.start) if (c := country_of.get(o.name)) and c != VNM))
    if len(people) == 1:
        rules.append(CONTEXT_OFFICIALS)
        return (VNM, people[0])
    top = idx.foreign_countries()
    if len(top) == 1:
        return (VNM, top[0])
    before = list(dict.fromkeys(c.code for c in idx.countries_in(0, sent.start) if c.code != VNM))
    if len(before) == 1:
        rules.append(CONTEXT_BEFORE)
        return (VNM, before[0])
    if _TWO_COUNTRIES_RE.search(idx.doc.text, sent.start, sent.end) is None:
        return None
    return _paragraph_before_pair(idx, p_lo, rules)


_TWO_COUNTRIES_RE = PATTERNS["two-countries-told-back"]


def _paragraph_before_pair(idx: DocIndex, p_lo: int, rules: list[str]) -> Optional[tuple[str, str]]:
    """ "hai nước" on a page naming several, told before its paragraph names any (a round-up of briefs: "Chiều 19/3,
    tại Seoul, ... Đối thoại ... Việt Nam - Hàn Quốc lần thứ 12." then "Tại đối thoại, ... kể từ khi hai nước nâng
    cấp quan hệ lên Đối tác chiến lược toàn diện ..."): the one foreign country of the paragraph right before
    (`CONTEXT_PARAGRAPH_BEFORE`)."""
    end = len(idx.doc.text[:p_lo].rstrip())
    if end <= 0:
        return None
    lo = idx.paragraph_start(end - 1)
    told = list(dict.fromkeys(c.code for c in idx.countries_in(lo, p_lo) if c.code != VNM))
    if len(told) != 1:
        return None
    rules.append(CONTEXT_PARAGRAPH_BEFORE)
    return (VNM, told[0])


_WITH_RE = PATTERNS["with"]
_LIST_GAP_RE = PATTERNS["list-gap"]
_BRACKET_RE = PATTERNS["bracket"]


def _with_list(text: str, idx: DocIndex, pos: int, hi: int) -> list[tuple[str, Optional[DateMention]]]:
    """Countries listed after a level with "với", each with the date bracketed after
    it or, failing that, the next one given in the list: [(code, date), ...]."""
    w = _WITH_RE.match(text, pos, hi)
    if w is None:
        return []
    out: list[tuple[str, Optional[DateMention]]] = []
    undated: list[str] = []
    p = w.end()
    while True:
        cs = idx.countries_in(p, min(hi, p + 40))
        if not cs or cs[0].start != p or cs[0].code == VNM:
            break
        code, p = cs[0].code, cs[0].end
        br = _BRACKET_RE.match(text, p, hi)
        if br:
            dates = idx.dates_in(br.start(1), br.end(1))
            p = br.end()
            if dates:
                out += [(c, dates[0]) for c in undated] + [(code, dates[0])]
                undated = []
            else:
                undated.append(code)
        else:
            undated.append(code)
        gap = _LIST_GAP_RE.match(text, p, hi)
        if gap is None:
            break
        p = gap.end()
    return out + [(c, None) for c in undated]


FUTURE = rule("partnership.goal", "a goal or plan before the level ('hướng tới', 'sẽ nâng cấp'): not the relation today")
LISTED = rule("partnership.listed", "'... với New Zealand (tháng 2/2025), với Indonesia và Singapore', 'với Hoa Kỳ (9/2023) và Nhật Bản (11/2023) lên ...': Vietnam and each country listed")
ADJACENT = rule("partnership.pair-written", "the pair written next to each other: 'Hoa Kỳ - Việt Nam', 'Việt Nam và Italia'")
SENTENCE_PAIR = rule("partnership.pair-of-sentence", "the countries (and officials' countries) of the sentence; one foreign pairs with Vietnam")
CONTEXT_PAIR = rule("partnership.pair-of-context", "'hai nước' with no country in the sentence: the paragraph's, then the article's")
MECHANISM = rule("partnership.mechanism-name", "right after 'Đối thoại', 'cơ chế': the name of a mechanism, not the relation")
CONTEXT_BEFORE = rule("partnership.pair-told-before", "'hai nước' with no country in the sentence, its paragraph or officials, the article naming several: Vietnam and the one foreign country named before the sentence (a glued item or caption after the story names the others)")
CLAUSE_PAIR = rule("partnership.pair-of-clause", "the countries of the level's clause between semicolons when it names a foreign one ('Với phía Australia, ... Đối tác chiến lược toàn diện ...; phía Pháp đề nghị ...')")
CONTEXT_OFFICIALS = rule("partnership.pair-of-paragraph-officials", "'hai nước' with no country in the sentence nor before it in the paragraph: Vietnam and the one foreign country of the paragraph's officials ('Chủ tịch nước X tiếp Bộ trưởng Y. ... quan hệ Đối tác ... mà hai nước thiết lập')")
CONTEXT_PARAGRAPH_BEFORE = rule("partnership.context-paragraph-before", "'hai nước' with no country in its sentence or paragraph, on a page naming several: the one foreign country of the paragraph right before")
NO_PAIR = rule("partnership.no-pair", "no pair of countries can be told")
PAIRS_LISTED = rule("partnership.pairs-listed", "'quan hệ Việt Nam - Indonesia và Việt Nam - Singapore cùng được nâng lên <level>': two or more pairs with Vietnam written before the level in its clause, Vietnam and each")
BELOW_HIGHER = rule("partnership.below-a-higher-level", "a pair the article also gives a higher level ('Đối tác chiến lược toàn diện giữa Việt Nam và Nga', then 'Việt Nam, đối tác chiến lược của Nga'): the level told short or the one it was raised from, not a second relation")
SINCE = rule("partnership.since", "the sentence dates the upgrade or establishment")
SINCE_BEFORE = rule("partnership.since-date-before-cue", "the date opening the upgrade's clause, no report, reception or anniversary word between it and the cue ('Năm 2011, hai nước nâng cấp quan hệ lên ...', 'Tuyên bố chung năm 2023 về nâng cấp quan hệ ... lên ...')")
NOT_RAISED = rule("partnership.deepened-not-raised", "'nâng cấp'/'nâng tầm' with no 'lên'/'thành' before the level ('làm sâu sắc và nâng tầm quan hệ Đối tác ... (tháng 12/2023)'): the level held is deepened, the date is not its start")


_BLANKS_RE = re.compile(r"\s+")


def _after_mechanism_word(text: str, lo: int, pos: int) -> bool:
    """A mechanism word right before `pos` ("Đối thoại đối tác chiến lược")."""
    last = None
    for last in _role_re("mechanism").finditer(text, max(lo, pos - 16), pos):
        pass
    return last is not None and _BLANKS_RE.fullmatch(text, last.end(), pos) is not None


_UP_TO_RE = PATTERNS["up-to"]
_WITH_BEFORE_RE = PATTERNS["with-before"]
_LIST_GOES_ON_RE = PATTERNS["list-goes-on"]
_WISH_RE = PATTERNS["wish-to-upgrade"]


def _with_list_before(text: str, idx: DocIndex, sent: Sentence, level_start: int) -> list[tuple[str, Optional[DateMention]]]:
    """Two or more countries listed before "lên <level>": "nâng cấp quan hệ với Hoa
    Kỳ (tháng 9/2023) và Nhật Bản (tháng 11/2023) lên <level>"."""
    if not _UP_TO_RE.search(text, max(sent.start, level_start - 16), level_start):
        return []
    withs = list(_WITH_BEFORE_RE.finditer(text, max(sent.start, level_start - 160), level_start))
    while len(withs) > 1 and _LIST_GOES_ON_RE.search(text[withs[-2].end() : withs[-1].start()] or "x"):
        withs.pop()  # "với Hoa Kỳ và với Nhật Bản": the list opens at the first "với"
    if not withs:
        return []
    listed = _with_list(text, idx, withs[-1].start(), level_start)
    named = [c.code for c in idx.countries_in(withs[-1].start(), level_start)]
    return listed if listed and named == [code for code, _ in listed] else []


_PLURAL_BEFORE_RE = PATTERNS["plural-before"]


def _apposed_list(text: str, idx: DocIndex, sent: Sentence, level_start: int, level_end: int) -> list[tuple[str, Optional[DateMention]]]:
    """Foreign countries named before "những <level>" in its clause: "Hợp tác với
    Australia và Hàn Quốc, những đối tác chiến lược toàn diện từ tháng 3/2024 và
    tháng 12/2022": each is Vietnam's, dated in order when the dates match the list."""
    if not _PLURAL_BEFORE_RE.search(text, max(sent.start, level_start - 8), level_start):
        return []
    lo = max(sent.start, text.rfind(";", sent.start, level_start) + 1, text.rfind(".", sent.start, level_start) + 1)
    codes = list(dict.fromkeys(c.code for c in idx.countries_in(lo, level_start) if c.code != VNM))
    end = _CLAUSE_END_RE.search(text, level_end, sent.end)
    dates = idx.dates_in(level_end, end.start() if end else sent.end)
    if len(dates) != len(codes):
        dates = []
    return [(code, dates[i] if dates else None) for i, code in enumerate(codes)]


HELD = rule("partnership.goal-to-deepen", "a goal word before the level with a verb working on the relation between them ('hướng tới làm sâu sắc hơn quan hệ Đối tác chiến lược ...', 'hướng tới củng cố ...'): the relation is held today, the goal is to deepen it")


def _aims_at_the_level(before: str) -> Optional[bool]:
    """Whether a goal word in `before` (the text right before a level) makes the level an aim
    (`FUTURE`); None when a verb working on the relation held stands after the goal word ("hướng tới
    làm sâu sắc hơn quan hệ <level>", `HELD`) and no upgrade word follows it ("hướng tới củng cố
    và nâng cấp quan hệ lên <level>" is an aim)."""
    goal = None
    for goal in _role_re("future").finditer(before):
        pass
    if goal is None:
        return False
    after = before[goal.end():]
    if _role_re("held").search(after) and not _role_re("upgrade").search(after):
        return None
    return True


def find_partnership_mentions(doc: Doc) -> list[PartnershipMention]:
    """Every level told as a relation, with its pair(s) resolved, in order."""
    idx = doc_index(doc)
    text = doc.text
    country_of = {o.name: o.country for o in doc.officials}
    out: list[PartnershipMention] = []
    for si, sent in enumerate(idx.sentences):
        for m in level_re().finditer(text, sent.start, sent.end):
            before = text[max(sent.start, m.start() - 80) : m.start()]
            aimed = _aims_at_the_level(before[-60:])
            if aimed or _WISH_RE.search(before):
                drop(doc, "partnership", FUTURE, m.start(), m.end())
                continue
            if _after_mechanism_word(text, sent.start, m.start()):
                drop(doc, "partnership", MECHANISM, m.start(), m.end())
                continue
            level = levels()[" ".join(m.group().casefold().split())]
            mention = PartnershipMention(level, m.start(), m.end(), si)
            if aimed is None:
                mention.rules.append(HELD)
            _resolve(doc, idx, sent, mention, country_of)
            if mention.pairs:
                out.append(mention)
            else:
                drop(doc, "partnership", NO_PAIR, m.start(), m.end())
    return out


_PAIRS_JOIN_RE = PATTERNS["pairs-join"]
_PAIRS_TO_LEVEL_RE = PATTERNS["pairs-to-level"]


def _vietnam_pair(text: str, a: CountryMention, b: CountryMention) -> bool:
    return a.code != b.code and VNM in (a.code, b.code) and _PAIR_GAP.match(text[a.end : b.start]) is not None


def _written_pairs_before(text: str, idx: DocIndex, sent: Sentence, level_start: int) -> list[str]:
    """The foreign countries of two or more pairs with Vietnam written as one list right
    before the level: "quan hệ Việt Nam - Indonesia và Việt Nam - Singapore cùng được
    nâng lên <level>" (one pair written alone is `_adjacent_pair`'s)."""
    lo = max(sent.start, text.rfind(";", sent.start, level_start) + 1, text.rfind(".", sent.start, level_start) + 1)
    cs = idx.countries_in(lo, level_start)
    chain: list[tuple[CountryMention, CountryMention]] = []
    i = 0
    while i + 1 < len(cs):
        if not _vietnam_pair(text, cs[i], cs[i + 1]):
            chain, i = [], i + 1
            continue
        if chain and not _PAIRS_JOIN_RE.fullmatch(text, chain[-1][1].end, cs[i].start):
            chain = []
        chain.append((cs[i], cs[i + 1]))
        i += 2
    if len(chain) < 2 or chain[-1][1] is not cs[-1]:
        return []
    if not _PAIRS_TO_LEVEL_RE.fullmatch(text, cs[-1].end, level_start):
        return []
    foreign = list(dict.fromkeys(c.code for pair in chain for c in pair if c.code != VNM))
    return foreign if len(foreign) >= 2 else []


def _resolve(doc: Doc, idx: DocIndex, sent: Sentence, mention: PartnershipMention,
             country_of: dict[str, Optional[str]]) -> None:
    """The pairs the level relates, and since when."""
    text = doc.text
    listed = (_with_list(text, idx, mention.end, sent.end) or _with_list_before(text, idx, sent, mention.start)
              or _apposed_list(text, idx, sent, mention.start, mention.end))
    if listed:
        # "nâng cấp quan hệ lên <level> với New Zealand (tháng 2/2025), với Indonesia
        # và Singapore (tháng 3/2025)": Vietnam and each country of the list
        told = _since(text, idx, sent, mention) if any(since is None for _, since in listed) else None
        mention.pairs = [PartnerPair((VNM, code), dates_of(idx, since)[0] if since else told) for code, since in listed]
        mention.rules.append(LISTED)
        return
    written = _written_pairs_before(text, idx, sent, mention.start)
    if written:
        since = _since(text, idx, sent, mention)
        mention.pairs = [PartnerPair((VNM, code), since) for code in written]
        mention.rules.append(PAIRS_LISTED)
        return
    pair = _pair(doc, idx, mention.sent, mention.start, country_of, mention.rules)
    if not pair or pair[0] == pair[1]:
        return
    since = _since(text, idx, sent, mention)
    if since is not None:
        mention.rules.append(SINCE)
    mention.pairs = [PartnerPair(pair, since)]


_RAISE_VERB = PATTERNS["raise-verb"]
_RAISED_TO = PATTERNS["raised-to"]
_SINCE_BEFORE_BLOCKER = PATTERNS["since-before-blocker"]


def _since(text: str, idx: DocIndex, sent: Sentence, mention: PartnershipMention) -> Optional[PartialDate]:
    """ "nâng cấp quan hệ lên <level> vào tháng 9/2023", or the cue after the
    level: "<level> Việt Nam - Trung Quốc được xác lập năm 2008", or the date
    opening the clause of the cue: "Năm 2011, hai nước nâng cấp quan hệ lên <level>"."""
    end = _CLAUSE_END_RE.search(text, mention.end, sent.end)
    c_end = end.start() if end else sent.end
    cue = _upgrade_cue_before(text, sent, mention)
    if cue is None:
        late = _role_re("upgrade").search(text, mention.end, c_end)
        start = late.end() if late is not None else None
    else:
        start = mention.end
    after = idx.dates_in(start, c_end) if start is not None else []
    if after:
        return dates_of(idx, after[0])[0]
    opening = _date_opening_clause(text, idx, sent, cue) if cue is not None else None
    if opening is not None:
        mention.rules.append(SINCE_BEFORE)
    return opening


def _upgrade_cue_before(text: str, sent: Sentence, mention: PartnershipMention) -> Optional[re.Match[str]]:
    """The last upgrade cue before the level in its sentence; "nâng cấp"/"nâng tầm" only
    with "lên"/"thành" between (`NOT_RAISED`: "nâng tầm quan hệ <level>" deepens it)."""
    last = None
    for last in _role_re("upgrade").finditer(text, sent.start, mention.start):
        pass
    if last is None or not _RAISE_VERB.match(last.group()):
        return last
    if _RAISED_TO.search(text, last.end(), mention.start):
        return last
    mention.rules.append(NOT_RAISED)
    return None


def _date_opening_clause(text: str, idx: DocIndex, sent: Sentence, cue: re.Match[str]) -> Optional[PartialDate]:
    """The last date between the clause's start and the upgrade cue, none of the
    report's words between (`SINCE_BEFORE`: "Ngày 17/11/2015, hai nước chính thức thiết
    lập ...", "Tuyên bố chung năm 2023 về nâng cấp quan hệ ... lên ..."; not "Sáng 5/6,
    Thượng tướng X tiếp ..., khẳng định hai nước đã nâng cấp ...")."""
    lo = max(sent.start, text.rfind(";", sent.start, cue.start()) + 1)
    before = idx.dates_in(lo, cue.start())
    if not before or _SINCE_BEFORE_BLOCKER.search(text, before[-1].end, cue.start()):
        return None
    return dates_of(idx, before[-1])[0]


def merge_partnerships(doc: Doc, mentions: list[PartnershipMention]) -> list[Partnership]:
    """One partnership per pair and level, dated by its first telling that dates it."""
    idx = doc_index(doc)
    out: dict[tuple[tuple[str, ...], str], Partnership] = {}
    for mention in mentions:
        sent = idx.sentences[mention.sent]
        for pair in mention.pairs:
            key = (tuple(sorted(pair.countries)), mention.level)
            p = out.get(key)
            if p is None:
                p = out[key] = Partnership(countries=key[0], level=mention.level)  # type: ignore[arg-type]
            add_unique(p.evidence, sent.text)
            p.readings.append(Reading(sent.start, sent.end, mention.start, mention.end, tuple(mention.rules)))
            if p.since is None and pair.since is not None:
                p.since = pair.since
    return _highest_of_each_pair(doc, list(out.values()))


def _highest_of_each_pair(doc: Doc, found: list[Partnership]) -> list[Partnership]:
    """One level a pair: a lower one the article also tells (the higher shortened, or the
    level it was raised from) is dropped (`BELOW_HIGHER`)."""
    best: dict[tuple[str, str], int] = {}
    for p in found:
        best[p.countries] = min(best.get(p.countries, len(PARTNERSHIP_LEVELS)), PARTNERSHIP_LEVELS.index(p.level))
    kept = []
    for p in found:
        if PARTNERSHIP_LEVELS.index(p.level) == best[p.countries]:
            kept.append(p)
            continue
        for r in p.readings:
            drop(doc, "partnership", BELOW_HIGHER, r.start, r.end)
    return kept


@component(
    "partnerships",
    requires=["text", "sentences", "dates", "countries", "officials", "name_occurrences"],
    assigns=["partnership_mentions", "partnerships"],
)
def partnerships_component(doc: Doc) -> Doc:
    """Partnership frameworks between two countries, with their start where dated."""
    doc.partnership_mentions = find_partnership_mentions(doc)
    doc.partnerships = merge_partnerships(doc, doc.partnership_mentions)
    return doc
