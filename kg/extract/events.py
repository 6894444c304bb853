"""Events: exhibitions, dialogues, talks, visits, conferences, meetings...

A trigger word opens a mention. A *named* mention ("Triển lãm Quốc phòng
quốc tế Việt Nam 2024", "Đối thoại chính sách quốc phòng Việt Nam - Italia
lần thứ 5") is keyed by its name so the ten mentions of one exhibition make
one Event; a bare mention ("Tại hội nghị", "Kết thúc hội đàm") refers back to
the latest event of its type. Anonymous happenings (talks, visits, meetings)
open an event only when reported as fact with a named participant or a date;
wishes and proposals ("đề nghị duy trì các cơ chế như Giao lưu ...") never do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from kg.extract.common import (
    ORDINAL_RE,
    VNM,
    DocIndex,
    add_unique,
    doc_index,
    is_capitalised,
    letter_led_pattern,
    load_lines,
    load_tsv,
    norm_key,
    ordinal_value,
    phrase_pattern,
    tsv_by_role,
)
from kg.extract.officials import _org_head_re, official_occurrences, resolve_org, ship_prefixes
from kg.model import CountryMention, DateMention, Doc, Event, PartialDate, Sentence
from kg.pipeline import component

_YEAR_RE = re.compile(r"\s*(?:năm\s+)?((?:19|20)\d{2})(?!\w|/|-)")
_TOKEN_RE = re.compile(r"\s*([^\s,.;:!?()“”\"…]+)")
# a date after an event's name belongs to it only when introduced as its time
# ("diễn ra tại Hà Nội hôm qua (15/3)": the place may come between the verb and the date)
_DATE_CUE_RE = re.compile(
    r"(?:(?<!kể )từ|vào|hồi|diễn ra|trong|khai mạc|kéo dài|tổ chức)(?:\s+(?:tại|ở)\s+[^,.;:()]{1,50}?)?"
    r"\s+(?:các\s+)?(?:ngày|hôm(?:\s+qua|\s+nay)?|sáng|chiều|tối|tháng|năm|dịp)?\s*\(?\s*$",
    re.I,
)
_CUE_WINDOW = 80  # characters before a date searched for its cue
# a time of day right before a date makes it the time of the clause: "sáng 5/6", "hôm qua (15/3)"
# ("ngày" is not one: "kéo dài đến ngày 18-3")
_TIME_WORD_RE = re.compile(r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa|đêm|hôm)(?:\s+(?:qua|nay|mai))?\s*\(?\s*$")
# what may stand before a date that opens its sentence: "Sáng ", "Hôm qua (", "Trong hai ngày ",
# "TTO - Chiều ", "(Dân trí) - Ngày " -- not "Triển lãm diễn ra đến ngày "
_DATE_OPENER_RE = re.compile(
    r"(?i)(?:[^\n]{0,30}?\s[-–—]\s+)?(?:(?:cũng|vào|trong|từ|sáng|chiều|tối|trưa|đêm|hôm|ngày|qua|nay|buổi|các|hai|ba)\s*)*\(?\s*$"
)
_FACT_VERB_BEFORE_RE = re.compile(r"(?<!\w)(?:đã|đang|vừa)\s+$")
# "Lần giao lưu thứ 8": an edition named by its number around a bare trigger
_EDITION_BEFORE_RE = re.compile(r"(?i)(?<!\w)lần\s+$")
# a title in quotes after a trigger, maybe after a word or two saying what kind ("ảnh", "chuyên đề")
_QUOTED_NAME_RE = re.compile(r"\s*(?:[^\s“”\",.;:!?()]+\s+){0,2}?[“\"][^“”\"\n]{3,100}[”\"]")
_ORDINAL_AFTER_ALIAS_RE = re.compile(r"\s*\([^()\n]{1,20}\)\s*(lần\s)")
# a date after these belongs to another clause's fact, not the event's time: "Chuyến thăm
# góp phần cụ thể hóa quan hệ ... được xác lập từ năm 2019"
_OTHER_TIME_RE = re.compile(r"(?i)(?<!\w)(?:xác lập|thiết lập|nâng cấp|ký kết|được ký|thành lập)(?!\w)")
# Meeting triggers that are a ship's call when a ship makes them ("tàu 016 thăm xã giao cảng Muara")
_SHIP_CALL_TRIGGERS = frozenset({"thăm xã giao", "thăm hữu nghị"})
# a date in brackets right after the name, maybe after its place: "Đối thoại ... lần thứ 7
# (tháng 6/2025, Canberra)", "Hội nghị ... tại Kuala Lumpur (tháng 11/2025)"
_PAREN_DATE_RE = re.compile(r"(?:\s+(?:tại|ở)\s+[^,.;:()]{1,40}?)?\s*\(\s*(?:ngày|tháng|năm|từ ngày)?\s*")
_MODIFIER_BEFORE_RE = re.compile(r"(?i)(?<!\w)(?:sở chỉ huy|ban chỉ đạo|ban tổ chức|kịch bản|thao trường)\s+$")
_AFTER_IT_RE = re.compile(r"(?i)(?<!\w)(?:kết thúc|sau khi|sau|bế mạc)\s+$")
_PLAN_AFTER_RE = re.compile(r"(?i)\s*(?:dự kiến|sẽ|sắp)(?!\w)")
_PREVIOUS_AFTER_RE = re.compile(r"(?i)\s+(?:lần|kỳ|khóa|năm)\s+trước(?!\w)")
_EDITION_AFTER_RE = re.compile(r"\s+thứ\s+(\d{1,3})(?!\w)")
_DASH_RE = re.compile(r"\s+[-–]\s+")
_CLAUSE_PUNCT_RE = re.compile(r"[;.!?]")
_CATEGORY_BEFORE_RE = re.compile(r"(?i)(?:các|những|nhiều|mỗi)\s*(?:cuộc\s+|lần\s+)?$")
_ORGANIZED_BY_RE = re.compile(r"(?<!\w)do\s+(.{3,80}?)\s+(?:tổ chức|chủ trì|đăng cai)")
_ORGANIZER_BEFORE_RE = re.compile(r"((?:[^\s,]+\s){1,8}?)(?:\([^)]*\)\s*)?(?:đã\s+)?tổ chức\s+$")
_ORGANIZE_VERBS = ("tổ chức", "chủ trì", "đăng cai")
_VISIT_KIND_RE = re.compile(r"\s*(?:chính thức|cấp nhà nước|làm việc|hữu nghị)?\s*")
_DELEGATION = r"đoàn(?: đại biểu)?(?: cấp cao)?(?: Bộ Quốc phòng)?"
_DELEGATION_RE = re.compile(_DELEGATION + r"\s+")
# at an exercise or a ship's call, the forces named take part too: "cùng tàu của Hải quân
# Indonesia, Australia, Ấn Độ, Nhật Bản và Singapore"
_FORCES_RE = re.compile(r"(?:" + _DELEGATION + r"|[Hh]ải quân|[Ll]ục quân|[Kk]hông quân|[Qq]uân đội|[Tt]uần duyên)\s+")
_YEAR_IN_LABEL_RE = re.compile(r"\b(19|20)\d{2}\b")
# "(VINBAX 2025)" right after a numbered name: the edition's short name and year
_ALIAS_YEAR_RE = re.compile(r"\s*\((?:[^()]{1,40}?\s)?((?:19|20)\d{2})\)")
# "Cùng ngày", "chiều cùng ngày": the day of the happening reported just before
_SAME_DAY_RE = re.compile(r"(?i)(?<!\w)cùng ngày(?!\w)")


# Types whose mentions can carry a proper name ("Hội nghị ADMM lần thứ 11");
# talks, visits and meetings are told apart by participants and date instead.
_BILATERAL_TYPES = frozenset({"Meeting", "Talks", "PortCall"})
_NAMED_TYPES = frozenset({"Exhibition", "Dialogue", "Conference", "Exchange", "Exercise"})


@lru_cache(maxsize=1)
def _triggers() -> dict[str, tuple[str, bool, str]]:
    """casefolded trigger -> (type, may open anonymously, display form)."""
    out = {}
    for row in load_tsv("lex_event_triggers.tsv"):
        trig, etype, may = row[0], row[1], row[2] if len(row) > 2 else "no"
        out[trig.casefold()] = (etype, may == "yes", trig[:1].upper() + trig[1:])
    return out


@lru_cache(maxsize=1)
def _verb_triggers() -> frozenset[str]:
    """Triggers that open an unnamed event only as a verb of fact ("đã giao lưu")."""
    return frozenset(row[0].casefold() for row in load_tsv("lex_event_triggers.tsv") if len(row) > 2 and row[2] == "verb")


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern[str]:
    heads = load_lines("lex_positions.txt") + load_lines("lex_ranks.txt") + ("ông", "bà", "ngài", "đoàn")
    # "tiếp <title>": the word first, then the checks on what precedes it (the
    # same as lookbehinds before it, but cheap at the many positions without it)
    title = r"\s+(?=(?:Phó\s+)?" + phrase_pattern(heads)[len(r"(?<![\w])") :] + ")"
    # "X gặp Bộ trưởng Quốc phòng Nhật Bản Y" is a meeting, "gặp khó khăn" is not, and
    # "vui mừng được gặp ..." opens no new one; see `_plain_trigger_re` for the plain form.
    fast = letter_led_pattern(
        _triggers().keys(),
        [("t", r"iếp(?<!đón tiếp)(?<!Đón tiếp)" + title), ("g", r"ặp(?<!được gặp)(?<!khi gặp)(?<!lại gặp)" + title),
         ("t", r"hăm" + _BARE_VISIT_AFTER)],
    )
    if fast is not None:  # the same matches, found much faster (see `letter_led_pattern`)
        return re.compile(fast)
    return _plain_trigger_re()


@lru_cache(maxsize=1)
def _plain_trigger_re() -> re.Pattern[str]:
    """The reference form of `_trigger_re` (kept for the equivalence tests)."""
    heads = load_lines("lex_positions.txt") + load_lines("lex_ranks.txt") + ("ông", "bà", "ngài", "đoàn")
    title = r"\s+(?=(?:Phó\s+)?" + phrase_pattern(heads)[len(r"(?<![\w])") :] + ")"
    receive = r"tiếp(?<!\wtiếp)(?<!đón tiếp)(?<!Đón tiếp)" + title
    meet = r"gặp(?<!\wgặp)(?<!được gặp)(?<!khi gặp)(?<!lại gặp)" + title
    visit = r"thăm(?<!\wthăm)" + _BARE_VISIT_AFTER
    return re.compile("(?i:" + phrase_pattern(_triggers().keys()) + ")|" + receive + "|" + meet + "|" + visit)


# the bare verb "thăm" is a trigger only for a ship's visit (see `_sentence_mentions`);
# "thăm hỏi", "thăm quan", "thăm dò" are other words
_BARE_VISIT_AFTER = r"(?!\w)(?!\s+(?:hỏi|quan|dò|viếng|khám|nom)(?!\w))"


@lru_cache(maxsize=1)
def _label_stops() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines("lex_event_label_stops.txt"))


@lru_cache(maxsize=None)
def _context_re(*roles: str) -> re.Pattern[str]:
    """Any phrase of the given roles of the context lexicon. A search for the union
    finds a match exactly when a search for one of the roles would (a phrase
    matches at a position or not, whatever else is in the alternation)."""
    phrases = [p for role in roles for p in tsv_by_role("lex_event_context.tsv", role)]
    fast = letter_led_pattern(phrases)  # same matches, faster scan
    return re.compile(fast if fast is not None else "(?i:" + phrase_pattern(phrases) + ")")


@dataclass
class _Mention:
    etype: str
    start: int
    end: int
    sent: int
    named: bool
    core: str = ""
    year: Optional[int] = None
    ordinal: Optional[int] = None
    date: Optional[DateMention] = None
    creatable: bool = False
    happening: bool = False
    display: str = ""
    trig_end: int = 0
    year_written: bool = False
    date_cued: bool = False  # the date is introduced as the event's own time
    date_weak: bool = False  # the sentence's head date, kept only if the event has no other
    countries: frozenset[str] = frozenset()
    participants_from: list[str] = field(default_factory=list)
    alias: str = ""
    host: Optional[str] = None


@dataclass
class _Draft:
    event: Event
    key: str
    named: bool
    sentences: list[int] = field(default_factory=list)
    has_fact: bool = False
    sig: frozenset[str] = frozenset()
    year: Optional[int] = None
    name_countries: frozenset[str] = frozenset()
    date_rank: int = 0  # 2: a date cued as the event's own, 1: a sentence head or dateline
    aliases: set[str] = field(default_factory=set)


def _label_tail(text: str, pos: int, hi: int) -> tuple[str, int, Optional[int], Optional[int]]:
    """Name words after a trigger: (core, end, year, ordinal)."""
    stops = _label_stops()
    words: list[str] = []
    end = pos
    year = ordinal = None
    while len(words) < 14:
        dash = _DASH_RE.match(text, end, hi) if words else None
        if dash:
            nxt = _TOKEN_RE.match(text, dash.end(), hi)
            if nxt and is_capitalised(nxt.group(1)):
                words.append("-")
                end = dash.end()
                continue
            break
        y = _YEAR_RE.match(text, end, hi)
        if y:
            year, end = int(y.group(1)), y.end()
            break
        m = _TOKEN_RE.match(text, end, hi)
        if not m or (m.start(1) == end and end != pos and words and words[-1] != "-"):
            break
        o = ORDINAL_RE.match(text, m.start(1), hi)
        if o:
            ordinal, end = ordinal_value(o), o.end()
            y = _YEAR_RE.match(text, end, hi)
            if y:
                year, end = int(y.group(1)), y.end()
            break
        if m.group(1).casefold() in stops:
            break
        words.append(m.group(1))
        end = m.end()
    while words and words[-1] == "-":
        words.pop()
    return " ".join(words), end, year, ordinal


def _clause_end(text: str, pos: int, hi: int) -> int:
    m = _CLAUSE_PUNCT_RE.search(text, pos, hi)
    return m.start() if m else hi


def _clause_start(text: str, pos: int, lo: int) -> int:
    j = max(text.rfind(";", lo, pos), text.rfind(":", lo, pos))
    return j + 1 if j >= 0 else lo


def _sentence_mentions(doc: Doc, idx: DocIndex) -> list[_Mention]:
    text = doc.text
    trig = _triggers()
    trigger_re = _trigger_re()
    not_reported_re = _context_re("proposal", "plan")
    recall_re = _context_re("recall")
    history_re = _context_re("history")
    out: list[_Mention] = []
    for si, sent in enumerate(idx.sentences):
        lo, hi = sent.start, sent.end
        found = list(trigger_re.finditer(text, lo, hi))
        for k, m in enumerate(found):
            # the tests that drop a mention come first: they need only its position
            if _CATEGORY_BEFORE_RE.search(text[max(lo, m.start() - 12) : m.start()]):
                continue  # a category of events, not one happening
            if _MODIFIER_BEFORE_RE.search(text, max(lo, m.start() - 16), m.start()):
                continue  # "Sở Chỉ huy diễn tập", "kịch bản diễn tập": a word about it, not its telling
            c_lo = _clause_start(text, m.start(), max(lo, m.start() - 600))  # no clause reaches further: linear time
            if recall_re.search(text, c_lo, m.start()):
                continue  # recalled ("Hai bên nhắc lại ... nhân chuyến thăm ..."): not the article's news
            wish = not_reported_re.search(text, c_lo, m.start())  # the cheap test first
            if wish is not None:
                # a wish, proposal, invitation or plan: not a reported fact -- unless a
                # day comes after the last one, the time of a report ("X sẽ ..., ông cho
                # biết hôm 11/6, sau cuộc gặp với ..."); "Nhận lời mời" is no wish
                last = None
                for w in not_reported_re.finditer(text, wish.start(), m.start()):
                    if not _formula(text, w):
                        last = w
                if last is not None and not any(d.date.day for d in idx.dates_in(last.end(), m.start())):
                    continue
            if history_re.search(text, max(c_lo, m.start() - 40), m.start()):
                continue  # "từng thăm Indonesia năm 2013": history, not the article's news
            surface = m.group()
            folded = " ".join(surface.casefold().split())
            bare_visit = False
            if folded == "thăm" and folded not in trig:
                if _ship_visit(text, lo, m.start(), m.end(), hi):
                    etype, creatable, display = "PortCall", True, "Thăm cảng"
                    bare_visit = True
                elif _country_at(idx, m.end()) is not None:
                    # "đoàn ... do Thượng tướng X dẫn đầu thăm Nhật Bản": a visit to a country
                    etype, creatable, display = "Visit", True, "Chuyến thăm"
                else:
                    continue  # "đoàn đã thăm Học viện": a stop of a visit, not an event
            elif surface.casefold().startswith(("tiếp", "gặp")) and folded not in trig:
                etype, creatable = "Meeting", True
                display = "Tiếp" if surface.casefold().startswith("tiếp") else "Gặp"
            else:
                etype, creatable, display = trig[folded]
                if not creatable and folded in _verb_triggers():
                    creatable = _FACT_VERB_BEFORE_RE.search(text, max(lo, m.start() - 8), m.start()) is not None
            nxt_trig = found[k + 1].start() if k + 1 < len(found) else hi
            core, tail_end, year, ordinal = _label_tail(text, m.end(), hi)
            if ordinal is None:
                late = _ORDINAL_AFTER_ALIAS_RE.match(text, tail_end, hi)
                if late:  # "Hội nghị chuyên đề An ninh hàng hải quốc tế (IMSS) lần thứ 4"
                    o = ORDINAL_RE.match(text, late.start(1), hi)
                    if o:
                        ordinal = ordinal_value(o)
            if _PREVIOUS_AFTER_RE.match(text, m.end(), hi):
                continue  # "Hội nghị lần trước đã được tổ chức tại Accra": an earlier edition
            if ordinal is None and _EDITION_BEFORE_RE.search(text, max(lo, m.start() - 6), m.start()):
                ed = _EDITION_AFTER_RE.match(text, m.end(), hi)
                if ed:
                    # "Lần giao lưu thứ 8": an edition told by its number, no name
                    ordinal, core, tail_end = int(ed.group(1)), "", ed.end()
            has_name = bool(core) and (
                any(is_capitalised(w) for w in core.split()) or ordinal is not None or year is not None
            )
            if not has_name and etype in _NAMED_TYPES:
                quoted = _QUOTED_NAME_RE.match(text, m.end(), hi)
                if quoted:
                    # "triển lãm ảnh “Việt Nam - Lào: Sắt son một chiến hào”": a title in quotes names it
                    core = " ".join(quoted.group(0).split())
                    tail_end, has_name = quoted.end(), True
            has_name = has_name and etype in _NAMED_TYPES
            mention = _Mention(
                etype, m.start(), max(m.end(), tail_end), si, has_name,
                core=core if has_name or etype == "Meeting" else "",
                year=year, ordinal=ordinal, creatable=creatable, display=display,
                trig_end=m.end(), year_written=year is not None,
            )
            if (etype == "Visit" or folded in _SHIP_CALL_TRIGGERS) and _ship_visit(text, lo, m.start(), m.end(), hi):
                # "tàu USS X ... bắt đầu chuyến thăm hữu nghị": a port call
                etype = mention.etype = "PortCall"
                display = mention.display = "Thăm cảng"
            c_hi = _clause_end(text, m.end(), nxt_trig if nxt_trig > m.end() else hi)  # searched up to the next trigger only
            # "Kết thúc diễn tập, từ ngày 22 đến 24/2, tàu ... thăm": the time after it, not its own
            after_it = not has_name and _AFTER_IT_RE.search(text, max(lo, m.start() - 12), m.start()) is not None
            cued = None if after_it else next(
                (d for d in idx.dates_in(mention.end, c_hi)
                 if d.start - mention.end < 120
                 and (_DATE_CUE_RE.search(text, max(lo, d.start - _CUE_WINDOW), d.start)
                      or _PAREN_DATE_RE.fullmatch(text, mention.end, d.start))
                 and not _OTHER_TIME_RE.search(text, mention.end, d.start)),
                None,
            )
            if cued is not None:
                mention.date = cued
                mention.date_cued = True
                if year is None and has_name and cued.date.year and cued.start - mention.end < 25:
                    mention.year = cued.date.year
            else:
                # the date heading the sentence -- for a named event told after another
                # trigger ("Bên lề diễn tập, ngày 17/2, X tham dự Hội nghị ... lần thứ 4") only
                # if it has no other; for an unnamed one also the time told in the clause
                # before it ("Trước khi khai mạc, sáng 5/6, X và Y đã hội đàm")
                own = _head(text, sent)
                before = idx.dates_in(own, m.start())
                head = [d for d in before if d.start - own < 30]
                if head:
                    mention.date, mention.date_weak = head[0], has_name and k > 0
                elif before and not has_name and _is_time_of_clause(text, own, before[-1]):
                    mention.date = before[-1]
            if has_name and _PLAN_AFTER_RE.match(text, mention.end, hi) and (mention.date is None or not mention.date.date.day):
                # "Đối thoại ... lần thứ 12 dự kiến sẽ được tổ chức vào năm 2026": a plan; an
                # edition announced for its days ("sẽ diễn ra từ ngày 19 - 22/12/2024") is news
                continue
            if bare_visit and mention.date is None:
                continue  # a ship's visit is news when dated ("Từ ngày 19 đến 22/9, tàu X đã thăm ...")
            mention.happening = bool(
                mention.date is not None
                or _context_re("happening").search(text, c_lo, c_hi)
            )
            if has_name:
                if mention.year is None and mention.ordinal is not None:
                    alias = _ALIAS_YEAR_RE.match(text, mention.end, hi)
                    if alias:
                        mention.year, mention.year_written = int(alias.group(1)), True
                mention.countries = frozenset(c.code for c in idx.countries_in(mention.start, mention.end))
                ab = _ACRONYM_AFTER_RE.match(text, mention.end, hi)
                if ab:
                    mention.alias = norm_key(ab.group(1))  # "(ADMM-18)": the short name of this edition
                mention.host = _host_of(text, idx, lo, hi, m.start())
                part = _context_re("participation").search(text, c_lo, m.start())
                if part:
                    # "Đoàn Ấn Độ tham dự Triển lãm ...": the participant's country
                    w_lo = max(c_lo, part.start() - 80)
                    mention.participants_from = [
                        c.code for c in idx.countries_in(w_lo, m.start()) if not _host_country_before(text, c.start)
                    ]
            out.append(mention)
    return out


_INVITATION_RE = re.compile(r"(?i)(?<!\w)(?:nhận|theo|nhận lời|đáp|đáp lại)\s+(?:lời\s+)?$")


def _formula(text: str, wish: re.Match[str]) -> bool:
    """ "mời" of "Nhận lời mời của X, đoàn ... thăm" or "Theo lời mời": a fact's
    formula, not an invitation still open."""
    return wish.group().casefold() == "mời" and _INVITATION_RE.search(text, max(0, wish.start() - 14), wish.start()) is not None


# a sentence told as part of the happening just reported: "Dịp này, Thượng tướng X trao
# Kỷ niệm chương tặng Đại tá Y, Tùy viên Quốc phòng Campuchia; ..."
_BACK_REFERENCE_RE = re.compile(r"(?i)(?:nhân\s+)?(?:dịp|trong dịp|cũng trong dịp)\s+này\s*,|tại đây\s*,")


def _back_references(
    text: str, idx: DocIndex, drafts: list[_Draft], people: list[tuple[str, int, int]],
    country_of: dict[str, Optional[str]],
) -> None:
    """Officials of a sentence opened by "Dịp này," take part in the latest happening told before it."""
    told = {si for d in drafts for si in d.sentences}
    for si, sent in enumerate(idx.sentences):
        opening = text[sent.start : sent.start + 80]
        if "này" not in opening and "đây" not in opening:
            continue  # the cheap test first: most sentences hold neither word near their start
        if si in told or not _BACK_REFERENCE_RE.match(text, _head(text, sent), sent.end):
            continue
        before = [d for d in drafts if d.sentences and max(d.sentences) < si]
        if not before:
            continue
        latest = max(before, key=lambda d: max(d.sentences))
        names = [p[0] for p in people if sent.start <= p[1] < sent.end]
        if not names:
            continue
        ev = latest.event
        add_unique(ev.participants, *names)
        add_unique(ev.countries, *(c for c in map(country_of.get, names) if c))
        add_unique(ev.evidence, text[sent.start : sent.end])


def _country_at(idx: DocIndex, pos: int) -> Optional[CountryMention]:
    """The country named right at `pos` (one character of slack)."""
    cs = idx.countries_in(pos, pos + 40)
    return cs[0] if cs and cs[0].start - pos <= 1 else None


def _visit_host(text: str, idx: DocIndex, trig_end: int, hi: int) -> Optional[CountryMention]:
    """The country visited, named right after a visit trigger: "thăm chính thức
    Cuba", "thăm và làm việc tại Australia"."""
    kind = _VISIT_KIND_RE.match(text, trig_end, hi)
    pos = kind.end() if kind else trig_end
    at = _AT_AFTER_RE.match(text, pos, hi)
    return _country_at(idx, at.end() if at else pos)


