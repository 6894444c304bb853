"""When a fact happened, as news tells it: the date that opens a sentence, the
dateline of its paragraph, "cùng ngày" (the day last told), a time of day
before a date ("sáng 5/6"). Shared by the event, agreement and partnership
extractors.
"""

from __future__ import annotations

import bisect
import datetime
from typing import Optional

from kg.model import DateMention, PartialDate, Sentence
from kg.pipeline.clean import dateline_length
from kg.pipeline.common import DocIndex
from kg.pipeline.dates import AGENCY_DATELINE_RE, BRACKETED_DATELINE_RE, TIMELINE_MONTH_RE, years_counted
from kg.pipeline.patterns import named_patterns

PATTERNS = named_patterns("date_patterns.tsv")
_EVENT_PATTERNS = named_patterns("lex_event_patterns.tsv")
# An opening formula before a sentence's own date ("Thực hiện kế hoạch hợp tác năm 2024 giữa A và B, ngày 19/6, ..."):
# a year inside it is the plan's, and the day right after it heads the sentence.
_FORMULA_RES = (_EVENT_PATTERNS["formula-opens-sentence"], _EVENT_PATTERNS["formula-opens-sentence-programme"])
_ANNIVERSARY_BRACKET_BEFORE_RE = _EVENT_PATTERNS["anniversary-bracket-before"]
# How far after an opening formula its sentence's own date may start.
AFTER_FORMULA = 12

TIME_WORD_RE = PATTERNS["time-word"]
TIME_WORD_WEEKDAY_RE = PATTERNS["time-word-weekday"]
ADJUNCT_END_RE = PATTERNS["adjunct-end"]
GLUED_OPENER_RE = PATTERNS["glued-opener"]
ADJUNCT_DAY_RE = PATTERNS["adjunct-day"]
DATE_OPENER_RE = PATTERNS["date-opener"]
_RESULT_BEFORE_RE = PATTERNS["result-of-happening-before"]
_CLAUSE_PUNCT_RE = PATTERNS["clause-punct"]
_OUTLET_TAG_RE = PATTERNS["outlet-tag"]
# An outlet's dateline without brackets ("TPO - ", "VOV.VN - ") is looked for in this many first
# characters of a sentence (the lead-dateline pattern allows a 25-character name).
MAX_DATELINE = 40
# A date this close to where a sentence's words start opens the sentence ("Chiều 24/10, ...").
HEAD_WINDOW = 30
LETTER_WORD_RE = PATTERNS["letter-word"]
OTHER_TIME_OPENER_RE = PATTERNS["other-time-opener"]
_TOMORROW_BEFORE_RE = PATTERNS["tomorrow-before"]
_WILL_AFTER_RE = PATTERNS["will-after"]
PAGE_STAMP_BEFORE_RE = PATTERNS["page-stamp-before"]
DAY_RIGHT_AFTER_RE = PATTERNS["day-right-after"]
# The lead of an article: its first sentences (title, sapo, first paragraph).
LEAD_SENTENCES = 6
# How many sentences back a paragraph's dateline is looked for (real paragraphs hold
# a few; a page that is one endless paragraph must not make every lookup walk it all).
LOOK_BACK = 40


# No clause reaches further than this from a word in it: bounding the searches keeps
# a page that is one endless "sentence" in linear time.
MAX_CLAUSE = 600


def clause_end(text: str, pos: int, hi: int) -> int:
    """The end of the clause holding `pos` (a ';', '.', '!' or '?'), at most `hi`."""
    hi = min(hi, pos + MAX_CLAUSE)
    m = _CLAUSE_PUNCT_RE.search(text, pos, hi)
    return m.start() if m else hi


def clause_start(text: str, pos: int, lo: int) -> int:
    """The start of the clause holding `pos` (after a ';' or ':'), at least `lo`."""
    lo = max(lo, pos - MAX_CLAUSE)
    j = max(text.rfind(";", lo, pos), text.rfind(":", lo, pos))
    return j + 1 if j >= 0 else lo


