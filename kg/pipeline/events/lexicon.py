"""What the event extractor reads: trigger words, the words around them, and the
patterns of dates, places, ships and delegations in Vietnamese news.

Vocabularies are data files (`lex_event_triggers.tsv`, `lex_event_context.tsv`,
`lex_event_label_stops.txt`, `lex_event_name_fillers.txt`, `lex_event_received_words.txt`,
`lex_ship_cues.txt`, `lex_ship_prefixes.tsv`), and so are the grammatical patterns, each with an example
of what it matches (`lex_event_patterns.tsv`); patterns built from lexicons are
assembled here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.pipeline.common import letter_led_pattern, load_lines, load_tsv, phrase_pattern, tsv_by_role
from kg.pipeline.officials import ship_prefixes
from kg.pipeline.patterns import named_patterns

PATTERNS = named_patterns("lex_event_patterns.tsv")

YEAR_RE = PATTERNS["year"]


TOKEN_RE = PATTERNS["token"]
NAME_TIME_PHRASE_RE = PATTERNS["name-time-phrase"]


DATE_CUE_RE = PATTERNS["date-cue"]


CUE_WINDOW = 80  # characters before a date searched for its cue


FACT_VERB_BEFORE_RE = PATTERNS["fact-verb-before"]
CHAIRED_BEFORE_RE = PATTERNS["chaired-before"]
ACTIVITY_AFTER_RE = PATTERNS["activity-after"]


EDITION_BEFORE_RE = PATTERNS["edition-before"]


QUOTED_NAME_RE = PATTERNS["quoted-name"]


ORDINAL_AFTER_ALIAS_RE = PATTERNS["ordinal-after-alias"]


OTHER_TIME_RE = PATTERNS["other-time"]


SCHEDULED_AFTER_RE = PATTERNS["scheduled-after"]
ANNIVERSARY_BRACKET_BEFORE_RE = PATTERNS["anniversary-bracket-before"]
HOLIDAY_BRACKET_BEFORE_RE = PATTERNS["holiday-bracket-before"]
PROGRAMME_BEFORE_DAY_RE = PATTERNS["programme-before-day"]


# Meeting triggers that are a ship's call when a ship makes them ("tàu 016 thăm xã giao cảng Muara")
SHIP_CALL_TRIGGERS = frozenset({"thăm xã giao", "thăm hữu nghị"})


PAREN_DATE_RE = PATTERNS["paren-date"]
GUEST_PAREN_DATE_RE = PATTERNS["guest-paren-date"]


MODIFIER_BEFORE_RE = PATTERNS["modifier-before"]
REHEARSED_PART_RE = PATTERNS["rehearsed-part"]


AFTER_IT_RE = PATTERNS["after-it"]
COURSE_JOINT_AFTER_RE = PATTERNS["course-joint-after"]
COURSE_PARTNER_CUE_RE = PATTERNS["course-partner-cue"]
COURSE_TRAINEES_RE = PATTERNS["course-trainees"]
COURSE_TRAINEES_OPEN_RE = PATTERNS["course-trainees-open"]
COURSE_COUNTRIES_COUNT_RE = PATTERNS["course-countries-count"]
COURSE_BARE_TOLD_ON_RE = PATTERNS["course-bare-told-on"]
PRESUPPOSED_BEFORE_RE = PATTERNS["presupposed-before"]
SIDE_FRAME_OPENS_RE = PATTERNS["side-frame-opens"]
TWO_SIDES_BEFORE_RE = PATTERNS["two-sides-before"]
TWO_COUNTRIES_AFTER_RE = PATTERNS["two-countries-after"]
TWO_COUNTRIES_WORD_RE = PATTERNS["two-countries-word"]
COUNTRY_TITLE_BEFORE_RE = PATTERNS["country-title-before"]


PLAN_AFTER_RE = PATTERNS["plan-after"]


PREVIOUS_AFTER_RE = PATTERNS["previous-after"]
LAST_YEAR_AFTER_RE = PATTERNS["last-year-after"]
PRESS_OF_TALKS_AFTER_RE = PATTERNS["press-of-talks-after"]
CIVIL_FORUM_AFTER_RE = PATTERNS["civil-forum-after"]
EXCHANGE_PAIRED_AFTER_RE = PATTERNS["exchange-paired-after"]
MET_TO_ATTEND_AFTER_RE = PATTERNS["met-to-attend-after"]
SERIES_SINCE_AFTER_RE = PATTERNS["series-since-after"]
SERIES_FOUNDED_BEFORE_RE = PATTERNS["series-founded-before"]
SERIES_COUNT_BEFORE_RE = PATTERNS["series-count-before"]
UPGRADE_OCCASION_BEFORE_RE = PATTERNS["upgrade-occasion-before"]
CONTENTS_LIST_RE = PATTERNS["contents-list"]
ALIAS_SUBJECT_RE = PATTERNS["alias-subject"]
STATE_FORM_RE = PATTERNS["state-form"]
SINCE_BEFORE_RE = PATTERNS["since-before"]


EDITION_AFTER_RE = PATTERNS["edition-after"]


DASH_RE = PATTERNS["dash"]


CATEGORY_BEFORE_RE = PATTERNS["category-before"]


ORGANIZED_BY_RE = PATTERNS["organized-by"]


ORGANIZER_BEFORE_RE = PATTERNS["organizer-before"]


ORGANIZE_VERBS = ("tổ chức", "chủ trì", "đăng cai")


GLOSS_BEFORE_RE = PATTERNS["gloss-before"]

SEVERAL_VISITED_RE = PATTERNS["several-visited"]
VISIT_KIND_RE = PATTERNS["visit-kind"]




DELEGATION_RE = PATTERNS["delegation"]


FORCES_RE = PATTERNS["forces"]


YEAR_IN_LABEL_RE = PATTERNS["year-in-label"]


ALIAS_YEAR_RE = PATTERNS["alias-year"]


DURING_A_STAY_RE = PATTERNS["during-a-stay"]
ATTENDED_BEFORE_RE = PATTERNS["attended-before"]
SAME_DAY_RE = PATTERNS["same-day"]
AFTER_TOLD_RE = PATTERNS["after-told"]
AFTER_STAY_RE = PATTERNS["after-stay-told"]


# Types whose mentions can carry a proper name ("Hội nghị ADMM lần thứ 11");
# talks, visits and meetings are told apart by participants and date instead.
BILATERAL_TYPES = frozenset({"Meeting", "Talks", "PortCall"})
# types whose one foreign side implies Vietnam when the article has Vietnamese officials
TWO_SIDED_TYPES = BILATERAL_TYPES | {"Exchange", "Visit"}


NAMED_TYPES = frozenset({"Exhibition", "Dialogue", "Conference", "Exchange", "Exercise"})


@lru_cache(maxsize=1)
def triggers() -> dict[str, tuple[str, bool, str]]:
    """casefolded trigger -> (type, may open anonymously, display form)."""
    out = {}
    for row in load_tsv("lex_event_triggers.tsv"):
        trig, etype, may = row[0], row[1], row[2] if len(row) > 2 else "no"
        out[trig.casefold()] = (etype, may == "yes", trig[:1].upper() + trig[1:])
    return out


def phrase_key(phrase: str) -> str:
    """A phrase found in running text as the lexicons key it: case-folded, spaces collapsed, and
    a capital "İ" as the "i" a case-blind pattern took it for ("HỘİ ĐÀM": casefold alone gives
    an "i" and a combining dot, which no key holds)."""
    return " ".join(phrase.casefold().replace("i\u0307", "i").split())


def trigger_type(phrase: str) -> str | None:
    """The event type a trigger as found in running text tells ("Hội  đàm" -> "Talks"), None
    for a phrase the lexicon does not hold."""
    entry = triggers().get(phrase_key(phrase))
    return entry[0] if entry is not None else None


@lru_cache(maxsize=1)
def trigger_words_re() -> re.Pattern[str]:
    """Any trigger of the lexicon as words in running text, longest first (no title or
    ship checks: for a phrase already known to tell a happening, "Kết thúc hội đàm")."""
    return re.compile("(?i:" + phrase_pattern(triggers().keys()) + ")")


@lru_cache(maxsize=None)
def triggers_marked(mark: str) -> frozenset[str]:
    """The triggers of lex_event_triggers.tsv whose third column is `mark` ("ship", "verb", "course",
    "reception"), casefolded."""
    return frozenset(row[0].casefold() for row in load_tsv("lex_event_triggers.tsv") if len(row) > 2 and row[2] == mark)


def ship_arrival_triggers() -> frozenset[str]:
    """Triggers that tell a port call only when a ship arrives by them ("tàu X vừa tới Cam Ranh")."""
    return triggers_marked("ship")


def verb_triggers() -> frozenset[str]:
    """Triggers that open an unnamed event only as a verb of fact ("đã giao lưu")."""
    return triggers_marked("verb")


def course_triggers() -> frozenset[str]:
    """Triggers naming a training course ("khóa huấn luyện"): an event only when run jointly with or
    for foreign partners (`event.joint-course`)."""
    return triggers_marked("course")


@lru_cache(maxsize=1)
def trigger_re() -> re.Pattern[str]:
    # "tiếp <title>": the word first, then the checks on what precedes it (the
    # same as lookbehinds before it, but cheap at the many positions without it)
    title = _title_ahead()
    # "X gặp Bộ trưởng Quốc phòng Nhật Bản Y" is a meeting, "gặp khó khăn" is not, and
    # "vui mừng được gặp ..." opens no new one; see `plain_trigger_re` for the plain form.
    fast = letter_led_pattern(
        triggers().keys(),
        [("t", r"iếp(?<!đón tiếp)(?<!Đón tiếp)" + _ALSO_TALKED + title), ("g", r"ặp(?<!được gặp)" + _WHEN_MEETING + r"(?<!lại gặp)" + title),
         ("t", r"hăm" + _BARE_VISIT_AFTER), ("T", r"iếp" + title), ("G", r"ặp" + title),
         ("đ", r"ến\s+chào" + title), ("Đ", r"ến\s+chào" + title),
         ("t", _contact(title)), ("T", _contact(title))],
    )
    if fast is not None:  # the same matches, found much faster (see `letter_led_pattern`)
        return re.compile(fast)
    return plain_trigger_re()


def received_words() -> tuple[str, ...]:
    """Who "tiếp"/"gặp" may take besides a title or a rank: the words of lex_event_received_words.txt
    ("ông", "đoàn", "vị khách", ...), the honorifics of lex_honorifics.txt ("Dato' Seri X", "Huân tước X")
    and the royal style that opens a Cambodian name, capitalised ("gặp Samdech Pichey Sena Tea Seiha": round 19)."""
    opener = load_lines("lex_name_styles.txt")[0]
    words = (load_lines("lex_event_received_words.txt") + load_lines("lex_honorifics.txt")
             + (opener, opener.capitalize()))
    return tuple(dict.fromkeys(words))


def lower_case_ranks() -> tuple[str, ...]:
    """A general's or colonel's rank some outlets write in lower case before a foreign name
    ("đã tiếp đại tướng Izutsu Shunji"): two words or more ending in tướng, tá or đô đốc, so
    that no prose word ("tiếp tục", "gặp tướng") is taken for one."""
    ranks = (r.casefold() for r in load_lines("lex_ranks.txt"))
    return tuple(dict.fromkeys(r for r in ranks if len(r.split()) >= 2 and r.endswith(("tướng", "tá", "đô đốc"))))


@lru_cache(maxsize=1)
def plain_trigger_re() -> re.Pattern[str]:
    """The reference form of `trigger_re` (kept for the equivalence tests)."""
    title = _title_ahead()
    receive = r"tiếp(?<!\wtiếp)(?<!đón tiếp)(?<!Đón tiếp)" + _ALSO_TALKED + title + r"|Tiếp(?<!\wTiếp)" + title
    meet = r"gặp(?<!\wgặp)(?<!được gặp)" + _WHEN_MEETING + r"(?<!lại gặp)" + title + r"|Gặp(?<!\wGặp)" + title
    visit = r"thăm(?<!\wthăm)" + _BARE_VISIT_AFTER
    call = r"(?:đ|Đ)(?<!\w.)ến\s+chào" + title  # "đoàn đến chào Thượng tướng X": a courtesy call
    contact = r"(?:t|T)(?<!\w.)" + _contact(title)
    return re.compile(trigger_words_re().pattern + "|" + receive + "|" + meet + "|" + visit + "|" + call + "|" + contact)


def _title_ahead() -> str:
    """A title, a rank or a word of `received_words` ahead (a lookahead after the space): what
    "tiếp", "gặp", "đến chào" or "tiếp xúc" take to tell a meeting."""
    heads = (load_lines("lex_positions.txt") + load_lines("lex_ranks.txt") + received_words() + lower_case_ranks()
             + tuple(r.capitalize() for r in lower_case_ranks()))  # "đã tiếp Chuẩn đô đốc X", "tiếp Phó đô đốc Y"
    return r"\s+(?=(?:Phó\s+)?" + phrase_pattern(heads)[len(r"(?<![\w])") :] + ")"


def _contact(title: str) -> str:
    """ "tiếp xúc" (to meet briefly) after its first letter, before a title (`title`), bare or with
    "ngắn" (brief) and "với" between: "Tiếp xúc Bộ trưởng Quốc phòng X sáng 30/5, ...", "có các
    cuộc tiếp xúc ngắn với Bộ trưởng A; Bộ trưởng B và ..." ("tiếp xúc cử tri", a deputy meeting
    voters, takes no title: no meeting). "với" stays outside the trigger, so that a list of
    counterparts after it is split (`event.one-meeting-per-counterpart`)."""
    return r"iếp\s+xúc(?:\s+ngắn)?(?=(?:\s+với)?" + title + ")"


# "vui mừng khi gặp lại ...": no new meeting; but "Trước đó, tối 5/5, khi gặp Bộ trưởng X, A chúc mừng ...",
# the clause opening after a comma, tells the meeting with X (its day heading the sentence)
_WHEN_MEETING = r"(?:(?<!khi gặp)|(?<=, khi gặp))"


# "đã tiếp, trao đổi với Đô đốc X", "tiếp và làm việc với Đoàn ...": the reception and a word of it
_ALSO_TALKED = r"(?:(?:\s*,\s*|\s+và\s+)(?:trao đổi|làm việc)\s+với)?"


# the bare verb "thăm" is a trigger only for a ship's visit (see `sentence_mentions`);
# "thăm hỏi", "thăm quan", "thăm dò" are other words
_BARE_VISIT_AFTER = r"(?!\w)(?!\s+(?:hỏi|quan|dò|viếng|khám|nom)(?!\w))"


@lru_cache(maxsize=1)
def _state_leader_titles() -> tuple[str, ...]:
    return tuple(t.casefold() for t in load_lines("lex_event_state_leaders.txt"))


def state_leader(position: str) -> bool:
    """A position held by a leader of a state ("Chủ tịch nước", "Thủ tướng Chính phủ")."""
    return position.casefold().startswith(_state_leader_titles())


@lru_cache(maxsize=1)
def label_stops() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines("lex_event_label_stops.txt"))


@lru_cache(maxsize=None)
def label_stop_pairs() -> dict[str, frozenset[str]]:
    """The two-word stops of `lex_event_label_stops.txt` ("thông qua"): first word -> the words after it."""
    pairs: dict[str, set[str]] = {}
    for line in load_lines("lex_event_label_stops.txt"):
        words = line.casefold().split()
        if len(words) == 2:
            pairs.setdefault(words[0], set()).add(words[1])
    return {k: frozenset(v) for k, v in pairs.items()}


@lru_cache(maxsize=None)
def context_re(*roles: str) -> re.Pattern[str]:
    """Any phrase of the given roles of the context lexicon. A search for the union
    finds a match exactly when a search for one of the roles would (a phrase
    matches at a position or not, whatever else is in the alternation)."""
    phrases = [p for role in roles for p in tsv_by_role("lex_event_context.tsv", role)]
    fast = letter_led_pattern(phrases)  # same matches, faster scan
    return re.compile(fast if fast is not None else "(?i:" + phrase_pattern(phrases) + ")")


INVITATION_RE = PATTERNS["invitation"]


BACK_REFERENCE_RE = PATTERNS["back-reference"]


AT_RE = PATTERNS["at"]


SEG_RE = PATTERNS["seg"]


LOC_CUT_RE = PATTERNS["loc-cut"]


LOC_MORE_RE = PATTERNS["loc-more"]


LOC_EVENT_RE = PATTERNS["loc-event"]


LOC_PLACE_RE = PATTERNS["loc-place"]


# Types whose unnamed happening is told by its day; a stretch of days told first
# ("Từ ngày 20 - 21/8, hai bên tổ chức hội đàm và diễn tập ...") is the same one.
TOLD_BY_DAY = frozenset({"Exercise", "Exchange", "Talks", "Meeting"})
# Types told as a stay over several days, with stops inside it
STAY_TYPES = frozenset({"Visit", "PortCall"})


AT_AFTER_RE = PATTERNS["at-after"]
PLACE_THEN_COUNTRY_RE = PATTERNS["place-then-country"]
HOST_BODY_AFTER_RE = PATTERNS["host-body-after"]
HOST_BODY_GAP_RE = PATTERNS["host-body-gap"]


LIST_JOINER_RE = PATTERNS["list-joiner"]
VOYAGE_STOP_BEFORE_RE = PATTERNS["voyage-stop-before"]
VOYAGE_BEFORE_RE = PATTERNS["voyage-before"]


ACRONYM_AFTER_RE = PATTERNS["acronym-after"]


AT_BEFORE_RE = PATTERNS["at-before"]
ALIAS_PLACE_THEN_DAY_RE = PATTERNS["alias-place-then-day"]


HOST_AT_RE = PATTERNS["host-at"]
HOST_BRACKET_RE = PATTERNS["host-bracket"]
PLACE_COUNTRY_RE = PATTERNS["place-country"]
PLACE_END_RE = PATTERNS["place-end"]


SHIP_NAME_RE = PATTERNS["ship-name"]


@lru_cache(maxsize=1)
def navy_re() -> re.Pattern[str]:
    """A sea force right before a country: "Hải quân Ấn Độ", "Hải quân Hoàng gia Canada",
    "Hạm đội 7 Hoa Kỳ", "tàu ... của Mỹ" (searched in the words before the country)."""
    navies = phrase_pattern(load_lines("lex_ship_navies.txt"))
    titles = phrase_pattern(load_lines("lex_ship_navy_titles.txt"))
    return re.compile(r"(?i:(?:" + navies + r")\s+(?:\d+\s+)?(?:(?:" + titles + r")\s+)*|của\s+)$")


PORT_PLACE_RE = PATTERNS["port-place"]
ARRIVAL_PLACE_RE = PATTERNS["arrival-place"]
CALL_AFTER_ARRIVAL_RE = PATTERNS["call-after-arrival"]
SHIP_FLAG_BEFORE_RE = PATTERNS["ship-flag-before"]


@lru_cache(maxsize=1)
def ship_re() -> re.Pattern[str]:
    cues = phrase_pattern(load_lines("lex_ship_cues.txt"))
    prefixes = "|".join(re.escape(p) for p in sorted(ship_prefixes(), key=len, reverse=True))
    return re.compile(r"(?i:" + cues + r")(?=\s)|(?<!\w)(?:" + prefixes + r")\s+(?=[A-ZĐ])")


@lru_cache(maxsize=1)
def person_visitor_re() -> re.Pattern[str]:
    """After "chuyến thăm", a visitor who is a person: "chuyến thăm Ấn Độ của Bộ trưởng
    Quốc phòng ...", "chuyến thăm của Đại tướng ..." (a minister's visit, not a ship's)."""
    heads = load_lines("lex_positions.txt") + load_lines("lex_ranks.txt")
    return re.compile(r"[^,.;:()\n]{0,40}?(?<!\w)của\s+(?:(?:ngài|ông|bà|Phó)\s+)?" + phrase_pattern(heads, first_upper=True))


