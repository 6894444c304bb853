"""Vietnamese news dates: "Chiều 24/10", "ngày 19 - 22/12/2024", "tháng 9/2023".

News writes most dates without a year ("Sáng 2-7") and leaves the year to
the page's date stamp, so finding dates and dating the page go together:
`infer_publication_date` reads the stamp (or reasons one out), and
`find_dates` completes yearless dates from it with `resolve_year`.

Rules worth knowing:

* A bare day-month ("24/10", "2-7") is a date only after a cue word
  (ngày, sáng, chiều, hôm qua (...), từ, đến, vào, a weekday...; see
  `kg/data/dates.tsv`) or as part of a range ("19-22/12"); "dd/mm/yyyy",
  "dd.mm.yyyy", "dd-mm-yyyy" and ISO "yyyy-mm-dd" with a plausible year
  always count.
* Numbers such as "806-NQ/QUTW", "Su-30MK2", "2.000", "80 năm", "3-1"
  are not dates; day and month ranges are validated.
* Year spans ("nhiệm kỳ 2026 - 2031", "giai đoạn 2021-2025") are read only
  after the word "năm" ("năm 2021 - 2025" -> gYear 2021 to 2025); a bare
  span of years is a term of office or a plan, not a date of something
  that happened, and is ignored.
* A date with no year stays partial (`PartialDate(None, 10, 24)`) unless a
  reference (publication) date is given; it is never guessed.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Iterable, Iterator, NamedTuple, Optional

from kg.model import DateMention, Doc, PartialDate, RemovedLine
from kg.pipeline.common import ORDINAL_WORDS
from kg.pipeline import component
from kg.resources import data_rows
from kg.pipeline.patterns import named_patterns
from kg.pipeline.rules import drop, rule

PATTERNS = named_patterns("date_patterns.tsv")


MIN_YEAR = 1900
MAX_YEAR = 2100
# A yearless date more than this many months after the publication month is
# read as last year's ("ngày 28/12" in a January article).
ROLLOVER_MONTHS = 2
# A yearless day told this close after a full date with its year, and at most STORY_DAYS days
# after it in that year, is of that date's year (the story's), not the publication's: a paper of
# 2025 telling "ADMM-18 khai mạc ngày 20/11/2024 ... Cũng trong ngày 21/11, ..." (round 22).
STORY_YEAR_REACH = 1200
STORY_DAYS = 31
LEAD_PARAGRAPHS = 3
_MAX_DAY = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, ...]]:
    """kind -> phrases, from kg/data/dates.tsv."""
    out: dict[str, list[str]] = {}
    for kind, phrase in data_rows("dates.tsv"):
        out.setdefault(kind, []).append(phrase.lower())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _alt(kind: str, reverse: bool = False) -> str:
    """The phrases of `kind` as regex alternatives (spelled backwards with `reverse`)."""
    phrases = (p[::-1] if reverse else p for p in _lexicon()[kind])
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)


# ----------------------------------------------------------------- patterns

_LB = r"(?<![\w./\-–])"  # no digit, letter, or number glue before
_RB = r"(?![\w]|[./\-–]\d)"  # and none after
# `_LB` checked from just after a first digit: the same test, placed so that a
# pattern still starts with `\d` (see `_dm`).
_LB1 = r"(?<![\w./\-–]\d)"


# Words after "tháng 6, 2000" that make the number a count, not a year ("2000 binh sĩ").
_COUNTED = PATTERNS["count-noun"].pattern


def _dm(k: str, lead: str = "", month: str = "?") -> str:
    """One day with an optional month and year, groups suffixed with k.

    `lead` is put after the first digit: a look-behind there (`_LB1`) keeps
    the pattern opening with a digit class, which lets the regex engine skip
    ahead to digits in C instead of trying every position of the text.
    `month=""` makes the month required.
    """
    return (
        rf"(?P<d{k}>\d{lead}\d?)"
        rf"(?:"
        rf"(?P<sep{k}>[/\-])(?P<m{k}>\d{{1,2}})(?:(?P=sep{k})(?P<y{k}>\d{{4}}))?"
        rf"|\.(?P<pm{k}>\d{{1,2}})(?:\.(?P<py{k}>\d{{4}}))?"
        rf"|\s+tháng\s+(?P<tm{k}>\d{{1,2}})(?:(?:\s*,\s*|\s+)năm\s+(?P<ty{k}>\d{{4}})|\s*/\s*(?P<sy{k}>\d{{4}})"
        rf"|,\s*(?P<cy{k}>(?:19|20)\d{{2}})(?!\d|\s+{_COUNTED}))?"
        rf"){month}"
    )


_DASH = r"\s*[-–—]\s*"
# "và" joins two days of one range only when the first has no month: "hai ngày 20 và 21/11".
# A weekday in brackets may stand after the first day: "từ ngày 25 tháng 6 (thứ bảy) đến ngày 28 tháng 6".
_WEEKDAY_NOTE = r"(?:\s*\((?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|CN)\))?"
# A comma joins two days of one range on the same terms, after "ngày": "trong hai ngày 20, 21/3".
_TO = rf"(?:{_WEEKDAY_NOTE}(?:{_DASH}|\s+(?:đến|tới|(?P<and>và))\s+(?:ngày\s+)?|(?P<comma>\s*,\s*)))"


def _digit_class() -> str:
    r"""`\d` as a character class the regex engine tests against a bitmap, where
    `\d` asks the Unicode database about each character of a scanned text: the
    decimal digits of the BMP, and any astral character, which the look-behind
    then confirms as a digit (astral characters are rare)."""
    bmp = "".join(c for c in map(chr, range(0x10000)) if c.isdecimal())
    return "[" + re.escape(bmp) + "\U00010000-\U0010ffff](?<=\\d)"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    flags = re.IGNORECASE
    digit = _digit_class()
    return {
        # Scanned over whole texts, so they open with `digit`, not `\d`.
        # "number": where a date can take a number, a digit with no number glue
        # before it (see `_LB1`), and the digits that follow.
        "number": re.compile(digit + _LB1 + r"\d*"),
        "year_digits": re.compile(digit + r"\d{3}"),
        # The date patterns are tried only where `_candidates` finds they can
        # start; "[tT](?<!\w[tT])(?i:háng)" is "(?<!\w)tháng" with IGNORECASE.
        "range": re.compile(_dm("1", _LB1) + _TO + _dm("2") + _RB, flags),
        # A lone day ("19") is never a date: "single" wants the month, so such
        # numbers do not come back as matches. (The optional month is tried
        # first, so the matches that remain are the same; a lone day spans one
        # number, so skipping it hides no later start.)
        "single": re.compile(_dm("1", _LB1, month="") + _RB, flags),
        "iso": re.compile(r"(?P<y>\d" + _LB1 + r"\d{3})-(?P<m>\d{2})-(?P<d>\d{2})" + _RB),
        "month": re.compile(
            r"[tT](?<!\w[tT])(?i:háng)\s+(?P<m>\d{1,2})"
            r"(?:\s*[/\-.]\s*(?P<y>\d{4})|(?:\s*,\s*|\s+)năm\s+(?P<y2>\d{4}))?" + _RB,
            flags,
        ),
        "year": re.compile(
            r"[nN](?<!\w[nN])(?i:ăm)\s+(?P<y>\d{4})(?:" + _DASH + r"(?P<y2>\d{4}))?" + _RB, flags
        ),
        # "cue_before" is a cue word ending a window: "(?:^|\W)CUE\s*,?\s*(?:ngày\s*)?(?:\(\s*)?$"
        # searched for, written backwards to be matched once on the reversed window
        # (see `_has_cue`).
        "cue_before_reversed": re.compile(
            r"(?:\s*\()?(?:\s*yàgn)?\s*,?\s*(?:" + _alt("cue", reverse=True) + r")(?:\W|\Z)", flags
        ),
        "future_before": re.compile(r"(?<!\w)(?:" + _alt("future") + r")(?!\w)", flags),
        "past_before": re.compile(r"(?<!\w)(?:" + _alt("past") + r")(?!\w)", flags),
        "present_before": re.compile(r"(?<!\w)(?:" + _alt("present") + r")(?!\w)", flags),
        "future_after": re.compile(r"^\)?\s*(?:" + _alt("future_after") + r")(?!\w)", flags),
        "past_after": re.compile(r"^\)?\s*(?:" + _alt("past_after") + r")(?!\w)", flags),
        "horizon_before": re.compile(r"(?:" + _alt("horizon") + r")\s*$", flags),
        "milestone_before": re.compile(r"(?<!\w)(?:" + _alt("milestone") + r")(?!\w)", flags),
        "previous_before": re.compile(r"(?<!\w)(?:" + _alt("previous") + r")\s+(?:vào\s+)?(?:ngày\s+|hôm\s+)?$", flags),
        "milestone_day_before": re.compile(r"(?<!\w)(?:" + _alt("milestone") + r")\s+(?:vào\s+)?(?:ngày|hôm)\s*$", flags),
        "launch_month_before": re.compile(r"(?<!\w)(?:" + _alt("launch") + r")\s+(?:vào\s+)?(?:tháng\s*)?$", flags),
        "meta_line": re.compile(
            # after a section's name and a bar or dash too ("Thực tiễn | Ngày đăng: 22/12/2025", "Đối ngoại - Ngày đăng : ...")
            r"^\W*(?:[^\W\d][^|\-–\n\d]{0,30}\s[|\-–]\s*)?(?:(?:" + _alt("weekday") + r"|" + _alt("meta")
            + r")\b|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\W+\d{1,2}:\d{2})",
            flags,
        ),
        "time": re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}h\d{2}\b|\bGMT\b", flags),
    }


# ----------------------------------------------------------------- helpers


def _valid(year: Optional[int], month: Optional[int], day: Optional[int]) -> bool:
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        return False
    if month is None:
        return day is None and year is not None
    if not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if month == 2 and day == 29 and year is not None:
        return calendar.isleap(year)
    return 1 <= day <= _MAX_DAY[month - 1]


def _int(m: re.Match[str], *names: str) -> Optional[int]:
    for name in names:
        value = m.group(name)
        if value is not None:
            return int(value)
    return None


# The groups of `_dm(k)`: day, then the month and year of each written form.
_PART_GROUPS = {k: tuple(g + k for g in ("d", "m", "pm", "tm", "y", "py", "ty", "sy", "cy")) for k in "12"}


def _parts(m: re.Match[str], k: str) -> tuple[int, Optional[int], Optional[int], bool]:
    """(day, month, year, worded) of the `_dm(k)` groups; worded = "5 tháng 3" form."""
    day, month_s, month_d, month_w, year_s, year_d, year_w, year_ws, year_wc = m.group(*_PART_GROUPS[k])
    # a group that took part holds digits (never ""), so `or` picks the one that did
    month = month_s or month_d or month_w
    year = year_s or year_d or year_w or year_ws or year_wc
    return int(day), int(month) if month else None, int(year) if year else None, month_w is not None


def _has_cue(text: str, start: int) -> bool:
    """Whether a cue word ("ngày", "sáng", "từ", ...) ends the 30 characters before `start`.

    The cue must end the window, so the window is read backwards: one anchored
    match on the reversed text instead of a search that starts at every position.
    """
    window = text[max(0, start - 30) : start]
    return _patterns()["cue_before_reversed"].match(window[::-1]) is not None


def _clause_before(text: str, start: int) -> str:
    """Text from the start of the clause holding `start` (at most 120 chars back)."""
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind("; "))
    return window[cut + 1 :] if cut >= 0 else window


OCCASION_AHEAD_RE = PATTERNS["occasion-ahead"]
_ANNIVERSARY_WORD_RE = PATTERNS["anniversary-word"]
PLAN_CARRIED_OUT_RE = PATTERNS["plan-carried-out-before"]


def _tense(text: str, start: int, end: int) -> Optional[str]:
    """'future', 'past' or None, from words around a date ("dự kiến", "vừa qua")."""
    pats = _patterns()
    after = text[end : end + 20]
    if pats["future_after"].search(after):
        return "future"
    if pats["past_after"].search(after):
        return "past"
    clause = _clause_before(text, start)
    if pats["present_before"].search(clause):
        return None  # "đã và sắp diễn ra trong năm 2013": the year the page is written in
    # "tiến tới 60 năm thiết lập quan hệ, ngày 10/3, đoàn đã thăm ...": an anniversary ahead, no future;
    # "Thực hiện kế hoạch hợp tác năm 2024, ngày 19/6, đoàn ...": a plan carried out, no future
    fut = [m.start() for m in pats["future_before"].finditer(clause) if not OCCASION_AHEAD_RE.match(clause, m.start())
           and not PLAN_CARRIED_OUT_RE.search(clause, max(0, m.start() - 24), m.start())]
    past = [m.start() for m in pats["past_before"].finditer(clause)]
    if fut or past:
        # the cue nearest to the date decides: "đã thông báo sẽ tổ chức vào ngày ..."
        return "future" if max(fut, default=-1) > max(past, default=-1) else "past"
    return None


def resolve_year(
    d: PartialDate, reference: Optional[PartialDate], tense: Optional[str] = None
) -> PartialDate:
    """Complete a yearless `d` with the year of `reference` (the publication date).

    With no tense known, a date more than two months after the reference
    month belongs to the year before (a January article about "28/12").
    With tense "future" the date takes the year that puts it nearest the
    reference (`_planned_for_next_year`), with "past" it is on or before it, save a day a few days after the
    reference (`_past_year_shift`). Dates that have a year, and references without one, are returned unchanged.
    """
    if d.year is not None or reference is None or reference.year is None:
        return d
    year = reference.year
    if reference.month is not None and d.month is not None:
        here = (d.month, d.day or 1)
        ref = (reference.month, reference.day or (1 if tense == "future" else 31))
        if tense == "future":
            if _planned_for_next_year(here, ref):
                year += 1
        elif tense == "past":
            year += _past_year_shift(here, ref, d.day is not None)
        elif d.month > reference.month + ROLLOVER_MONTHS:
            year -= 1
    if not _valid(year, d.month, d.day):  # 29/2 in a common year: keep what the text says
        return d
    return PartialDate(year, d.month, d.day)


def _planned_for_next_year(here: tuple[int, int], ref: tuple[int, int]) -> bool:
    """Whether a planned yearless (month, day) `here` falls in the year after the page's `ref`: the year
    that puts it nearest the page. A plan told a few days after its day ("dự kiến rời cảng sáng 20/6" on
    a page of 24/6, often carried out since) or in the page's own month is this year's; one for early
    January on a page of late December is next year's (round 52k)."""
    if here >= ref:
        return False
    before = (_day_of_year(ref) - _day_of_year(here)) % 365  # days the day falls before the page, in its year
    return before > 365 - before