def _precision(d: PartialDate) -> int:
    return (d.year is not None) + (d.month is not None) + (d.day is not None)


def _is_time_of_clause(text: str, head: int, d: DateMention) -> bool:
    """A date telling when its clause happens: at the sentence head, or after a
    time word ("sáng 5/6", "hôm qua (15/3)")."""
    return d.start - head < 30 or _TIME_WORD_RE.search(text, max(head, d.start - 12), d.start) is not None


def _last_told_day(idx: DocIndex, text: str, pos: int) -> Optional[DateMention]:
    """The day the story was last at before `pos` ("Chiều 20/11, ... . Cùng ngày, ..."):
    the latest date with a day that tells the time of its sentence. None if that
    is a stretch of days ("Trong hai ngày 5 và 6/6"), which "cùng ngày" cannot pick from."""
    for d in reversed(idx.dates_in(0, pos)):
        if d.date.day is None:
            continue
        sent = idx.sentences[idx.sentence_at(d.start)] if idx.sentences else None
        if sent is None:
            continue
        head = _head(text, sent)
        opens = d.start - head < 40 and _DATE_OPENER_RE.match(text, head, d.start) is not None
        if not opens and _TIME_WORD_RE.search(text, max(head, d.start - 12), d.start) is None:
            continue
        return None if d.end_date is not None else d
    return None