def precision(d: PartialDate) -> int:
    return (d.year is not None) + (d.month is not None) + (d.day is not None)


_CLOCK_AFTER_RE = PATTERNS["clock-after"]


def is_page_stamp(text: str, d: DateMention) -> bool:
    """The crawler's or reader's stamp opening the text (" date 2025-11-11 ..."): the page's date."""
    return d.start < 12 and PAGE_STAMP_BEFORE_RE.fullmatch(text, 0, d.start) is not None


def is_stamp(text: str, d: DateMention) -> bool:
    """A date followed by a clock time is when the page was posted, not a fact's time."""
    return d.date.year is not None and _CLOCK_AFTER_RE.match(text, d.end) is not None


def date_le(a: PartialDate, b: PartialDate) -> bool:
    """a is on or before b. Dates that tell different parts (one has a year, the other
    not) are not ordered: never a TypeError from comparing None with a number."""
    if (a.year is None) != (b.year is None) or (a.month is None) != (b.month is None):
        return False
    return (a.year or 0, a.month or 0, a.day or 0) <= (b.year or 0, b.month or 0, b.day or 0)


def within(d: PartialDate, start: PartialDate, end: PartialDate) -> bool:
    """start <= d <= end, by date_le."""
    return date_le(start, d) and date_le(d, end)


def is_time_of_clause(text: str, head: int, d: DateMention) -> bool:
    """A date telling when its clause happens: at the sentence head, after a
    time word ("sáng 5/6", "hôm qua (15/3)"), or set off by commas after an
    opening phrase ("Nhân kỷ niệm ..., ngày 28/8, Đoàn ... đã hội đàm")."""
    if d.start - head < 30 or TIME_WORD_RE.search(text, max(head, d.start - 12), d.start) is not None:
        return True
    if TIME_WORD_WEEKDAY_RE.search(text, max(head, d.start - 20), d.start) is not None:
        return True  # "A và B hôm thứ Hai 11/8 khai mạc ..."
    if TIME_WORD_RE.search(d.surface) is not None:
        return True  # "hôm qua", "sáng nay": a time word itself
    if GLUED_OPENER_RE.search(text, max(head, d.start - 8), d.start) is not None:
        return True  # "... trong 5 ngày Ngày 15/8, tàu ...": a headline glued to the sentence it heads
    return ADJUNCT_DAY_RE.search(text, max(head, d.start - 20), d.start) is not None and (
        ADJUNCT_END_RE.match(text, d.end) is not None
    )


_RIGHT_BEFORE_RE = PATTERNS["right-before"]


def dates_the_verb(text: str, d: DateMention, verb: int) -> bool:
    """A date told right before a verb, the subject before both, dates it."""
    return d.end < verb and _RIGHT_BEFORE_RE.fullmatch(text, d.end, verb) is not None


def last_told_day(idx: DocIndex, text: str, pos: int) -> Optional[DateMention]:
    """The day the story was last at before `pos` ("Chiều 20/11, ... . Cùng ngày, ..."):
    the latest date with a day that tells the time of its sentence. None if that
    is a stretch of days ("Trong hai ngày 5 và 6/6"), which "cùng ngày" cannot pick from."""
    for i in range(bisect.bisect_left(idx.date_starts, pos) - 1, -1, -1):
        d = idx.dates[i]
        if d.date.day is None:
            continue
        sent = idx.sentences[idx.sentence_at(d.start)] if idx.sentences else None
        if sent is None:
            continue
        head = sentence_head(text, sent)
        opens = d.start - head < 40 and DATE_OPENER_RE.match(text, head, d.start) is not None
        opens = opens or is_day_heading(idx, d)  # "Thứ Năm, ngày 12/3/2026" over a calendar's items
        opens = opens or _in_bracketed_dateline(text, sent, d)  # "QUẢNG NINH (14/1) - ..."
        opens = opens or _opens_after_formula(text, head, sent, d)  # "Thực hiện kế hoạch ..., ngày 12/11, ..."
        if not opens and TIME_WORD_RE.search(text, max(head, d.start - 12), d.start) is None:
            continue
        if not opens and _RESULT_BEFORE_RE.search(text, head, d.start) is not None:
            continue  # "đánh giá cao kết quả hội đàm ... chiều 13/4": the recalled talks' day, not the story's
        if is_plan_day(text, sent, d):
            continue  # "Theo chương trình, sáng mai (29/3), hai đoàn sẽ ...": a plan's day, the story is not at it
        return None if d.end_date is not None else d
    return None


