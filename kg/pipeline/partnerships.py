"""Partnerships: the diplomatic framework between two countries.

The pair comes from "Hoa Kỳ - Việt Nam" / "Việt Nam và Italia" next to the
level, else from the countries (and officials' countries) of the sentence,
else from the paragraph; a lone foreign country pairs with Vietnam, whose
press this is. `since` is read only where the sentence dates an upgrade or
establishment ("nâng cấp quan hệ lên ... vào tháng 9/2023").
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
from kg.pipeline.when import dates_of as _dates_of
from kg.model import CountryMention, DateMention, Doc, Partnership
from kg.pipeline import component


@lru_cache(maxsize=1)
def _levels() -> dict[str, str]:
    return {" ".join(r[0].casefold().split()): r[1] for r in load_tsv("lex_partnership_levels.tsv")}


@lru_cache(maxsize=1)
def _level_re() -> re.Pattern[str]:
    return _phrases_re(tuple(_levels().keys()))


@lru_cache(maxsize=None)
def _role_re(role: str) -> re.Pattern[str]:
    return _phrases_re(tsv_by_role("lex_partnership_context.tsv", role))


def _phrases_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """`(?i:phrase_pattern(phrases))`, in the form that finds the same matches faster."""
    fast = letter_led_pattern(phrases)
    return re.compile(fast if fast is not None else "(?i:" + phrase_pattern(phrases) + ")")


_PAIR_GAP = re.compile(r"^\s*(?:-|–|và|với)\s*$")
_CLAUSE_END_RE = re.compile(r"[;.]")


def _adjacent_pair(text: str, cs: list[CountryMention], anchor: int) -> Optional[tuple[str, str]]:
    """Two countries of `cs` written as a pair ("Hoa Kỳ - Việt Nam"), nearest to `anchor`."""
    best = None
    for a, b in zip(cs, cs[1:]):
        if a.code != b.code and _PAIR_GAP.match(text[a.end : b.start]):
            dist = abs(a.start - anchor)
            if best is None or dist < best[0]:
                best = (dist, (a.code, b.code))
    return best[1] if best else None


def _pair(
    doc: Doc, idx: DocIndex, si: int, pos: int, country_of: dict[str, Optional[str]]
) -> Optional[tuple[str, str]]:
    text = doc.text
    sent = idx.sentences[si]
    in_sent = idx.countries_in(sent.start, sent.end)
    pair = _adjacent_pair(text, in_sent, pos)
    if pair:
        return pair
    codes: list[str] = [c.code for c in in_sent]
    for name, a in ((o.name, o.start) for o in doc.name_occurrences):
        if sent.start <= a < sent.end:
            add_unique(codes, country_of.get(name))
    foreign = list(dict.fromkeys(c for c in codes if c and c != VNM))
    if len(foreign) == 1:
        return (VNM, foreign[0])
    if len(foreign) == 2 and VNM not in codes:
        return (foreign[0], foreign[1])
    if foreign:
        return None
    # "hai nước" with no country in the sentence: the paragraph's, then the article's
    p_lo = idx.paragraph_start(sent.start)
    para = [c.code for c in idx.countries_in(p_lo, sent.start) if c.code != VNM]
    if para:
        return (VNM, para[-1])
    top = idx.foreign_countries()
    return (VNM, top[0]) if len(top) == 1 else None


_WITH_RE = re.compile(r"\s+(?:với|cùng)\s+")
_LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:và\s+)?(?:với\s+)?|\s+và\s+(?:với\s+)?)")
_BRACKET_RE = re.compile(r"\s*\(([^()]{1,40})\)")


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


def _told(
    out: dict[tuple[tuple[str, ...], str], Partnership], pair: tuple[str, str], level: str, evidence: str
) -> Partnership:
    """The partnership of a pair at a level, made on first telling; `evidence` is added."""
    key = (tuple(sorted(pair)), level)
    p = out.get(key)
    if p is None:
        p = out[key] = Partnership(countries=key[0], level=level)  # type: ignore[arg-type]
    add_unique(p.evidence, evidence)
    return p


@component("partnerships", requires=["text", "sentences", "dates", "countries", "officials"], assigns=["partnerships"])
def partnerships_component(doc: Doc) -> Doc:
    """Partnership frameworks between two countries, with their start where dated."""
    idx = doc_index(doc)
    text = doc.text
    out: dict[tuple[tuple[str, ...], str], Partnership] = {}
    level_re = _level_re()
    country_of = {o.name: o.country for o in doc.officials}
    for si, sent in enumerate(idx.sentences):
        for m in level_re.finditer(text, sent.start, sent.end):
            clause = text[max(sent.start, m.start() - 60) : m.start()]
            if _role_re("future").search(clause):
                continue
            level = _levels()[" ".join(m.group().casefold().split())]
            evidence = text[sent.start : sent.end]
            listed = _with_list(text, idx, m.end(), sent.end)
            if listed:
                # "nâng cấp quan hệ lên <level> với New Zealand (tháng 2/2025), với Indonesia
                # và Singapore (tháng 3/2025)": Vietnam and each country of the list
                for code, since in listed:
                    p = _told(out, (VNM, code), level, evidence)
                    if p.since is None and since is not None:
                        p.since = _dates_of(idx, since)[0]
                continue
            pair = _pair(doc, idx, si, m.start(), country_of)
            if not pair or pair[0] == pair[1]:
                continue
            p = _told(out, pair, level, evidence)
            if p.since is None:
                end = _CLAUSE_END_RE.search(text, m.end(), sent.end)
                c_end = end.start() if end else sent.end
                # "nâng cấp quan hệ lên <level> vào tháng 9/2023", or the cue after
                # the level: "<level> Việt Nam - Trung Quốc được xác lập năm 2008"
                cue = _role_re("upgrade").search(text, sent.start, m.start())
                if cue is None:
                    late = _role_re("upgrade").search(text, m.end(), c_end)
                    start = late.end() if late is not None else None
                else:
                    start = m.end()
                after = idx.dates_in(start, c_end) if start is not None else []
                if after:
                    p.since = _dates_of(idx, after[0])[0]
    doc.partnerships = list(out.values())
    return doc
