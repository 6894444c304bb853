"""What the event extractor reads: trigger words, the words around them, and the
patterns of dates, places, ships and delegations in Vietnamese news.

Vocabularies are data files (`lex_event_triggers.tsv`, `lex_event_context.tsv`,
`lex_event_label_stops.txt`, `lex_event_name_fillers.txt`, `lex_ship_cues.txt`,
`lex_ship_prefixes.tsv`); the short grammatical patterns stay here, each with
an example of what it matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.pipeline.common import letter_led_pattern, load_lines, load_tsv, phrase_pattern, tsv_by_role
from kg.pipeline.officials import ship_prefixes

YEAR_RE = re.compile(r"\s*(?:năm\s+)?((?:19|20)\d{2})(?!\w|/|-)")


TOKEN_RE = re.compile(r"\s*([^\s,.;:!?()“”\"…]+)")


# a date after an event's name belongs to it only when introduced as its time
# ("diễn ra tại Hà Nội hôm qua (15/3)": the place may come between the verb and the date)
DATE_CUE_RE = re.compile(
    r"(?:(?<!kể )từ|vào|hồi|diễn ra|trong|khai mạc|kéo dài|tổ chức)(?:\s+(?:tại|ở)\s+[^,.;:()]{1,50}?)?"
    r"\s+(?:các\s+)?(?:(?:hai|ba|bốn|năm|\d{1,2})\s+ngày|ngày|hôm(?:\s+qua|\s+nay)?"
    r"|(?:sáng|chiều|tối|trưa)(?:\s+(?:hôm\s+)?(?:qua|nay))?|tháng|năm|dịp)?\s*\(?\s*$",
    re.I,
)


CUE_WINDOW = 80  # characters before a date searched for its cue


FACT_VERB_BEFORE_RE = re.compile(r"(?<!\w)(?:đã|đang|vừa)\s+$")
# between "giao lưu" and the activity it names ("giao lưu hữu nghị bóng đá", "giao lưu, thi đấu bóng chuyền")
ACTIVITY_AFTER_RE = re.compile(r"(?i)\s+(?:(?:hữu nghị|và thi đấu|, thi đấu|thi đấu)\s+)?")


# "Lần giao lưu thứ 8": an edition named by its number around a bare trigger
EDITION_BEFORE_RE = re.compile(r"(?i)(?<!\w)lần\s+$")


# a title in quotes after a trigger, maybe after a word or two saying what kind ("ảnh", "chuyên đề")
QUOTED_NAME_RE = re.compile(r"\s*(?:[^\s“”\",.;:!?()]+\s+){0,2}?[“\"][^“”\"\n]{3,100}[”\"]")


ORDINAL_AFTER_ALIAS_RE = re.compile(r"\s*\([^()\n]{1,20}\)\s*(lần\s)")


# a date after these belongs to another clause's fact, not the event's time: "Chuyến thăm
# góp phần cụ thể hóa quan hệ ... được xác lập từ năm 2019", "diễn ra cùng với lễ duyệt binh ... vào ngày 5-5",
# "chuyến thăm thứ ba ... kể từ khi hai nước bình thường hóa quan hệ vào năm 1995"
OTHER_TIME_RE = re.compile(
    r"(?i)(?<!\w)(?:xác lập|thiết lập|nâng cấp|ký kết|được ký|thành lập|lần gần nhất|lần gần đây nhất|lần trước"
    r"|năm ngoái|năm trước|kể từ|từ khi|giai đoạn|(?:cùng|kết hợp|song song) với (?:lễ|cuộc|buổi|hoạt động))(?!\w)"
)


# after a plan word, a scheduled happening: "sẽ diễn ra", "sẽ được tổ chức", "sẽ khai mạc"
SCHEDULED_AFTER_RE = re.compile(r"(?i)\s+(?:chính thức\s+)?(?:diễn ra|được tổ chức|khai mạc)(?!\w)")


# Meeting triggers that are a ship's call when a ship makes them ("tàu 016 thăm xã giao cảng Muara")
SHIP_CALL_TRIGGERS = frozenset({"thăm xã giao", "thăm hữu nghị"})


# a date in brackets right after the name, maybe after its place: "Đối thoại ... lần thứ 7
# (tháng 6/2025, Canberra)", "Hội nghị ... tại Kuala Lumpur (tháng 11/2025)"
PAREN_DATE_RE = re.compile(r"(?:\s+(?:tại|ở)\s+[^,.;:()]{1,40}?)?\s*\(\s*(?:ngày|tháng|năm|từ ngày)?\s*")


# before a trigger, a word that makes it part of another thing's name: "Ban tổ chức Triển lãm",
# a place ("Trung tâm Triển lãm ExCel London", "Trung tâm Hội nghị Quốc gia", "Cung Hội nghị")
MODIFIER_BEFORE_RE = re.compile(
    r"(?i)(?<!\w)(?:sở chỉ huy|ban chỉ đạo|ban tổ chức|kịch bản|thao trường|trung tâm|cung|hội trường|nhà)\s+$"
)
# what may stand between a rehearsal word and the event it rehearses ("tổng duyệt Lễ khai mạc Triển lãm")
REHEARSED_PART_RE = re.compile(r"(?i)\s+(?:(?:lễ|buổi|chương trình)\s+(?:khai mạc|bế mạc|diễu binh)\s+)?$")


AFTER_IT_RE = re.compile(r"(?i)(?<!\w)(?:kết thúc|sau khi|sau|bế mạc)\s+$")
# "Sau cuộc hội đàm, hai bên đã ký ...", "Tại buổi hội đàm, ...": talks the article
# takes as told, though it may never tell them
PRESUPPOSED_BEFORE_RE = re.compile(r"(?i)(?<!\w)(?:kết thúc|sau khi|sau|tại|trong)\s+(?:cuộc\s+|buổi\s+)?$")


# a plan right after a named edition, maybe after its short name: "Hội nghị ... lần thứ 20
# (ADMM-20), dự kiến diễn ra vào tháng 11"
PLAN_AFTER_RE = re.compile(r"(?i)(?:\s*\([^()\n]{1,30}\))?\s*,?\s*(?:và\s+[^,.;]{1,80}?,?\s*)?(?:dự kiến|sẽ|sắp)(?!\w)")


PREVIOUS_AFTER_RE = re.compile(r"(?i)\s+(?:lần|kỳ|khóa|năm)\s+trước(?!\w)")


EDITION_AFTER_RE = re.compile(r"\s+thứ\s+(\d{1,3})(?!\w)")


DASH_RE = re.compile(r"\s+[-–]\s+")


CATEGORY_BEFORE_RE = re.compile(r"(?i)(?:các|những|nhiều|mỗi)\s*(?:cuộc\s+|lần\s+)?$")


ORGANIZED_BY_RE = re.compile(r"(?<!\w)do\s+(.{3,80}?)\s+(?:tổ chức|chủ trì|đăng cai)")


ORGANIZER_BEFORE_RE = re.compile(r"((?:[^\s,]+\s){1,8}?)(?:\([^)]*\)\s*)?(?:đã\s+)?tổ chức\s+$")


ORGANIZE_VERBS = ("tổ chức", "chủ trì", "đăng cai")


# "ADMM+ (Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng)": a name in brackets that
# spells out a short name before it
GLOSS_BEFORE_RE = re.compile(r"(?<!\w)[A-Z][A-Za-z0-9+\-]{1,15}\s*\(\s*$")

# "thăm chính thức", "thăm, làm việc", "thăm và làm việc" before the place visited
VISIT_KIND_RE = re.compile(r"\s*(?:(?:chính thức|cấp nhà nước|hữu nghị)\s*)?(?:(?:,\s*|và\s+)?làm việc\s*)?")


_DELEGATION = r"đoàn(?: đại biểu)?(?: cấp cao)?(?: Bộ Quốc phòng)?"


DELEGATION_RE = re.compile(_DELEGATION + r"\s+")


# at an exercise or a ship's call, the forces named take part too: "cùng tàu của Hải quân
# Indonesia, Australia, Ấn Độ, Nhật Bản và Singapore"
FORCES_RE = re.compile(r"(?:" + _DELEGATION + r"|[Hh]ải quân|[Ll]ục quân|[Kk]hông quân|[Qq]uân đội|[Tt]uần duyên)\s+")


YEAR_IN_LABEL_RE = re.compile(r"\b(19|20)\d{2}\b")


# "(VINBAX 2025)" right after a numbered name: the edition's short name and year
ALIAS_YEAR_RE = re.compile(r"\s*\((?:[^()]{1,40}?\s)?((?:19|20)\d{2})\)")


# a sentence told of some time in a stay, not of the day before it: "Trong thời gian thăm, ...",
# "Trong các ngày diễn tập, ...", "Suốt chuyến thăm, ..."
DURING_A_STAY_RE = re.compile(r"(?i)(?:trong|suốt)\s+(?:thời gian|các ngày|những ngày|mấy ngày|chuyến|dịp|thời gian\s+ở)(?!\w)")
# "Cùng dự buổi tiếp, ...", "Tham dự cuộc gặp có ...": an attendant of a happening already told
ATTENDED_BEFORE_RE = re.compile(r"(?i)(?<!\w)(?:cùng\s+)?(?:tham\s+)?dự\s+$")
# "Cùng ngày", "chiều cùng ngày": the day of the happening reported just before
SAME_DAY_RE = re.compile(r"(?i)(?<!\w)cùng ngày(?!\w)")
# a sentence that opens after a happening just told: "Sau hội đàm, ...", "Kết thúc buổi tiếp, ..."
# -- the same day as it
AFTER_TOLD_RE = re.compile(
    r"(?i)(?:ngay\s+)?(?:sau khi kết thúc|sau khi|sau|kết thúc)\s+(?:(?:buổi|cuộc|lễ)\s+)?"
    r"(?:hội đàm|hội kiến|tiếp|gặp|gặp gỡ|làm việc|ký|ký kết|lễ đón|đón)(?!\w)[^,.;]{0,40},"
)


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


@lru_cache(maxsize=1)
def verb_triggers() -> frozenset[str]:
    """Triggers that open an unnamed event only as a verb of fact ("đã giao lưu")."""
    return frozenset(row[0].casefold() for row in load_tsv("lex_event_triggers.tsv") if len(row) > 2 and row[2] == "verb")


@lru_cache(maxsize=1)
def trigger_re() -> re.Pattern[str]:
    heads = load_lines("lex_positions.txt") + load_lines("lex_ranks.txt") + RECEIVED_WORDS
    # "tiếp <title>": the word first, then the checks on what precedes it (the
    # same as lookbehinds before it, but cheap at the many positions without it)
    title = r"\s+(?=(?:Phó\s+)?" + phrase_pattern(heads)[len(r"(?<![\w])") :] + ")"
    # "X gặp Bộ trưởng Quốc phòng Nhật Bản Y" is a meeting, "gặp khó khăn" is not, and
    # "vui mừng được gặp ..." opens no new one; see `plain_trigger_re` for the plain form.
    fast = letter_led_pattern(
        triggers().keys(),
        [("t", r"iếp(?<!đón tiếp)(?<!Đón tiếp)" + title), ("g", r"ặp(?<!được gặp)(?<!khi gặp)(?<!lại gặp)" + title),
         ("t", r"hăm" + _BARE_VISIT_AFTER), ("T", r"iếp" + title), ("G", r"ặp" + title)],
    )
    if fast is not None:  # the same matches, found much faster (see `letter_led_pattern`)
        return re.compile(fast)
    return plain_trigger_re()


# besides a title or a rank, who "tiếp"/"gặp" may take: "tiếp ông X", "tiếp Đoàn học viên ..."
RECEIVED_WORDS = ("ông", "bà", "ngài", "đoàn", "Ông", "Bà", "Ngài", "Đoàn")


@lru_cache(maxsize=1)
def plain_trigger_re() -> re.Pattern[str]:
    """The reference form of `trigger_re` (kept for the equivalence tests)."""
    heads = load_lines("lex_positions.txt") + load_lines("lex_ranks.txt") + RECEIVED_WORDS
    title = r"\s+(?=(?:Phó\s+)?" + phrase_pattern(heads)[len(r"(?<![\w])") :] + ")"
    receive = r"tiếp(?<!\wtiếp)(?<!đón tiếp)(?<!Đón tiếp)" + title + r"|Tiếp(?<!\wTiếp)" + title
    meet = r"gặp(?<!\wgặp)(?<!được gặp)(?<!khi gặp)(?<!lại gặp)" + title + r"|Gặp(?<!\wGặp)" + title
    visit = r"thăm(?<!\wthăm)" + _BARE_VISIT_AFTER
    return re.compile("(?i:" + phrase_pattern(triggers().keys()) + ")|" + receive + "|" + meet + "|" + visit)


# the bare verb "thăm" is a trigger only for a ship's visit (see `sentence_mentions`);
# "thăm hỏi", "thăm quan", "thăm dò" are other words
_BARE_VISIT_AFTER = r"(?!\w)(?!\s+(?:hỏi|quan|dò|viếng|khám|nom)(?!\w))"


@lru_cache(maxsize=1)
def label_stops() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines("lex_event_label_stops.txt"))


@lru_cache(maxsize=None)
def context_re(*roles: str) -> re.Pattern[str]:
    """Any phrase of the given roles of the context lexicon. A search for the union
    finds a match exactly when a search for one of the roles would (a phrase
    matches at a position or not, whatever else is in the alternation)."""
    phrases = [p for role in roles for p in tsv_by_role("lex_event_context.tsv", role)]
    fast = letter_led_pattern(phrases)  # same matches, faster scan
    return re.compile(fast if fast is not None else "(?i:" + phrase_pattern(phrases) + ")")


INVITATION_RE = re.compile(r"(?i)(?<!\w)(?:nhận|theo|nhận lời|đáp|đáp lại)\s+(?:lời\s+)?$")


# a sentence told as part of the happening just reported: "Dịp này, Thượng tướng X trao
# Kỷ niệm chương tặng Đại tá Y, Tùy viên Quốc phòng Campuchia; ..."
BACK_REFERENCE_RE = re.compile(r"(?i)(?:nhân\s+)?(?:dịp|trong dịp|cũng trong dịp)\s+này\s*,|tại đây\s*,")


# The word first, then the boundary before it (`(?<!\w)tại`, but `re` can skip to "tại" in C)
AT_RE = re.compile(r"tại(?<!\wtại)\s+")


SEG_RE = re.compile(r"[^,.;:!?()“”\"]+")


LOC_CUT_RE = re.compile(r"\s(?:đã|đang|sẽ|diễn|do|với|từ|nhằm|vào|hồi|trong|cho|về|tổ|có|hôm|sáng|chiều|tối|ngày)\s")


LOC_MORE_RE = re.compile(r",\s*((?:[A-ZĐ]\w*\s?){1,3})(?=[,.;]|$)")


LOC_EVENT_RE = re.compile(r"(?i)(?:triển lãm|hội|đối thoại|lễ|buổi|cuộc|sự kiện)")


LOC_PLACE_RE = re.compile(r"(?:sân bay|trụ sở|thủ đô|cảng|thành phố|tỉnh|khu|học viện|bộ)\s", re.I)


# Types whose unnamed happening is told by its day; a stretch of days told first
# ("Từ ngày 20 - 21/8, hai bên tổ chức hội đàm và diễn tập ...") is the same one.
TOLD_BY_DAY = frozenset({"Exercise", "Exchange", "Talks", "Meeting"})
# Types told as a stay over several days, with stops inside it
STAY_TYPES = frozenset({"Visit", "PortCall"})


AT_AFTER_RE = re.compile(r"\s*(?:tại|ở)\s+")


LIST_JOINER_RE = re.compile(r"\s*,\s*|\s+và\s+")


ACRONYM_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Za-z]*[A-Z](?:[-+ ]?\d{0,3}\+?)?)\)")


AT_BEFORE_RE = re.compile(r"(?i)(?:tại|ở)\s+$")


# "tại"/"ở" first, the boundary behind it (as `AT_RE`)
HOST_AT_RE = re.compile(r"(?:tại(?<!\wtại)|ở(?<!\wở))\s+[^,;.!?]{0,60}?(?:\(([^()]{2,30})\))?(?=[,;.!?]|$)")


SHIP_NAME_RE = re.compile(r"(?<!\w)([A-Z]{2,5})\s+((?:[A-ZĐ][\w-]*)(?:\s[A-ZĐ][\w-]*){0,3})")


@lru_cache(maxsize=1)
def navy_re() -> re.Pattern[str]:
    """A sea force right before a country: "Hải quân Ấn Độ", "Hải quân Hoàng gia Canada",
    "Hạm đội 7 Hoa Kỳ", "tàu ... của Mỹ" (searched in the words before the country)."""
    navies = phrase_pattern(load_lines("lex_ship_navies.txt"))
    titles = phrase_pattern(load_lines("lex_ship_navy_titles.txt"))
    return re.compile(r"(?i:(?:" + navies + r")\s+(?:\d+\s+)?(?:(?:" + titles + r")\s+)*|của\s+)$")


PORT_PLACE_RE = re.compile(
    r"(?:thăm(?:\s+(?:hữu nghị|chính thức|xã giao))?|cập|ghé)\s+"
    r"((?:(?:TP\.?|thành phố|cảng(?:\s+quốc\s+tế)?|quân\s+cảng)\s+)?[A-ZĐ]\w*(?:\s[A-ZĐ]\w*){0,3})"
)


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


# where the list of counterparts after "gặp ... với" ends: a clause saying why or while
# ("nhân dịp Bộ trưởng X đang ở thăm Lào", "trong khuôn khổ ...", "nhằm ...")
COUNTERPARTS_END_RE = re.compile(r"(?i)(?<!\w)(?:nhân dịp|trong khuôn khổ|nhằm|để|đang ở|đang thăm|đang có chuyến)(?!\w)")


SHIP_OF_RE = re.compile(r"\s+(?:lần này\s+)?của\s+(?:(?:các\s+)?(?:tàu|chiến hạm|biên đội)|[A-Z]{2,5}\s+[A-Z])")


@lru_cache(maxsize=1)
def forum_words_re() -> re.Pattern[str]:
    """A word naming a multilateral forum ("Shangri-La", "Hương Sơn")."""
    return re.compile(phrase_pattern(load_lines("lex_multilateral_forums.txt")) + r"(?![\w+-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def name_fillers() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_lines("lex_event_name_fillers.txt"))


OF_WHOM_RE = re.compile(r"\s*(?:lần này\s+)?của\s+(?:đoàn|[A-ZĐ])")
# "chuyến thăm của Huân tước Howe đến Việt Nam": the visitor, then where to
VISITOR_THEN_HOST_RE = re.compile(r"\s*(?:lần này\s+)?của\s+[^,.;:()\n]{1,60}?\s(?:đến|tới|sang)\s+")


HOST_CUE_RE = re.compile(r"(?:tại|ở|sang|tới|đến)\s+$")


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


# Countries listed as the delegations of a multilateral happening: "các nước Brunei,
# Campuchia, ... và Việt Nam", "(Nga, Trung Quốc, Hoa Kỳ, Nhật Bản)"
MEMBERS_CUE_RE = re.compile(r"(?i)(?<!\w)(?:các|những)\s+(?:nước|quốc gia|đoàn)(?:\s+(?:thành viên|đối tác|ASEAN))?\s+$|\(\s*$")
# "Bên lề Hội nghị ...", "bên lề hội nghị": a meeting on the sidelines of another event
SIDELINE_RE = re.compile(r"(?i)(?<!\w)bên lề\s+(?:của\s+)?(?:các\s+)?(hội nghị|đối thoại|diễn đàn|triển lãm|hội thảo|diễn tập)(?!\w)")
# "gặp song phương với A; B và C": each counterpart after "với" is one meeting
WITH_RE = re.compile(r"(?i)(?<!\w)(?:với|cùng)\s")
# "chuyến thăm lần này", "cuộc hội đàm này": the happening the article is about
THIS_ONE_AFTER_RE = re.compile(r"(?i)\s*(?:lần\s+)?này(?!\w)")
# "Đây là cuộc diễn tập Hải quân đa phương do ... tổ chức 2 năm 1 lần": a description
# of the event told before, not another one (and its dates are the series')
DEFINITION_BEFORE_RE = re.compile(r"(?i)(?<!\w)đây (?:cũng )?là\s+(?:cuộc\s+|buổi\s+|hoạt động\s+)?$")
# between two event names that share what follows: "... (ADMM) lần thứ 19 và Hội nghị ..."
COORDINATED_RE = re.compile(r"(?i)\s*(?:\([^()\n]{1,20}\)\s*)?(?:lần thứ\s+\w+\s*)?(?:và|cùng)\s+")
# between a trigger and the title of its counterpart ("hội đàm với", "tiếp xã giao")
COUNTERPART_BEFORE_RE = re.compile(r"(?i)\s*(?:(?:xã giao|song phương|riêng)\s+)?(?:với\s+)?(?:(?:ngài|ông|bà)\s+)?")
# the words of a title up to the country it names: no clause break, no second person
TITLE_TO_COUNTRY_RE = re.compile(r"[^,;:.!?()\n]{0,50}")
# Meeting triggers that may tell several meetings at once ("các cuộc gặp song phương với ...")
PLURAL_MEETINGS_RE = re.compile(r"(?i)\s*(?:song phương\s+)?(?:với|cùng)\s")
# Events many countries' delegations attend; their countries are all those listed.
MULTILATERAL_TYPES = frozenset({"Conference", "Exhibition", "Exercise", "Dialogue"})
# Before a country at a multilateral event: its host, or an office-holder of it acting there
# ("nước chủ nhà Brunei", "Tư lệnh Hải quân Indonesia giới thiệu", "Bộ trưởng Quốc phòng Nhật Bản phát biểu")
PRESENT_BEFORE_RE = re.compile(
    r"(?:(?i:nước chủ nhà|chủ nhà|nước chủ tịch)|(?:Bộ trưởng|Thứ trưởng|Tư lệnh|Tổng Tham mưu trưởng|Tham mưu trưởng"
    r"|Đại sứ|Trưởng đoàn|Tổng thống|Thủ tướng)(?:\s+(?i:quốc phòng|hải quân|lục quân|không quân|bộ quốc phòng)){0,2})\s+$"
)
# "đang thăm", "đang có chuyến thăm", "đang ở thăm và làm việc": a visit under way
ONGOING_BEFORE_RE = re.compile(r"(?i)(?<!\w)đang(?:\s+(?:có|ở|trong))?(?:\s+chuyến)?\s+$")