# A day told as done at most this many days after the page's date is of the year that puts it nearest the
# page (`date.nearest-year-past-day`): a stamp of first publication, an update or a timezone slip.
PAST_DAYS_AHEAD = 5
NEAREST_YEAR_PAST_DAY = rule(
    "date.nearest-year-past-day", "a yearless day told as done that falls at most five days after the page's date "
    "('đã cập cảng ..., bắt đầu chuyến thăm đến hết ngày 13/7' on a page of 10/7, 'đã ... 2/1' on a page of 30/12) "
    "takes the year that puts it nearest the page, not the year before; later days still go back a year")


def _past_year_shift(here: tuple[int, int], ref: tuple[int, int], day_told: bool) -> int:
    """The years to add to the page's year for a (month, day) `here` told as done, against the page's `ref`:
    0 on or before it, -1 after it. A day (`day_told`; a month after the page's cannot have begun) at most
    PAST_DAYS_AHEAD days after it, across the new year too, takes the nearest year (`NEAREST_YEAR_PAST_DAY`:
    a page is often stamped a day or a few before the days it tells, a stay's last day "đến hết ngày 13/7"
    most of all; round 53b)."""
    after = (_day_of_year(here) - _day_of_year(ref)) % 365  # days the day falls after the page
    near = day_told and 0 < after <= PAST_DAYS_AHEAD
    if here > ref:
        return 0 if near else -1
    return 1 if near else 0  # before the page yet near after it: "2/1" on a page of 30/12 is next year's


def _day_of_year(md: tuple[int, int]) -> int:
    """The day of a common year of (month, day), 29/2 read as 28/2."""
    month, day = md
    return datetime.date(2001, month, min(day, 28 if month == 2 else _MAX_DAY[month - 1])).timetuple().tm_yday


def _year_after(d: PartialDate, anchor: PartialDate) -> Optional[int]:
    """The year that puts the yearless day `d` within STORY_DAYS days on or after the full date
    `anchor` told just before it (the anchor's year or the next: "30/12/2024 ... 2/1"), or None."""
    if anchor.year is None or anchor.month is None or anchor.day is None or d.month is None or d.day is None:
        return None
    start = datetime.date(anchor.year, anchor.month, anchor.day)
    for year in (anchor.year, anchor.year + 1):
        if _valid(year, d.month, d.day) and 0 <= (datetime.date(year, d.month, d.day) - start).days <= STORY_DAYS:
            return year
    return None


def _with_year(d: PartialDate, year: int) -> PartialDate:
    """`d` in `year`, or `d` unchanged where that day does not exist (29/2)."""
    return PartialDate(year, d.month, d.day) if _valid(year, d.month, d.day) else d


class _Candidate(NamedTuple):
    start: int
    end: int
    date: PartialDate
    end_date: Optional[PartialDate] = None


