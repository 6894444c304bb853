"""A ship's call told twice: by its arrival ("sáng 25/8, tàu X cập cảng Tanjung Priok") and by its end
("Tàu X ngày 29/8 đã rời Indonesia, kết thúc tốt đẹp chuyến thăm hữu nghị ..."), in either order. The
end is the call's last day, not a second call dated by its own day or the page's (`event.end-of-the-call`).

A call told only by its end keeps what it had; so does an end told of no call begun before it.
"""

from __future__ import annotations

import datetime
from typing import Optional

from kg.model import Event, PartialDate
from kg.pipeline.common import VNM, DocIndex
from kg.pipeline.mentions import EventMention
from kg.pipeline.patterns import named_patterns
from kg.pipeline.rules import rule
from kg.pipeline.when import date_le, is_page_stamp, is_stamp

PATTERNS = named_patterns("lex_event_patterns.tsv")
CALL_ENDED_BEFORE_RE = PATTERNS["call-ended-before"]
ENDS_ON_AFTER_RE = PATTERNS["ends-on-after"]

END_OF_CALL = rule(
    "event.end-of-the-call",
    "'Tàu X ngày 29/8 đã rời Indonesia, kết thúc tốt đẹp chuyến thăm ...' with the ship's arrival told "
    "('sáng 25/8, tàu X cập cảng ...'): that day is the call's last, not a second call",
)

END_TOLD_AFTER = rule(
    "event.end-told-after",
    "'Chuyến thăm của phái đoàn ... sẽ kết thúc vào ngày 30/12' after the visit's first day told: that day "
    "is the visit's (or the call's) last, not a second visit",
)

# the types whose end is told after them in a sentence of their own
ENDS_TOLD_AFTER = ("Visit", "PortCall")

# a call lasts days, not months: an end told more than this after an arrival is another voyage's
MAX_CALL_DAYS = 21


def day_the_call_ended(text: str, idx: DocIndex, mention: EventMention) -> Optional[PartialDate]:
    """The day an unnamed port call is told to have ended on: the day told in its sentence before
    "kết thúc (tốt đẹp) chuyến thăm" right before the trigger (not the page's stamp, not a stretch),
    or (of a visit too) the day told after it as its end."""
    if mention.named or mention.etype not in ENDS_TOLD_AFTER:
        return None
    told_after = _day_told_as_its_end(text, idx, mention)
    if told_after is not None or mention.etype != "PortCall":
        return told_after
    sent = idx.sentences[mention.sent]
    ended = CALL_ENDED_BEFORE_RE.search(text, max(sent.start, mention.start - 30), mention.start)
    told = idx.last_date_in(sent.start, ended.start()) if ended is not None else None
    if told is None or told.end_date is not None or is_stamp(text, told) or is_page_stamp(text, told):
        return None
    day = idx.resolve(told.date)
    return day if day is not None and day.day is not None else None


def _day_told_as_its_end(text: str, idx: DocIndex, mention: EventMention) -> Optional[PartialDate]:
    """The day told right after the trigger as the day it ends ("Chuyến thăm ... sẽ kết thúc vào ngày
    30/12/2012", `END_TOLD_AFTER`)."""
    sent = idx.sentences[mention.sent]
    told = idx.first_date_in(mention.end, sent.end)
    if told is None or told.end_date is not None or ENDS_ON_AFTER_RE.fullmatch(text, mention.end, told.start) is None:
        return None
    day = idx.resolve(told.date)
    if day is None or day.day is None:
        return None
    mention.rules.append(END_TOLD_AFTER)
    return day


def begun_before(ev: Event, day: PartialDate) -> bool:
    """Whether call `ev` began on a day before `day` and at most `MAX_CALL_DAYS` before it, and
    ended (if told) no later."""
    start = ev.start
    if start is None or start.day is None or start == day or not date_le(start, day):
        return False
    if ev.end is not None and not date_le(ev.end, day):
        return False
    if start.month is None or day.month is None:
        return False
    # (date_le ordered them: both with a year or neither; "28/12/2026 ... 2/1/2027" is 5 days)
    gap = datetime.date(day.year or 2000, day.month, day.day) - datetime.date(start.year or 2000, start.month, start.day)  # type: ignore[arg-type]  # begun_before gets a full day: the end told has its day
    return gap.days <= MAX_CALL_DAYS


def foreign_sides_agree(ev: Event, foreign: set[str]) -> bool:
    """The call's foreign sides and those told with its end are one (or either tells none)."""
    theirs = set(ev.countries) - {VNM}
    return not foreign or not theirs or foreign <= theirs or theirs <= foreign


def ended_call(calls: list[Event], day: PartialDate, foreign: set[str]) -> Optional[Event]:
    """The call told before or after that an end on `day` closes: the latest begun before it."""
    found = [e for e in calls if begun_before(e, day) and foreign_sides_agree(e, foreign)]
    return max(found, key=lambda e: (e.start.year or 0, e.start.month or 0, e.start.day or 0), default=None)  # type: ignore[union-attr]  # begun_before: each has a start


def close_call(ev: Event, day: PartialDate) -> None:
    """Call `ev` ended on `day`."""
    if ev.end is None or date_le(ev.end, day):
        ev.end = day
