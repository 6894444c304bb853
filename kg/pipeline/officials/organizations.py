"""Organisations: ministries, commands, departments, companies named in the text.

A name opens with a head of `lex_org_heads.txt` ("Bộ", "Cục", "Bộ Tư lệnh",
"Tập đoàn") and runs over capitalised words, and over the few lower-case
words Vietnamese names carry ("Cục Gìn giữ hòa bình Việt Nam"). Abbreviations
given in brackets ("Công nghiệp Quốc phòng (CNQP)") are expanded wherever
they recur. An organisation's country is named in it, bracketed after it, or
follows "của"; a bare "Bộ Quốc phòng" in the Vietnamese press is Vietnam's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from kg.model import Doc, Organization
from kg.pipeline.common import VNM, WORD_RE, DocIndex, doc_index, is_capitalised, is_vn_syllable, load_lines, norm_key
from kg.pipeline.mentions import OrganizationMention
from kg.pipeline.officials.lexicon import ACRONYM_WORD_RE, ASIDE_AFTER_RE, OF_RE, PATTERNS, head_start_re, org_head_re
from kg.pipeline.officials.mentions import bracketed_country


@lru_cache(maxsize=1)
def _org_heads_canon() -> dict[str, str]:
    return {norm_key(h): h for h in load_lines("lex_org_heads.txt")}


@lru_cache(maxsize=1)
def _org_breaks() -> frozenset[str]:
    return frozenset(norm_key(w) for w in load_lines("lex_org_breaks.txt"))


@lru_cache(maxsize=1)
def _org_compounds() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines("lex_org_compounds.txt"))


@lru_cache(maxsize=1)
def _org_standalone() -> frozenset[str]:
    return frozenset(norm_key(n) for n in load_lines("lex_org_standalone.txt"))


_ABBR_RE = PATTERNS["abbreviation-after"]
_COMMAND_PREFIX = "bộ tư lệnh "  # case-folded
_MINISTRY = PATTERNS["ministry"]
_VIETNAMESE_BODIES = load_lines("lex_vn_bodies.txt")
_ORG_LOWER_MAX = 4  # lower-case words an organisation's name may run through ("giữ hòa bình")
_ORG_NUM_RE = PATTERNS["org-number"]
_ORG_DASH_RE = PATTERNS["org-dash"]
_ORG_END_RE = PATTERNS["org-end"]


@dataclass
class _Found:
    name: str
    start: int
    end: int


def find_organizations(doc: Doc) -> list[OrganizationMention]:
    """Organisation mentions of the text, canonical names resolved, in order."""
    idx = doc_index(doc)
    text = doc.text
    abbrevs: dict[str, str] = {}  # "CNQP" -> "Công nghiệp Quốc phòng" or a full org name
    found: list[_Found] = []
    for m in org_head_re().finditer(text):
        words, pos = _read_name(text, m)
        completed = _complete_org(text, idx, words, pos)
        if completed is None:
            continue  # "Cục", "Cục Gìn", "Tập đoàn Công nghiệp": cut off, not a name
        words, pos = completed
        _note_abbreviation(text, words, pos, abbrevs)
        found.append(_Found(" ".join(words), m.start(), pos))
    return [_resolve(text, idx, f, abbrevs) for f in found]


def _read_name(text: str, head: re.Match[str]) -> tuple[list[str], int]:
    """The head and the capitalised words (or acronyms) after it."""
    words = [_org_heads_canon().get(norm_key(head.group()), head.group())]
    pos = head.end()
    prev_cap = True
    while True:
        w = WORD_RE.match(text, pos + 1) if text[pos : pos + 1] == " " else None
        if not w:
            w2 = ACRONYM_WORD_RE.match(text, pos)
            if w2:
                words.append(w2.group(1))
                pos, prev_cap = w2.end(), True
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
    breaks = _org_breaks()
    while len(words) > 1 and not is_capitalised(words[-1]) and words[-1] in breaks:
        words.pop()
    return words, pos


def _note_abbreviation(text: str, words: list[str], pos: int, abbrevs: dict[str, str]) -> None:
    """ "Công nghiệp Quốc phòng (CNQP)": remember what the bracketed initials stand for."""
    ab = _ABBR_RE.match(text, pos)
    if not ab:
        return
    code = ab.group(1)
    tail = words[1:]
    for k in range(len(tail)):
        if _initials(tail[k:]) == code.replace("Đ", "D"):
            abbrevs[code] = " ".join(tail[k:])
            return
    abbrevs.setdefault(code, " ".join(words))


def _initials(words: list[str]) -> str:
    return "".join(w[0].upper().replace("Đ", "D") for w in words)


def _resolve(text: str, idx: DocIndex, f: _Found, abbrevs: dict[str, str]) -> OrganizationMention:
    """The canonical name (abbreviations expanded) and the country of a found name."""
    canon = " ".join(abbrevs.get(w, w) if w in abbrevs and abbrevs[w].count(" ") < 6 else w for w in f.name.split())
    country = _country_of(text, idx, f)
    if country is None and _MINISTRY.match(canon):
        canon, country = canon + " Việt Nam", VNM
    elif country is None and canon.startswith(_VIETNAMESE_BODIES):
        foreign = [c for c in idx.countries_in(idx.paragraph_start(f.start), f.end) if c.code != VNM]
        country = None if foreign else VNM
    return OrganizationMention(canon, f.name, f.start, f.end, country)


def _country_of(text: str, idx: DocIndex, f: _Found) -> Optional[str]:
    """Named in the name, bracketed after it ("Bộ Tư lệnh Quân khu Quảng Tây (Trung
    Quốc)"), or right after "của"."""
    cs = idx.countries_in(f.start, f.end)
    if cs:
        return cs[-1].code
    tag = ASIDE_AFTER_RE.match(text, f.end, f.end + 40)
    tagged = bracketed_country(idx, tag) if tag is not None else None
    if tagged is not None:
        return tagged
    if OF_RE.match(text, f.end, f.end + 8):
        nxt = idx.countries_in(f.end, f.end + 40)
        if nxt and nxt[0].start - f.end < 15:
            return nxt[0].code
    return None