def _finditer_at(pat: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pat.finditer(text)`, trying `pat` only at `starts` (ascending), which must
    hold every position where `pat` can match. One scan for the starts then
    serves several patterns; `match` at a position still sees the text before it."""
    pos = 0
    for start in starts:
        if start >= pos:
            m = pat.match(text, start)
            if m is not None:
                yield m
                pos = m.end()


def _numbers(text: str) -> tuple[list[int], list[int]]:
    """Where the 1-2 digit numbers (days, months) and the 4-digit ones (years) start.

    Every date pattern reads its first number whole (a non-digit follows
    it), so "range", "single" and "tháng N" begin only with a short number,
    "iso" and "năm YYYY" only with a year; numbers of other lengths begin no
    date, and one scan of the text serves all patterns.
    """
    short: list[int] = []
    years: list[int] = []
    for m in _patterns()["number"].finditer(text):
        start, end = m.span()
        if end - start <= 2:
            short.append(start)
        elif end - start == 4:
            years.append(start)
    return short, years


def _blank_runs(text: str, numbers: list[int]) -> list[int]:
    """For each number that follows whitespace, where that whitespace begins
    (ascending): the only places a word such as "tháng" can end and still be
    followed by that number."""
    out = []
    for q in numbers:
        r = q
        while r and text[r - 1].isspace():  # str.isspace is the regex's \s
            r -= 1
        if r < q:
            out.append(r)
    return out


def _candidates(text: str) -> Iterable[_Candidate]:
    short, years = _numbers(text)
    yield from _day_candidates(text, short, years)
    yield from _month_candidates(text, short)
    yield from _timeline_months(text)
    yield from _year_candidates(text, years)


def _day_candidates(text: str, short: list[int], years: list[int]) -> Iterable[_Candidate]:
    """Full and day-month dates, ranges of them, and ISO dates."""
    pats = _patterns()
    for m in _finditer_at(pats["range"], text, short):
        yield from _from_range(text, m)
    for m in _finditer_at(_DAY_LIST_RE, text, short):
        yield from _from_day_list(text, m)
    # finditer does not overlap; the single pass also reads each half of a range
    for m in _finditer_at(pats["single"], text, short):
        d, mo, y, _ = _parts(m, "1")
        if (y is not None or _has_cue(text, m.start()) or _in_dateline(text, m)) and _valid(y, mo, d):
            yield _Candidate(m.start(), m.end(), PartialDate(y, mo, d))
    for m in _finditer_at(pats["iso"], text, years):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        if _valid(y, mo, d):
            yield _Candidate(m.start(), m.end(), PartialDate(y, mo, d))
    if "年" in text:  # "2025年12月15日" heading an embassy's item: that day (`CJK_DATE`)
        for m in _CJK_DATE_RE.finditer(text):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            if _valid(y, mo, d):
                yield _Candidate(m.start(), m.end(), PartialDate(y, mo, d))


_CJK_DATE_RE = PATTERNS["cjk-date"]
CJK_DATE = rule("date.cjk-date", "a date written the Chinese/Japanese way in the body ('2025年12月15日 ｜ Đại sứ ... "
                "chào xã giao ...', an embassy's list of news items): that day")
AGENCY_DATELINE_RE = PATTERNS["agency-dateline"]
BRACKETED_DATELINE_RE = PATTERNS["bracketed-dateline"]
BRACKETED_DATELINE = rule("date.bracketed-dateline", "the day in brackets of a place's dateline opening a paragraph "
                          "('QUẢNG NINH (14/1) - Tại ...'): a date with no cue word before it, the day the story was filed")
AGENCY_DATELINE = rule("date.agency-dateline", "the day of a dateline opening a paragraph ('(KH&PT) - Hà Nội, 12/8 - ', "
                       "'Hà Nội, 23/4 (TTXVN) - '): a date with no cue word before it, the day the story was filed")


CAPS_DATELINE_RE = PATTERNS["caps-dateline"]
CAPS_DATELINE = rule("date.caps-dateline", "the day after a place written in capitals, its country in brackets, "
                     "opening a paragraph with no comma ('SURABAYA (INDONESIA) 14-5 - Sáng nay, ...'): a print-style "
                     "dateline, the day the story was filed")


def _in_dateline(text: str, m: re.Match[str]) -> bool:
    """Whether the day-month `m` is the date of an agency dateline opening its line (`AGENCY_DATELINE`),
    of a place's dateline with the day in brackets ("QUẢNG NINH (14/1) - ...", `BRACKETED_DATELINE`)
    or of one in capitals with the day after it ("SURABAYA (INDONESIA) 14-5 - ...", `CAPS_DATELINE`)."""
    line = text.rfind("\n", 0, m.start()) + 1
    before = text[line : m.start()].rstrip()
    if m.start() - line > 60:
        return False
    if not before.endswith((",", "(")):
        d = CAPS_DATELINE_RE.match(text, line)
        return d is not None and d.end() >= m.end() and before.isupper()
    d = (AGENCY_DATELINE_RE if before.endswith(",") else BRACKETED_DATELINE_RE).match(text, line)
    if d is None or d.end() < m.end():
        return False
    place = before.rstrip(",(").rsplit(")", 1)[-1].strip(" -–—")
    return all(w[:1].isupper() for w in place.split())  # a place's name: "Hà Nội", "Viêng Chăn", "TP.HCM"


def _month_candidates(text: str, short: list[int]) -> Iterable[_Candidate]:
    """ "tháng 9", "tháng 9/2024": the word, whitespace, then the number. Whitespace is no
    number glue, so the word ends where the blanks before a number begin."""
    month_starts = (r - len("tháng") for r in _blank_runs(text, short) if r >= len("tháng"))
    for m in _finditer_at(_patterns()["month"], text, month_starts):
        mo = int(m["m"])
        y = _int(m, "y", "y2")
        if _valid(y, mo, None):
            yield _Candidate(m.start(), m.end(), PartialDate(y, mo))


TIMELINE_MONTH_RE = PATTERNS["timeline-month"]
_DATE_CELL_RE = PATTERNS["date-cell"]
TIMELINE_MONTH = rule("date.timeline-month", "a month and year opening a line before a colon ('11/2024: Đối thoại ... "
                      "được tổ chức tại Manila.', a timeline's entry): that month")


def is_date_cell(text: str) -> bool:
    """Whether `text` is a list item's date cell alone ("27/3/2024", "20-23/1/2026", "11/2024")."""
    return _DATE_CELL_RE.fullmatch(" ".join(text.split())) is not None


def _timeline_months(text: str) -> Iterable[_Candidate]:
    """ "11/2024: ..." opening a line: the month of a timeline's entry (`TIMELINE_MONTH`)."""
    if ":" not in text:
        return
    for m in TIMELINE_MONTH_RE.finditer(text):
        mo, y = int(m["m"]), int(m["y"])
        if _valid(y, mo, None):
            yield _Candidate(m.start("m"), m.end() - 1, PartialDate(y, mo))


def _year_candidates(text: str, years: list[int]) -> Iterable[_Candidate]:
    """ "năm 2024", "năm 2023-2025", and a lunar new year or an ASEAN chair named with its year."""
    year_starts = (r - len("năm") for r in _blank_runs(text, years) if r >= len("năm"))
    for m in _finditer_at(_patterns()["year"], text, year_starts):
        y = int(m["y"])
        y2 = _int(m, "y2")
        if not _valid(y, None, None):
            continue
        if y2 is not None and _valid(y2, None, None) and y2 > y:
            yield _Candidate(m.start(), m.end(), PartialDate(y), PartialDate(y2))
        else:
            yield _Candidate(m.start(), m.end("y"), PartialDate(y))
    for q in years:  # "Tết Nguyên đán Canh Tý 2020", "Chủ tịch ASEAN 2021": that year (read only before four digits: cheap)
        if (q + 4 == len(text) or not text[q + 4].isdigit()) and (
                _LUNAR_BEFORE_RE.search(text, max(0, q - 48), q) or _ASEAN_CHAIR_BEFORE_RE.search(text, max(0, q - 40), q)):
            y = int(text[q : q + 4])
            if _valid(y, None, None):
                yield _Candidate(q, q + 4, PartialDate(y))


_DAY_LIST_RE = PATTERNS["day-list"]
_DAY_LIST_ITEM_RE = PATTERNS["day-list-item"]
DAY_LIST = rule("date.day-list", "days listed after a cue word, told apart: 'ngày 6 và 8/9', 'các ngày 6/9 và 8/9', "
                "'ngày 6, 7 và 9/9' are each a day, the month of the last for a day written without one")


def _from_day_list(text: str, m: re.Match[str]) -> Iterable[_Candidate]:
    """Each day of a list of days after a cue word (`DAY_LIST`), in the month written with it or
    with the last day, the year of the last; none unless the days go forward and are valid. Two
    days in a row with no month on the first are a range (`_from_range` reads them)."""
    if not _has_cue(text, m.start()):
        return
    items = list(_DAY_LIST_ITEM_RE.finditer(text, m.start(), m.end()))
    last = items[-1]
    year, month = _int(last, "y"), int(last["m"])
    days = [(it, int(it["m"]) if it["m"] else month, int(it["d"])) for it in items]
    if len(days) == 2 and items[0]["m"] is None and days[1][2] == days[0][2] + 1:
        return
    if any(not _valid(year, mo, d) for _, mo, d in days) or any(
            (a[1], a[2]) >= (b[1], b[2]) for a, b in zip(days, days[1:])):
        return
    for it, mo, d in days:
        yield _Candidate(it.start(), it.end(), PartialDate(year, mo, d))


_DAY_WORD_BEFORE_RE = PATTERNS["day-word-before"]


def _from_range(text: str, m: re.Match[str]) -> Iterable[_Candidate]:
    d1, m1, y1, worded1 = _parts(m, "1")
    d2, m2, y2, _ = _parts(m, "2")
    start2 = m.start("d2")
    if m2 is None:
        return
    if (m.group("and") is not None or m.group("comma") is not None) and (m1 is not None or d2 != d1 + 1):
        return  # "5/3 và 7/3" names two days; the single pass reads each
    if m.group("comma") is not None and not _DAY_WORD_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
        return  # "tỷ số 2, 3/4 ..."; only "ngày 20, 21/3" joins two days with a comma
    if not _valid(y2, m2, d2):
        return
    last = PartialDate(y2, m2, d2)
    # the second half may stand alone (e.g. when the first is not a day)
    if y2 is not None or _has_cue(text, start2):
        yield _Candidate(start2, m.end(), last)
    first = _range_start(text, m, (y1, m1, d1), last, worded1)
    if first is not None:
        yield _Candidate(m.start(), m.end(), first, last)


def _range_start(
    text: str, m: re.Match[str], first: tuple[Optional[int], Optional[int], int], last: PartialDate, worded: bool
) -> Optional[PartialDate]:
    """The first day of "d1[/m1[/y1]] - d2/m2[/y2]" (`first` as written: year,
    month, day; the second half `last` is valid) when the two read as a range;
    None when they are two things."""
    y1, m1, d1 = first
    y2, m2, d2 = last.year, last.month, last.day
    assert m2 is not None and d2 is not None
    if y1 is not None and y2 is None:
        return None  # "1/7/2025 - 5/7" is two things, not a range
    month1 = m1 if m1 is not None else m2
    year1 = y1 if y1 is not None else y2
    if y1 is None and y2 is not None and m1 is not None and m1 > m2:
        year1 = y2 - 1  # "28/12 - 2/1/2025"
    if not _valid(year1, month1, d1) or not _ordered(year1, m1, month1, d1, last):
        return None
    if y2 is None:
        cue = _has_cue(text, m.start())
        if not (cue or m1 is not None or d1 < d2) or (m1 is None and not cue and worded):
            return None
    return PartialDate(year1, month1, d1)


def _ordered(year1: Optional[int], m1: Optional[int], month1: int, d1: int, last: PartialDate) -> bool:
    """The first day (its month `m1` as written, `month1` as read) comes before `last`."""
    y2, m2, d2 = last.year, last.month, last.day
    assert m2 is not None and d2 is not None
    if m1 is None and year1 is None and not d1 < d2:
        return False
    if year1 is not None and not (year1, month1, d1) < (y2 or 0, m2, d2):
        return False
    # "30/11 - 2/12" crosses a month within one year; a later or equal first day is no range
    return not (year1 is None and m1 is not None and (m1, d1) >= (m2, d2))


def _select(cands: Iterable[_Candidate]) -> list[_Candidate]:
    """Leftmost-longest, non-overlapping."""
    chosen: list[_Candidate] = []
    last_end = -1
    for c in sorted(set(cands), key=lambda c: (c.start, -(c.end - c.start))):
        if c.start >= last_end:
            chosen.append(c)
            last_end = c.end
    return chosen


@lru_cache(maxsize=32)
def _selected(text: str) -> tuple[_Candidate, ...]:
    """The chosen candidates of `text`; cached because dating a page reads the
    same body twice (publication hints, then every date with the reference)."""
    return tuple(_select(_candidates(text)))


def find_dates(text: str, reference: Optional[PartialDate] = None) -> list[DateMention]:
    """Every date expression in `text`, in order, with character offsets.

    Yearless dates take their year from `reference` through `resolve_year`
    (with the tense read around the date); without a reference they stay
    partial.
    """
    out: list[DateMention] = []
    anchor: Optional[_Candidate] = None  # the last full date told with its year
    # a yearless day told before any full date (a lead's "Trong hai ngày 15-16/6"): the story's year is
    # the publication's, and a full date told after it is background ("Hội đàm lần thứ 2 ngày 22/5/2025")
    by_publication = False
    for c in _selected(text):
        start_date, end_date = c.date, c.end_date
        if start_date.year is not None and start_date.day is not None:
            anchor = c
        elif start_date.day is not None and anchor is None:
            by_publication = True
        elif start_date.day is not None and anchor is not None and not by_publication and c.start - anchor.end <= STORY_YEAR_REACH:
            start_date, end_date = _in_the_story_year(start_date, end_date, anchor, reference)
        if reference is not None and start_date.year is None:
            start_date, end_date = _in_the_reference_year(text, c, start_date, end_date, reference)
        out.append(DateMention(start_date, text[c.start : c.end], c.start, c.end, end_date))
    return out


def _in_the_story_year(
    start_date: PartialDate, end_date: Optional[PartialDate], anchor: "_Candidate", reference: Optional[PartialDate]
) -> tuple[PartialDate, Optional[PartialDate]]:
    """A yearless day within reach after a full date of another year than the publication's takes
    that year ("... ngày 20/11/2024. ... Cũng trong ngày 21/11, ...")."""
    year = _year_after(start_date, anchor.end_date or anchor.date)
    if year is None or reference is None or year == reference.year:
        return start_date, end_date
    return _with_year(start_date, year), (_with_year(end_date, year) if end_date is not None and end_date.year is None else end_date)


def _in_the_reference_year(
    text: str, c: "_Candidate", start_date: PartialDate, end_date: Optional[PartialDate], reference: PartialDate
) -> tuple[PartialDate, Optional[PartialDate]]:
    """A yearless date's year from the publication date and the tense read around it (`resolve_year`)."""
    # `resolve_year` reads the tense only against a reference month
    known = reference.year is not None and reference.month is not None
    tense = _tense(text, c.start, c.end) if known else None
    start_date = resolve_year(start_date, reference, tense)
    if end_date is None or end_date.year is not None:
        return start_date, end_date
    if start_date.year is None:
        return start_date, resolve_year(end_date, reference, tense)
    # a range is one stretch of days: its end takes the start's year (the next one if it ends before
    # it starts, "28/12 - 3/1"), not a year of its own from the tense ("đã ... từ 10 đến 14/3" in a
    # paper of 10/3)
    end_date = _with_year(end_date, start_date.year)
    if end_date.year is not None and (end_date.month or 0, end_date.day or 0) < (start_date.month or 0, start_date.day or 0):
        end_date = _with_year(end_date, start_date.year + 1)
    return start_date, end_date


# ----------------------------------------------------------------- publication date


@lru_cache(maxsize=4096)
def _has_year_digits(line: str) -> bool:
    """Whether `line` holds four digits in a row, as every full date does ("yyyy"
    in every pattern): most lines of a page have none and need no date scan.
    Cached: the pages of a site repeat their menus, bylines and related news."""
    return _patterns()["year_digits"].search(line) is not None


def header_date(line: str) -> Optional[PartialDate]:
    """The date of a page's header meta line ("Thứ 4, 22.11.2023 | 14:19:00"), if it is one.

    A meta line is short and carries a full date plus a weekday, a time or a
    word such as "Cập nhật"; a body sentence with a date is not one.
    """
    return _stripped_header_date(line.strip())


def _stripped_header_date(line: str) -> Optional[PartialDate]:
    """`header_date` of a line already stripped."""
    return _header_date_and_rule(line)[0]


def _header_date_and_rule(line: str) -> tuple[Optional[PartialDate], Optional[str]]:
    """A stripped head line's date and the rule that read it, when not the line whole: a line of
    fields split by '|' ("Chuyên mục: X | Số 12/2025 | Đăng ngày 28/12/2025") is read field by field
    when it fails whole (`META_FIELD`), then for a field that is a bare date (`DATE_FIELD`); a date
    written the English or Chinese/Japanese way is read as ours (`FOREIGN_STAMP`)."""
    ours = foreign_dates_written_ours(line)
    found, how = _one_header_date(ours), None
    if found is None and "|" in ours and len(ours) <= 90:
        found = next(filter(None, (_one_header_date(f.strip()) for f in ours.split("|"))), None)
        how = META_FIELD
    if found is None and len(ours) <= 90:
        found, how = _bare_date_field(ours), DATE_FIELD
    if found is not None and ours != line:
        how = FOREIGN_STAMP
    return found, (how if found is not None else None)


_MONTH_NAMES = {name.casefold(): int(number) for name, number in data_rows("date_month_names.tsv")}
_MONTH_DAY_YEAR_RE = PATTERNS["month-day-year"]
_DAY_MONTH_YEAR_RE = PATTERNS["day-month-year"]


def foreign_dates_written_ours(line: str) -> str:
    """A stamp's date written the English or the Chinese/Japanese way ("September 11, 2025",
    "11 Sept 2025", "2025年12月15日") as "11/9/2025", for an embassy's or a foreign outlet's page
    in Vietnamese (`FOREIGN_STAMP`)."""
    if not any(ch.isdigit() for ch in line):
        return line
    line = _CJK_DATE_RE.sub(lambda m: f"{int(m['d'])}/{int(m['m'])}/{m['y']}", line)
    line = _MONTH_DAY_YEAR_RE.sub(_named_month_written_ours, line)
    return _DAY_MONTH_YEAR_RE.sub(_named_month_written_ours, line)


def _named_month_written_ours(m: re.Match[str]) -> str:
    """ "September 11, 2025" / "11 Sept 2025" matched (groups d, mon, y) as "11/9/2025"."""
    return f"{int(m['d'])}/{_MONTH_NAMES.get(m['mon'].casefold())}/{m['y']}"


_DATED_HEADING_RE = PATTERNS["dated-heading"]
_LIVE_STAMP_RES = (PATTERNS["live-stamp-time-first"], PATTERNS["live-stamp-day-first"])


def live_stamp(line: str, year: Optional[int]) -> Optional[PartialDate]:
    """The day of a live blog's entry stamp alone in its element ("10:05 · 21/01"), the year its
    own or `year` (the page's); None for any other line."""
    for pattern in _LIVE_STAMP_RES:
        m = pattern.fullmatch(line)
        if m is not None:
            y = int(m["y"]) if m["y"] else year
            d, mo = int(m["d"]), int(m["m"])
            return PartialDate(y, mo, d) if y is not None and _valid(y, mo, d) else None
    return None


def dated_heading(line: str) -> Optional[PartialDate]:
    """The date opening a list page's item heading ("2025年12月15日 ｜ Đại sứ ... chào xã giao ..."):
    the day of the item told under it; None for any other line."""
    line = foreign_dates_written_ours(" ".join(line.split()))
    if len(line) > 200 or _DATED_HEADING_RE.match(line) is None:
        return None
    first = next(iter(_selected(line)), None)
    return first.date if first is not None and first.start == 0 and first.date.is_complete else None


FOREIGN_STAMP = rule("date.foreign-stamp", "a page's stamp written the English or the Chinese/Japanese way "
                     "('Hà Nội | September 11, 2025', '2025年12月15日'): that day")


_FIELD_SEPARATOR_RE = PATTERNS["meta-field-separator"]
_BEFORE_BARE_DATE_RE = PATTERNS["before-bare-date"]


def _bare_date_field(line: str) -> Optional[PartialDate]:
    """A head line, or a field of a meta line ("Phnom Penh, ngày 28 tháng 4 năm 2025 — AKP | Lượt
    xem: 1.284", "Được cung cấp bởi Báo X · 27/02/2025 · 3 phút đọc"), that is a full date alone,
    maybe after a place (`DATE_FIELD`)."""
    for field in _FIELD_SEPARATOR_RE.split(line):
        field = field.strip()
        found = [c for c in _selected(field) if c.date.is_complete]
        if len(found) == 1 and not field[found[0].end :].strip(" .,") and _BEFORE_BARE_DATE_RE.fullmatch(
            field, 0, found[0].start
        ):
            return found[0].date
    return None


def field_stamp_date(line: str) -> Optional[PartialDate]:
    """The bare date field of a meta line that names no weekday ("Được cung cấp bởi Báo X ·
    27/02/2025 · 3 phút đọc"): an outlet's stamp, not a menu's date widget ("Thứ Hai, 7/12/2026")."""
    line = line.strip()
    if len(line) > 90 or _WEEKDAY_WORD_RE.search(line) or _FIELD_SEPARATOR_RE.search(line) is None:
        return None  # (a date alone above the headline is a widget's too)
    return _bare_date_field(line)


_WEEKDAY_WORD_RE = PATTERNS["weekday-word"]
DATE_FIELD = rule("date.date-field", "a head line of fields split by '|', '·' or a dash: a field that is a full date "
                  "alone, maybe after a place ('Phnom Penh, ngày 28 tháng 4 năm 2025 — AKP | Lượt xem: 1.284')")


META_FIELD = rule("date.meta-field", "a head line of fields split by '|' (section, issue, 'Đăng ngày 28/12/2025'): "
                  "the field that opens with a stamp word dates the page")


def _one_header_date(line: str) -> Optional[PartialDate]:
    """`header_date` of one stripped line or field."""
    if not line or len(line) > 90 or not _has_year_digits(line):
        return None
    pats = _patterns()
    if not (pats["meta_line"].search(line) or pats["time"].search(line)):
        return None
    if len(re.sub(r"[\d\W_]+", " ", line).split()) > 8:
        return None
    return next((c.date for c in _selected(line) if c.date.is_complete), None)


def _head_lines(text: str, n: int) -> list[str]:
    """`text.splitlines()[:n]`, splitting only as much of a long text as needed.

    When a prefix holds more than n lines, its first n lines are complete
    (their line breaks, "\r\n" included, lie inside it) and are those of `text`.
    """
    size = 2048
    while size < len(text):
        lines = text[:size].splitlines()
        if len(lines) > n:
            return lines[:n]
        size *= 2
    return text.splitlines()[:n]


def _sort_key(d: PartialDate) -> tuple[int, int, int]:
    return (d.year or 0, d.month or 0, d.day or 0)


@dataclass(frozen=True)
class _Hint:
    """A dated mention that tells something about when the page was written."""

    date: PartialDate
    tense: Optional[str]
    in_body: bool


def _hint(text: str, c: _Candidate, in_body: bool) -> Optional[_Hint]:
    """What a mention carrying a year says about the page, None for goal years
    ("đến năm 2030"), milestones and plans ("sẽ ... năm 2026"): a planned year
    says little about today, while a planned month ("vào tháng 12/2024") is
    near. Outside the body (related news) only full dates count (the caller
    passes only those)."""
    d = c.date
    before = text[max(0, c.start - 25) : c.start]
    if not in_body:
        return _related_hint(text, c, before)
    if _not_of_the_page(text, c, before):
        return None
    tense = _hint_tense(text, c)
    if tense == "future" and d.month is None and not _lunar_new_year_at(text, c):
        return None  # (but "chuẩn bị đón Tết Nguyên đán Canh Tý 2020": the greetings are of that year)
    return _Hint(d, tense, True)


def _related_hint(text: str, c: _Candidate, before: str) -> Optional[_Hint]:
    """A full date outside the body: a related story's, near the page's time, unless the line
    is a piece of the body cleaning removed and the date that of a signing told in it."""
    if _wrapped_line(text, c.start) and _patterns()["milestone_day_before"].search(before):
        return None  # a body line cleaning removed: 'tin” ký ngày 26-10-2011 và ...', a signing's day
    return _Hint(c.date, None, False)


def _not_of_the_page(text: str, c: _Candidate, before: str) -> bool:
    """A body mention whose date is that of something else than the news: a goal, a piece of
    history (a founding act, a launch, a series' last time, a law) or a plan's year; none of
    them tells when the page was written."""
    d = c.date
    pats = _patterns()
    if d.month is None and pats["horizon_before"].search(before + "năm"):
        return True
    if d.month is None and pats["milestone_before"].search(_clause_before(text, c.start) + text[c.start : c.end]):
        return True  # "thiết lập quan hệ ... năm 2015", "từ năm 2012" date history, not the page
    if d.day is not None and pats["milestone_day_before"].search(before):
        return True  # "Quy chế ... đã được Tư lệnh hai nước ký ngày 14-6-1999": the day of a founding act
    if d.day is None and d.month is not None and pats["launch_month_before"].search(before):
        return True  # "được hạ thủy vào tháng 11/1997": the month of a ship's launch, not the page's (round 40)
    if pats["previous_before"].search(before):
        return True  # "lần thứ 4 ..., lần gần đây nhất là tháng 7 năm 2018": the series' last time, not the page
    if background_rule(text, c.start, d) is not None:
        return True  # "Công ước ... về Luật Biển năm 1982": the year of a law, not of the page
    # "Năm 2027, tỉnh dự kiến đón tàu ...": a plan's year, whatever page tells it
    return d.month is None and _planned_opening_year(text, c)


def _hint_tense(text: str, c: _Candidate) -> Optional[str]:
    """The tense the mention's clause tells, a month opening a clause that tells a plan read as
    ahead: the plan's cue follows the month, where `_tense` does not look."""
    tense = _tense(text, c.start, c.end)
    if c.date.day is None and c.date.month is not None and tense != "future" and _planned_opening_month(text, c):
        tense = "future"  # "..., tháng 8-2025, thành phố dự kiến sẽ ...": the page was written before it
    return tense


_YEAR_OPENS_BEFORE_RE = PATTERNS["year-opens-sentence-before"]
_PLAN_AFTER_RE = PATTERNS["plan-in-clause-after"]


def _planned_opening_year(text: str, c: _Candidate) -> bool:
    """A year opening its sentence whose clause tells a plan ("Năm 2027, Bộ CHQS tỉnh dự kiến
    đón ..."): the plan's cue follows the year, where `_tense` does not look."""
    lo = max(0, c.start - 20)
    return (_YEAR_OPENS_BEFORE_RE.search(text, lo, c.start) is not None
            and _PLAN_AFTER_RE.match(text, c.end) is not None)


_MONTH_OPENS_CLAUSE_BEFORE_RE = PATTERNS["month-opens-clause-before"]


def _planned_opening_month(text: str, c: _Candidate) -> bool:
    """A month opening its clause whose clause tells a plan, no past cue between ("..., tháng
    8-2025, thành phố dự kiến sẽ phối hợp ..."): the plan's cue follows the month, where `_tense`
    does not look, and outweighs a cue before it."""
    if _MONTH_OPENS_CLAUSE_BEFORE_RE.search(text, max(0, c.start - 20), c.start) is None:
        return False
    plan = _PLAN_AFTER_RE.match(text, c.end)
    return plan is not None and _patterns()["past_before"].search(plan.group(0)) is None


def _wrapped_line(text: str, at: int) -> bool:
    """The line holding `at` goes on a sentence broken off above it (it opens in lower case or with a
    closing quote: 'tin” ký ngày 26-10-2011 và ...'): a piece of the body, not a related story's title."""
    head = text[text.rfind("\n", 0, at) + 1 : at].lstrip()
    return bool(head) and (head[0].islower() or head[0] in "”’\"'),;")


def _lunar_new_year_at(text: str, c: _Candidate) -> bool:
    """The year of "Tết Nguyên đán Canh Tý 2020" (greetings before it fall in that year)."""
    return c.end - c.start == 4 and _LUNAR_BEFORE_RE.search(text, max(0, c.start - 48), c.start) is not None


def _best_hint(cleaned: str, removed_text: str) -> Optional[_Hint]:
    """The latest hint, a not-planned one first among equal dates (the first
    of the body, then of the removed lines, among equals).

    Reading a mention's context (goal, milestone, tense) costs regex scans, so
    mentions are judged latest first, and only until the latest hint is known.
    """
    mentions = _dated_mentions(cleaned, removed_text)
    mentions.sort(key=lambda m: _sort_key(m[1].date), reverse=True)  # stable: equals keep their order
    for _, same_date in groupby(mentions, key=lambda m: _sort_key(m[1].date)):
        hint = _best_of_equals(same_date)
        if hint is not None:
            return hint
    return None


def _dated_mentions(cleaned: str, removed_text: str) -> list[tuple[str, _Candidate, bool, bool]]:
    """(text, mention, in the body, an anniversary's last day) of every mention that may date the
    page: the body's dates with a year, the last days of its stretches, the removed lines' full dates
    (in this order, which decides among equal dates)."""
    mentions = [(cleaned, c, True, False) for c in _selected(cleaned) if c.date.year is not None]
    # a stretch's last day counts too: "kỷ niệm 81 năm ... (22/12/1944 - 22/12/2025)"
    mentions += [(cleaned, c._replace(date=c.end_date), True, years_counted(c.date, c.end_date))
                 for c in _selected(cleaned)
                 if c.end_date is not None and c.end_date.year is not None and c.end_date != c.date]
    if removed_text:
        mentions += [(removed_text, c, False, False) for c in _selected(removed_text) if c.date.is_complete]
    return mentions


def _best_of_equals(same_date: Iterable[tuple[str, _Candidate, bool, bool]]) -> Optional[_Hint]:
    """Among mentions of one date, the first hint not planned, else the first planned one: mentions
    are judged only until a not-planned hint is found, since judging costs regex scans."""
    first: Optional[_Hint] = None
    for text, c, in_body, anniversary in same_date:
        hint = _hint(text, c, in_body)
        if hint is not None and anniversary:
            hint = _anniversary_hint(text, c, hint)
        if hint is not None:
            if hint.tense != "future":
                return hint
            if first is None:
                first = hint
    return first


def _anniversary_hint(text: str, c: _Candidate, hint: _Hint) -> _Hint:
    """The hint of an anniversary's last day: the clause's verb tells when the day falls only
    when it tells the anniversary itself as ahead."""
    if _anniversary_ahead(text, c):
        # "hướng tới kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao (12/7/1976-12/7/2026)": the day
        # the anniversary falls on is ahead of the page, whatever the clause tells
        return _Hint(hint.date, "future", True)
    if hint.tense == "past":
        # "đã tổ chức gặp mặt nhân kỷ niệm 79 năm ... (2/9/1945 - 2/9/2024)" on 1/9: the verb
        # tells the meeting, not the anniversary's day, which may come after the lead's
        return _Hint(hint.date, None, True)
    return hint


def _after_the_lead(guess: PartialDate, best: _Hint) -> bool:
    """The hint lies after the lead's day placed in the hint's year, so the page is of the
    next year: an explicitly past full date, or a month not marked as ahead ("trong chuyến
    thăm ... vào tháng 12/2023" before "Sáng nay (11/4)")."""
    d = best.date
    if best.tense == "past" and d.is_complete:
        return _sort_key(guess) < _sort_key(d)
    if best.tense != "future" and d.month is not None and d.day is None:
        return (guess.year, guess.month or 0) < (d.year, d.month)
    return False


def _lead_text(cleaned: str) -> str:
    """The lead: the title, the sapo and the first paragraph (three paragraphs, at most 1,000
    characters)."""
    paragraphs = [p for p in cleaned[:1000].split("\n") if p.strip()]
    return "\n".join(paragraphs[:LEAD_PARAGRAPHS])


def _lead_date(cleaned: str) -> Optional[PartialDate]:
    """The first day-month date of the lead."""
    lead = _lead_text(cleaned)
    return next((c.date for c in _selected(lead)
                 if c.date.day is not None and not years_counted(c.date, c.end_date)), None)


def _anniversary_ahead(text: str, c: _Candidate) -> bool:
    """The anniversary whose stretch `c` is, told as ahead ("hướng tới kỷ niệm 50 năm ... (1976-2026)",
    "tiến tới 60 năm thiết lập quan hệ (1965-2025)") in the clause before its brackets, no other anniversary
    told between ("hướng tới 50 năm ..., kỷ niệm 10 năm ... (2015-2025)": the 10 years are this year's)."""
    clause = _clause_before(text, c.start)
    ahead = [m.end() for m in OCCASION_AHEAD_RE.finditer(clause)]
    return bool(ahead) and _ANNIVERSARY_WORD_RE.search(clause, ahead[-1]) is None


def years_counted(start: PartialDate, end: Optional[PartialDate]) -> bool:
    """ "(22/12/1944-22/12/2024)": a stretch of more than a year, the years an anniversary counts, not the
    day of the news."""
    return start.year is not None and end is not None and end.year is not None and end.year - start.year > 1


def infer_publication_date(
    raw_text: str, cleaned_text: str, removed: list[str], stamp_lines: Optional[list[str]] = None
) -> Optional[PartialDate]:
    """Date a page that came without metadata, as a careful reader would.

    1. A stored date at the page's very start ("date 2025-11-14") wins; then
       a header meta line ("Thứ 4, 22.11.2023 | 14:19:00"), among the lines
       cleaning removed (not those inside related news after the story) or
       the first lines of the raw text.
    2. A lead (title, sapo, first paragraph) holding a full date ("Ngày 26/1/2024,
       ...") gives the day of the news.
    3. Otherwise the latest dated mention that carries a year decides the
       year: full dates in the removed lines (a related-news list shows news
       of about the same time), and in the body every date with a year
       except goal years ("đến năm 2030", "giai đoạn ...") and planned
       years ("sẽ ... năm 2026"). A planned *month* ("vào tháng 12/2024")
       counts: it is near, and the page was written before it.
    4. A yearless lead date ("Chiều 24/10") gives month and day, placed in
       that year: before a planned month, after an explicitly past full
       date. Without a lead date, a full date read in the body (not
       planned) gives year and month, since news reports recent events;
       anything else gives the year alone.
    5. Failing all these, an anniversary the article marks ("kỷ niệm 80 năm
       ... (1945-2025)") falls in the year of publication.
    6. Failing that too, the year in the name of the happening the lead tells
       ("dự Triển lãm Quốc phòng quốc tế Việt Nam 2024", "Army Games 2021"):
       the year of the story, with the lead's month and day (never a goal
       year: "Tầm nhìn 2030").
    Nothing known -> None; a lead date without any year -> None (a
    publication date without a year cannot order or filter anything).
    `stamp_lines`: the removed lines that may carry the page's own stamp in
    step 1 (`own_stamp_lines`); all removed lines when not given.
    """
    return _inferred_date(raw_text, cleaned_text, removed, stamp_lines)[0]


def _inferred_date(
    raw_text: str, cleaned_text: str, removed: list[str], stamp_lines: Optional[list[str]] = None,
    url: Optional[str] = None,
) -> tuple[Optional[PartialDate], Optional[str]]:
    """`infer_publication_date`, with a note naming the rule when a head stamp line (step 1) or
    the year of the story's name (step 6) dated the page (`dates_component` tells it on the
    doc's warnings)."""
    removed_lines = _page_lines(removed)
    lead = _lead_date(cleaned_text)
    stated, note = _stated_date(raw_text, removed_lines if stamp_lines is None else _page_lines(stamp_lines), lead)
    if stated is not None:
        return stated, note
    stamped = url_date(url)
    if stamped is not None:
        return stamped, f"{URL_STAMP}: the page states no date; its address holds {stamped}"
    # A full date's year lies within one line: without four digits in a row in
    # any removed line, there is no date there to read.
    has_year = any(_has_year_digits(line) for line in removed_lines)
    best = _best_hint(cleaned_text, "\n".join(removed_lines) if has_year else "")
    if best is not None:
        return _dated_by_hint(best, lead), None
    dated = _anniversary_year(cleaned_text, lead)
    if dated is not None:
        return dated, None
    named = _STORY_NAME_YEAR_RE.search(_lead_text(cleaned_text)) or _only_year_named(cleaned_text)
    label = STORY_NAME_YEAR
    if named is None:
        named, label = _only_year_of_name(cleaned_text), PAGE_YEAR_OF_NAME
    if named is None:
        named, label = _part_of_year_reviewed(cleaned_text, lead), PART_OF_YEAR_REVIEWED
    if named is None:
        return None, None
    year = int(named.group(1))
    if not _valid(year, None, None):
        return None, None
    dated = resolve_year(lead, PartialDate(year)) if lead is not None and lead.month is not None else PartialDate(year)
    return dated, (f"{label}: the page gives no date; its year {year} is the one named in "
                   f"'{named.group(0).strip()}'")


_URL_DATE_RE = PATTERNS["url-date"]
URL_STAMP = rule("date.url-stamp", "a page that states no date of its own: the date its address holds "
                 "('.../2025/12/05/...', '...-20251205103000.htm'), the day the publisher filed it")


def url_date(url: Optional[str]) -> Optional[PartialDate]:
    """The full date a page's address holds (`URL_STAMP`), None without a valid one."""
    m = _URL_DATE_RE.search(url) if url else None
    if m is None:
        return None
    year, month, day = (int(m.group(k) or m.group(k + 3)) for k in (1, 2, 3))
    return PartialDate(year, month, day) if _valid(year, month, day) else None


_ANY_YEAR_RE = PATTERNS["any-year"]
_STORY_WORDS_RE = PATTERNS["story-words"]
_PAGE_YEAR_OF_NAME_RE = PATTERNS["page-year-of-name"]
PAGE_YEAR_OF_NAME = rule("date.page-year-of-name", "a page without a date that writes one year only, in a name, "
                         "an edition, a one-year period or a plan ('AMNEX 2-2023', 'giai đoạn 2021', 'kế hoạch "
                         "hợp tác năm 2025'): its year, for the days it tells without one")


def _only_year_of_name(cleaned: str) -> Optional[re.Match[str]]:
    """`PAGE_YEAR_OF_NAME`: the match naming the only year `cleaned` writes, every time
    it writes it; None when it writes none, two, or its one year once as a past happening's
    ("ký năm 2013")."""
    years = [m.group() for m in _ANY_YEAR_RE.finditer(cleaned)]
    if len(set(years)) != 1:
        return None
    named = list(_PAGE_YEAR_OF_NAME_RE.finditer(cleaned))
    return named[0] if named and len(named) == len(years) else None


_PART_OF_YEAR_RE = PATTERNS["part-of-year-reviewed"]
_PLAN_WORDS_RE = PATTERNS["plan-word-before-part"]
PART_OF_YEAR_REVIEWED = rule("date.part-of-year-reviewed", "a page without a date whose latest year is that of a "
                             "year's first months reported ('năm 2024 và 6 tháng đầu năm 2025') and whose lead day "
                             "comes after them ('Chiều 12/9'): that year, for the days it tells without one")


def _part_of_year_reviewed(cleaned: str, lead: Optional[PartialDate]) -> Optional[re.Match[str]]:
    """`PART_OF_YEAR_REVIEWED`: the match naming a year's first months gone by, when it names the
    latest year the page writes, the lead's yearless day falls after those months, and no plan
    word stands before it in its sentence ("kế hoạch 6 tháng đầu năm 2026" is ahead)."""
    if lead is None or lead.month is None or lead.year is not None:
        return None
    years = [int(m.group()) for m in _ANY_YEAR_RE.finditer(cleaned)]
    for m in _PART_OF_YEAR_RE.finditer(cleaned):
        word = m.group(0).split()[0].casefold()
        months = int(word) if word.isdigit() else ORDINAL_WORDS.get(word, 12)
        sentence = cleaned[max(cleaned.rfind(".", 0, m.start()), cleaned.rfind("\n", 0, m.start())) + 1:m.start()]
        if int(m.group(1)) == max(years) and lead.month > months and not _PLAN_WORDS_RE.search(sentence):
            return m
    return None


def _only_year_named(cleaned: str) -> Optional[re.Match[str]]:
    """A story's name with a year past the lead ("Chương trình Giao lưu Hải quân 2016 tập trung
    vào ..."), when that is the only year the whole page writes and its headline tells that story
    ("Giao lưu Hải quân Việt - Mỹ thường niên lần thứ 7"): not a show the people of the news
    went to some other time ("Cả hai dự Triển lãm Quốc phòng 2022")."""
    named_years = list(_STORY_NAME_YEAR_RE.finditer(cleaned))
    if not named_years:
        return None
    years = {m.group() for m in _ANY_YEAR_RE.finditer(cleaned)}
    if years != {named_years[0].group(1)}:
        return None  # (every later story-name year is then among `years` too, so it fails the same test)
    headline = cleaned.lstrip().split("\n", 1)[0].casefold()
    headline_words = " ".join(_STORY_WORDS_RE.findall(headline))
    for named in named_years:
        words = [w.casefold() for w in _STORY_WORDS_RE.findall(named.group(0))]
        if words[:2] == ["chương", "trình"]:
            words = words[2:]  # "Chương trình Giao lưu Hải quân 2016": the programme's own name
        if len(words) >= 2 and " ".join(words[:3]) in headline_words:
            return named
    return None


# the first lines of a page where its own stamp may stand: past a portal's menus and banners (an
# embassy's press release opens with six or more lines of them before "Hà Nội, ngày 18 tháng 11 năm 2025")
HEAD_LINES = 20


def _stated_date(
    raw_text: str, stamps: list[str], lead: Optional[PartialDate]
) -> tuple[Optional[PartialDate], Optional[str]]:
    """Steps 1 and 2: a day the page states as its own, with a note when a bare stamp line
    gave it. A stored date at its very start ("date 2025-11-14") comes first: a stamp further
    down may be another story's."""
    stamped = _page_stamp(raw_text, lead)
    if stamped is not None and stamped.is_complete:
        return stamped, None
    head = [line.strip() for line in _head_lines(raw_text, HEAD_LINES)]
    found, line, how = _meta_line_date(stamps + head)
    if found is not None and line in head:
        below = _stamp_below_widget(head, found, line)
        if below is not None:
            return below
    if found is not None:  # (a note when only a field of the line, or a foreign form, is the stamp)
        return found, (f"{how}: the page is dated {found} by '{line}'" if how else None)
    found = _stamp_line_date(head)
    if found is not None:
        return found, f"{STAMP_LINE}: the page is dated {found} by a head line holding that date alone"
    found = _weekday_stamp_date(stamps + head)
    if found is not None:
        return found, f"{WEEKDAY_STAMP}: the page is dated {found} by a head line naming that day's weekday"
    if stamped is not None:
        return stamped, None
    return (lead if lead is not None and lead.is_complete else None), None


_DATE_WIDGET_RE = PATTERNS["date-widget-line"]
DATE_WIDGET = rule("date.widget-then-stamp", "a head line that is a weekday and a full date alone ('Thứ Tư, ngày 4 "
                   "tháng 03 năm 2026, 10:15:42': the site's clock when the page was saved) above a stamp line of "
                   "another day ('PV - 08:30, 12/11/2023'): the stamp dates the page, not the widget")
WIDGET_FIELD = rule("date.widget-field-then-stamp", "a head line of fields one of which is a weekday and a full date "
                    "alone ('Nha Trang ☁ 27°C | Thứ Hai, 07/12/2026': a masthead's weather and clock, the day the page "
                    "was viewed) above a stamp line of an earlier day ('Cập nhật lúc 10:05, Thứ Bảy, 08/11/2025'): "
                    "the stamp dates the page; a clock never shows a day before the story was written")


def _stamp_below_widget(
    head: list[str], found: PartialDate, line: str
) -> Optional[tuple[PartialDate, str]]:
    """The page's own stamp below the head line `line` dating it `found`, with its note, when that line
    is a site's clock: a weekday and a full date alone (`DATE_WIDGET`: a stamp of any other day below
    wins), or such a field among others (`WIDGET_FIELD`: a stamp of an earlier day below wins); None
    for any other line, or with no such stamp below."""
    whole = _DATE_WIDGET_RE.match(line) is not None
    if not whole and not any(_DATE_WIDGET_RE.match(f) for f in _FIELD_SEPARATOR_RE.split(line)):
        return None
    story, story_line, _ = _meta_line_date(
        [later for later in head[head.index(line) + 1 :] if _header_date_and_rule(later)[0] != found])
    if story is None or (not whole and _sort_key(story) >= _sort_key(found)):
        return None
    how = DATE_WIDGET if whole else WIDGET_FIELD
    return story, f"{how}: the page is dated {story} by '{story_line}', not by the widget '{line}'"


def _dated_by_hint(best: _Hint, lead: Optional[PartialDate]) -> PartialDate:
    """Step 4: the year of the latest hint, with the lead's month and day where it has them."""
    year = best.date.year
    assert year is not None
    if lead is not None and lead.month is not None:
        if best.tense == "future":
            return resolve_year(lead, best.date, tense="past")
        guess = resolve_year(lead, PartialDate(year))
        # a told month not marked as ahead ("trong chuyến thăm ... vào tháng 12/2023") is past:
        # the lead's day ("Sáng nay (11/4)") comes after it
        if guess.year is not None and _after_the_lead(guess, best):
            guess = resolve_year(lead, PartialDate(year + 1))
        return guess
    if best.in_body and best.date.is_complete and best.tense != "future":
        return PartialDate(year, best.date.month)
    return PartialDate(year)


_PAGE_STAMP_RE = PATTERNS["page-stamp"]
_PUBLISHER_LINE_RE = PATTERNS["publisher-line"]
_PUBLISHER_LINE_HINT = PATTERNS["publisher-line-hint"]


def _page_lines(lines: list[str]) -> list[str]:
    """Removed lines, stripped, without the publisher's licence or copyright lines (their dates
    are the publisher's, whether read as a stamp or as a hint)."""
    return [line.strip() for line in lines if not _is_publisher_line(line)]


def _is_publisher_line(line: str) -> bool:
    """`publisher-line` searched only in a line holding its hint: the pattern, case-insensitive,
    is tried at every position of every removed line, the hint is skipped to in C."""
    return _PUBLISHER_LINE_HINT.search(line.casefold()) is not None and _PUBLISHER_LINE_RE.search(line) is not None


_LUNAR_BEFORE_RE = PATTERNS["lunar-new-year-before"]
_ASEAN_CHAIR_BEFORE_RE = PATTERNS["asean-chair-before"]


def _page_stamp(raw_text: str, lead: Optional[PartialDate]) -> Optional[PartialDate]:
    """The date the page is stamped with at its very start, completed by the lead's
    day when that falls in the stamped month ("date 2017-07 ... Chiều 25/7, ...")."""
    m = _PAGE_STAMP_RE.match(raw_text)
    if m is None:
        return None
    year, month, day = (int(g) if g else None for g in m.groups())
    if not _valid(year, month, day) or (day is not None and month is None):
        return None
    if day is None and month is not None and lead is not None and lead.month == month and lead.day is not None:
        day = lead.day if _valid(year, month, lead.day) else None
    return PartialDate(year, month, day)


def _meta_line_date(lines: list[str]) -> tuple[Optional[PartialDate], str, Optional[str]]:
    """The date of the first header meta line among `lines` ("Thứ 4, 22.11.2023 | 14:19"), that
    line, and the rule that read it when not the line whole (`_header_date_and_rule`)."""
    for line in lines:
        # the first test of `_stripped_header_date`, inline: most lines fail it
        if line and len(line) <= 90 and _has_year_digits(line):
            found, how = _header_date_and_rule(line)
            if found is not None:
                return found, line, how
    return None, "", None


_STAMP_LINE_RE = PATTERNS["stamp-line"]
STAMP_LINE = rule("date.stamp-line", "a head line that is a full date alone or after the site's name ('VTC News "
                  "22/10/2024', 'Thời Đại05/08/2024'): the page's own stamp")


def _stamp_line_date(lines: list[str]) -> Optional[PartialDate]:
    """The date of the first of `lines` that is a full date alone or after a few words naming
    the site (`STAMP_LINE`); None without one."""
    for line in lines:
        m = _STAMP_LINE_RE.match(line) if len(line) <= 50 and _has_year_digits(line) else None
        if m is not None and len(line[: m.start(1)].split()) <= 5:
            found = next((c.date for c in _selected(m.group(1)) if c.date.is_complete), None)
            if found is not None:
                return found
    return None


_WEEKDAY_STAMP_RE = PATTERNS["weekday-stamp"]
WEEKDAY_STAMP = rule("date.weekday-stamp", "a short head line holding a weekday and a full date after a few words "
                     "('Số 2148 - Thứ Bảy, 05/12/2026'): the page's own stamp")
_STAMP_MAX_WORDS = 8
_STAMP_LABEL_RE = PATTERNS["stamp-label"]


def _weekday_stamp_date(lines: list[str]) -> Optional[PartialDate]:
    """The date of the first of `lines` that is short and names a weekday with its full date
    (`WEEKDAY_STAMP`), words before it or not; None without one."""
    for line in lines:
        labelled = _STAMP_LABEL_RE.match(line) is not None  # "Phát sóng: 19h45 thứ Hai, 15/9/2025 trên kênh ..."
        if len(line) > (160 if labelled else 90) or not _has_year_digits(line):
            continue
        m = _WEEKDAY_STAMP_RE.search(line)
        if m is None or (not labelled and len(re.sub(r"[\d\W_]+", " ", line).split()) > _STAMP_MAX_WORDS):
            continue
        found = next((c.date for c in _selected(m.group(1)) if c.date.is_complete), None)
        if found is not None:
            return found
    return None


_ANNIVERSARY_RE = PATTERNS["anniversary"]
_STORY_NAME_YEAR_RE = PATTERNS["story-name-year"]
STORY_NAME_YEAR = rule("date.story-name-year", "a page without a date nor any other year: its year is the one in the "
                       "name of the happening its lead tells ('dự Triển lãm Quốc phòng quốc tế Việt Nam 2024')")


def _anniversary_year(text: str, lead: Optional[PartialDate]) -> Optional[PartialDate]:
    """The year of an anniversary the article marks, with the lead's month and day
    if it has them; None without one."""
    for m in _ANNIVERSARY_RE.finditer(text):
        years, first, last = (int(g) for g in m.groups())
        if last - first == years:
            if lead is not None and lead.month is not None:
                return resolve_year(lead, PartialDate(last))
            return PartialDate(last)
    return None


# ----------------------------------------------------------------- component


_DEICTIC_WORD_RE = PATTERNS["deictic-word"]
_DEICTIC_BEFORE_RE = PATTERNS["deictic-before"]
_BREADCRUMB_LINE_RE = PATTERNS["breadcrumb-line"]  # ("Trang chủ Việt Nam hôm nay": a section's name)
_DEICTIC_REACH = 40  # characters before the word that may hold its time words


def deictic_dates(text: str, reference: Optional[PartialDate]) -> list[DateMention]:
    """ "Sáng nay" is the publication day, "hôm qua" the day before (only against
    a complete publication date); not in a breadcrumb line ("Trang chủ Việt Nam hôm nay")."""
    if reference is None or not reference.is_complete:
        return []
    today = _as_date(reference)
    out = []
    for m in _DEICTIC_WORD_RE.finditer(text):
        word = m.start(1)
        lead = _DEICTIC_BEFORE_RE.search(text, max(0, word - _DEICTIC_REACH), word)
        if lead is not None and not _BREADCRUMB_LINE_RE.match(text, text.rfind("\n", 0, word) + 1):
            back = 0 if m.group(1).casefold() == "nay" else 1
            day = today - datetime.timedelta(days=back)
            out.append(DateMention(PartialDate(day.year, day.month, day.day), text[lead.start() : m.end()],
                                   lead.start(), m.end()))
    return out


_WEEKDAY_DEICTIC_RE = PATTERNS["weekday-deictic"]
# Python's weekday (Monday 0) of each way news names a day of the week
_WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4, "6": 4,
             "bảy": 5, "7": 5, "nhật": 6}


_WEEKDAY_PAIR_RE = PATTERNS["weekday-pair"]
_WEEKDAY_HINT = PATTERNS["weekday-hint"]
WEEKDAY_PAIR = rule("date.weekday-pair", "'trong hai ngày thứ Bảy và Chủ nhật' against a complete publication "
                    "date: the two days, the last ones on or before it (the next ones for a plan)")


def _weekday_day(text: str, m: re.Match[str], weekday: str, today: datetime.date) -> Optional[datetime.date]:
    """The day of `weekday` ("thứ Hai") told by match `m` (its group 'week': "tuần trước"):
    the last on or before `today`, the one before that for last week, the next after it
    for a plan; None at the calendar's edge."""
    wanted = _weekday_number(weekday)
    week = m.group("week").split()[-1].casefold() if m.group("week") else ""
    if week in ("tới", "sau") or (not week and _tense(text, m.start(), m.end()) == "future"):
        shift = (wanted - today.weekday()) % 7 or 7
    else:
        shift = -((today.weekday() - wanted) % 7 + (7 if week in ("trước", "qua") else 0))
    try:
        return today + datetime.timedelta(days=shift)
    except OverflowError:  # a publication date at the calendar's edge (year 1 or 9999)
        return None


def _weekday_number(weekday: str) -> int:
    """Monday 0 to Sunday 6 for a weekday's words ("thứ Hai", "chủ nhật")."""
    return _WEEKDAYS[weekday.split()[-1].casefold()]


def _as_partial(day: datetime.date) -> PartialDate:
    return PartialDate(day.year, day.month, day.day)


def _folded(text: str, folded: Optional[str]) -> str:
    """text.casefold(): `folded` when the caller has it already (the doc's, folded once)."""
    return text.casefold() if folded is None else folded


def weekday_dates(text: str, reference: Optional[PartialDate], folded: Optional[str] = None) -> list[DateMention]:
    """ "Bộ trưởng X hôm thứ Hai đã hội đàm ...": the last Monday on or before a complete
    publication date (the one before that for "thứ Hai tuần trước"); the next one after it
    when the clause tells a plan ("sẽ ... vào thứ Năm", "thứ Năm tuần tới"). Two days told
    together ("trong hai ngày thứ Bảy và Chủ nhật") are one stretch (`WEEKDAY_PAIR`)."""
    if reference is None or not reference.is_complete or not _WEEKDAY_HINT.search(_folded(text, folded)):
        return []  # no weekday: neither scan can match (see `weekday-hint`)
    today = _as_date(reference)
    out = []
    for m in _WEEKDAY_DEICTIC_RE.finditer(text):
        day = _weekday_day(text, m, m.group(1), today)
        # the mention is the day's words, as for a written date: the word before it ("vào",
        # "hôm", "sáng") stays outside, where the readings of a date's cue look for it
        if day is not None:
            out.append(DateMention(_as_partial(day), text[m.start(1) : m.end()], m.start(1), m.end()))
    for m in _WEEKDAY_PAIR_RE.finditer(text):
        last = _weekday_day(text, m, m.group(2), today)
        if last is None:
            continue
        first = last - datetime.timedelta(days=(last.weekday() - _weekday_number(m.group(1))) % 7)
        out.append(DateMention(_as_partial(first), m.group(0), m.start(), m.end(), _as_partial(last)))
    return sorted(out, key=lambda d: d.start)


_LAST_WEEK_RE = PATTERNS["last-week"]
_LAST_WEEK_HINT = PATTERNS["last-week-hint"]
_LAST_WEEK_COUNTED_RE = PATTERNS["last-week-counted"]
LAST_WEEK_MONTH = rule("date.last-week-month", "'tuần trước' (last week) against a complete publication "
                       "date: the month of the week before the publication's, when that week and the days "
                       "since lie in one month")


def last_week_dates(text: str, reference: Optional[PartialDate], folded: Optional[str] = None) -> list[DateMention]:
    """ "Tuần trước, tại thủ đô Manila, ... đã đồng chủ trì ...": some day of the week before the
    publication's, so only its month is told, and only when Monday of that week and the day
    before publication share the month (`LAST_WEEK_MONTH`)."""
    if reference is None or not reference.is_complete or not _LAST_WEEK_HINT.search(_folded(text, folded)):
        return []  # no "tuần trước": `last-week` cannot match (see `last-week-hint`)
    today = _as_date(reference)
    try:
        first = today - datetime.timedelta(days=today.weekday() + 7)
        last = today - datetime.timedelta(days=1)
    except OverflowError:  # a publication date at the calendar's edge (year 1)
        return []
    if (first.year, first.month) != (last.year, last.month):
        return []
    out = []
    for m in _LAST_WEEK_RE.finditer(text):
        if _LAST_WEEK_COUNTED_RE.search(text, max(0, m.start() - 12), m.start()) is None:
            out.append(DateMention(PartialDate(first.year, first.month), m.group(0), m.start(), m.end()))
    return out


_DATELINE_DASH_RE = PATTERNS["dateline-dash"]
DATELINE_THEN_DEICTIC = rule("date.dateline-then-deictic", "a dateline's date right before a deictic day ('Thanh "
                             "Hóa, ngày 28/11/2025 - Hôm qua, ...'): the day of writing; the story's day is "
                             "the deictic one, counted back from it")


def _datelines_before_deictic(
    doc: Doc, found: list[DateMention], deictic: list[DateMention]
) -> tuple[list[DateMention], list[DateMention]]:
    """Drop each dateline date that a dash joins to a deictic day after it (`DATELINE_THEN_DEICTIC`),
    and count that day back from the dateline's date when it is complete."""
    if not deictic or not found:
        return found, deictic
    kept_deictic, dropped = [], set()
    for dm in deictic:
        line = next((f for f in found if f.end <= dm.start and dm.start - f.end <= 40
                     and _DATELINE_DASH_RE.fullmatch(doc.text, f.end, dm.start)), None)
        if line is None:
            kept_deictic.append(dm)
            continue
        dropped.add(line.start)
        drop(doc, "date", DATELINE_THEN_DEICTIC, line.start, line.end)
        kept_deictic.append(_counted_from(dm, line.date, doc.published))
    return [d for d in found if d.start not in dropped], kept_deictic


def _counted_from(dm: DateMention, dateline: PartialDate, reference: Optional[PartialDate]) -> DateMention:
    """`dm`, a deictic day counted from `reference`, counted from `dateline` instead (when complete)."""
    if not dateline.is_complete or reference is None or not reference.is_complete or not dm.date.is_complete:
        return dm
    day = _as_date(dateline) - (_as_date(reference) - _as_date(dm.date))
    return DateMention(PartialDate(day.year, day.month, day.day), dm.surface, dm.start, dm.end)


def _as_date(d: PartialDate) -> datetime.date:
    return datetime.date(d.year, d.month, d.day)  # type: ignore[arg-type]


def _with_deictic(found: list[DateMention], deictic: list[DateMention]) -> list[DateMention]:
    """The dates found, and the deictic ones that overlap none of them, in order."""
    if not deictic:
        return found
    taken = [(d.start, d.end) for d in found]
    extra = [d for d in deictic if not any(a < d.end and d.start < b for a, b in taken)]
    return sorted(found + extra, key=lambda d: d.start)


_RELATIVE_DAY_RE = PATTERNS["relative-day"]
_RELATIVE_DAY_GAP_RE = PATTERNS["relative-day-gap"]
_RELATIVE_DAY_WORDS = ("hôm sau", "hôm trước", "ngày sau", "ngày trước", "Hôm sau", "Hôm trước")
_RELATIVE_DAY_REACH = 250  # characters from the day told to the words counting from it
RELATIVE_DAY = rule("date.relative-day", "'ADMM-18 ngày 20/11 ... và ADMM+ ngày hôm sau', '... một ngày trước đó': "
                    "the day after (before) the full day told just before in the same sentence")


def relative_day_dates(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "Hội nghị A ngày 20/11 ở Vientiane và Hội nghị B ngày hôm sau": the day after the full
    day told before it in its sentence (`RELATIVE_DAY`); nothing when no such day stands there."""
    out: list[DateMention] = []
    if not any(w in text for w in _RELATIVE_DAY_WORDS):
        return out  # (the cheap test first: few pages tell a day so)
    for m in _RELATIVE_DAY_RE.finditer(text):
        told = next((d for d in reversed(found) if d.end <= m.start()), None)
        if told is None or m.start(1) - told.end > _RELATIVE_DAY_REACH or not told.date.is_complete:
            continue
        if _RELATIVE_DAY_GAP_RE.search(text, told.end, m.start(1)) is not None:
            continue
        shift = 1 if m.group(2).casefold() == "sau" else -1
        try:
            day = _as_date(told.end_date if shift > 0 and told.end_date and told.end_date.is_complete else told.date)
            day += datetime.timedelta(days=shift)
        except OverflowError:  # a day at the calendar's edge
            continue
        out.append(DateMention(_as_partial(day), m.group(1), m.start(1), m.end(1)))
    return out


# Cleaning rules that drop what follows the story: related news, another story glued on.
OTHER_STORIES_RULES = frozenset({"clean.footer", "clean.story-after-byline", "clean.second-lead",
                                 "clean.glued-teaser", "clean.headline-run"})


def own_stamp_lines(removed: list[RemovedLine]) -> list[str]:
    """The removed lines that may stamp the page itself: not those inside a run of related news
    or of a story glued on (after its first line), where "12/03/2024 09:15" under a headline
    dates that headline's story."""
    out, previous = [], None
    for line in removed:
        if not (line.rule in OTHER_STORIES_RULES and line.rule == previous):
            out.append(line.text)
        previous = line.rule
    return out


SERIES_BEGAN = rule("date.series-began", "the year or day a series began, told as its history ('Đối thoại X được "
                    "tổ chức lần đầu vào năm 2012'): not the time of the edition the page tells")
DOCUMENT_YEAR = rule("date.document-year", "the year in the name of a law or convention ('Công ước Liên hợp quốc "
                     "về Luật Biển năm 1982'): when it was made, neither the page's year nor a happening's")
SINCE_WHEN = rule("date.since-when", "the time since which something holds ('kể từ khi cuộc triển lãm đầu tiên được "
                  "tổ chức vào năm 1991'): history, not the time of the news")
_SERIES_BEGAN_BEFORE_RE = PATTERNS["series-began-before"]
_SINCE_WHEN_BEFORE_RE = PATTERNS["since-when-before"]
_DOCUMENT_YEAR_BEFORE_RE = PATTERNS["document-year-before"]
_BACKGROUND_REACH = 70  # characters before a date that may hold the words making it background
_SINCE_WHEN_REACH = 90  # "kể từ khi" and the clause up to the date (`since-when-before` allows 70 more characters)


def background_rule(text: str, start: int, date: PartialDate) -> Optional[str]:
    """The rule making the date at text[start:] a date of background, not of the news: the
    year a series began ("tổ chức lần đầu vào năm 2012"), the time since which something
    holds ("kể từ khi ... vào năm 1991"), the year naming a law or a
    convention ("Luật Biển năm 1982"). None for any other date."""
    lo = max(0, start - _BACKGROUND_REACH)
    if _SERIES_BEGAN_BEFORE_RE.search(text, lo, start) is not None:
        return SERIES_BEGAN
    if _SINCE_WHEN_BEFORE_RE.search(text, max(0, start - _SINCE_WHEN_REACH), start) is not None:
        return SINCE_WHEN
    if date.month is None and _DOCUMENT_YEAR_BEFORE_RE.search(text, lo, start) is not None:
        return DOCUMENT_YEAR
    return None


def _news_dates(doc: Doc, found: list[DateMention]) -> list[DateMention]:
    """The dates that may tell when something of the news happened; each background date
    (`background_rule`) is dropped with its rule, for `kg explain`."""
    out = []
    for d in found:
        why = background_rule(doc.text, d.start, d.date)
        if why is None:
            out.append(d)
        else:
            drop(doc, "date", why, d.start, d.end)
    return out


@component("dates", requires=["article", "text", "removed", "removed_lines"], assigns=["dates", "published"])
def dates_component(doc: Doc) -> Doc:
    """Date the article (given, or inferred from the page) and find every date in its body."""
    doc.published = doc.article.published
    if doc.published is None:
        doc.published, note = _inferred_date(
            doc.article.text, doc.text, doc.removed, stamp_lines=own_stamp_lines(doc.removed_lines),
            url=doc.article.url,
        )
        if note is not None and doc.published is not None:
            doc.warnings.append(note)
    found = _news_dates(doc, find_dates(doc.text, reference=doc.published))
    # both hints below are searched in the folded text, and only against a complete day
    folded = doc.text.casefold() if doc.published is not None and doc.published.is_complete else None
    deictic = deictic_dates(doc.text, doc.published) + weekday_dates(doc.text, doc.published, folded)
    deictic += last_week_dates(doc.text, doc.published, folded)
    found, deictic = _datelines_before_deictic(doc, found, sorted(deictic, key=lambda d: d.start))
    deictic += relative_day_dates(doc.text, found)
    doc.dates = _with_deictic(found, deictic)
    return doc


def date_in_span(doc: Doc, start: int, end: int) -> Optional[DateMention]:
    """The first date mention lying inside text[start:end] (e.g. a sentence)."""
    for dm in doc.dates:
        if dm.start >= start and dm.end <= end:
            return dm
    return None