# An agency dateline opening a story: "Hà Nội, 23/4 (TTXVN) - ", "Viêng Chăn, 20/11 (VOV) – ".
_AGENCY_DATELINE_RE = re.compile(r"[^\W\d][^,\n]{1,40},\s*\d{1,2}/\d{1,2}(?:/\d{4})?\s*\([^()\n]{2,20}\)\s*[-–—]\s*")


def _head(text: str, s: Sentence) -> int:
    """Where a sentence's own words start, past an agency dateline."""
    m = _AGENCY_DATELINE_RE.match(text, s.start, s.end)
    return m.end() if m else s.start


def _dateline(idx: DocIndex, si: int) -> Optional[DateMention]:
    """The date that heads the sentence, its paragraph or, failing those, the article."""
    sents = idx.sentences
    text = idx.doc.text
    for j in range(si, -1, -1):
        s = sents[j]
        head = _head(text, s)
        d = [x for x in idx.dates_in(head, s.end) if x.start - head < 30]
        if d:
            return d[0]
        if j < si and idx.paragraph_start(s.start) != idx.paragraph_start(sents[si].start):
            break
    for s in sents[:6]:
        d = [x for x in idx.dates_in(s.start, s.end) if x.start - s.start < 30]
        if d:
            return d[0]
    return None


