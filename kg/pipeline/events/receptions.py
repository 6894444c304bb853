"""Receptions marking an occasion: an embassy's or a defence attaché office's national-day or army-day
reception held by one side with the other side's people attending ("Văn phòng Tùy viên Quốc phòng Lào tổ
chức chiêu đãi kỷ niệm ... Quốc khánh ...", "Cơ quan Tùy viên Quốc phòng Việt Nam tại X tổ chức lễ kỷ niệm
với sự tham dự của ..."): a Meeting of the two sides, dated by its day (`event.occasion-reception`).

A dinner given to a visiting delegation ("tiệc chiêu đãi đoàn bạn"), a party on deck or at a conference's
opening, and a ceremony with no foreign side named are not: they are part of another happening or of one
side alone.
"""

from __future__ import annotations

import re

from kg.model import Sentence
from kg.pipeline.common import VNM, DocIndex
from kg.pipeline.events.lexicon import phrase_key, triggers_marked
from kg.pipeline.patterns import named_patterns
from kg.pipeline.when import sentence_head

PATTERNS = named_patterns("lex_event_patterns.tsv")
OCCASION_AFTER_RE = PATTERNS["reception-occasion-after"]
ATTENDED_AFTER_RE = PATTERNS["reception-attended-after"]
ATTENDANCE_OPENS_RE = PATTERNS["reception-attendance-opens"]
HANDOVER_RE = PATTERNS["handover-ceremony"]
HANDOVER_SUBJECT_BEFORE_RE = PATTERNS["handover-subject-before"]
HANDOVER_HELD_BEFORE_RE = PATTERNS["handover-held-before"]


def reception_triggers() -> frozenset[str]:
    """Triggers naming a reception or a ceremony ("chiêu đãi", "lễ kỷ niệm"): an event only when it marks an
    occasion with the other side's people attending (`occasion_reception`)."""
    return triggers_marked("reception")


def occasion_reception(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """The reception or ceremony `m` marks an occasion ("chiêu đãi kỷ niệm ...") or is told attended ("lễ kỷ
    niệm với sự tham dự của ..."), and a foreign country is named in its sentence or in the next one telling who
    attended ("Dự buổi lễ về phía bạn có Trung tướng X, ... Hàn Quốc")."""
    if HANDOVER_RE.fullmatch(m.group()):
        return handover_ceremony(text, idx, sent, m)
    attended = ATTENDED_AFTER_RE.match(text, m.end(), sent.end)
    if attended is None and not (phrase_key(m.group()) != "lễ kỷ niệm" and OCCASION_AFTER_RE.match(text, m.end(), sent.end)):
        return False
    if _foreign_in(idx, sent.start, sent.end):
        return True
    i = idx.sentence_at(sent.start) + 1
    if i >= len(idx.sentences) or attended is not None:
        return False
    after = idx.sentences[i]
    return ATTENDANCE_OPENS_RE.match(text, sentence_head(text, after), after.end) is not None and _foreign_in(
        idx, after.start, after.end)


def handover_ceremony(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """A handover ceremony ("lễ trao trả", "lễ bàn giao", "lễ tiếp nhận") that is its sentence's subject, at
    most a short phrase of time or place before it ("Sáng 13/12, Lễ trao trả hài cốt quân nhân X ... đã diễn
    ra", "Lễ bàn giao do A và B đồng chủ trì"), with a foreign country named in the sentence: the two sides'
    Meeting. Also one told held, "tổ chức" right before it ("Ban ... tỉnh Y đã trang trọng tổ chức lễ bàn giao
    ...": `event.handover-held`). Not one attended ("đoàn đã dự lễ bàn giao ...") nor one naming no foreign side."""
    head = sentence_head(text, sent)
    placed = (HANDOVER_SUBJECT_BEFORE_RE.fullmatch(text, head, m.start()) is not None
              or HANDOVER_HELD_BEFORE_RE.fullmatch(text, head, m.start()) is not None)
    return placed and _foreign_in(idx, sent.start, sent.end)


def _foreign_in(idx: DocIndex, lo: int, hi: int) -> bool:
    return any(c.code != VNM for c in idx.countries_in(lo, hi))