@lru_cache(maxsize=1)
def person_head_re() -> re.Pattern[str]:
    """A clause headed by a person: a rank or title, after an outlet's tag ("(PLO)- Phó Đô đốc X,
    Tư lệnh ...", "Bộ trưởng Quốc phòng Y ...")."""
    heads = load_lines("lex_positions.txt") + load_lines("lex_ranks.txt")
    return re.compile(PATTERNS["lead-tag"].pattern + phrase_pattern(heads, first_upper=True) + r"\s+[A-ZĐ]")


SHIP_COMPANION_BEFORE_RE = PATTERNS["ship-companion-before"]


NAMES_DASH_RE = PATTERNS["names-dash"]
HEAD_DESCRIBED_RE = PATTERNS["head-described-then-name"]


COUNTERPARTS_END_RE = PATTERNS["counterparts-end"]


SHIP_OF_RE = PATTERNS["ship-of"]


@lru_cache(maxsize=1)
def forum_words_re() -> re.Pattern[str]:
    """A word naming a multilateral forum ("Shangri-La", "Hương Sơn")."""
    return re.compile(phrase_pattern(load_lines("lex_multilateral_forums.txt")) + r"(?![\w+-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _show_hosts() -> tuple[re.Pattern[str], dict[str, str]]:
    hosts = {row[0].casefold(): row[1] for row in load_tsv("lex_event_show_hosts.tsv") if len(row) >= 2}
    return re.compile(phrase_pattern(hosts) + r"(?![\w+-])", re.IGNORECASE), hosts


def show_host(name: str) -> str | None:
    """The country a show named so is always held in ("Dubai", "LIMA"), if the lexicon knows it."""
    pattern, hosts = _show_hosts()
    m = pattern.search(name)
    return hosts[phrase_key(m.group())] if m else None


@lru_cache(maxsize=1)
def series_full_names() -> dict[str, str]:
    """An ASEAN meeting series' short name -> its full name after "Hội nghị" (`lex_asean_series.tsv`)."""
    return {row[0]: row[1] for row in load_tsv("lex_asean_series.tsv") if len(row) >= 2}


def _series_names() -> str:
    """The series' short names as one alternation, longest first; one that never matches when the list is
    empty (an empty alternation would match the empty string, which names no series)."""
    return "|".join(re.escape(n) for n in sorted(series_full_names(), key=len, reverse=True) if n) or "(?!)"


def names_a_series(text: str) -> bool:
    """Whether `text` holds a series' short name at all: a gate, since every match of
    `series_short_name_re` and `series_bare_name_re` holds one of these names as written."""
    return any(name in text for name in series_full_names() if name)


@lru_cache(maxsize=1)
def series_short_name_re() -> re.Pattern[str]:
    """A series' short name joined to its edition by a dash ("ACDFM-22", "ADMM-17"); group 1 the
    short name, group 2 the edition. Not "ADMM+" nor a word running on."""
    names = _series_names()
    return re.compile(r"(?<![\w+-])(" + names + r")\s?[-–]\s?(\d{1,2})(?![\w+])")


@lru_cache(maxsize=1)
def series_bare_name_re() -> re.Pattern[str]:
    """A series' short name standing alone inside a name, no edition joined to it ("Hội nghị ADMM hẹp",
    a headline's way of writing "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp"); group 1 the short
    name. Not "ADMM+", "ADMM-15" nor a word running on."""
    names = _series_names()
    return re.compile(r"(?<![\w+-])(" + names + r")(?![\w+-])")


@lru_cache(maxsize=1)
def code_word_stops() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines("lex_event_code_word_stops.txt"))