def _dates_of(idx: DocIndex, dm: Optional[DateMention]) -> tuple[Optional[PartialDate], Optional[PartialDate]]:
    if dm is None:
        return None, None
    start = idx.resolve(dm.date)
    end = idx.resolve(dm.end_date) if dm.end_date else None
    if end is not None and start is not None and end.year is not None and start.year is None:
        try:
            start = PartialDate(end.year, start.month, start.day)
        except ValueError:
            pass
    return start, end


def _location(text: str, lo: int, hi: int) -> Optional[str]:
    """ "tại sân bay Gia Lâm, Hà Nội" -> "sân bay Gia Lâm, Hà Nội" (first place in the span)."""
    for m in _AT_RE.finditer(text, lo, hi):
        seg = _SEG_RE.match(text, m.end(), hi)
        if not seg:
            continue
        loc = seg.group().strip()
        cut = _LOC_CUT_RE.search(" " + loc + " ")
        if cut:
            loc = (" " + loc + " ")[: cut.start()].strip()
        more = _LOC_MORE_RE.match(text, m.end() + seg.end(), hi)
        if more and loc:
            loc = f"{loc}, {more.group(1).strip()}"
        if not loc or _LOC_EVENT_RE.match(loc):
            continue
        if is_capitalised(loc) or _LOC_PLACE_RE.match(loc):
            return loc
    return None


