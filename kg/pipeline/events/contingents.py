"""Foreign troop contingents arriving in Vietnam (round 52c): "đoàn quân nhân Campuchia đến Việt Nam ngày 15/8",
"máy bay chở các quân nhân lực lượng vũ trang Liên bang Nga đã hạ cánh ở sân bay quốc tế Nội Bài", most often to
march in a parade: a Visit of the country that sent them, dated by the arrival, as the tuning golds read it (r31,
r37 main, r26 optional; `event.contingent-arrives`).

Not a contingent of Vietnam's own (no foreign country told before the arrival: "khối quân nhân Quân khu 7 đến Hà
Nội"), nor one going abroad ("quân nhân Việt Nam tới Moskva"), nor troops only sent, invited or to be received
("cử các đoàn quân nhân sang", "sẵn sàng tiếp nhận quân nhân X sang Việt Nam học"), nor "Hải quân nhân dân".
"""

from __future__ import annotations

import dataclasses
import re

from kg.model import Sentence
from kg.pipeline.common import VNM, DocIndex
from kg.pipeline.events.lexicon import triggers_marked
from kg.pipeline.mentions import EventMention
from kg.pipeline.patterns import named_patterns
from kg.pipeline.rules import rule
from kg.pipeline.when import clause_end, clause_start

PATTERNS = named_patterns("lex_event_patterns.tsv")
ARRIVES_AFTER_RE = PATTERNS["contingent-arrives-after"]
SENT_BEFORE_RE = PATTERNS["contingent-sent-before"]
IN_TURN_RE = PATTERNS["contingents-in-turn"]
TROOPS_VISITED_RE = PATTERNS["troops-visited-after"]

CONTINGENT_ARRIVES = rule("event.contingent-arrives", "foreign troops told arriving in Vietnam ('đoàn quân nhân Campuchia đến Việt Nam ngày 15/8', 'các quân nhân ... Nga đã hạ cánh ở sân bay Nội Bài'), most often to march in a parade: a Visit of their country to Vietnam")
IN_TURN = rule("event.contingents-in-turn", "'đoàn quân nhân A và B lần lượt đến Việt Nam trong các ngày 15-16/8': contingents told arriving in turn over as many days as countries: a visit of each on its day, in the order told")
TROOPS_VISITED = rule("event.foreign-troops-visited", "a Vietnamese official's bare 'thăm' of foreign troops here ('thăm và tặng quà động viên bốn khối quân nhân các nước, gồm: A, B, C và D'): meeting them, a Meeting of their countries")
NO_CONTINGENT = rule("event.troops-not-arriving", "troops ('quân nhân') not told arriving in Vietnam from a foreign country (Vietnam's own, going abroad, only sent or invited): no event")


def contingent_triggers() -> frozenset[str]:
    """Triggers naming troops ("quân nhân"): an event only when a foreign contingent is told arriving in Vietnam
    (`contingent_arrives`)."""
    return triggers_marked("contingent")


def contingent_arrives(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """The troops `m` names are told arriving in Vietnam (an arrival verb and a Vietnamese place after them in the
    sentence), a foreign country is named in the sentence before the verb and none is Vietnam, and the clause
    does not only send, invite or offer to receive them."""
    before = contingent_countries(text, idx, sent, m.end())
    if not before or VNM in before:
        return False
    lo = clause_start(text, m.start(), sent.start)
    return SENT_BEFORE_RE.search(text, lo, m.start()) is None


def contingent_countries(text: str, idx: DocIndex, sent: Sentence, trig_end: int) -> list[str]:
    """The countries named in the sentence before the arrival verb after the troops ending at `trig_end` (theirs);
    none when no arrival in Vietnam is told."""
    arrival = ARRIVES_AFTER_RE.match(text, trig_end, sent.end)
    if arrival is None:
        return []
    return list(dict.fromkeys(c.code for c in idx.countries_in(sent.start, arrival.start("verb"))))


def contingents_in_turn(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> list[EventMention]:
    """The arrival of several countries' contingents told "in turn" ("lần lượt đến") over a stretch of as many days
    as countries, in one month: one visit of each on its day, in the order the countries are told (`IN_TURN`);
    nothing otherwise."""
    arrival = ARRIVES_AFTER_RE.match(text, mention.trig_end, sent.end)
    told = mention.date
    if CONTINGENT_ARRIVES not in mention.rules or arrival is None or told is None or told.end_date is None:
        return []
    first, last = told.date, told.end_date
    codes = [c for c in contingent_countries(text, idx, sent, mention.trig_end) if c != VNM]
    if IN_TURN_RE.search(arrival.group("verb")) is None or len(codes) < 2 or first.day is None or last.day is None:
        return []
    if (first.year, first.month) != (last.year, last.month) or last.day - first.day + 1 != len(codes):
        return []
    return [dataclasses.replace(
        mention, date=dataclasses.replace(told, date=dataclasses.replace(first, day=first.day + i), end_date=None),
        listed_countries=[k for k in mention.listed_countries if k == code or k not in codes],
        span_countries=[k for k in mention.span_countries if k == code or k not in codes], rules=[*mention.rules, IN_TURN])
        for i, code in enumerate(codes)]


def foreign_troops_visited(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """A bare "thăm" `m` whose object is troops ("thăm và tặng quà động viên các khối quân nhân ...") of foreign
    countries named after them in the clause, Vietnam not among them: meeting foreign contingents here."""
    troops = TROOPS_VISITED_RE.match(text, m.end(), sent.end)
    if troops is None:
        return False
    after = [c.code for c in idx.countries_in(troops.end(), clause_end(text, troops.end(), sent.end))]
    return bool(after) and VNM not in after