def _opens_after_formula(text: str, head: int, sent: Sentence, d: DateMention) -> bool:
    """`d` opens its sentence past an opening formula ("Thực hiện kế hoạch hợp tác năm 2026, ngày 12/11, tại ...
    đã diễn ra ..."), as `head_date` reads it."""
    for formula_re in _FORMULA_RES:
        formula = formula_re.match(text, head, sent.end)
        if formula is not None and formula.end() <= d.start <= formula.end() + AFTER_FORMULA:
            return DATE_OPENER_RE.match(text, formula.end(), d.start) is not None
    return False


def _in_bracketed_dateline(text: str, sent: Sentence, d: DateMention) -> bool:
    """ "QUẢNG NINH (14/1) - Tại ..., hai bên đã tổ chức hội đàm": the day of a place's dateline heading
    the sentence is the story's day, as a day opening it ("Chiều cùng ngày, ..." counts from it)."""
    m = BRACKETED_DATELINE_RE.match(text, sent.start, sent.end)
    return m is not None and d.end <= m.end()


_SOURCE_LEAD_RE = PATTERNS["source-lead"]


def day_right_after(idx: DocIndex, text: str, pos: int) -> Optional[DateMention]:
    """The day named right after text[:pos], a verb of taking place ("ADMM-19 diễn ra ngày
    31/10", "khai mạc sáng 14/6"), led by nothing but "vào" and a time word; None otherwise."""
    d = idx.first_date_in(pos, pos + 24)
    if d is None or d.date.day is None or not DAY_RIGHT_AFTER_RE.fullmatch(text, pos, d.start):
        return None
    return d


def opens_timeline_entry(text: str, s: Sentence) -> bool:
    """A sentence that is a timeline's entry, opened by its month and year ("7/2025: Sĩ quan trẻ
    hai nước giao lưu tại ..."): a milestone the page lists, not background to its news."""
    return TIMELINE_MONTH_RE.match(text, s.start, s.end) is not None


def sentence_head(text: str, s: Sentence) -> int:
    """Where a sentence's own words start, past an agency dateline ("Hà Nội, 23/4 (TTXVN) - ")
    and past the press source that tells it ("Báo X đưa tin, ", "Theo phóng viên TTXVN tại Y, ")."""
    global _HEADS
    heads = _HEADS  # read once: another thread may start another text meanwhile
    if heads[0] is not text:
        heads = _HEADS = (text, {})
    head = heads[1].get((s.start, s.end))
    if head is None:
        head = heads[1][(s.start, s.end)] = _head_of(text, s.start, s.end)
    return head


# The extractors ask for a sentence's head five times on average: it is worked out once per
# text and span (a pure function of them), for the last text asked about (held, so `is` is safe).
_HEADS: tuple[Optional[str], dict[tuple[int, int], int]] = (None, {})


def _head_of(text: str, start: int, end: int) -> int:
    m = AGENCY_DATELINE_RE.match(text, start, end) or _OUTLET_TAG_RE.match(text, start, end)
    head = m.end() if m else start + dateline_length(text[start:min(end, start + MAX_DATELINE)])
    m = _SOURCE_LEAD_RE.match(text, head, end)
    return m.end() if m else head