# The word first, then the boundary before it (`(?<!\w)tại`, but `re` can skip to "tại" in C)
_AT_RE = re.compile(r"tại(?<!\wtại)\s+")
_SEG_RE = re.compile(r"[^,.;:!?()“”\"]+")
_LOC_CUT_RE = re.compile(r"\s(?:đã|đang|sẽ|diễn|do|với|từ|nhằm|vào|hồi|trong|cho|về|tổ|có|hôm|sáng|chiều|tối|ngày)\s")
_LOC_MORE_RE = re.compile(r",\s*((?:[A-ZĐ]\w*\s?){1,3})(?=[,.;]|$)")
_LOC_EVENT_RE = re.compile(r"(?i)(?:triển lãm|hội|đối thoại|lễ|buổi|cuộc|sự kiện)")
_LOC_PLACE_RE = re.compile(r"(?:sân bay|trụ sở|thủ đô|cảng|thành phố|tỉnh|khu|học viện|bộ)\s", re.I)


def _organizer(doc: Doc, lo: int, trig: int, hi: int) -> Optional[str]:
    text = doc.text
    tail = text[trig:hi]
    # cheap necessary conditions first: both regexes are slow to fail
    m = _ORGANIZED_BY_RE.search(tail) if "do" in tail and any(v in tail for v in _ORGANIZE_VERBS) else None
    if m:
        h = _org_head_re().search(m.group(1))
        if h:
            return resolve_org(doc, m.group(1)[h.start() :].split(" (")[0])
    head = text[lo:trig]
    # the match must end the segment: "... tổ chức" then whitespace (\s is str.isspace)
    m2 = _ORGANIZER_BEFORE_RE.search(head) if head[-1:].isspace() and head.rstrip().endswith("tổ chức") else None
    if m2:
        h = _org_head_re().search(m2.group(1))
        if h:
            return resolve_org(doc, m2.group(1)[h.start() :].strip())
    return None


def _merge_into(d: _Draft, ev: Event) -> None:
    e = d.event
    if e.start is None and ev.start is not None:
        e.start, e.end = ev.start, ev.end
    e.location = e.location or ev.location
    e.organizer = e.organizer or ev.organizer
    e.ordinal = e.ordinal or ev.ordinal
    add_unique(e.countries, *ev.countries)
    add_unique(e.participants, *ev.participants)
    add_unique(e.evidence, *ev.evidence)