@lru_cache(maxsize=1)
def name_fillers() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines("lex_event_name_fillers.txt"))


OF_WHOM_RE = PATTERNS["of-whom"]
VISITOR_THEN_HOST_RE = PATTERNS["visitor-then-host"]
VISIT_ATTEND_THEN_HOST_RE = PATTERNS["visit-attend-then-host"]


HOST_CUE_RE = PATTERNS["host-cue"]


DISPLAY = {
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


MEMBERS_CUE_RE = PATTERNS["members-cue"]
SIDELINE_RE = PATTERNS["sideline"]
WITH_RE = PATTERNS["with"]
BILATERAL_TRIGGER_END_RE = PATTERNS["bilateral-trigger-end"]
DELEGATION_SUBJECT_RE = PATTERNS["delegation-subject-before"]
DELEGATION_OWNER_RE = PATTERNS["delegation-owner-after"]
THIS_ONE_AFTER_RE = PATTERNS["this-one-after"]
DEFINITION_BEFORE_RE = PATTERNS["definition-before"]
COORDINATED_RE = PATTERNS["coordinated"]
NAME_LINE_EDGE_RE = PATTERNS["name-line-edge"]
NAME_LINE_TAIL_RE = PATTERNS["name-line-tail"]
VISIT_AND_RE = PATTERNS["visit-and"]
COUNTERPART_BEFORE_RE = PATTERNS["counterpart-before"]
TITLE_TO_COUNTRY_RE = PATTERNS["title-to-country"]
PLURAL_MEETINGS_RE = PATTERNS["plural-meetings"]
HOST_NAMED_RE = PATTERNS["host-named"]
BOTH_SIDES_RE = PATTERNS["both-sides"]
OTHER_DAY_RE = PATTERNS["other-day"]
MULTILATERAL_RE = PATTERNS["multilateral"]
PLANNED_RE = PATTERNS["planned"]
MULTILATERAL_TYPES = frozenset({"Conference", "Exhibition", "Exercise", "Dialogue"})
PRESENT_BEFORE_RE = PATTERNS["present-before"]
SENDS_DELEGATION_RE = PATTERNS["sends-delegation-after"]
ONGOING_BEFORE_RE = PATTERNS["ongoing-before"]
WELCOME_BEFORE_RE = PATTERNS["welcome-before"]
UNDER_WAY_AFTER_RE = PATTERNS["under-way-after"]
BASIS_BEFORE_RE = PATTERNS["basis-before"]
DIALOGUE_NAME_RE = PATTERNS["dialogue-name"]
TRIP_TO_ATTEND_BEFORE_RE = PATTERNS["trip-to-attend-before"]
COUNT_BEFORE_RE = PATTERNS["count-before"]
COUNT_AFTER_RE = PATTERNS["count-after"]
RECIPROCAL_AFTER_RE = PATTERNS["reciprocal-after"]
UNPLANNED_ENCOUNTER_AFTER_RE = PATTERNS["unplanned-encounter-after"]
DELEGATION_HEADS_CUE_RE = PATTERNS["delegation-heads-cue"]
OBSERVER_JOINER_RE = PATTERNS["observer-joiner"]
PLURAL_HEADS_CUE_RE = PATTERNS["plural-heads-cue"]
OBSERVER_AFTER_RE = PATTERNS["observer-after"]
OBSERVER_BEFORE_RE = PATTERNS["observer-before"]
VENUE_NAME_BEFORE_RE = PATTERNS["venue-name-before"]
VENUE_BEFORE_RE = PATTERNS["venue-before"]
NEXT_DAY_OPENS_RE = PATTERNS["next-day-opens"]
HELD_NEXT_DAY_AFTER_RE = PATTERNS["held-next-day-after"]
AGREED_TO_HOLD_BEFORE_RE = PATTERNS["agreed-to-hold-before"]
AGREED_FOR_A_TIME_BEFORE_RE = PATTERNS["agreed-for-a-time-before"]
DAYS_AFTER_OPENS_RE = PATTERNS["days-after-opens"]
DAY_BEFORE_OPENS_RE = PATTERNS["day-before-opens"]
PROGRAMME_DAY_OPENS_RE = PATTERNS["programme-day-opens"]
LEG_BEFORE_RE = PATTERNS["leg-before"]
LEG_DAYS_BEFORE_RE = PATTERNS["leg-days-before"]
AREAS_LIST_RE = PATTERNS["areas-list"]
COOPERATION_IN_BEFORE_RE = PATTERNS["cooperation-in-before"]
KINDS_FRAMED_BEFORE_RE = PATTERNS["kinds-framed-before"]
SERIES_CLAUSE_AFTER_RE = PATTERNS["series-clause-after"]
HISTORY_CLAUSE_OPENS_RE = PATTERNS["history-clause-opens"]
CONTENTS_INCLUDING_RE = PATTERNS["contents-including"]
PAST_YEARS_AFTER_RE = PATTERNS["past-years-after"]
NOUN_DAY_RE = PATTERNS["noun-day"]
DESCRIBED_NOUN_DAY_RE = PATTERNS["described-noun-day"]
SHORT_NAME_DAY_RE = PATTERNS["short-name-day"]
PROGRAMME_HELD_BEFORE_RE = PATTERNS["programme-held-before"]
HELD_BY_SUBJECT_RE = PATTERNS["held-by-subject"]
EXCHANGE_ACTORS_BEFORE_RE = PATTERNS["exchange-actors-before"]
EXCHANGE_AT_PLACE_AFTER_RE = PATTERNS["exchange-at-place-after"]
EXCHANGE_AT_PLACE_NOT_AFTER_RE = PATTERNS["exchange-at-place-not-after"]
PROGRAMME_HEADS_SENTENCE_RE = PATTERNS["programme-heads-sentence"]
FORUM_SESSION_RE = PATTERNS["forum-session"]
TAKES_PLACE_ON_DAY_RE = PATTERNS["takes-place-on-day"]
DIALOGUE_PARTNERS_CUE_RE = PATTERNS["dialogue-partners-cue"]
EDITION_DAY_RE = PATTERNS["edition-day"]
EDITION_END_RE = PATTERNS["edition-end"]
EDITION_DAY_CLOSING_RE = PATTERNS["edition-day-closing"]
SIDELINE_OPENS_RE = PATTERNS["sideline-opens"]
SIDELINE_BEFORE_RE = PATTERNS["sideline-before"]
SIDELINE_AFTER_RE = PATTERNS["sideline-after"]
FIRST_DAY_BEFORE_RE = PATTERNS["first-day-before"]
QUESTION_WORD_RE = PATTERNS["question-word"]
DELEGATIONS_ATTEND_RE = PATTERNS["delegations-attend"]
EXHIBITORS_CUE_RE = PATTERNS["exhibitors-cue"]
RESULT_BEFORE_RE = PATTERNS["result-before"]
COUNTRY_THEN_UNDERWAY_RE = PATTERNS["country-then-underway"]
VISIT_FRONTED_RE = PATTERNS["visit-fronted"]
FRONTED_VISIT_THEN_VISITOR_RE = PATTERNS["fronted-visit-then-visitor"]
ALIAS_HELD_AFTER_RE = PATTERNS["alias-held-after"]
ALIAS_SAME_DAY_AFTER_RE = PATTERNS["alias-same-day-after"]
NAME_EXTENDED_RE = PATTERNS["name-extended"]
NAME_RETREAT_RE = PATTERNS["name-retreat"]
ORGANISERS_THEN_DAY_RE = PATTERNS["organisers-then-day"]
COUNTRIES_SEND_RE = PATTERNS["countries-send"]