def head_date(idx: DocIndex, s: Sentence) -> Optional[DateMention]:
    """The date heading sentence `s`; past an opening formula whose own words hold it
    ("Thực hiện kế hoạch hợp tác năm 2024 giữa A và B, ngày 19/6, ...": the day, not the plan's year)."""
    text = idx.doc.text
    head = sentence_head(text, s)
    d = idx.first_date_in(head, min(s.end, head + HEAD_WINDOW))
    if d is None:
        return None
    for formula_re in _FORMULA_RES:
        formula = formula_re.match(text, head, s.end)
        if formula is not None and d.end <= formula.end():
            after = idx.first_date_in(formula.end(), min(s.end, formula.end() + AFTER_FORMULA))
            return after or d
    return d


def is_plan_day(text: str, s: Sentence, d: DateMention) -> bool:
    """A sentence's head date told as a day ahead ("Theo chương trình, sáng mai (29/3), hai đoàn sẽ ..."):
    the plan's day, which dates no other sentence."""
    return (_TOMORROW_BEFORE_RE.search(text, max(s.start, d.start - 12), d.start) is not None
            or _WILL_AFTER_RE.match(text, d.end, s.end) is not None)


def dateline(idx: DocIndex, si: int) -> Optional[DateMention]:
    """The date that heads the sentence, its paragraph or, failing those, the article."""
    return paragraph_dateline(idx, si) or article_dateline(idx)


def paragraph_dateline(idx: DocIndex, si: int) -> Optional[DateMention]:
    """The date heading the sentence or an earlier one of its paragraph (or the
    last sentence of the paragraph before)."""
    sents = idx.sentences
    text = idx.doc.text
    for j in range(si, max(-1, si - LOOK_BACK), -1):
        s = sents[j]
        d = head_date(idx, s)
        if d is not None and (j == si or (OTHER_TIME_OPENER_RE.match(text, sentence_head(text, s), s.end) is None
                                          and not is_plan_day(text, s, d))):
            return d  # (not "Trước đó, năm 2023, hai bên đã ký ...": another time than the next sentence's)
        if j < si and idx.paragraph_start(s.start) != idx.paragraph_start(sents[si].start):
            break
    return heading_above(idx, sents[si].start)


# A day heading is in force only on a page with at least this many, of different days ...
MIN_DAY_HEADINGS = 2
# ... all within this many days (a menu's date widget and a stale header clock are no calendar)
DAY_HEADINGS_SPAN = 31
_DAY_HEADING_BEFORE_RE = PATTERNS["day-heading-before"]
_DAY_HEADING_AFTER_RE = PATTERNS["day-heading-after"]


def day_headings(idx: DocIndex) -> list[DateMention]:
    """The dates of a calendar's or a timeline's day headings: lines of their own below the headline
    holding a day and nothing but a weekday ("Thứ Ba, ngày 10/3/2026", "Thứ Bảy, Chủ nhật (14 -
    15/3/2026)"), the items under each told on that day ("- Cả ngày: Tại Hà Nội, ... đồng chủ trì Đối
    thoại ..."). None on a page with a single one (a date widget, a stamp) or whose headings lie
    months apart (a stale header clock over a story); cached on the index."""
    if idx.day_headings is None:
        found = [d for s in idx.sentences if (d := _day_heading_of(idx, s)) is not None]
        days = sorted({d for d in (idx.resolve(m.date) for m in found) if d is not None and d.is_complete},
                      key=lambda d: (d.year, d.month, d.day))
        spread = len(days) >= MIN_DAY_HEADINGS and (
            datetime.date(days[-1].year, days[-1].month, days[-1].day)  # type: ignore[arg-type]  # is_complete: all three set
            - datetime.date(days[0].year, days[0].month, days[0].day)).days <= DAY_HEADINGS_SPAN  # type: ignore[arg-type]  # is_complete: all three set
        idx.day_headings = found if spread else []
    return idx.day_headings