@component("events", adds=["events"])
def events_component(doc: Doc) -> Doc:
    """Happenings reported as fact, one Event per distinct happening."""
    idx = doc_index(doc)
    text = doc.text
    people = official_occurrences(doc)
    country_of = {o.name: o.country for o in doc.officials}
    drafts: list[_Draft] = []
    latest: dict[str, _Draft] = {}
    named_latest: dict[str, _Draft] = {}
    for mention in _sentence_mentions(doc, idx):
        sent = idx.sentences[mention.sent]
        s_text = text[sent.start : sent.end]
        in_sent = [p for p in people if sent.start <= p[1] < sent.end]
        start, end = _dates_of(idx, mention.date)
        if mention.named and mention.year and start is not None and start.year not in (None, mention.year):
            start = end = None
        draft: Optional[_Draft] = None
        rank = 0 if mention.date is None or mention.date_weak else (2 if mention.date_cued else 1)
        if mention.named:
            sig = _signature(mention.core)
            core_key = norm_key(mention.core)
            for d in drafts:
                if not d.named or d.event.type != mention.etype:
                    continue
                if not (core_key in d.aliases or _same_named(d, mention, sig)):
                    continue
                draft = d
                if mention.year and not d.year:
                    d.year = mention.year
                    d.event.label = _named_label(mention)
                if len(sig) > len(d.sig) and not (mention.year is None and d.year):
                    d.sig = sig
                d.name_countries = d.name_countries | mention.countries
                break
            if draft is None:
                key = f"{mention.etype}|{norm_key(mention.core)}|{mention.year or ''}"
                draft = _Draft(Event(type=mention.etype, label=_named_label(mention)), key, True)
                draft.sig, draft.year, draft.name_countries = sig, mention.year, mention.countries
                drafts.append(draft)
            if mention.ordinal and not draft.event.ordinal:
                draft.event.ordinal = mention.ordinal
            if mention.alias:
                draft.aliases.add(mention.alias)
            if mention.host:
                add_unique(draft.event.countries, mention.host)
        else:
            prev = latest.get(mention.etype)
            named_prev = named_latest.get(mention.etype) if mention.etype in _NAMED_TYPES else None
            if named_prev is not None and mention.ordinal and named_prev.event.ordinal not in (None, mention.ordinal):
                continue  # "Lần giao lưu thứ 8 ...": an earlier edition, not this one
            if start is None and _SAME_DAY_RE.search(text, sent.start, min(sent.end, sent.start + 40)):
                told = _last_told_day(idx, text, sent.start)
                if told is not None:
                    start, end = _dates_of(idx, told)
                    rank = 1
            if named_prev is not None:
                # "cuộc diễn tập", "giao lưu diễn ra từ ...": the named event of the
                # article, or a phase of it -- never a second one
                draft = named_prev
                if start is not None and draft.event.start is not None and start > draft.event.start and rank <= draft.date_rank:
                    last = end or start
                    if draft.event.end is None or last > draft.event.end:
                        draft.event.end = last
                    start = end = None
            elif (
                prev is not None and (start is None or prev.event.start in (None, start))
                and not _new_counterpart(prev.event, in_sent, country_of)
            ):
                draft = prev
            elif mention.creatable and (in_sent or (mention.happening and start is not None)) and _may_open(mention, text, idx, sent.end):
                if start is None and _SAME_DAY_RE.search(text, sent.start, min(sent.end, sent.start + 40)):
                    dated = [d.event for d in reversed(drafts) if d.event.start and d.event.start.is_complete]
                    # the day of the latest one-day happening, not the first day of a visit
                    same = next((e for e in dated if e.end is None), dated[0] if dated else None)
                    if same is not None:
                        start, end, rank = same.start, None, 1
                if start is None:
                    start, end = _dates_of(idx, _dateline(idx, mention.sent))
                    rank = 1 if start is not None else 0
                ev = Event(type=mention.etype, label="")
                draft = _Draft(ev, f"{mention.etype}|anon|{len(drafts)}", False)
                drafts.append(draft)
                if mention.etype == "Meeting" and len(mention.core.split()) >= 3 and text[mention.start].isupper():
                    ev.label = text[mention.start : mention.end].strip()
            else:
                continue
        if draft.named:
            named_latest[mention.etype] = draft
        add_unique(draft.event.countries, *mention.participants_from)
        latest[mention.etype] = draft
        ev = draft.event
        if mention.happening or mention.date is not None:
            draft.has_fact = True
        if start is not None and (
            ev.start is None or rank > draft.date_rank
            or (rank == draft.date_rank and draft.named and _precision(start) > _precision(ev.start))
        ):
            # a date given as the event's own ("diễn ra từ ngày 13 đến 14-12")
            # outranks the dateline of a sentence that only mentions it; of two
            # sentence heads, the day outranks a year ("Được khởi xướng từ năm 2014, ...")
            ev.start, ev.end = start, end
            draft.date_rank = rank
        add_unique(ev.evidence, s_text)
        draft.sentences.append(mention.sent)
        ev.location = ev.location or _location(text, sent.start, sent.end)
        ev.organizer = ev.organizer or _organizer(doc, sent.start, mention.start, sent.end)
        if mention.etype == "PortCall":
            _port_call(text, idx, sent.start, sent.end, mention, ev)
        if mention.etype == "Visit":
            visited = _visit_host(text, idx, mention.trig_end, sent.end)
            host_code = visited.code if visited is not None else None
            before = [p for p in in_sent if p[2] <= mention.start]
            after = [p for p in in_sent if p[1] >= mention.end]
            ordered = before[::-1] + after
            # the visitor is the person not from the host country ("X hội đàm với Y
            # ..., trong khuôn khổ chuyến thăm chính thức <X's host>")
            visitor = next((p for p in ordered if host_code and country_of.get(p[0]) not in (None, host_code)), None)
            visitor = visitor or (ordered[0] if ordered else None)
            if visitor and _may_open(mention, text, idx, sent.end):
                add_unique(ev.participants, visitor[0])  # not the speaker of "chuyến thăm là dịp ..."
            if visited is not None:
                add_unique(ev.countries, visited.code)
                ev.location = visited.surface  # a visit takes place in the host country
        else:
            add_unique(ev.participants, *[p[0] for p in in_sent])
        for c in idx.countries_in(mention.start, mention.end):
            add_unique(ev.countries, c.code)
        cue_re = _FORCES_RE if mention.etype in ("Exercise", "PortCall") else _DELEGATION_RE
        for dm in cue_re.finditer(s_text):
            pos = sent.start + dm.end()
            # "đoàn Hàn Quốc", "các đoàn Hàn Quốc, Ấn Độ và Hoa Kỳ": each country of the list
            for c in idx.countries_in(pos, min(sent.end, pos + 120)):
                if c.start != pos:
                    break
                add_unique(ev.countries, c.code)
                joiner = _LIST_JOINER_RE.match(text, c.end, sent.end)
                if joiner is None:
                    break
                pos = joiner.end()
    _back_references(text, idx, drafts, people, country_of)
    drafts = _merge_aliases(drafts)
    _alias_dates(doc, idx, drafts)
    events: list[Event] = []
    for d in drafts:
        ev = d.event
        if d.named and not d.has_fact:
            continue  # a name dropped in passing, not a reported happening
        for p in ev.participants:
            add_unique(ev.countries, country_of.get(p))
        if ev.organizer and ev.organizer.endswith("Việt Nam"):
            add_unique(ev.countries, VNM)
        if (
            ev.type in _BILATERAL_TYPES and len(ev.countries) == 1 and ev.countries[0] != VNM
            and any(o.country == VNM for o in doc.officials)
        ):
            ev.countries.insert(0, VNM)  # "đoàn đã chào xã giao Tướng X": the Vietnamese delegation
        if not ev.label:
            ev.label = _anon_label(ev)
        # two anonymous drafts of one type and date are one happening
        twin = next(
            (e for e in events if not _YEAR_IN_LABEL_RE.search(e.label) and e.ordinal is None
             and e.type == ev.type and e.start == ev.start and not d.named
             and _same_sides(e, ev)),
            None,
        )
        if twin is not None:
            _merge_into(_Draft(twin, "", False), ev)
            continue
        events.append(ev)
    doc.events = _fold_stretches(events, {id(d.event) for d in drafts if d.named})
    return doc