def _complete_org(text: str, idx: DocIndex, words: list[str], pos: int) -> Optional[tuple[list[str], int]]:
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
    cut_word = len(words) > 1 and is_capitalised(last) and " " not in last and is_vn_syllable(last) and not head_only
    ext, p, reached_cap, n_lower = _extend(text, list(words), pos)
    if reached_cap:
        return ext, p
    if n_lower and _ORG_END_RE.match(text, p):
        return ext, p  # the phrase ends with the name: "Cục Hợp tác quốc tế;", "Cục Bảo vệ biên giới,"
    if cut_word:
        return None
    return keep


def _extend(text: str, ext: list[str], p: int) -> tuple[list[str], int, bool, int]:
    """Read on after a name: a dash and a capitalised part, numbers ("Quân khu 7"),
    capitalised words and a few lower-case ones. Returns the words, the end,
    whether a capitalised word was reached, and how many lower-case words were read."""
    dash = _ORG_DASH_RE.match(text, p)
    if dash and not head_start_re().match(text, dash.end()):
        ext.append("-")  # "Tập đoàn Công nghiệp - Viễn thông Quân đội"
        p = dash.end() - 1
    compounds, breaks = _org_compounds(), _org_breaks()
    n_lower = 0
    reached_cap = False
    while True:
        w = WORD_RE.match(text, p + 1) if text[p : p + 1] == " " else None
        if w is None:
            num = _ORG_NUM_RE.match(text, p)
            if num and (reached_cap or n_lower == 0):
                ext.append(num.group(1))  # "Quân khu 7", "Bộ Tư lệnh Vùng 4 Hải quân"
                reached_cap, p = True, num.end()
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
    return ext, p, reached_cap, n_lower


def cut_at_names(text: str, mentions: list[OrganizationMention], name_starts: list[int]) -> list[OrganizationMention]:
    """Each organisation mention cut where a person's name begins inside it: "Bộ Quốc phòng Hoa
    Kỳ James Mattis" is "Bộ Quốc phòng Hoa Kỳ" and the minister named after it."""
    out = []
    for m in mentions:
        cut = next((st for st in name_starts if m.start < st < m.end), None)
        if cut is None:
            out.append(m)
            continue
        surface = text[m.start : cut].rstrip(" ,-–")
        tail = text[cut : m.end]
        name = m.name[: -len(tail)].rstrip(" ,-–") if m.name.endswith(tail) else surface
        out.append(OrganizationMention(name, surface, m.start, m.start + len(surface), m.country))
    return out


def merge_organizations(mentions: list[OrganizationMention]) -> list[Organization]:
    """One organisation per canonical name; its country from its first mention saying one."""
    orgs: dict[str, Organization] = {}
    for m in mentions:
        key = norm_key(m.name)
        if key not in orgs:
            orgs[key] = Organization(name=m.name, country=m.country)
        elif orgs[key].country is None:
            orgs[key].country = m.country
    return list(orgs.values())


def organization_names(doc: Doc) -> dict[str, str]:
    """Key of each organisation's name as written -> its canonical name; "Tư lệnh
    Quân khu 1" names the body "Bộ Tư lệnh Quân khu 1" commands."""
    surface: dict[str, str] = {}
    for m in doc.organization_mentions:
        surface[norm_key(m.surface)] = m.name
        if m.name.casefold().startswith(_COMMAND_PREFIX):
            surface.setdefault(norm_key(m.name[len(_COMMAND_PREFIX) :]), m.name)
    return surface


def resolve_org(doc: Doc, surface: str) -> str:
    """Canonical organisation name for a surface form seen in the text."""
    return organization_names(doc).get(norm_key(surface), surface)
