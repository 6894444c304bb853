"""Event mentions resolved: who took part, which countries, where, organised by whom.

Read from the mention's sentence: the officials named in it; for a visit, the
visitor and the country visited ("thăm chính thức Cuba"); for a port call,
the flag state of the ship (a hull prefix such as "USS", or "Hải quân Ấn Độ")
and the host; the countries of the delegations or forces listed ("các đoàn
Hàn Quốc, Ấn Độ và Hoa Kỳ"); the place ("tại sân bay Gia Lâm, Hà Nội"); the
organiser ("do Bộ Quốc phòng tổ chức").
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from typing import Optional

from kg.model import CountryMention, DateMention, Doc, Sentence
from kg.pipeline.common import VNM, DocIndex, add_unique, is_capitalised
from kg.pipeline.events.lexicon import (
    COURSE_TRAINEES_OPEN_RE,
    AT_AFTER_RE,
    STATE_FORM_RE,
    AT_RE,
    BILATERAL_TYPES,
    TWO_SIDED_TYPES,
    COUNTERPART_BEFORE_RE,
    DELEGATION_RE,
    FORCES_RE,
    HOST_AT_RE,
    HOST_BRACKET_RE,
    HOST_CUE_RE,
    HOST_NAMED_RE,
    LIST_JOINER_RE,
    VOYAGE_STOP_BEFORE_RE,
    LEG_BEFORE_RE,
    LEG_DAYS_BEFORE_RE,
    DELEGATION_HEADS_CUE_RE,
    DIALOGUE_PARTNERS_CUE_RE,
    OBSERVER_JOINER_RE,
    OBSERVER_AFTER_RE,
    OBSERVER_BEFORE_RE,
    PLURAL_HEADS_CUE_RE,
    LOC_CUT_RE,
    LOC_EVENT_RE,
    LOC_MORE_RE,
    LOC_PLACE_RE,
    MEMBERS_CUE_RE,
    EXHIBITORS_CUE_RE,
    COUNTRY_THEN_UNDERWAY_RE,
    FRONTED_VISIT_THEN_VISITOR_RE,
    VISIT_FRONTED_RE,
    BILATERAL_TRIGGER_END_RE,
    PLACE_THEN_COUNTRY_RE,
    HOST_BODY_AFTER_RE,
    HOST_BODY_GAP_RE,
    DELEGATION_OWNER_RE,
    DELEGATION_SUBJECT_RE,
    COUNTERPARTS_END_RE,
    MULTILATERAL_TYPES,
    OF_WHOM_RE,
    ORGANIZE_VERBS,
    ORGANIZED_BY_RE,
    ORGANIZER_BEFORE_RE,
    PRESENT_BEFORE_RE,
    SENDS_DELEGATION_RE,
    PLACE_COUNTRY_RE,
    PLACE_END_RE,
    PORT_PLACE_RE,
    SEG_RE,
    SEVERAL_VISITED_RE,
    SHIP_FLAG_BEFORE_RE,
    SHIP_NAME_RE,
    TITLE_TO_COUNTRY_RE,
    VISIT_KIND_RE,
    VISITOR_THEN_HOST_RE,
    VISIT_ATTEND_THEN_HOST_RE,
    WITH_RE,
    context_re,
    navy_re,
    state_leader,
)
from kg.pipeline.mentions import EventMention
from kg.pipeline.officials import org_head_re, resolve_org, ship_prefixes
from kg.pipeline.officials.lexicon import position_re
from kg.pipeline.patterns import named_patterns
from kg.pipeline.events.contingents import CONTINGENT_ARRIVES, contingent_countries, contingents_in_turn
from kg.pipeline.rules import rule
from kg.pipeline.when import clause_end, clause_start, sentence_head


PATTERNS = named_patterns("lex_event_patterns.tsv")
INVITATION_OPENS_RE = PATTERNS["invitation-opens"]
COORDINATED_VERB_WITH_RE = PATTERNS["coordinated-verb-with"]
MEET_VERB_TRIGGER_RE = PATTERNS["meet-verb-trigger"]
IN_TURN_RE = PATTERNS["in-turn-receives"]
PLURAL_MEETINGS_BEFORE_RE = PATTERNS["plural-meetings-before"]
RECEIVES_TRIGGER_RE = PATTERNS["receives-trigger"]
PARTICIPIAL_MEETING_RE = PATTERNS["participial-meeting"]
ATTENDANTS_IN_OBJECT_RE = PATTERNS["attendants-in-object"]
ATTENDEES_FROM_RE = PATTERNS["attendees-from"]
CALLS_ON_TRIGGER_RE = PATTERNS["calls-on-trigger"]
DOCKING_TRIGGER_RE = PATTERNS["docking-trigger"]
TITLE_MET_BEFORE_RE = PATTERNS["title-met-before"]
OF_WHOM_SPAN = 60  # characters of title between "chuyến thăm của" and the visitor's name
SHARED_COUNTERPARTS = rule("event.counterparts-of-coordinated-verb", "'đã tiếp xúc bên lề, trao đổi về ... với A, B và C': the counterparts after the second verb are the meeting's, one meeting with each official's country")
BARE_TITLE = rule("event.bare-title-told-before", "'Bên lề Hội nghị, Thứ trưởng đã gặp song phương với A; B ...': a subject told by its title alone is of the country that title was last told with ('Thứ trưởng Bộ Quốc phòng Việt Nam')")
ITEM_ENDS = rule("event.counterparts-end-at-item", "'gặp song phương A, B và C; trước đó, tối 3/3, Bộ trưởng đã gặp người đồng cấp D': the counterparts listed end at a ';' opening an item that tells a happening of its own (D is that meeting's)")
SPLIT = rule("event.one-meeting-per-counterpart",
             "'gặp song phương với A; B và C': one meeting with each counterpart's country")
DELEGATIONS_MET = rule("event.delegations-met", "a reception, meeting or exchange with the delegations of several countries listed after it ('gặp mặt đoàn quân đội các nước Trung Quốc, Nga, Lào', '4 đoàn ... gồm: A, B và C')")
MEETS_EACH = rule("event.meets-each-named", "'còn gặp T1 A và T2 B', 'gặp ngắn T1 A, T2 B và T3 C': a bare meet verb right before officials of several foreign countries, one meeting with each country's named officials")
IN_TURN = rule("event.receives-in-turn", "'lần lượt tiếp T1 A; T2 B và T3 C': guests of several foreign countries received one after another, one meeting with each country's named officials")
TITLED_ITEMS = rule("event.receives-titled-items", "'tiếp Đại sứ A X; Đại sứ B Y; Đại sứ C Z': guests of several foreign countries, each an item opening on its title, the items parted by ';', received one after another (envoys call one at a time), one meeting with each country's named officials")
BILATERAL_LIST = rule("event.bilateral-list", "'đã gặp song phương A, T1; B, T2 và C, T3' with no 'với': the counterparts follow the trigger itself, one meeting each")
VISITORS_OF_SENTENCE = rule("event.visitors-of-sentence", "a visit to Vietnam told with no foreign visitor by name ('tiếp xã giao Đoàn đại biểu Bộ CHQS tỉnh Bò Kẹo (Lào) nhân dịp đoàn thăm và làm việc tại tỉnh', a host's 'tin tưởng chuyến thăm của đoàn góp phần ...'): the foreign countries of its sentence are the visitors'")
VISIT_TO_ATTEND = rule("event.visit-to-attend", "'đoàn ... đã thăm và tham dự Diễn đàn X tại Liên bang Nga': a visit told by the event it attends abroad, the foreign country told after that event's name")
HOST_BODY_VISITED = rule("event.country-of-body-visited", "a visit 'và làm việc với Lực lượng Bảo vệ bờ biển Philippines', 'thăm, làm việc với Bộ Quốc phòng Lào': the country of the body it is made to, told after the body's head in the clause")
PLACE_VISITED = rule("event.country-of-place-visited", "a visit 'tại tỉnh X (Nước CHDCND Lào)' or 'tại thành phố X, Liên bang Nga': the foreign country told right after the province or city visited")
PER_OFFICIAL = rule("event.one-meeting-per-official", "'có các cuộc gặp với A, T1; B, T2 và C, T3', 'các cuộc gặp chào xã giao T1 A và T2 B': meetings told in the plural with several officials of one foreign country, one meeting with each")
PER_LEADER = rule("event.one-meeting-per-leader", "'Chủ tịch nước A và Thủ tướng B đã tiếp X': each leader of a state receives on his own, one meeting each")
CALLS_ON_LEADERS = rule("event.one-call-per-leader", "'X lần lượt chào xã giao Chủ tịch nước A và Thủ tướng B', 'hội kiến Tổng Bí thư A và Chủ tịch nước B': a visitor calls on each leader of the state on his own, one meeting each (not 'tiếp': the guests received together)")
TITLED_SUBJECT_VISITOR = rule("event.titled-subject-visitor", "'Trong thời gian thăm Việt Nam, từ ngày 4 đến 6/6, Bộ trưởng Quốc phòng Canada ...': the country of the title the fronted visit's sentence opens its subject on, the visitor named by a title only")
TITLED_VISITOR = rule("event.titled-visitor", "'với Quốc vụ khanh Bộ Quốc phòng Hungary đang thăm làm việc tại Việt Nam': the country of a visitor named by a title only")
EXHIBITORS = rule("event.exhibitors-listed", "an exhibition held in Vietnam (or with no host told) with the countries whose firms show there listed ('các gian hàng lớn của Hoa Kỳ, Pháp và Israel')")
MEMBERS = rule("event.delegations-listed", "a multilateral event with the countries of the delegations listed")
ATTENDEES_FROM = rule("event.attendees-from", "a multilateral event gathering people from countries listed ('quy tụ gần 70 đại biểu đến từ các lực lượng hải quân ... của Việt Nam, Philippines, ...', 'cùng các chuyên gia từ Pháp, Đức và Italia'): their countries")
INVITED_BY_HOST = rule("event.invited-by-host", "a delegation going abroad after an invitation opening the sentence ('Nhận lời mời "
                       "của Bộ CHQS tỉnh X (Lào), ... sang thăm, chúc mừng ...'): the body that invites is the host, its country the one visited")
GOES_ABROAD = rule("event.delegation-goes-abroad", "a delegation 'sang thăm'/'đến thăm' units of one foreign country on a day ('Ngày 12/4, Đoàn công tác tỉnh A đến thăm, chúc Tết các đơn vị ... tỉnh Sê Kông ... Lào'): its visit to that country")
CALLS_ON = rule("event.calls-on", "'đến chào' right before a title or a rank ('đoàn đến chào Thượng tướng X'): a courtesy call")
GUESTS_COME = rule("event.foreign-guests-come", "a foreign delegation 'sang thăm'/'đến thăm' a unit in Vietnam on a day, nothing else told in the clause: its visit to Vietnam")
FOREIGN_SIDES_VISIT = rule("event.visit-of-foreign-sides", "'chuyến thăm này' told with officials of two foreign countries and none of Vietnam: not a visit to Vietnam")
THIS_VISIT = rule("event.guest-visit", "'chuyến thăm lần này' said by a foreign official: his visit to Vietnam")
SEVERAL = rule("event.visits-several", "a visit to several countries: 'thăm các nước ...: A, B và C', 'thăm các nước trên' (those of the sentence before)")
SENDS_DELEGATION = rule("event.sends-delegation", "at a multilateral event, a country its sentence tells sending a delegation ('Trung Quốc cử đoàn của Đại học Quốc phòng tham dự')")
PLANNED_NOT_PRESENT = rule("event.planned-not-present", "an office-holder a plan is told of after a multilateral event ('Bên lề hội nghị, X sẽ có các cuộc gặp song phương với Tư lệnh Hải quân Indonesia'): his country is not shown there")
OBSERVER = rule("event.observer-delegation", "at a multilateral event, a country told to attend as an observer ('Timor-Leste tham dự với tư cách quan sát viên', 'và quan sát viên Timor-Leste')")
PRESENT = rule("event.countries-present", "at a multilateral event, the host country and the countries whose office-holders act there")
RESULT_TOLD = rule("event.result-told", "'đánh giá cao kết quả hội đàm giữa A và B': talks named as what they came to, held before the sentence's time")
RESULT_PEOPLE = rule("event.result-told-people", "'Thủ tướng X đánh giá cao kết quả hội đàm giữa Bộ trưởng Quốc phòng hai nước': who speaks of the talks' result takes no part in them; their people are those named after the trigger in its clause")
LEGS = rule("event.visit-legs", "'thăm chính thức A từ ngày 9-11/3 và B từ 12-15/3': a trip to several countries, each told with its own days, is a visit to each on its days")
JOINT_COURSE = rule("event.joint-course", "a training course run jointly with or for foreign partners ('khóa huấn luyện chung', 'do Cục X và Bộ Quốc phòng Anh phối hợp tổ chức', 'học viên đến từ Lào, Campuchia', 'Việt Nam và Pháp khai mạc khóa ...'): an Exercise; a domestic course is none")
COURSE_SIDES = rule("event.course-sides", "a joint training course: Việt Nam and the countries its sentence names (co-organiser, sponsor, instructors, trainees; not a place it is held in or a mission trainees go to), and those of trainees told in the sentence right after ('Học viên đến từ Việt Nam, Lào, ...')")
SUBJECT_AFTER_OBJECT = rule("event.subject-after-its-object", "a meeting told by its verb opening the sentence, then its object and a comma ('Tiếp đoàn, bà A, Phó Chủ tịch UBND tỉnh, mong muốn ...', 'Gặp Đại tướng C, A đề nghị ...'): the officials after the comma are its hosts, those before it its guests")
CALL_IN_RECEPTION = rule("event.call-told-in-a-reception", "an unnamed port call told past the object of a reception opening its sentence ('Tiếp Ban Chỉ huy tàu X, chiều 6/10, Phó Chủ tịch Y nhận định chuyến thăm của tàu ...'): the hosts after the object's comma take no part in the call, only the people of the object")
ACTING_SIDE = rule("event.acting-side", "a unit, ship or body named before the trigger in its clause is a side: 'Bộ Tư lệnh Quân khu 7 đã tiếp ...', 'các chỉ huy tàu HMNZS Te Mana ... chào xã giao ...'")


def resolve_event_mention(
    doc: Doc, idx: DocIndex, mention: EventMention, country_of: dict[str, Optional[str]]
) -> list[EventMention]:
    """Fill the mention's people, countries, place and organiser from its sentence;
    a mention telling several meetings at once comes back as one per counterpart."""
    text = doc.text
    sent = idx.sentences[mention.sent]
    mention.people = [o.name for o in idx.names_in(sent.start, sent.end)]
    mention.hosts, mention.guests = _sides(doc, idx, sent, mention)
    if mention.etype == "Talks" and RESULT_TOLD in mention.rules:
        mention.people, mention.hosts = list(mention.guests), []  # (only those "giữa"/"với" names)
        mention.rules.append(RESULT_PEOPLE)
    mention.location = location(text, sent.start, sent.end)
    mention.organizer = organizer(doc, sent.start, mention.start, sent.end)
    if mention.etype == "PortCall":
        _port_call(text, idx, sent, mention)
        _call_within_a_reception(text, idx, sent, mention)
    if mention.etype == "Visit":
        _visit(text, idx, sent, mention, country_of)
    mention.span_countries = [c.code for c in idx.countries_in(mention.start, mention.end)]
    mention.listed_countries = _listed_countries(text, idx, sent, mention)
    _guest_and_visited_countries(text, idx, mention)
    if mention.etype == "Visit" and mention.visitor is None:
        _titled_visitor(text, idx, sent, mention, mention.visited)
    if mention.etype in BILATERAL_TYPES:
        _bilateral_sides(text, idx, sent, mention, country_of)
    if mention.etype in MULTILATERAL_TYPES:
        _multilateral_members(text, idx, sent, mention)
    if mention.etype == "Exchange":
        _delegations_met(text, idx, sent, mention)
    if mention.etype == "Exhibition" and mention.host in (None, VNM):
        _add_listed(mention, exhibitor_countries(text, idx, sent.start, sent.end), EXHIBITORS)
    _acting_side(text, idx, sent, mention)
    if JOINT_COURSE in mention.rules:
        _add_listed(mention, [VNM, *_course_countries(text, idx, sent, mention)], COURSE_SIDES)
    return _told_together(doc, idx, sent, mention, country_of)


def _told_together(
    doc: Doc, idx: DocIndex, sent: Sentence, mention: EventMention, country_of: dict[str, Optional[str]]
) -> list[EventMention]:
    """The mention as the happenings it tells at once: one meeting per counterpart, official or
    leader, one visit per leg; itself alone otherwise."""
    if mention.etype == "Meeting":
        return (_per_counterpart(doc, idx, sent, mention, country_of) or _per_official(doc, sent, mention, country_of)
                or _per_leader(doc, mention) or [mention])
    if mention.etype == "Visit":
        return _per_leg(doc.text, idx, sent, mention) or contingents_in_turn(doc.text, idx, sent, mention) or [mention]
    return [mention]


def _per_leg(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> list[EventMention]:
    """ "thăm chính thức A từ ngày 9-11/3 và B từ 12-15/3": the countries right after the trigger, each
    followed by its own days, are visited one after the other -- a visit to each on its days (`LEGS`)."""
    kind = VISIT_KIND_RE.match(text, mention.trig_end, sent.end)
    pos = kind.end() if kind else mention.trig_end
    legs: list[tuple[CountryMention, DateMention]] = []
    for c in idx.countries_in(pos, sent.end):
        if c.code == VNM or LEG_BEFORE_RE.fullmatch(text, pos, c.start) is None:
            break
        d = idx.first_date_in(c.end, sent.end)
        if d is None or d.date.day is None or LEG_DAYS_BEFORE_RE.fullmatch(text, c.end, d.start) is None:
            break
        legs.append((c, d))
        pos = d.end
    if len(legs) < 2 or len({c.code for c, _ in legs}) < len(legs):
        return []
    out = []
    for c, d in legs:
        others = {o.code for o, _ in legs} - {c.code}
        out.append(dataclasses.replace(
            mention, visited=c.code, visited_place=c.surface, date=d, date_cued=True, date_weak=False,
            span_countries=[k for k in mention.span_countries if k not in others],
            listed_countries=[k for k in mention.listed_countries if k not in others], rules=[*mention.rules, LEGS]))
    return out


def _per_official(
    doc: Doc, sent: Sentence, mention: EventMention, country_of: dict[str, Optional[str]]
) -> list[EventMention]:
    """ "có các cuộc gặp với A, T1; B, T2 và C, T3" (all of one country): meetings told in the plural
    ("các cuộc gặp", "các cuộc gặp chào xã giao"), one with each foreign official named (`PER_OFFICIAL`);
    "chào xã giao A và B" in the singular stays one meeting."""
    if PLURAL_MEETINGS_BEFORE_RE.search(doc.text, max(sent.start, mention.start - 30), mention.start) is None:
        return []
    guests = [g for g in mention.guests if country_of.get(g) not in (None, VNM)]
    if len(guests) < 2 or len(guests) < len(mention.guests) or len({country_of.get(g) for g in guests}) > 1:
        return []
    return [dataclasses.replace(mention, guests=[g], people=[*mention.hosts, g], rules=[*mention.rules, PER_OFFICIAL])
            for g in guests]


def _per_leader(doc: Doc, mention: EventMention) -> list[EventMention]:
    """ "Chủ tịch nước A và Thủ tướng B đã tiếp Bộ trưởng X": each leader of the state
    receives the visitor on his own -- two meetings."""
    positions = {o.name: o.positions for o in doc.officials}

    def leaders(names: list[str]) -> bool:
        return len(names) >= 2 and all(any(state_leader(p) for p in positions.get(n, [])) for n in names)

    if leaders(mention.hosts):
        return [dataclasses.replace(mention, hosts=[h], people=[h, *mention.guests], rules=[*mention.rules, PER_LEADER])
                for h in mention.hosts]
    if leaders(mention.guests) and CALLS_ON_TRIGGER_RE.match(doc.text, mention.start, mention.trig_end):
        # "X lần lượt chào xã giao Chủ tịch nước A và Thủ tướng B": each leader receives the caller apart
        return [dataclasses.replace(mention, guests=[g], people=[*mention.hosts, g], rules=[*mention.rules, CALLS_ON_LEADERS])
                for g in mention.guests]
    return []


def _guest_and_visited_countries(text: str, idx: DocIndex, mention: EventMention) -> None:
    """The country of guests who come ("Đoàn công tác Bộ CHQS tỉnh Hủa Phăn (Lào) ... đã sang
    thăm ..."), the countries of a visit to several ("thăm các nước ...: A, B và C")."""
    if CONTINGENT_ARRIVES in mention.rules:  # ("đoàn quân nhân Campuchia và Lào lần lượt đến Việt Nam")
        add_unique(mention.listed_countries, *contingent_countries(text, idx, idx.sentences[mention.sent], mention.trig_end))
    elif GUESTS_COME in mention.rules:
        sent = idx.sentences[mention.sent]
        add_unique(mention.listed_countries, *(c.code for c in idx.countries_in(sent.start, mention.start)
                                               if c.code != VNM and not host_country_before(text, c.start)))
    if mention.etype == "Visit" and (mention.visited is None or mention.visited != VNM):
        _add_listed(mention, visited_countries(text, idx, mention.sent, mention.trig_end), SEVERAL)


def _bilateral_sides(
    text: str, idx: DocIndex, sent: Sentence, mention: EventMention, country_of: dict[str, Optional[str]]
) -> None:
    """A meeting's, talks' or call's foreign side told by a counterpart's title or in brackets."""
    if not any(country_of.get(p) not in (None, VNM) for p in mention.guests):
        add_unique(mention.listed_countries, *_counterpart_title(text, idx, sent, mention))
    if not mention.people:
        add_unique(mention.listed_countries, *_bracketed_sides(text, idx, sent, mention))
    if mention.etype == "Meeting":
        _delegations_met(text, idx, sent, mention)


def _delegations_met(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> None:
    """A meeting or exchange with the delegations of several countries listed after it
    ("gặp mặt đoàn quân đội các nước Trung Quốc, Nga, Lào, Campuchia", "giao lưu với đại
    diện quân đội các nước A, B và C") involves them all."""
    _add_listed(mention, listed_members(text, idx, sent, mention.trig_end), DELEGATIONS_MET, least=2)


def exhibitor_countries(text: str, idx: DocIndex, lo: int, hi: int) -> list[str]:
    """ "các gian hàng lớn của Hoa Kỳ, Pháp và Israel", "Các doanh nghiệp nước ngoài đến từ Hoa
    Kỳ, Pháp, ...": the foreign countries whose firms show at an exhibition, in text[lo:hi]."""
    out: list[str] = []
    for m in EXHIBITORS_CUE_RE.finditer(text, lo, hi):
        add_unique(out, *(c for c in _country_list(text, idx, m.end(), hi) if c != VNM))
    return out


def _multilateral_members(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> None:
    """The delegations listed at a multilateral event, its host and the countries acting there."""
    _add_listed(mention, listed_members(text, idx, sent), MEMBERS, least=2)
    _add_listed(mention, _attendees_from(text, idx, sent), ATTENDEES_FROM, least=2)
    _add_listed(mention, _present(text, idx, sent, mention), PRESENT)
    _add_listed(mention, [c.code for c in idx.countries_in(sent.start, sent.end)
                          if c.code != VNM and SENDS_DELEGATION_RE.match(text, c.end, sent.end)], SENDS_DELEGATION)
    observers = [c.code for c in idx.countries_in(sent.start, sent.end)
                 if c.code != VNM and (OBSERVER_AFTER_RE.match(text, c.end, sent.end)
                                       or OBSERVER_BEFORE_RE.search(text, max(sent.start, c.start - 24), c.start))]
    _add_listed(mention, observers, OBSERVER)


def _course_countries(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> list[str]:
    """The countries a joint course's ';' item names, a place it is held in or a mission trainees go to aside
    ("tại Hàn Quốc", "tới các phái bộ tại Nam Sudan"), and those of the sentence right after it when that one opens on its
    trainees ("Học viên đến từ Việt Nam, Lào, Campuchia ...")."""
    lo, hi = item_bounds(text, sent.start, sent.end, mention.start, mention.end)
    spans = [(lo, hi)]
    if mention.sent + 1 < len(idx.sentences):
        after = idx.sentences[mention.sent + 1]
        if COURSE_TRAINEES_OPEN_RE.match(text, after.start, after.end) is not None:
            spans.append((after.start, after.end))
    return [c.code for a, b in spans for c in idx.countries_in(a, b) if not host_country_before(text, c.start)]


def _add_listed(mention: EventMention, countries: list[str], rule_name: str, least: int = 1) -> None:
    """The countries a rule found taking part, added to the mention's with the rule's name, when
    it found `least` of them (a list of members needs two to be one)."""
    if len(countries) >= least:
        add_unique(mention.listed_countries, *countries)
        mention.rules.append(rule_name)


def _acting_side(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> None:
    """A unit's or ship's country before the trigger in its clause is a side (`countries_component`); not a
    place or a voyage's destination ("trên đường đến Thái Lan, Tàu 016 đã thăm xã giao ...")."""
    other = set(mention.listed_countries + mention.span_countries)
    lo = clause_start(text, mention.start, sent.start)
    stops = _voyage_stops(text, idx, lo, mention.start) if mention.etype == "PortCall" else set()
    acting = [c.code for c in idx.countries_in(lo, mention.start)
              if c.start not in stops and not host_country_before(text, c.start)]
    if mention.etype in TWO_SIDED_TYPES and other and set(acting) - other:
        add_unique(mention.listed_countries, *acting)
        mention.rules.append(ACTING_SIDE)


def _voyage_stops(text: str, idx: DocIndex, lo: int, hi: int) -> set[int]:
    """Where the countries of a ship's voyage told before its call start ("sau khi rời cảng Trung Quốc, ...",
    "Tiếp tục hành trình thăm xã giao A, B và C, ..."; `voyage-stop-before`): the ports it left and the voyage's
    list, no side of the call."""
    stops: set[int] = set()
    listing, prev_end = False, lo
    for c in idx.countries_in(lo, hi):
        if VOYAGE_STOP_BEFORE_RE.search(text, max(lo, c.start - 60), c.start):
            listing = True
        elif not (listing and LIST_JOINER_RE.fullmatch(text, prev_end, c.start)):
            listing = False
        if listing:
            stops.add(c.start)
        prev_end = c.end
    return stops


def _sides(doc: Doc, idx: DocIndex, sent: Sentence, mention: EventMention) -> tuple[list[str], list[str]]:
    """The officials before the trigger in its clause (the hosts: who receives,
    meets, holds talks) and after it (the guests)."""
    text = doc.text
    lo = clause_start(text, mention.start, sent.start)
    hi = clause_end(text, mention.trig_end, sent.end)
    subject_end, hi = _coordinated_bounds(doc, idx, mention, lo, hi)
    hosts = [o.name for o in idx.names_in(lo, subject_end)]
    guests = [o.name for o in idx.names_in(mention.trig_end, hi)]
    if CALLS_ON in mention.rules:
        hosts, guests = guests, hosts  # "đoàn đến chào Thượng tướng X": X receives the call
    opening = PARTICIPIAL_MEETING_RE.match(text, mention.start, hi) if mention.start == lo else None
    if opening is not None and idx.names_in(opening.end(), hi) and not ATTENDANTS_IN_OBJECT_RE.search(
            text, mention.trig_end, opening.end()):
        # "Tiếp đoàn, bà A, Phó Chủ tịch UBND tỉnh, mong muốn ...": the subject after the object's comma receives
        hosts = [o.name for o in idx.names_in(opening.end(), hi)]
        guests = [o.name for o in idx.names_in(mention.trig_end, opening.end())]
        mention.rules.append(SUBJECT_AFTER_OBJECT)
    return list(dict.fromkeys(hosts)), list(dict.fromkeys(guests))


def _coordinated_bounds(doc: Doc, idx: DocIndex, mention: EventMention, lo: int, hi: int) -> tuple[int, int]:
    """ "X chào xã giao A, hội kiến với B": verbs after a comma share their subject, each
    has its own object. The hosts end where the first such verb before the mention starts
    (X, not A; a verb with no one before it is no such verb: "Trong chuyến thăm, X ..."); the
    guests end where the next one starts (A, not B)."""
    text = doc.text
    mentions = doc.event_mentions  # in text order
    subject_end = mention.start
    last_comma = text.rfind(",", lo, mention.start)  # a verb before shares the subject only across a comma
    first_name = idx.names_in(lo, mention.start)[:1]
    if last_comma >= 0 and first_name:
        # the first trigger after the clause's first name that ends before that comma
        i = bisect.bisect_right(mentions, first_name[0].start, key=lambda m: m.start)
        if i < len(mentions) and mentions[i].start < mention.start and mentions[i].trig_end <= last_comma:
            subject_end = mentions[i].start
    first_comma = text.find(",", mention.trig_end, hi)
    if first_comma >= 0:
        # the first trigger past the comma after this one, inside the clause, ends its guests
        i = bisect.bisect_right(mentions, first_comma, key=lambda m: m.start)
        if i < len(mentions) and mentions[i].start < hi:
            hi = mentions[i].start
    return subject_end, hi


def _per_counterpart(
    doc: Doc, idx: DocIndex, sent: Sentence, mention: EventMention, country_of: dict[str, Optional[str]]
) -> list[EventMention]:
    """ "gặp song phương với Bộ trưởng Quốc phòng Nhật Bản A; Bộ trưởng Quốc phòng
    Hàn Quốc B và Bộ trưởng Quốc phòng Australia C": one meeting with each
    country named after "với" (its officials, or the country alone)."""
    text = doc.text
    w = WITH_RE.search(text, mention.trig_end, min(sent.end, mention.trig_end + 30))
    split_rules = [SPLIT]
    coordinated = COORDINATED_VERB_WITH_RE.match(text, mention.trig_end, sent.end) if w is None else None
    if w is not None:
        lo = w.end()
    elif BILATERAL_TRIGGER_END_RE.search(text, mention.start, mention.trig_end):
        lo, split_rules = mention.trig_end, [BILATERAL_LIST, SPLIT]
    elif coordinated is not None:
        lo, split_rules = coordinated.end(), [SHARED_COUNTERPARTS, SPLIT]
    elif MEET_VERB_TRIGGER_RE.match(text, mention.start, mention.trig_end):
        lo, split_rules = mention.trig_end, [MEETS_EACH, SPLIT]
    elif (IN_TURN_RE.search(text, max(sent.start, mention.start - 20), mention.start)
          and RECEIVES_TRIGGER_RE.match(text, mention.start)):
        lo, split_rules = mention.trig_end, [IN_TURN, SPLIT]
    elif RECEIVES_TRIGGER_RE.match(text, mention.start) and _titled_items(text, mention.trig_end, sent.end):
        lo, split_rules = mention.trig_end, [TITLED_ITEMS, SPLIT]
    else:
        return []
    # after a second verb or a bare meet verb, only named counterparts count ("trao đổi về quan hệ
    # với Trung Quốc, Lào"; "gặp Đại sứ Nhật Bản tại Lào X": Laos is no counterpart)
    named_only = coordinated is not None or any(r in split_rules for r in (MEETS_EACH, IN_TURN, TITLED_ITEMS))
    groups, item_rules = _counterpart_groups(doc, idx, sent, lo, country_of, named_only)
    split_rules = [*split_rules, *item_rules]
    if len(groups) < 2:
        return []
    # "Bộ trưởng Quốc phòng Việt Nam đã gặp song phương với ...": Vietnam named on the hosts' side
    subject_lo = clause_start(text, mention.start, sent.start)
    ours = [VNM] if any(c.code == VNM for c in idx.countries_in(subject_lo, mention.start)) else []
    if not ours and not mention.hosts and not idx.countries_in(subject_lo, mention.start):
        ours = _country_of_bare_title(text, idx, subject_lo, mention.start)  # "Thứ trưởng đã gặp song phương với ..."
        if ours:
            split_rules = [*split_rules, BARE_TITLE]
    out = []
    for code, names in groups.items():
        part = dataclasses.replace(mention, people=[*mention.hosts, *names], guests=list(names),
                                   span_countries=[], listed_countries=[code, *ours], rules=[*mention.rules, *split_rules])
        out.append(part)
    return out


def _country_of_bare_title(text: str, idx: DocIndex, lo: int, hi: int) -> list[str]:
    """A subject told by a bare title ("Bên lề Hội nghị, Thứ trưởng đã gặp song phương với ..."):
    the country that title was last told with before ("Thứ trưởng Bộ Quốc phòng Việt Nam nhấn mạnh")."""
    title = position_re().search(text, lo, hi)
    if title is None or not title.group(0).strip() or not text[title.end() : hi].strip().islower():
        return []
    opener = text[lo : title.start()].strip()
    if opener and not opener.endswith(","):
        return []  # the title opens the clause or follows its opener ("Bên lề Hội nghị, Thứ trưởng đã ...")
    told = [m.end() for m in re.finditer(r"(?<!\w)" + re.escape(title.group(0).strip()) + r"(?!\w)", text[:lo])
            if TITLE_MET_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is None]
    for end in reversed(told):  # (not a counterpart's title: "gặp Thứ trưởng Quốc phòng Nga A")
        words = TITLE_TO_COUNTRY_RE.match(text, end, lo)
        country = next(iter(idx.countries_in(end, min(lo, end + 52))), None)
        if country is not None and words is not None and country.start <= words.end() + 1 \
                and " và " not in text[end : country.start]:
            return [country.code]
    return []


def _counterpart_groups(
    doc: Doc, idx: DocIndex, sent: Sentence, lo: int, country_of: dict[str, Optional[str]], named_only: bool,
) -> tuple[dict[str, list[str]], list[str]]:
    """The foreign counterparts from `lo` to the end of their list, by country: the officials
    named, and (unless `named_only`) the countries named alone; and the rules that bounded the
    list (`ITEM_ENDS`), for the meetings split from it."""
    groups: dict[str, list[str]] = {}
    rules: list[str] = []
    # "... với Đại tướng A, Bộ trưởng Quốc phòng X nhân dịp A đang ở thăm chính thức Y": Y is no counterpart
    aside = COUNTERPARTS_END_RE.search(doc.text, lo, sent.end)
    hi = aside.start() if aside else sent.end
    item_end = _item_end(doc, lo, hi)
    if item_end < hi and any(c.code != VNM for c in idx.countries_in(item_end, hi)):
        hi = item_end
        rules.append(ITEM_ENDS)
    for o in idx.names_in(lo, hi):
        if country_of.get(o.name) not in (None, VNM):
            add_unique(groups.setdefault(country_of[o.name] or "", []), o.name)
    if not named_only:
        for c in idx.countries_in(lo, hi):
            if c.code != VNM:
                groups.setdefault(c.code, [])
    return groups, rules


def _item_end(doc: Doc, lo: int, hi: int) -> int:
    """Where the counterparts listed from `lo` end: at a ";" opening an item that tells a happening of its own
    ("gặp song phương A, B và C; trước đó, tối 3/3, Bộ trưởng đã gặp người đồng cấp D": D is that second
    meeting's), else `hi`; a ";" inside the list ("với A; B và C") goes on with it."""
    semis = _semicolons(doc.text, lo, hi)
    for semi, nxt in zip(semis, [*semis[1:], hi]):
        if any(semi < m.start < nxt for m in doc.event_mentions):
            return semi
    return hi


def listed_members(text: str, idx: DocIndex, sent: Sentence, lo: Optional[int] = None) -> list[str]:
    """The countries listed as delegations in the sentence (from `lo` on): after "các
    nước", "ba nước", "gồm" or in brackets, two or more joined by commas or "và"; and
    the host named with them ("chủ nhà Việt Nam và các nước: Lào, Campuchia")."""
    out: list[str] = []
    for c in idx.countries_in(sent.start if lo is None else lo, sent.end):
        if c.code in out:
            continue
        window = max(sent.start, c.start - 40)
        if any(cue.search(text, window, c.start) for cue in (MEMBERS_CUE_RE, DELEGATION_HEADS_CUE_RE, PLURAL_HEADS_CUE_RE, DIALOGUE_PARTNERS_CUE_RE)):
            out.extend(_country_list(text, idx, c.start, sent.end))
    if out:
        out[:0] = [c.code for c in idx.countries_in(sent.start, sent.end)
                   if HOST_NAMED_RE.search(text, max(sent.start, c.start - 12), c.start)]
    return list(dict.fromkeys(out))


def _attendees_from(text: str, idx: DocIndex, sent: Sentence) -> list[str]:
    """The countries listed after the people an event gathers ("đại biểu đến từ ... của Việt Nam,
    Philippines, ...", "các chuyên gia từ Pháp, Đức và Italia"), each list read from its first country on."""
    out: list[str] = []
    for m in ATTENDEES_FROM_RE.finditer(text, sent.start, sent.end):
        add_unique(out, *_country_list(text, idx, m.end(), sent.end))
    return out


def _present(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> list[str]:
    """Countries shown at a multilateral event in the mention's clause: the host
    ("nước chủ nhà Brunei") and those whose office-holders act there ("hội nghị còn
    được Tư lệnh Hải quân Indonesia giới thiệu về ...")."""
    lo = clause_start(text, mention.start, sent.start)
    hi = clause_end(text, mention.trig_end, sent.end)
    out: list[str] = []
    planned = context_re("plan")
    for c in idx.countries_in(lo, hi):
        if c.code != VNM and PRESENT_BEFORE_RE.search(text, max(lo, c.start - 40), c.start):
            if planned.search(text, mention.trig_end, c.start) is None:
                add_unique(out, c.code)
            else:  # "Bên lề hội nghị, X sẽ có các cuộc gặp song phương với Tư lệnh Hải quân Indonesia, ...": a plan
                mention.rules.append(PLANNED_NOT_PRESENT)
    return out


def _country_list(text: str, idx: DocIndex, pos: int, hi: int) -> list[str]:
    """The countries named one after another from `pos`, joined by commas or "và"."""
    out: list[str] = []
    for c in idx.countries_in(pos, hi):
        if c.start != pos:
            break
        out.append(c.code)
        joiner = OBSERVER_JOINER_RE.match(text, c.end, hi) or LIST_JOINER_RE.match(text, c.end, hi)
        if joiner is None:
            break
        pos = joiner.end()
    return out if len(out) >= 2 else []


def _visit(text: str, idx: DocIndex, sent: Sentence, mention: EventMention, country_of: dict[str, Optional[str]]) -> None:
    """The country visited and the visitor: the person not from the host country
    ("X hội đàm với Y ..., trong khuôn khổ chuyến thăm chính thức <X's host>"),
    else the nearest person -- not the speaker of "chuyến thăm là dịp ..."."""
    visited = _visited(text, idx, sent, mention)
    host_code = visited.code if visited is not None else None
    people = idx.names_in(sent.start, sent.end)
    before = [o for o in people if o.end <= mention.start]
    after = [o for o in people if o.start >= mention.end]
    ordered = [o.name for o in before[::-1] + after]
    if visited is None and (mention.this_one or GUESTS_COME in mention.rules):
        _guest_visit(mention, ordered, country_of)
        return
    visitor = _from_abroad(ordered, host_code, country_of)
    if visitor is None:
        if _delegation_of_the_guests(text, idx, sent, mention, [country_of.get(p) for p in ordered]):
            return
        nearest = _named_after_of(text, mention, after) or (ordered[0] if ordered else None)
        visitor = _unless_of_host(nearest, host_code, country_of)
    if visitor is not None and may_open(mention, text, idx, sent.end):
        mention.visitor = visitor
    if visited is not None:
        mention.visited, mention.visited_place = visited.code, visited.surface


def _from_abroad(ordered: list[str], host_code: Optional[str], country_of: dict[str, Optional[str]]) -> Optional[str]:
    """The first person of the sentence (nearest first) from another country than the one
    visited: the visitor ("X hội đàm với Y ..., trong khuôn khổ chuyến thăm chính thức ...")."""
    return next((p for p in ordered if host_code and country_of.get(p) not in (None, host_code)), None)


def _unless_of_host(nearest: Optional[str], host_code: Optional[str],
                    country_of: dict[str, Optional[str]]) -> Optional[str]:
    """The nearest person as the visitor, unless from the country visited ("chuyến thăm Việt Nam
    của Phó Chủ tịch Quân ủy TQ" told to a Vietnamese host: not him)."""
    if nearest is not None and not (host_code and country_of.get(nearest) == host_code):
        return nearest
    return None


def _named_after_of(text: str, mention: EventMention, after: list) -> Optional[str]:
    """ "A cho rằng chuyến thăm của Bộ trưởng Pháp X là minh chứng ...": the person named right after
    "của" (a title between) is the visitor, not the speaker before the trigger."""
    kind = VISIT_KIND_RE.match(text, mention.trig_end)
    of = OF_WHOM_RE.match(text, kind.end() if kind else mention.trig_end)
    first = after[0] if after else None
    if of is None or first is None or first.start - of.end() > OF_WHOM_SPAN or re.search(r"[,.;:()]", text[of.end():first.start]):
        return None
    return first.name


def _titled_visitor(text: str, idx: DocIndex, sent: Sentence, mention: EventMention, host: Optional[str]) -> None:
    """ "... hội đàm với Quốc vụ khanh Bộ Quốc phòng Hungary đang thăm làm việc tại Việt Nam": a
    visitor named by a title only, its country right before "đang thăm" (`TITLED_VISITOR`)."""
    before = idx.countries_in(max(sent.start, mention.start - 30), mention.start)
    if before and before[-1].code not in (VNM, host) and COUNTRY_THEN_UNDERWAY_RE.fullmatch(
            text, before[-1].end, mention.start):
        add_unique(mention.listed_countries, before[-1].code)
        mention.rules.append(TITLED_VISITOR)
    elif host == VNM and VISIT_FRONTED_RE.fullmatch(text, sent.start, mention.start):
        _titled_subject_visitor(text, idx, sent, mention)


def _titled_subject_visitor(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> None:
    """ "Trong thời gian thăm Việt Nam, từ ngày 4 đến 6/6, Bộ trưởng Quốc phòng Canada ...": a visit to
    Vietnam fronting its sentence, the subject after it a title naming its country, no name: that
    country is the visitor's (`TITLED_SUBJECT_VISITOR`)."""
    after = [c for c in idx.countries_in(mention.end, min(sent.end, mention.end + 130)) if c.code != VNM]
    if after and FRONTED_VISIT_THEN_VISITOR_RE.fullmatch(text, mention.end, after[0].start):
        add_unique(mention.listed_countries, after[0].code)
        mention.rules.append(TITLED_SUBJECT_VISITOR)


def _delegation_of_the_guests(text: str, idx: DocIndex, sent: Sentence, mention: EventMention,
                              countries: list[Optional[str]]) -> bool:
    """ "X tiếp xã giao Đoàn đại biểu Bộ CHQS tỉnh Bò Kẹo (Lào) nhân dịp đoàn thăm và làm việc tại
    tỉnh": the delegation (no one of it named in the sentence) visits, not the Vietnamese host;
    the foreign countries of the sentence are the visitors' (Vietnam, the host)."""
    if not (DELEGATION_SUBJECT_RE.search(text, max(sent.start, mention.start - 24), mention.start)
            or _visit_of_the_delegation(text, sent, mention)):
        return False
    foreign = [c.code for c in idx.countries_in(sent.start, sent.end) if c.code != VNM]
    if not foreign or any(c not in (None, VNM) for c in countries):
        return False
    add_unique(mention.listed_countries, *foreign, VNM)
    mention.rules.append(VISITORS_OF_SENTENCE)
    return True


def _visit_of_the_delegation(text: str, sent: Sentence, mention: EventMention) -> bool:
    """ "Bộ trưởng X ... tin tưởng chuyến thăm của đoàn góp phần ...": the visit of the delegation
    received, "đoàn" in lower case with no name after it ("của Đoàn đại biểu ..." names its own)."""
    m = DELEGATION_OWNER_RE.match(text, mention.trig_end, sent.end)
    return m is not None and not text[m.end() : sent.end].lstrip()[:1].isupper()


def _visited(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> Optional[CountryMention]:
    """The country named as visited right after the trigger; for guests coming to a unit here,
    Vietnam (set on the mention, no country named); for a delegation going to units abroad,
    their country ("đến thăm ... các đơn vị ... của nước CHDCND Lào")."""
    if CONTINGENT_ARRIVES in mention.rules:  # (the troops' own country named after them is not the one visited)
        mention.visited, mention.visited_place = VNM, "Việt Nam"
        return None
    visited, found_by = visit_host_and_rule(text, idx, mention.trig_end, sent.end)
    if found_by is not None:
        mention.rules.append(found_by)
    if visited is None and GUESTS_COME in mention.rules:
        mention.visited, mention.visited_place = VNM, "Việt Nam"
    if visited is None and GOES_ABROAD in mention.rules:
        abroad = foreign_after(text, idx, sent, mention.trig_end)
        if not abroad:
            abroad = inviting_countries(text, idx, sent)
            if abroad:
                mention.rules.append(INVITED_BY_HOST)
        visited = abroad[0] if abroad else None
    return visited


def foreign_after(text: str, idx: DocIndex, sent: Sentence, trig_end: int) -> list[CountryMention]:
    """The foreign countries named after a trigger in its clause."""
    hi = clause_end(text, trig_end, sent.end)
    return [c for c in idx.countries_in(trig_end, hi) if c.code != VNM]


def invitation_opening(text: str, sent: Sentence) -> Optional[re.Match[str]]:
    """An invitation opening the sentence ("Nhận lời mời của Bộ CHQS tỉnh Chăm-pa-sắc (Lào), ")."""
    return INVITATION_OPENS_RE.match(text, sentence_head(text, sent), sent.end)


def inviting_countries(text: str, idx: DocIndex, sent: Sentence) -> list[CountryMention]:
    """The foreign countries named in an invitation opening the sentence: the host's, since the body
    that invites receives the delegation."""
    invitation = invitation_opening(text, sent)
    if invitation is None:
        return []
    return [c for c in idx.countries_in(invitation.start(), invitation.end()) if c.code != VNM]


def visited_countries(text: str, idx: DocIndex, si: int, trig_end: int) -> list[str]:
    """The countries of a visit to several, told after the trigger: "thăm, làm việc tại Lào và
    Campuchia", "thăm các nước châu Âu: Nga, Ba Lan, Bulgaria và Hà Lan", or "thăm chính
    thức các nước trên" (the foreign
    countries named in the sentence before, two or more)."""
    sent = idx.sentences[si]
    kind = VISIT_KIND_RE.match(text, trig_end, sent.end)
    pos = kind.end() if kind else trig_end
    at = AT_AFTER_RE.match(text, pos, sent.end)
    listed = _country_list(text, idx, at.end() if at else pos, sent.end)
    if listed:
        return listed  # "sang thăm, làm việc tại Lào và Campuchia"
    m = SEVERAL_VISITED_RE.match(text, pos, sent.end)
    if m is None:
        return []
    if m.group("listed"):
        return _country_list(text, idx, m.end(), sent.end)
    if si == 0:
        return []
    before = idx.sentences[si - 1]
    named = list(dict.fromkeys(c.code for c in idx.countries_in(before.start, before.end) if c.code != VNM))
    return named if len(named) >= 2 else []


def _bracketed_sides(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> list[str]:
    """The countries of units named on each side of the trigger, in brackets:
    "Chi đội ... Phòng Thành Cảng (Trung Quốc) hội đàm với các đồn Biên phòng ... (Việt Nam)"."""
    lo = clause_start(text, mention.start, sent.start)
    hi = clause_end(text, mention.trig_end, sent.end)
    inside = [c.code for c in idx.countries_in(lo, hi)
              if text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")"]
    return list(dict.fromkeys(inside)) if len(set(inside)) == 2 else []


def _counterpart_title(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> list[str]:
    """The country of a counterpart named by title alone: "hội đàm với Bộ trưởng
    Quốc phòng Indonesia", "tiếp Đại sứ Nhật Bản"."""
    gap = COUNTERPART_BEFORE_RE.match(text, mention.trig_end, sent.end)
    title = position_re().match(text, gap.end() if gap else mention.trig_end, sent.end)
    if title is None:
        return []
    words = TITLE_TO_COUNTRY_RE.match(text, title.end(), sent.end)
    hi = words.end() if words else title.end()
    for c in idx.countries_in(title.end(), min(sent.end, title.end() + 52)):
        if c.start <= hi + 1 and " và " not in text[title.end() : c.start]:
            return [c.code]
        break
    return []


def _guest_visit(mention: EventMention, people: list[str], country_of: dict[str, Optional[str]]) -> None:
    """ "Bộ trưởng X khẳng định chuyến thăm lần này ...": the nearest foreign
    official's visit to Vietnam."""
    visitor = next((p for p in people if country_of.get(p) not in (None, VNM)), None)
    sides = {country_of.get(p) for p in people} - {None}
    if VNM not in sides and len(sides) > 1:
        mention.rules.append(FOREIGN_SIDES_VISIT)
        return  # "trong chuyến thăm này, Bộ trưởng ... Campuchia và ... Trung Quốc sẽ ...": two foreign sides, no visit here
    if visitor is not None:
        mention.visited, mention.visited_place = VNM, "Việt Nam"
        mention.visitor = visitor
        mention.rules.append(THIS_VISIT)


def _listed_countries(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> list[str]:
    """Countries of the delegations named ("đoàn Hàn Quốc", "các đoàn Hàn Quốc, Ấn
    Độ và Hoa Kỳ"); at an exercise or a ship's call, of the forces too ("cùng tàu
    của Hải quân Indonesia, Australia, Ấn Độ, Nhật Bản và Singapore")."""
    out: list[str] = []
    cue_re = FORCES_RE if mention.etype in ("Exercise", "PortCall") else DELEGATION_RE
    lo, hi = item_bounds(text, sent.start, sent.end, mention.start, mention.end)
    if mention.etype == "PortCall":
        lo, hi = _own_docking(text, lo, hi, mention)
    for dm in cue_re.finditer(text, lo, hi):
        pos = dm.end()
        for c in idx.countries_in(pos, min(sent.end, pos + 120)):
            if c.start != pos:
                break
            add_unique(out, c.code)
            joiner = LIST_JOINER_RE.match(text, c.end, sent.end)
            if joiner is None:
                break
            pos = joiner.end()
    return out


def _own_docking(text: str, lo: int, hi: int, mention: EventMention) -> tuple[int, int]:
    """ "Hai tàu chiến của hải quân Ấn Độ ghé cảng A, cùng lúc một tàu chiến Australia ghé cảng B": the
    stretch of text[lo:hi] between the docking verbs before and after the call's own (each call's forces)."""
    before = [m.end() for m in DOCKING_TRIGGER_RE.finditer(text, lo, mention.start)]
    after = DOCKING_TRIGGER_RE.search(text, mention.end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def item_bounds(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """The ';' item of text[lo:hi] holding text[start:end] ("A đồng chủ trì đối thoại tại X; lực lượng Việt Nam diễn tập
    chung với Lào; tàu Hải quân Ấn Độ thăm Đà Nẵng": the drill's forces are not the ship's), else [lo, hi)."""
    before, after = text.rfind(";", lo, min(start, hi)), text.find(";", max(end, lo), hi)
    return (before + 1 if before >= 0 else lo), (after if after >= 0 else hi)


def _titled_items(text: str, lo: int, hi: int) -> bool:
    """ "tiếp Đại sứ A X; Đại sứ B Y; Đại sứ C Z": the guests received are items parted by ";", each
    opening on a capitalised title (not "tiếp có A; B": those present at a reception)."""
    semis = _semicolons(text, lo, hi)
    if not semis:
        return False
    for start in (lo, *(semi + 1 for semi in semis)):
        title = position_re().match(text, _skip_spaces(text, start, hi), hi)
        if title is None or not title.group(0)[:1].isupper():
            return False
    return True


def _skip_spaces(text: str, pos: int, hi: int) -> int:
    while pos < hi and text[pos].isspace():
        pos += 1
    return pos


def _semicolons(text: str, lo: int, hi: int) -> list[int]:
    """Where text[lo:hi] has a ";": the marks between the items of a list, which `_item_end` cuts at."""
    out: list[int] = []
    i = text.find(";", lo, hi)
    while i >= 0:
        out.append(i)
        i = text.find(";", i + 1, hi)
    return out


def country_at(idx: DocIndex, pos: int) -> Optional[CountryMention]:
    """The country named right at `pos` (one character of slack)."""
    cs = idx.countries_in(pos, pos + 40)
    return cs[0] if cs and cs[0].start - pos <= 1 else None


def visit_host(text: str, idx: DocIndex, trig_end: int, hi: int) -> Optional[CountryMention]:
    """The country visited, named right after a visit trigger: "thăm chính thức
    Cuba", "thăm và làm việc tại Australia"."""
    return visit_host_and_rule(text, idx, trig_end, hi)[0]


def visit_host_and_rule(text: str, idx: DocIndex, trig_end: int, hi: int) -> tuple[Optional[CountryMention], Optional[str]]:
    """`visit_host` and the rule that found it when only the place visited tells the
    country ("tại tỉnh Xay Nhạ Bu ly (Nước CHDCND Lào)": `event.place-visited`), else None."""
    kind = VISIT_KIND_RE.match(text, trig_end, hi)
    pos = kind.end() if kind else trig_end
    at = AT_AFTER_RE.match(text, pos, hi)
    found = country_at(idx, at.end() if at else pos)
    if found is None and (form := STATE_FORM_RE.match(text, at.end() if at else pos, hi)) is not None:
        found = country_at(idx, form.end())  # "thăm chính thức Cộng hòa Indonesia", "Vương quốc Campuchia"
    if found is None and (then := VISITOR_THEN_HOST_RE.match(text, pos, hi)) is not None:
        found = country_at(idx, then.end())
    if found is None and at is not None:
        found = _country_of_place(text, idx, at.end(), hi)
        return found, (PLACE_VISITED if found is not None else None)
    if found is None and (attend := VISIT_ATTEND_THEN_HOST_RE.match(text, pos, hi)) is not None:
        found = country_at(idx, attend.end())  # "đã thăm và tham dự Diễn đàn X tại Liên bang Nga"
        found = found if found is not None and found.code != VNM else None  # (not "tại Học viện Quốc phòng")
        return found, (VISIT_TO_ATTEND if found is not None else None)
    if found is None and (body := HOST_BODY_AFTER_RE.match(text, pos, hi)) is not None:
        found = _country_of_body(text, idx, body.end(), hi)
        return found, (HOST_BODY_VISITED if found is not None else None)
    return found, None


def _country_of_body(text: str, idx: DocIndex, lo: int, hi: int) -> Optional[CountryMention]:
    """ "(với) Lực lượng Bảo vệ bờ biển Philippines", "Bộ Quốc phòng Lào": the country told after a
    body's head, in the same clause."""
    after = idx.countries_in(lo, min(hi, lo + 80))
    if after and HOST_BODY_GAP_RE.fullmatch(text, lo, after[0].start):
        return after[0]
    return None


def _country_of_place(text: str, idx: DocIndex, lo: int, hi: int) -> Optional[CountryMention]:
    """ "tại tỉnh Xay Nhạ Bu ly (Nước CHDCND Lào)", "tại thành phố Vladivostok, Liên bang Nga": the
    foreign country told right after the province or city visited."""
    after = idx.countries_in(lo, min(hi, lo + 90))
    if after and after[0].code != VNM and PLACE_THEN_COUNTRY_RE.fullmatch(text, lo, after[0].start):
        return after[0]
    return None


def location(text: str, lo: int, hi: int) -> Optional[str]:
    """ "tại sân bay Gia Lâm, Hà Nội" -> "sân bay Gia Lâm, Hà Nội" (first place in the span)."""
    for m in AT_RE.finditer(text, lo, hi):
        seg = SEG_RE.match(text, m.end(), hi)
        if not seg:
            continue
        loc = seg.group().strip()
        cut = LOC_CUT_RE.search(" " + loc + " ")
        if cut:
            loc = (" " + loc + " ")[: cut.start()].strip()
        more = LOC_MORE_RE.match(text, m.end() + seg.end(), hi)
        if more and loc:
            loc = f"{loc}, {more.group(1).strip()}"
        if not loc or LOC_EVENT_RE.match(loc):
            continue
        if is_capitalised(loc) or LOC_PLACE_RE.match(loc):
            return loc
    return None


def organizer(doc: Doc, lo: int, trig: int, hi: int) -> Optional[str]:
    """ "do Bộ Quốc phòng tổ chức" after the trigger, or "<organisation> tổ chức"
    right before it, as the organisation's canonical name."""
    text = doc.text
    tail = text[trig:hi]
    # cheap necessary conditions first: both regexes are slow to fail
    m = ORGANIZED_BY_RE.search(tail) if "do" in tail and any(v in tail for v in ORGANIZE_VERBS) else None
    if m:
        h = org_head_re().search(m.group(1))
        if h:
            return resolve_org(doc, m.group(1)[h.start() :].split(" (")[0])
    head = text[lo:trig]
    # the match must end the segment: "... tổ chức" then whitespace (\s is str.isspace)
    m2 = ORGANIZER_BEFORE_RE.search(head) if head[-1:].isspace() and head.rstrip().endswith("tổ chức") else None
    if m2:
        h = org_head_re().search(m2.group(1))
        if h:
            return resolve_org(doc, m2.group(1)[h.start() :].strip())
    return None


def host_of(text: str, idx: DocIndex, lo: int, hi: int, trig: int) -> Optional[str]:
    """Country where a named event takes place: "tại Thủ đô Viêng Chăn (Lào)", or the
    country closing the place after its city ("diễn ra tại Penang, Malaysia.")."""
    for m in HOST_AT_RE.finditer(text, lo, hi):
        if m.start() > trig + 200:
            break
        cs = idx.countries_in(m.start(), m.end())
        if cs:
            return cs[-1].code
    for m in HOST_BRACKET_RE.finditer(text, lo, hi):  # "tại thành phố Ba-li (Indonesia) do Quân đội ... tổ chức"
        if m.start() > trig + 200:
            break
        cs = idx.countries_in(m.start(1), m.end(1))
        if cs:
            return cs[-1].code
    for m in HOST_AT_RE.finditer(text, lo, hi):
        if m.start() > trig + 200:
            break
        after = PLACE_COUNTRY_RE.match(text, m.end(), hi)
        closing = country_at(idx, after.end()) if after else None
        if closing is not None and PLACE_END_RE.match(text, closing.end, hi):
            return closing.code
    return None


def _call_within_a_reception(text: str, idx: DocIndex, sent: Sentence, m: EventMention) -> None:
    """ "Tiếp Ban Chỉ huy tàu X, chiều 6/10, Phó Chủ tịch Y nhận định chuyến thăm của tàu ...": an unnamed call
    told past the object of a reception opening its sentence; those after the object's comma received the ship's
    people and take no part in its call, only those of the object do (`CALL_IN_RECEPTION`)."""
    head = sentence_head(text, sent)  # past an agency dateline, as the reception's day is read
    opening = PARTICIPIAL_MEETING_RE.match(text, head, sent.end)
    if m.named or opening is None or m.start < opening.end():
        return
    m.people = [o.name for o in idx.names_in(head, opening.end())]
    m.rules.append(CALL_IN_RECEPTION)


def _port_call(text: str, idx: DocIndex, sent: Sentence, m: EventMention) -> None:
    """Flag state of the visiting navy (hull prefix "USS", or "Hải quân Ấn Độ"),
    the host (a country after the trigger, else Vietnam) and a label naming the ship."""
    lo, hi = sent.start, sent.end
    flag: Optional[str] = None
    ship = ""
    prefixes = ship_prefixes()
    for sm in SHIP_NAME_RE.finditer(text, lo, hi):
        if sm.group(1) in prefixes:
            flag, ship = prefixes[sm.group(1)], f"{sm.group(1)} {sm.group(2)}"
            break
    if flag is None:  # "Hai tàu chiến Ấn Độ ghé cảng Cam Ranh, cùng lúc một tàu chiến Australia ghé cảng Sài Gòn"
        flag = _flag_of_ship_word(text, idx, max(lo, text.rfind(",", lo, m.start) + 1), m.start)
    if flag is None:
        for c in idx.countries_in(lo, hi):
            if c.code != VNM and navy_re().search(text, max(lo, c.start - 50), c.start):
                flag = c.code
                break
    if flag is None:
        flag = _flag_of_ship_word(text, idx, lo, m.start)
    # the port's country, maybe after the port's city and province: "cập cảng thành phố Thanh Đảo,
    # tỉnh Sơn Đông (Trung Quốc)"
    after = [c for c in idx.countries_in(m.trig_end, clause_end(text, m.trig_end, min(hi, m.trig_end + 70)))
             if not SHIP_FLAG_BEFORE_RE.search(text, max(lo, c.start - 40), c.start)]  # (", cùng lúc tàu chiến Australia ...")
    host = after[0].code if after and after[0].code != flag else VNM
    if flag is None and host != VNM:
        flag = VNM  # "tàu 016 Quang Trung ... thăm Liên bang Nga": no foreign flag told, a Vietnamese ship abroad
        m.flag_untold = True
    m.port_countries = [flag, host]
    if ship:
        place = PORT_PLACE_RE.search(text, lo, hi)
        m.ship_label = f"Tàu {ship} thăm {place.group(1)}" if place else f"Tàu {ship} {m.display.lower()}"
        m.ship_place = place.group(1) if place else None


def _flag_of_ship_word(text: str, idx: DocIndex, lo: int, trig: int) -> Optional[str]:
    """ "Tàu sân bay trực thăng Nhật vừa tới Cam Ranh": a foreign country a few words after a
    ship word, before the trigger, is the ship's flag."""
    for c in idx.countries_in(lo, trig):
        if c.code != VNM and SHIP_FLAG_BEFORE_RE.search(text, max(lo, c.start - 40), c.start):
            return c.code
    return None


def may_open(m: EventMention, text: str, idx: DocIndex, hi: int) -> bool:
    """A bare "chuyến thăm" is the visit already told ("chuyến thăm là dịp ...");
    a new Visit needs its host ("thăm chính thức Việt Nam"), its own date or its visitor ("của ...")."""
    if m.etype != "Visit" or m.date_cued or (m.this_one and m.visited is not None) or GUESTS_COME in m.rules or (
        GOES_ABROAD in m.rules
    ):
        return True
    if visit_host(text, idx, m.trig_end, hi) is not None or _foreign_visitor_on_a_day(text, idx, m):
        return True
    kind = VISIT_KIND_RE.match(text, m.trig_end, hi)
    return OF_WHOM_RE.match(text, kind.end() if kind else m.trig_end, hi) is not None


def _foreign_visitor_on_a_day(text: str, idx: DocIndex, m: EventMention) -> bool:
    """ "Trong hai ngày 5 và 6/6, đoàn ... tỉnh Xiêng Khoảng (Lào) do X dẫn đầu đã thăm và làm
    việc tại Bộ Tư lệnh Quân khu 4": a dated visit whose visitors, named before it, are foreign."""
    if m.date is None or m.date_weak or not m.hosts:
        return False
    sent = idx.sentences[m.sent]
    lo = clause_start(text, m.start, sent.start)
    return any(c.code != VNM for c in idx.countries_in(lo, m.start))


def host_country_before(text: str, pos: int) -> bool:
    """A host cue ("tại", "sang", "đến") right before `pos`."""
    return HOST_CUE_RE.search(text, max(0, pos - 8), pos) is not None