# Types whose unnamed happening is told by its day; a stretch of days told first
# ("Từ ngày 20 - 21/8, hai bên tổ chức hội đàm và diễn tập ...") is the same one.
_TOLD_BY_DAY = frozenset({"Exercise", "Exchange", "Talks", "Meeting"})


def _fold_stretches(events: list[Event], named: set[int]) -> list[Event]:
    """Fold an unnamed event dated by a stretch of days into the unnamed event of
    its type told on one day inside it ("Sáng 21/8, ... tổ chức diễn tập"), which
    keeps its day."""
    out: list[Event] = []
    for ev in events:
        if id(ev) not in named and ev.type in _TOLD_BY_DAY and ev.start is not None and ev.end is not None:
            day = next(
                (e for e in events if e is not ev and id(e) not in named and e.type == ev.type and e.end is None
                 and e.start is not None and e.start.is_complete and ev.start <= e.start <= ev.end
                 and _same_sides(e, ev)),
                None,
            )
            if day is not None:
                add_unique(day.countries, *ev.countries)
                add_unique(day.participants, *ev.participants)
                add_unique(day.evidence, *ev.evidence)
                day.location = day.location or ev.location
                day.organizer = day.organizer or ev.organizer
                continue
        out.append(ev)
    return out


_AT_AFTER_RE = re.compile(r"\s*(?:tại|ở)\s+")
_LIST_JOINER_RE = re.compile(r"\s*,\s*|\s+và\s+")
_ACRONYM_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z](?:[-+ ]?\d{0,3}\+?)?)\)")
_AT_BEFORE_RE = re.compile(r"(?i)(?:tại|ở)\s+$")
# "tại"/"ở" first, the boundary behind it (as `_AT_RE`)
_HOST_AT_RE = re.compile(r"(?:tại(?<!\wtại)|ở(?<!\wở))\s+[^,;.!?]{0,60}?(?:\(([^()]{2,30})\))?(?=[,;.!?]|$)")


def _host_of(text: str, idx: DocIndex, lo: int, hi: int, trig: int) -> Optional[str]:
    """Country where a named event takes place: "tại Thủ đô Viêng Chăn (Lào)"."""
    for m in _HOST_AT_RE.finditer(text, lo, hi):
        if m.start() > trig + 200:
            break
        cs = idx.countries_in(m.start(), m.end())
        if cs:
            return cs[-1].code
    return None


_SHIP_NAME_RE = re.compile(r"(?<!\w)([A-Z]{2,5})\s+((?:[A-ZĐ][\w-]*)(?:\s[A-ZĐ][\w-]*){0,3})")
_NAVY_RE = re.compile(r"(?i:hải quân|hạm đội|lực lượng phòng vệ biển)\s+(?:\d+\s+)?$")
_PORT_PLACE_RE = re.compile(
    r"(?:thăm(?:\s+(?:hữu nghị|chính thức|xã giao))?|cập|ghé)\s+"
    r"((?:(?:TP\.?|thành phố|cảng(?:\s+quốc\s+tế)?|quân\s+cảng)\s+)?[A-ZĐ]\w*(?:\s[A-ZĐ]\w*){0,3})"
)


def _port_call(text: str, idx: DocIndex, lo: int, hi: int, m: _Mention, ev: Event) -> None:
    """Flag state of the visiting navy (hull prefix "USS", or "Hải quân Ấn Độ"),
    the host (a country after the trigger, else Vietnam) and a label naming the ship."""
    flag: Optional[str] = None
    ship = ""
    prefixes = ship_prefixes()
    for sm in _SHIP_NAME_RE.finditer(text, lo, hi):
        if sm.group(1) in prefixes:
            flag, ship = prefixes[sm.group(1)], f"{sm.group(1)} {sm.group(2)}"
            break
    if flag is None:
        for c in idx.countries_in(lo, hi):
            if c.code != VNM and _NAVY_RE.search(text, max(lo, c.start - 30), c.start):
                flag = c.code
                break
    after = idx.countries_in(m.trig_end, min(hi, m.trig_end + 40))
    host = after[0].code if after and after[0].code != flag else VNM
    add_unique(ev.countries, flag, host)
    if ship and not ev.label:
        place = _PORT_PLACE_RE.search(text, lo, hi)
        ev.label = f"Tàu {ship} thăm {place.group(1)}" if place else f"Tàu {ship} {m.display.lower()}"
        if place:
            ev.location = place.group(1)