def _day_heading_of(idx: DocIndex, s: Sentence) -> Optional[DateMention]:
    """The date of sentence `s` when it is a day heading: a line of its own, one date with its day."""
    text = idx.doc.text
    line = text[idx.paragraph_start(s.start) : idx.paragraph_end(s.start)].strip()
    if line != text[s.start : s.end].strip():
        return None
    dates = idx.dates_in(s.start, s.end)
    if len(dates) != 1 or dates[0].date.day is None:
        return None
    d = dates[0]
    if _DAY_HEADING_BEFORE_RE.fullmatch(text, s.start, d.start) and _DAY_HEADING_AFTER_RE.fullmatch(text, d.end, s.end):
        return d
    return None


def is_day_heading(idx: DocIndex, d: DateMention) -> bool:
    """`d` is the date of one of the page's day headings (`day_headings`)."""
    return any(h is d for h in day_headings(idx))


def heading_above(idx: DocIndex, pos: int) -> Optional[DateMention]:
    """The day heading nearest above `pos` (`day_headings`), the day of the items under it."""
    found = None
    for h in day_headings(idx):
        if h.start >= pos:
            break
        found = h
    return found


def title_sentence(idx: DocIndex) -> int:
    """The headline's sentence: the first with more than three words of letters (a date
    stamp or a widget's leftovers may stand above it: "18/03/2026 x", "+ aa")."""
    text = idx.doc.text
    for i, s in enumerate(idx.sentences[:LEAD_SENTENCES]):
        if len(LETTER_WORD_RE.findall(text, s.start, s.end)) > 3:
            return i
    return 0


def article_dateline(idx: DocIndex, told_only: bool = False) -> Optional[DateMention]:
    """The date heading one of the article's first sentences, else the first day
    told in its lead ("... ký Bản ghi nhớ tại Hà Nội ngày 19/4/2017 nhằm ..."); never a day
    ahead (`is_plan_day`). With `told_only`, a day the text itself heads a lead sentence with,
    never the date the page was stored with (" date 2025-08-18 Ngày 17/8, ...": 17/8)."""
    text = idx.doc.text
    sents = idx.sentences[:LEAD_SENTENCES]
    for s in sents:
        d = head_date(idx, s)
        if d is not None and told_only and is_page_stamp(text, d):
            d = _date_heading_the_rest(idx, s, d.end)
        if d is not None and not is_plan_day(text, s, d):
            return d
    if told_only:
        return None
    for s in sents[:3]:
        # not the day of an agency dateline: the day the story was filed, no event's day; nor the days an
        # anniversary counts ("Nhân kỷ niệm 70 năm Ngày thành lập ... (20/1/1949 - 20/1/2019), Đoàn ...",
        # "chúc mừng Quốc khánh lần thứ 48 nước X (02/12/1975 - 02/12/2023)": a stretch over the years)
        head = sentence_head(text, s)
        dated = [x for x in idx.dates_in(head, s.end) if x.date.day is not None and not _years_counted(x)
                 and not _ANNIVERSARY_BRACKET_BEFORE_RE.search(text, max(head, x.start - 220), x.start)]
        if dated:
            return dated[0]
    return None


def _years_counted(d: DateMention) -> bool:
    """ "(02/12/1975 - 02/12/2023)": a stretch of more than a year between two full days, the years an
    anniversary counts, never the days of what the lead tells."""
    return d.end_date is not None and d.end_date.day is not None and years_counted(d.date, d.end_date)


def _date_heading_the_rest(idx: DocIndex, s: Sentence, pos: int) -> Optional[DateMention]:
    """The date heading what sentence `s` says from `pos` on (past the page's stored date:
    " date 2025-10-21 (GLO)-Chiều 21-10, ...": 21/10), if it has a day."""
    text = idx.doc.text
    while pos < s.end and text[pos].isspace():
        pos += 1
    d = head_date(idx, Sentence(text[pos : s.end], pos, s.end)) if pos < s.end else None
    return d if d is not None and d.date.day is not None else None


def dates_of(idx: DocIndex, dm: Optional[DateMention]) -> tuple[Optional[PartialDate], Optional[PartialDate]]:
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