def _merge_aliases(drafts: list[_Draft]) -> list[_Draft]:
    """Fold "Hội nghị ADMM-18" (seen first, in a headline) into the edition whose
    full name was followed by "(ADMM-18)"."""
    out: list[_Draft] = []
    for d in drafts:
        core = d.key.split("|")[1] if d.named else ""
        target = next(
            (o for o in drafts if o is not d and o.named and o.event.type == d.event.type and core in o.aliases),
            None,
        ) if core else None
        if target is None:
            out.append(d)
            continue
        _merge_into(target, d.event)
        target.has_fact = target.has_fact or d.has_fact
    return out


def _ship_visit(text: str, lo: int, t_start: int, t_end: int, hi: int) -> bool:
    """A visit made by a ship: a ship named before the trigger in its sentence
    ("tàu chỉ huy USS X cập cảng ..., bắt đầu chuyến thăm") or right after it
    ("chuyến thăm của USS X")."""
    if _SHIP_OF_RE.match(text, t_end, hi):
        return True
    return _ship_re().search(text, lo, t_start) is not None


@lru_cache(maxsize=1)
def _ship_re() -> re.Pattern[str]:
    cues = phrase_pattern(load_lines("lex_ship_cues.txt"))
    prefixes = "|".join(re.escape(p) for p in sorted(ship_prefixes(), key=len, reverse=True))
    return re.compile(r"(?i:" + cues + r")(?=\s)|(?<!\w)(?:" + prefixes + r")\s+(?=[A-ZĐ])")


_SHIP_OF_RE = re.compile(r"\s+(?:lần này\s+)?của\s+(?:(?:các\s+)?(?:tàu|chiến hạm|biên đội)|[A-Z]{2,5}\s+[A-Z])")


def _alias_dates(doc: Doc, idx: DocIndex, drafts: list[_Draft]) -> None:
    """A named event without a date takes the sentence-head date of a sentence that
    places its short name: "Ngày 20/11, tại ADMM-18, các Bộ trưởng ..."."""
    text = doc.text
    for d in drafts:
        if not d.named or d.event.start is not None:
            continue
        for alias in d.aliases:
            for m in re.finditer(r"(?<!\w)" + re.escape(alias) + r"(?![\w+])", text, re.I):
                if not _AT_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
                    continue
                sent = idx.sentences[idx.sentence_at(m.start())]
                head = [x for x in idx.dates_in(sent.start, m.start()) if x.start - sent.start < 30]
                if head:
                    d.event.start, d.event.end = _dates_of(idx, head[0])
                    d.has_fact = True
                    add_unique(d.event.evidence, sent.text)
                    break
            if d.event.start is not None:
                break


def _new_counterpart(ev: Event, in_sent: list[tuple[str, int, int]], country_of: dict[str, Optional[str]]) -> bool:
    """The sentence names a foreign official of another country than the event's:
    a second meeting ("Chiều cùng ngày, ... gặp Bộ trưởng Quốc phòng Hoa Kỳ")."""
    known = set(ev.countries) | {country_of.get(p) for p in ev.participants}
    known.discard(VNM)
    if not known:
        return False
    foreign = {country_of.get(p[0]) for p in in_sent} - {None, VNM}
    return bool(foreign) and not (foreign & known)


def _same_sides(a: Event, b: Event) -> bool:
    """Two drafts can be one happening only if their foreign sides agree: the
    minister met China's and then the US's counterpart the same afternoon."""
    fa, fb = set(a.countries) - {VNM}, set(b.countries) - {VNM}
    return not fa or not fb or fa <= fb or fb <= fa


def _signature(core: str) -> frozenset[str]:
    """The words that tell one named event from another (fillers such as "chung" dropped)."""
    fillers = _name_fillers()
    return frozenset(w for w in norm_key(core).split() if w not in fillers)


@lru_cache(maxsize=1)
def _name_fillers() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines("lex_event_name_fillers.txt"))


def _same_named(d: _Draft, m: _Mention, sig: frozenset[str]) -> bool:
    """One event named two ways: one name's words contain the other's, and
    year, edition number and the countries in the names do not disagree."""
    if not sig or not d.sig or not (sig <= d.sig or d.sig <= sig):
        return False
    if d.year and m.year and d.year != m.year:
        return False
    if d.event.ordinal and m.ordinal and d.event.ordinal != m.ordinal:
        return False
    a, b = d.name_countries, m.countries
    return not a or not b or a <= b or b <= a


def _may_open(m: _Mention, text: str, idx: DocIndex, hi: int) -> bool:
    """A bare "chuyến thăm" is the visit already told ("chuyến thăm là dịp ...");
    a new Visit needs its host ("thăm chính thức Việt Nam"), its own date or its visitor ("của ...")."""
    if m.etype != "Visit" or m.date_cued:
        return True
    if _visit_host(text, idx, m.trig_end, hi) is not None:
        return True
    kind = _VISIT_KIND_RE.match(text, m.trig_end, hi)
    return _OF_WHOM_RE.match(text, kind.end() if kind else m.trig_end, hi) is not None


def _host_country_before(text: str, pos: int) -> bool:
    return _HOST_CUE_RE.search(text, max(0, pos - 8), pos) is not None


_OF_WHOM_RE = re.compile(r"\s*(?:lần này\s+)?của\s+(?:đoàn|[A-ZĐ])")
_HOST_CUE_RE = re.compile(r"(?:tại|ở|sang|tới|đến)\s+$")


def _named_label(m: _Mention) -> str:
    """Canonical name: "Triển lãm <name> <year>" or "... lần thứ <n>"."""
    label = f"{m.display} {m.core}".strip()
    if m.year and (m.year_written or not m.ordinal):
        label += f" {m.year}"
    elif m.ordinal:
        label += f" lần thứ {m.ordinal}"
    return label


_DISPLAY = {
    "Exhibition": "Triển lãm",
    "Dialogue": "Đối thoại",
    "Conference": "Hội nghị",
    "Exchange": "Giao lưu",
    "Exercise": "Diễn tập",
    "Meeting": "Gặp mặt",
    "Talks": "Hội đàm",
    "Visit": "Chuyến thăm",
    "PortCall": "Thăm cảng",
}


def _display_for(m: _Mention) -> str:
    return _DISPLAY.get(m.etype, m.etype)


def _anon_label(ev: Event) -> str:
    names = " - ".join(ev.participants[:2])
    base = _DISPLAY.get(ev.type, ev.type)
    if ev.type == "Visit":
        host = ev.location or ""
        who = ev.participants[0] if ev.participants else ""
        return " ".join(x for x in (base, host, "của " + who if who else "") if x)
    return f"{base} {names}".strip()
