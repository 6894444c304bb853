"""Event mentions: a trigger word told as a happening.

A trigger word of `lex_event_triggers.tsv` opens a mention ("hội đàm",
"Triển lãm", "cập cảng"), as do "tiếp"/"gặp" before a title and a bare
"thăm" made by a ship or naming the country visited. A mention is turned
down when its clause does not report it as this article's news: a category
("các cuộc diễn tập"), a word about it ("kịch bản diễn tập"), a recall, a
wish or plan, history, an earlier edition. A kept mention carries the name
after the trigger (named types: exhibitions, dialogues, conferences,
exchanges, exercises) and its own date: one introduced as its time after it
("diễn ra từ ngày 13 đến 14-12"), else the one heading its sentence.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Optional

from kg.model import DateMention, Doc, PartialDate, Sentence
from kg.pipeline.common import ORDINAL_RE, VNM, DocIndex, doc_index, is_capitalised, norm_key, ordinal_value
from kg.pipeline.events.lexicon import (
    LIST_JOINER_RE,
    VOYAGE_BEFORE_RE,
    AGREED_FOR_A_TIME_BEFORE_RE,
    AGREED_TO_HOLD_BEFORE_RE,
    ANNIVERSARY_BRACKET_BEFORE_RE,
    HOLIDAY_BRACKET_BEFORE_RE,
    PROGRAMME_BEFORE_DAY_RE,
    EXCHANGE_ACTORS_BEFORE_RE,
    NAME_TIME_PHRASE_RE,
    EXCHANGE_AT_PLACE_AFTER_RE,
    EXCHANGE_AT_PLACE_NOT_AFTER_RE,
    ACRONYM_AFTER_RE,
    ACTIVITY_AFTER_RE,
    AFTER_IT_RE,
    COURSE_BARE_TOLD_ON_RE,
    COURSE_COUNTRIES_COUNT_RE,
    COURSE_JOINT_AFTER_RE,
    COURSE_PARTNER_CUE_RE,
    COURSE_TRAINEES_RE,
    SCHEDULED_AFTER_RE,
    SIDELINE_AFTER_RE,
    QUESTION_WORD_RE,
    SIDELINE_BEFORE_RE,
    ALIAS_YEAR_RE,
    CATEGORY_BEFORE_RE,
    COUNT_AFTER_RE,
    RECIPROCAL_AFTER_RE,
    UNPLANNED_ENCOUNTER_AFTER_RE,
    COUNT_BEFORE_RE,
    VENUE_NAME_BEFORE_RE,
    VENUE_BEFORE_RE,
    CUE_WINDOW,
    DASH_RE,
    DATE_CUE_RE,
    COORDINATED_RE,
    NAME_LINE_EDGE_RE,
    NAME_LINE_TAIL_RE,
    VISIT_AND_RE,
    DEFINITION_BEFORE_RE,
    EDITION_AFTER_RE,
    EDITION_BEFORE_RE,
    CHAIRED_BEFORE_RE,
    FACT_VERB_BEFORE_RE,
    GLOSS_BEFORE_RE,
    INVITATION_RE,
    MODIFIER_BEFORE_RE,
    NAMED_TYPES,
    ORDINAL_AFTER_ALIAS_RE,
    ONGOING_BEFORE_RE,
    DIALOGUE_NAME_RE,
    TRIP_TO_ATTEND_BEFORE_RE,
    WELCOME_BEFORE_RE,
    UNDER_WAY_AFTER_RE,
    BASIS_BEFORE_RE,
    OTHER_TIME_RE,
    PAREN_DATE_RE,
    GUEST_PAREN_DATE_RE,
    NOUN_DAY_RE,
    DESCRIBED_NOUN_DAY_RE,
    SHORT_NAME_DAY_RE,
    ORGANISERS_THEN_DAY_RE,
    RESULT_BEFORE_RE,
    EDITION_DAY_RE,
    EDITION_DAY_CLOSING_RE,
    EDITION_END_RE,
    PLAN_AFTER_RE,
    PLURAL_MEETINGS_RE,
    PREVIOUS_AFTER_RE,
    LAST_YEAR_AFTER_RE,
    PROGRAMME_HELD_BEFORE_RE,
    HELD_BY_SUBJECT_RE,
    PROGRAMME_HEADS_SENTENCE_RE,
    FORUM_SESSION_RE,
    TAKES_PLACE_ON_DAY_RE,
    PAST_YEARS_AFTER_RE,
    PRESS_OF_TALKS_AFTER_RE,
    CIVIL_FORUM_AFTER_RE,
    EXCHANGE_PAIRED_AFTER_RE,
    MET_TO_ATTEND_AFTER_RE,
    SERIES_SINCE_AFTER_RE,
    SERIES_FOUNDED_BEFORE_RE,
    SERIES_COUNT_BEFORE_RE,
    UPGRADE_OCCASION_BEFORE_RE,
    CONTENTS_LIST_RE,
    CONTENTS_INCLUDING_RE,
    AREAS_LIST_RE,
    COOPERATION_IN_BEFORE_RE,
    KINDS_FRAMED_BEFORE_RE,
    SERIES_CLAUSE_AFTER_RE,
    HISTORY_CLAUSE_OPENS_RE,
    SINCE_BEFORE_RE,
    QUOTED_NAME_RE,
    REHEARSED_PART_RE,
    SHIP_CALL_TRIGGERS,
    SHIP_COMPANION_BEFORE_RE,
    NAMES_DASH_RE,
    HEAD_DESCRIBED_RE,
    SHIP_OF_RE,
    STAY_TYPES,
    ARRIVAL_PLACE_RE,
    CALL_AFTER_ARRIVAL_RE,
    ship_arrival_triggers,
    THIS_ONE_AFTER_RE,
    TOKEN_RE,
    YEAR_RE,
    context_re,
    course_triggers,
    forum_words_re,
    label_stop_pairs,
    label_stops,
    names_a_series,
    person_head_re,
    person_visitor_re,
    phrase_key,
    series_full_names,
    series_short_name_re,
    ship_re,
    trigger_words_re,
    show_host,
    trigger_re,
    trigger_type,
    triggers,
    verb_triggers,
)
from kg.pipeline.dates import OCCASION_AHEAD_RE
from kg.pipeline.events.contingents import (
    CONTINGENT_ARRIVES,
    NO_CONTINGENT,
    TROOPS_VISITED,
    contingent_arrives,
    contingent_triggers,
    foreign_troops_visited,
)
from kg.pipeline.events.receptions import occasion_reception, reception_triggers
from kg.pipeline.events.resolve import (
    CALLS_ON,
    GOES_ABROAD,
    GUESTS_COME,
    JOINT_COURSE,
    PARTICIPIAL_MEETING_RE,
    RESULT_TOLD,
    foreign_after,
    host_country_before,
    host_of,
    invitation_opening,
    inviting_countries,
    item_bounds,
    visit_host,
    visited_countries,
)
from kg.pipeline.mentions import EventMention
from kg.pipeline.patterns import named_patterns
from kg.pipeline.rules import drop, rule
from kg.pipeline.when import (
    HEAD_WINDOW,
    clause_end,
    clause_start,
    date_le,
    dates_the_verb,
    is_page_stamp,
    is_stamp,
    is_time_of_clause,
    sentence_head,
)

PATTERNS = named_patterns("lex_event_patterns.tsv")
STATION_BEFORE_RE = PATTERNS["station-before"]
RECEPTION_PARTY_AFTER_RE = PATTERNS["reception-party-after"]
WORKING_GROUP_RE = PATTERNS["working-group-trigger"]
DELEGATION_ATTENDS_BEFORE_RE = PATTERNS["delegation-attends-before"]
GROUP_MET_BEFORE_RE = PATTERNS["working-group-met-before"]
FORMULA_OPENS_RE = PATTERNS["formula-opens-sentence"]
PROGRAMME_OPENS_RE = PATTERNS["formula-opens-sentence-programme"]
TOPIC_OPENS_RE = PATTERNS["topic-opens-sentence"]
SHIP_HOME_AFTER_RE = PATTERNS["ship-returns-home-after"]
SHIP_HOME_BEFORE_RE = PATTERNS["ship-came-home-before"]
WELCOME_RE = PATTERNS["welcome-ceremony"]
DEPARTURE_OPENS_RE = PATTERNS["departure-clause-opens"]
POSTED_VISITOR_RE = PATTERNS["posted-visitor-before"]
DOCUMENT_BEFORE_RE = PATTERNS["document-before"]
STAMP_THEN_DATELINE_RE = PATTERNS["stamp-then-dateline"]
ACTIVITIES_BEFORE_RE = PATTERNS["activities-before"]
ACTIVITIES_LIST_BEFORE_RE = PATTERNS["activities-list-before"]

TRIGGER = rule("event.trigger", "a trigger word of lex_event_triggers.tsv")
COURSE_TOLD_ON = rule("event.course-told-on", "a course word opening the sentence right after one of its paragraph telling a joint course ('Khóa học diễn ra từ ngày 16-6 ...'): that course told on, its days")
OCCASION_RECEPTION = rule("event.occasion-reception", "a reception or ceremony marking an occasion, held by one side with the other's people attending ('Văn phòng Tùy viên Quốc phòng X tổ chức chiêu đãi kỷ niệm ... Quốc khánh', 'tổ chức lễ kỷ niệm với sự tham dự của Chuẩn tướng Y, ... Australia'): a Meeting of the two sides")
NO_OCCASION_RECEPTION = rule("event.reception-of-one-side", "a reception or ceremony marking no occasion ('tiệc chiêu đãi đoàn bạn', 'tiệc chiêu đãi trên tàu') or with no foreign side named: part of another happening or of one side alone, no event")
COURSE_TOLD_ON_LATER = rule("event.course-told-on-later", "a bare course word heading its sentence, its verb of time right after it ('Khóa huấn luyện diễn ra từ ngày 27/8 đến 5/9 ...'), on a page that told a joint course before (a paragraph or more earlier): that course told on, its days; on a page telling no joint course, a domestic course, none")
DOMESTIC_COURSE = rule("event.domestic-course", "a training course told with no foreign partner running it or trainees from abroad: no event")
ACTIVITY = rule("event.exchange-activity", "'giao lưu bóng chuyền', 'giao lưu văn nghệ': an exchange told by what was done, a happening")
RECEIVES = rule("event.receives-or-meets", "'tiếp' or 'gặp' right before a title or an honorific (or a general's or colonel's rank in lower case: 'tiếp đại tướng X')")
BACK_HOME = rule("event.ship-back-home", "a ship docking as its trip ends ('cập cảng ..., kết thúc chuyến thăm'): back home, no port call")
SHIP_VISITS = rule("event.ship-visits", "a bare 'thăm' made by a ship")
VISITS_COUNTRY = rule("event.visits-country", "a bare 'thăm' right before a country, or before countries listed ('thăm các nước châu Âu: Nga, Ba Lan')")
COME_BEFORE_RE = PATTERNS["come-before"]
STAYING_BEFORE_RE = PATTERNS["staying-before"]
GUEST_DELEGATION_RE = PATTERNS["guest-delegation"]
GREETING_AFTER_RE = PATTERNS["greeting-after"]
DELEGATION_HEADED_RE = PATTERNS["delegation-headed"]
DONE_BEFORE_RE = PATTERNS["done-before"]
OCCASION_OPENS_RE = PATTERNS["occasion-opens"]
GREETING_VISIT = rule("event.greeting-visit", "a delegation's bare 'thăm' with greetings right after it ('đã thăm, chúc Tết "
                      "lực lượng vũ trang ... (Lào)', 'đã đến thăm và chúc mừng Bộ CHQS tỉnh X'), told by a day or 'đã': a goodwill "
                      "visit to units across the border, the country of an occasion opening the sentence ('Nhân dịp Tết ... của "
                      "nước bạn Lào, ') not the delegation's")
NOT_A_VISIT = rule("event.stop-of-a-visit", "a bare 'thăm' of a place ('thăm Học viện'): a stop of a visit, not an event")
CATEGORY = rule("event.category", "'các', 'những', 'nhiều' before it: a kind of event, not one happening")
MODIFIER = rule("event.word-about-it", "'kịch bản', 'Sở Chỉ huy', 'Quỹ' before it: a word about the event or a body named after it ('Quỹ Giao lưu Quốc tế Nhật Bản'), not its telling")
MODIFIER_REACH = 28  # characters before a trigger where a word about it may stand ("nghị định thư phối hợp ")
GROUP_MET = rule("event.working-group-meeting", "a standing working group named right after a word of meeting ('phiên họp lần thứ 3 của Nhóm công tác chung', 'cuộc họp trực tuyến Nhóm làm việc chung ...'): a meeting of it")
GROUP_NOT_MET = rule("event.working-group-not-met", "a standing working group named with no word of meeting right before it ('thành lập Nhóm công tác chung', 'Nhóm công tác chung được thành lập ...'): the group, not a meeting of it")
RECEPTION_PARTY = rule("event.reception-party", "'buổi tiếp tân' (a reception party: 'Đại sứ X chủ trì buổi tiếp tân trên boong tàu'): a function of the visit or call it is held at, no meeting of two sides")
VOYAGE = rule("event.voyage-of-several", "'Tiếp tục hành trình thăm xã giao A, B và C, ...': the visits a ship's voyage makes, listed before the call told, no happening of its own")
STATION = rule("event.station-name", "'Trạm Hội ngộ hội đàm ...': a border station named after talks, a place, not talks")
RECALLED = rule("event.recalled", "recalled in its clause ('nhắc lại', 'ôn lại'): not the article's news")
BASIS = rule("event.basis-of-the-next", "an earlier edition told as the basis of the one reported ('trên cơ sở hai Bộ tổ chức thành công Giao lưu ... lần thứ nhất năm 2022', 'tiếp nối thành công của Hội nghị ... lần thứ 17'): history, not the article's news")
WISH = rule("event.wish-or-plan", "a wish, proposal, invitation or plan in its clause, and no day told after it (but one a next step follows: 'Theo kế hoạch, tàu rời Cam Ranh sáng 17/11, sau đó tham gia luyện tập chung')")
OCCASION_AHEAD = rule("event.occasion-ahead", "'hướng tới' or 'tiến tới' before an anniversary ('hướng tới 50 năm thiết "
                      "lập quan hệ ngoại giao', 'tiến tới kỷ niệm ...') frames the happening told after it: no wish")
PLANNED_LIST = rule("event.item-of-a-planned-list", "an item after ';' of a programme that a plan or proposal word opens in an earlier item ('... sẽ chào xã giao ...; tham gia các buổi diễn tập ...; giao lưu thể thao'), or after the ':' closing a plan the sides agree on ('thống nhất phương hướng phối hợp năm 2026: tiếp tục tuần tra song phương, ...'), told with no 'đã' and no day of its own")
HISTORY = rule("event.history", "'từng', 'những năm qua' before it, or 'kể từ' right before it: history, not the article's news")
LAST_YEAR = rule("event.last-year", "'năm ngoái', 'năm trước' later in its clause, no day between ('... tham gia diễn tập đa phương do Singapore chủ trì năm ngoái'): a happening of last year, not the article's news")
EARLIER_EDITION = rule("event.earlier-edition", "'lần trước', 'năm trước' after it: an earlier edition")
PLANNED = rule("event.planned", "a named edition followed by 'dự kiến', 'sẽ' and no day: a plan")
UNDATED_SHIP_VISIT = rule("event.undated-ship-visit", "a ship's bare 'thăm' without a date is no news of a call")
UNNAMED_COUNTERPARTS = rule("event.counterparts-unnamed", "contacts with unnamed people of many countries ('có các cuộc gặp gỡ, tiếp xúc với đại diện Bộ Quốc phòng và doanh nghiệp nhiều nước'): summed up, no meeting of its own")
NAMED = rule("event.named", "a proper name follows the trigger (a capitalised word, an edition number or a year)")
EDITION_FIRST = rule("event.edition-before-name", "'Hội nghị lần thứ 16 Nhóm chuyên gia ADMM+ về An ninh biển': the edition number told right after the trigger, the name after it")
EDITION_NUMBER = rule("event.edition-number", "'Lần giao lưu thứ 8': an edition told by its number")
QUOTED_NAME = rule("event.quoted-name", "a title in quotes after the trigger names it")
CREDIT_NOT_NAME = rule("event.credit-not-a-name", "words in capitals with Vietnamese marks closing a caption after a trigger ('tặng quà tại buổi giao lưu THANH LỘC'): the photographer's credit, not a name")
SHIP_ARRIVES = rule("event.ship-arrives", "a ship told before 'vừa tới'/'đã tới'/'vào vịnh' a place in its sentence ('Tàu sân bay trực thăng Nhật vừa tới Cam Ranh', 'tàu ... USNS Mercy đã vào vịnh Nha Trang'): a port call")
NO_SHIP_ARRIVES = rule("event.arrival-without-ship", "'vừa tới'/'đã tới' with no ship before it or no place after it ('Đoàn vừa tới Hà Nội'): no port call")
SHIP_CALL = rule("event.ship-call", "a visit or courtesy call made by a ship is a port call")
SHIP_IN_COMPANY = rule(
    "event.ship-in-company",
    "a ship that comes along with the person heading the clause ('Phó Đô đốc X, Tư lệnh ..., cùng tàu Y có "
    "chuyến thăm'): the person's visit, not the ship's port call",
)
SHOW_HOST = rule("event.host-of-show", "a named exhibition or exercise told with no place, its name holding a show or drill held in one country every edition ('Triển lãm Hàng không Dubai', 'LIMA', 'RIMPAC'): that country hosts it (lex_event_show_hosts.tsv)")
COURTESY_VISIT_OF_COUNTRY = rule("event.courtesy-visit-of-a-country", "'thăm xã giao' with a country right after it ('Tàu 17 ... thăm xã giao Malaysia từ ngày 2 đến 5-2'): a visit to that country, a port call when a ship is told in its sentence, not a courtesy call on a person")
SINCE_YEAR_HEADS = rule("event.since-year-heads", "a bare year after 'từ' opening the sentence ('Kể từ năm 2024, hoạt động ... sẽ được tổ chức mỗi quý'): a practice since then, no happening")
REPORT_DAY = rule("event.report-day-after-it", "a day after it told right after a reporting verb ('..., Hải quân X cho "
                  "biết hôm 2/12'): the report's day, not its time")
MONTH_RIGHT_AFTER = rule("event.month-right-after", "a month with no day written right after the mention ('thăm chính "
                         "thức Việt Nam tháng 2'): its time, no cue word needed")
VISIT_AND_WORK = rule("event.visit-and-work", "'sang thăm, làm việc với X từ ngày 18 đến 20/3': a visit's verb and 'làm việc' told together with a comma are one trip: the visit's clause reaches past 'làm việc với' (its days cued after the object)")
DATE_CUED = rule("event.date-cued", "its date is introduced as its time after it ('diễn ra từ ngày ...')")
YEAR_TALKED_ABOUT = rule("event.year-talked-about", "a bare year after unnamed talks, a meeting or a dialogue whose sentence told a day before it ('Sáng 24/11, hai đoàn tiến hành hội đàm, thông báo tình hình ... trong năm 2025'): the period the sides talk about, not its time; the day told before stays")
ORGANISERS_DAY = rule("event.day-after-organisers", "a named event's day told after its organisers and place, "
                      "however long ('X lần thứ 23 do A phối hợp với B tổ chức tại C từ ngày 29-31/5')")
# A date after a mention is searched this many characters on; a named event's day told after its
# organisers ("do A phối hợp với B tổ chức tại C từ ngày ...") this many more.
CUED_REACH = 120
ORGANISERS_REACH = 160
DESCRIBED_DAY = rule("event.day-of-its-description", "a day right after the few lower-case words describing it ('lễ duyệt binh hôm 21/5 và cuộc diễn tập trên biển đa phương hôm 23/5'): its own day, though the sentence told another before")
THIS_ONE_DAYS = rule("event.days-of-this-one", "the happening the article tells, described with its days after it ('Đây là chuyến thăm Việt Nam thứ ba của X ... từ ngày 18 đến 22-12'): its days")
DATE_TOLD_AFTER = rule("event.date-told-after", "a day after it in its clause, led by a time of day ('cập bến ... ở TP HCM chiều 22/9') or told as just past ('ngày 9-5 vừa qua'): its time")
EDITION_DAY_CLOSES = rule("event.edition-day-closes-sentence", "a day after a comma right after a named event's edition, closing the sentence ('... Giao lưu Quốc phòng biên giới Việt Nam - Campuchia lần thứ hai, ngày 12-14/11.'): its days")
GUEST_DAY_IN_BRACKETS = rule("event.guest-days-in-brackets", "a visit's days in brackets right after its guest, as round-ups list them ('chuyến thăm Việt Nam của Thủ tướng Scott Morrison (22-24/8), ...'): its days")
DATE_AFTER_TOPIC = rule("event.date-after-topic", "a round-up's topic phrase opening the sentence, then its date ('Với các nước láng giềng ..., tháng 8, Quân đội ba nước ... tổ chức diễn tập chung'): the date heads the sentence")
CLOSED_FROM = rule("event.closed-with-its-first-day", "a named event told as closed on a day, with the day it began or its days of work in the sentence ('X lần thứ 5 ... đã bế mạc hôm Chủ nhật 31/5 ..., bắt đầu từ tối thứ Sáu 29/5', '... bế mạc chiều 12/9 sau ba ngày làm việc'): from that day to its closing day")
DATE_HEAD = rule("event.date-heads-sentence", "its date opens the sentence ('Chiều 24/10, ...')")
YEAR_OF_FORMULA = rule("event.year-inside-formula", "'Thực hiện kế hoạch hợp tác năm 2024 giữa A và B, ngày 19/6, ...': a year inside the opening formula is the plan's, the day after the formula heads the sentence")
DATE_AFTER_FORMULA = rule("event.date-after-formula", "the date right after an opening formula ('Thực hiện thỏa thuận ..., ngày 27/9, ...', 'Nhận lời mời của X, sáng 14/10, ...') heads the sentence")
DATE_WIRE = rule("event.wire-dateline", "a date only in the agency dateline before it ('TOKYO, 5/9/2024 (TTXVN) - ... đã')")
DATELINE_AFTER_STAMP = rule("event.dateline-after-the-stamp", "a page's stored date, then a day heading the sentence's own words (' date 2025-08-26 Ngày 26/8, A đã chào xã giao B và đồng chủ trì Hội nghị song phương'): that day heads the sentence, for every event it tells")
DATE_CLAUSE = rule("event.date-of-clause", "a time of day before it in the sentence ('sáng 5/6, X và Y đã hội đàm')")
DAY_AFTER_OBJECT = rule("event.day-after-its-object", "a meeting told by its verb opening the sentence, then its object, a comma and a day set off by commas ('Tiếp đoàn X, chiều 6/10, Phó Chủ tịch Y nhận định ...'): that day is the meeting's")
ASKED = rule("event.asked-about", "a question about it ('Đối thoại Shangri-La lần đầu được tổ chức năm nào?'): a question word in its clause of a sentence ending on '?': not told as happening")
HAPPENING = rule("event.told-as-happening", "a verb of fact in its clause (tổ chức, diễn ra, tham dự, đã)")
NAME_ALONE = rule("event.name-alone-on-its-line", "a named event that is the whole of its paragraph ('| Hội nghị song phương lần thứ nhất giữa A và B.', a photo's caption once its credit is cut): what the photo shows, held")
ONGOING = rule("event.visit-under-way", "'đang thăm' on a day told: the visit or port call is under way, dated by its month only")
CONFERENCE_UNDER_WAY = rule("event.conference-under-way", "a multilateral meeting told as under way after its name ('bên lề Hội nghị ... (ADMM+) đang diễn ra tại Viêng Chăn', 'Đối thoại Shangri-La đang được tổ chức') on the day of its sentence (a side meeting's): some day of it, dated by its month only")
WELCOMED = rule("event.day-of-its-welcome", "a visit told after the welcome ceremony held for its guest ('Chiều 5/3, A chủ trì lễ đón B thăm chính thức Việt Nam') on a day: some day of the visit, not always its first, dated by its month only")
CAPITALISED = rule("event.capitalised-name", "the trigger is written with a capital inside the sentence: a proper name follows")
GLOSS = rule("event.gloss-of-short-name", "a name in brackets spelling out a short name ('ADMM+ (Hội nghị ...)'): named, not told")
THIS_ONE = rule("event.this-one", "'chuyến thăm lần này', 'cuộc hội đàm này', 'Chuyến thăm diễn ra trong bối cảnh ...': the happening the article tells")
FORUM = rule("event.multilateral-forum", "a dialogue named after a forum ('Đối thoại Shangri-La'): a multilateral conference")
DIALOGUE_CONFERENCE = rule("event.conference-of-a-dialogue", "'hội nghị Đối thoại chính sách quốc phòng Việt Nam - Xin-ga-po lần thứ 4': a conference named after a dialogue of two sides, its name holding both, is that bilateral dialogue")
VISIT_PURPOSE_DAYS = rule("event.days-after-the-purpose", "'sang thăm chính thức và tham dự Lễ kỷ niệm ... Quốc khánh ..., từ ngày 31/8-6/9': a visit's days closing the purpose told after its trigger, however long the purpose")
TRIP_TIME = rule("event.trip-time-after-purpose", "'thăm chính thức Việt Nam và tham dự Triển lãm X từ ngày 5-9/12': the days told after the trip's purpose are the trip's")
DEPARTURE_GOAL = rule("event.goal-of-a-departure", "a happening told as the goal of a ship's departure ('Sáng 28-1, tàu 17 ... đã xuất phát, bắt đầu hải trình tham gia ... diễn tập X', '... đã rời Quân cảng Cam Ranh đi thăm xã giao Trung Quốc'): the day told before it is the leaving's, not its own")
DEPARTURE_DAY = rule("event.departure-day", "'Rời Quân cảng Cam Ranh ngày 8-5, sáng 11/5, tàu ... cập cảng X': the day of a departure clause opening the sentence is the ship's leaving, not the day of what follows")
POSTED_VISITOR = rule("event.visitor-posted-here", "'Tùy viên Quốc phòng Lào tại Việt Nam đến thăm và làm việc': a call made by someone posted in Vietnam, no delegation's visit to a country")
DOCUMENT_NAME = rule("event.name-of-a-document", "'ký Biên bản hội đàm tuần tra chung lần thứ 55': the trigger and the words after it name the signed record, no event told")
ACTIVITIES_OF_NAMED = rule("event.activities-of-a-named-programme", "'đồng chủ trì các hoạt động Giao lưu hữu nghị Quốc phòng biên giới ... lần thứ 5': the activities of a programme named with its edition (the trigger capitalised) are that programme, held")
ACTIVITIES = rule("event.activities-in-the-plural", "'các hoạt động giao lưu ...': activities told in the plural are part of the happening told around them (its days, its sides), never one of their own")
ACTIVITIES_LISTED = rule("event.activities-listed", "'các hoạt động trao đổi đoàn, thăm tàu, luyện tập chung ... ngày càng thực chất': a later item of a list of activities told in the plural, each a few words in lower case, is a kind of work like the first, never one of its own")
SHARED_TIME = rule("event.time-of-coordinated-name", "'X và Y tại Z (tháng 11/2025)': two names joined by 'và' share the time told after the second")
VISIT_AND_EXCHANGE = rule("event.days-of-visit-and-exchange", "'bắt đầu chuyến thăm hữu nghị và giao lưu với TP X ... trong 6 ngày (từ 13 - 18/2)': a visit or port call joined by 'và' to the exchange of its programme is one trip, the days told after the exchange its days")
SCHEDULED = rule("event.scheduled-with-days", "'Từ 4 đến 9-5 tới sẽ diễn ra cuộc diễn tập X': its days fixed and told before 'sẽ diễn ra', news of a scheduled event")
SHIP_VOYAGE = rule("event.ship-voyage", "a ship told as having visited a foreign country ('đã ... thăm Liên bang Nga'): a port call, undated")
SHIP_DOCKED_ABROAD = rule("event.ship-docked-abroad", "a Vietnamese ship told as having docked at a foreign port ('Tàu 263 đã cập cảng Sihanoukville'), no day told: a port call, undated")
VOYAGE_BEGUN = rule("event.voyage-begun", "a ship told as setting out on its visit to a foreign country ('tàu 016 ... rời cảng bắt đầu chuyến thăm Liên bang Nga'), no day told: a port call, undated")
ROUND_UP_WEEK = rule("event.week-of-a-round-up", "'Tuần qua (23 đến 29/3), ... Đối thoại X diễn ra tại Canberra; tàu Y thăm Cam Ranh': the week a round-up's lead sums up is no item's days (each is told below with its own)")
VISITED_AND_EXCHANGED = rule("event.visited-and-exchanged", "'đã thăm Cục X Việt Nam và giao lưu với ...': a place visited as a fact, then an exchange joined by 'và': the exchange is held too")
PURPOSE = rule("event.purpose-of-a-trip", "'sang thăm ... và dự Triển lãm X': named as a trip's purpose, not dated by the sentence's day")
ENDED = rule("event.told-as-ended", "'kết thúc chuyến X' on a day: the day it ended, outranked by its own days told elsewhere")
ENDED_DAYS = rule("event.ended-days-long", "'hôm 4/12 ... kết thúc chuyến thăm hữu nghị trong 4 ngày': the day told is its "
                  "last, and it began that many days before it (4 days: from 1/12)")
ENDED_BEGAN = rule("event.ended-began-from", "'ngày 25/7 đã kết thúc chuyến thăm ... kéo dài ba ngày, bắt đầu từ 23/7': the day it began, told after it")
SHORT_NAME = rule("event.short-name-in-brackets", "'X lần thứ 14 (Đối thoại SDD-14)': the short name of the event just named, not another")
INFORMAL_ASEAN = rule("event.informal-meeting-of-asean", "an informal meeting held by ASEAN's defence chiefs ('trưởng đoàn quốc phòng các nước ASEAN ... đã có cuộc gặp không chính thức', 'cuộc gặp không chính thức Bộ trưởng Quốc phòng ASEAN - Nhật Bản'): an ADMM of its kind, a multilateral conference, not a bilateral meeting")
CO_CHAIRED = rule("event.co-chaired", "a meeting 'được đồng chủ trì giữa A và B' by two ministries' officials: a dialogue")
NUMBERED = rule("event.numbered-edition", "a happening told by its edition number ('Tuần tra liên hợp lần thứ 35 ... đã kết thúc'): one happening, though its word alone opens none")
TRIP_STRETCH = rule("event.stretch-of-the-trip", "days heading a sentence that names two events a delegation attends, or one a delegation told as its subject attends ('Từ ngày 4 đến 6-3, đoàn ... tham dự Hội nghị X'): the stay's, each event's own day told later wins")
TRIP_DAYS = rule("event.days-of-the-trip-to-it", "'Đoàn ... sang Hàn Quốc tiến hành Đối thoại X, từ ngày 18-22/6': days told after a named event a delegation travelled to hold or attend are its stay; a day of its own told elsewhere wins")
COOPERATION_AREA = rule("event.area-of-cooperation", "right after 'hợp tác (giữa ...) trong / về' ('tăng cường hợp tác giữa hải quân hai nước trong tuần tra chung'): the area two sides cooperate in, not a happening")
FRAME_OF_A_KIND = rule("event.frame-of-a-kind", "a named series framing drills or patrols told in the plural, no edition nor year told ('tham gia các cuộc diễn tập đa phương trong khuôn khổ ADMM+ và Hội nghị Tư lệnh Hải quân ASEAN'): a mechanism the sides work in, not a happening")
AREA_OF_WORK = rule("event.area-of-work", "after 'trên các mặt:' / 'trên các lĩnh vực như' in its sentence: an area two sides work together in, not a happening")
CONTENTS_ITEM = rule("event.contents-item", "after 'với các nội dung trọng tâm:' in its sentence: an item of what two sides agreed to work on, a plan, not a happening")
CALL_ITEM = rule("event.item-of-the-call", "an unnamed meeting or exchange after a ';' that follows a ship's port call told in its sentence ('Tàu X đã thăm xã giao Căn cứ Hải quân Y; chào xã giao Bộ Tư lệnh ..., giao lưu thể thao với ...'), with no day and no named person in its item: an item of the call's programme, part of it")
PROGRAMME = rule("event.programme-item", "after 'các hoạt động như' in its sentence: an item of a visit's or a port call's programme, part of it, not an event of its own")
SHIP_HOME = rule("event.ship-welcomed-home", "a ship told as returning ('lễ đón Tàu ... trở về sau chuyến ...', or 'tàu ... đã về đến Quân cảng Cam Ranh.' right before 'Dự lễ đón tàu có ...'): its voyage's end, no port call")
HELD_BARE = rule("event.held-unnamed", "a verb of fact right before a bare dialogue or conference ('vừa tổ chức đối thoại ...'): it was held, an event even unnamed")
CHAIRED_WITH_FOREIGN = rule("event.chaired-with-foreign-cohost", "a bare conference or seminar chaired by bodies one of which the sentence gives a foreign country before it ('Cục Đối ngoại (Bộ Quốc phòng) và Bộ Tư lệnh ... (Hoa Kỳ) chủ trì hội thảo ...'): held, an event even unnamed")
CIVIL_FORUM = rule("event.civil-forum", "'Diễn đàn Doanh nghiệp Việt Nam - X', 'Hội nghị xúc tiến đầu tư': a business or trade forum of a visit's programme, no meeting of the graph's kind")
CIVIL_VESSEL = rule("event.civil-vessel", "a yacht, cruise or cargo ship docks ('du thuyền ... cập cảng'): no navy's port call")
MEETING_OF_EXCHANGE = rule("event.meeting-word-of-an-exchange", "a meeting word with an exchange word coordinated right after it ('Chương trình gặp gỡ, giao lưu Lễ hội Tết ...', 'buổi gặp mặt và giao lưu hữu nghị'): one friendship exchange, no meeting of its own")
MET_TO_ATTEND = rule("event.met-to-attend", "a meeting word told as gathering to attend a named event ('các bộ trưởng đã gặp mặt trực tuyến ngày ... để tham dự Hội nghị X', a joint statement's preamble): that event, no meeting of its own")
PREPARED = rule("event.introduced-or-prepared", "a named event right after 'giới thiệu (về)', 'phục vụ (tổ chức)', 'chuẩn bị (cho)' ('gặp mặt báo chí, giới thiệu về X', 'họp nhằm thống nhất các nội dung phục vụ tổ chức X'): told ahead, the sentence's day is the briefing's or the preparation's, not its own")
SEMINAR_OF_VISIT = rule("event.seminar-of-a-visit", "a 'tọa đàm' told in a sentence opened by the visit or exchange it belongs to ('Trong khuôn khổ chuyến thăm ..., chiều 23/9, A và B đồng chủ trì tọa đàm', 'Trong khuôn khổ chương trình Giao lưu X, ... diễn ra chương trình Tọa đàm ...'): an item of that visit or exchange, no conference of its own")
SERIES_DESCRIBED = rule("event.series-described", "a named series with no edition number or year, described right after its name ('Giao lưu X là cơ hội tốt để ...', '... là hoạt động trao đổi đoàn thường niên'): what the series is, not one happening")
PRESS_OF_TALKS = rule("event.press-of-talks", "'họp báo chung', 'họp báo thông báo kết quả hội đàm': the close of talks or a visit, no meeting of its own")
LIST_TIME = rule("event.time-of-a-list", "'tham dự Hội nghị A, Hội nghị B và các hoạt động khác tại X từ ngày 14 đến 17/11': named events listed as what a delegation attends share the one time told after the list; days of two or more are the delegation's stay, which each event keeps only until a day of its own is told ('Sáng nay, Hội nghị A khai mạc')")
SERIES_COUNT = rule("event.series-by-its-count", "'Qua 10 năm với 8 lần tổ chức, Giao lưu hữu nghị ... đã trở thành mô hình', '10 năm Giao lưu ...: ...': a series told by how often or how long it has been held, the mechanism, not one happening")
UPGRADE_OCCASION = rule("event.occasion-of-an-upgrade", "'quan hệ ... được nâng lên Đối tác chiến lược toàn diện nhân chuyến thăm Pháp của Tổng Bí thư': a visit told as the occasion of a partnership's upgrade, the relation's background, not a happening reported")
SERIES_FOUNDED = rule("event.series-founded", "'20 năm thành lập Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM)', 'hình thành và phát triển ADMM+': the mechanism founded, not one happening")
SERIES_SINCE = rule("event.series-since", "'tổ chức Đối thoại X từ năm 2012': a series told by the year it began, the mechanism, not one happening")
UNPLANNED_ENCOUNTER = rule("event.unplanned-encounter", "a meeting word with 'ngoài dự kiến', 'bất ngờ', 'không hẹn trước' right after it and the sea, CUES or a code next ('ứng xử khi diễn ra cuộc gặp ngoài dự kiến trên biển'): the situation a naval code of conduct covers, not a meeting")
SHIP_TOURED_AFTER_RE = PATTERNS["ship-toured-after"]
SHIP_TOURED = rule("event.ship-toured", "a ship right after a bare 'thăm' ('người dân lên thăm tàu vào chiều 11-4', 'lên "
                   "thăm Tàu 015'): people touring a ship during its call, not a ship's visit nor a happening of its own")
RECIPROCAL = rule("event.reciprocal", "'lẫn nhau' right after it ('chuyến thăm lẫn nhau của Bộ trưởng Quốc phòng hai nước'): happenings both ways, not one")
TALLIED = rule("event.tallied", "a count before or after it ('46 cuộc tuần tra song phương', 'hội đàm 6 lần'): a tally of many in a round-up, not one happening")
VENUE_NAME = rule("event.venue-name", "the event word inside a venue's name after other words ('Trung tâm Thương mại và Triển lãm quốc tế Malaysia'): a place, not a show")
PAST_YEARS = rule("event.past-years", "a named event followed by 'những năm qua', 'nhiều năm qua': a series told as background, not one happening")
HELD_BY_SUBJECT = rule("event.held-by-subject", "'Bộ CHQS tỉnh A phối hợp Bộ CHQS tỉnh B tổ chức giao lưu ...': a verb trigger told as a fact by a bare 'tổ chức' after its subject (not after 'nhất trí', 'sẽ', 'tăng cường' ...)")
EXCHANGE_AT_PLACE = rule("event.exchange-at-a-place", "'Sĩ quan trẻ hải quân hai nước giao lưu tại Học viện Hải quân': a bare 'giao lưu' with people of the forces as its subject and a named place after it, told as a happening (not after 'sẽ', 'duy trì', 'chuyến thăm' ...)")
PROGRAMME_HELD = rule("event.programme-held", "'đã diễn ra Chương trình giao lưu ...', 'tổ chức Buổi giao lưu': a verb trigger told as a fact after a programme or session held")
TAKES_PLACE_ON_DAY = rule("event.takes-place-on-day", "'Chương trình giao lưu hữu nghị ... giữa A và B diễn ra ngày 24/10 tại ...': a verb trigger heading its sentence, told as taking place on a day in its clause")
INSIDE_A_NAME = rule("event.inside-a-name", "a trigger word inside the name of another event told in the same sentence")
SERIES_SHORT_NAME = rule("event.series-by-short-name", "'chào đón Tư lệnh ... các nước ASEAN tham dự ACDFM-22': an ASEAN meeting told only by its short name and edition, the page never spelling it out: that edition, under its full name (lex_asean_series.tsv)")


@dataclass
class _Kind:
    etype: str
    creatable: bool
    display: str
    rule: str
    bare_visit: bool = False
    also: tuple[str, ...] = ()  # rules besides the one that opened it


@dataclass
class _Name:
    core: str
    end: int
    year: Optional[int]
    ordinal: Optional[int]
    named: bool
    rules: list[str]
    late_end: int = 0  # the end of an edition number told after the short name

    @classmethod
    def none(cls, end: int) -> "_Name":
        """No name: the trigger alone, ending at `end`."""
        return cls("", end, None, None, False, [])


def find_event_mentions(doc: Doc) -> list[EventMention]:
    """Every mention of a happening told as the article's news, in text order;
    the triggers turned down are recorded on `doc.dropped`."""
    idx = doc_index(doc)
    text = doc.text
    out: list[EventMention] = []
    series_told = names_a_series(text)  # (a page naming no series' short name has no sentence holding one)
    for si, sent in enumerate(idx.sentences):
        n_before = len(out)
        found = [m for m in trigger_re().finditer(text, sent.start, sent.end)
                 if not (_idle_reception(doc, idx, sent, m) or _idle_troops(doc, idx, sent, m))]
        inside = -1  # the end of the last name read in the sentence
        for k, m in enumerate(found):
            if m.start() < inside:
                drop(doc, "event", INSIDE_A_NAME, m.start(), m.end())
                continue  # "Hội nghị rút kinh nghiệm diễn tập": a word of another event's name
            if DOCUMENT_BEFORE_RE.search(text, max(sent.start, m.start() - 12), m.start()):
                drop(doc, "event", DOCUMENT_NAME, m.start(), m.end())
                inside = max(m.end(), _document_name_end(text, sent, m))
                continue  # "ký Biên bản hội đàm tuần tra chung lần thứ 55": a record's name
            if _short_name_of_last(text, out, si, m.start()):
                drop(doc, "event", SHORT_NAME, m.start(), m.end())
                inside = text.find(")", m.end(), sent.end) + 1 or m.end()
                continue  # "Đối thoại Quốc phòng Seoul lần thứ 14 (Đối thoại SDD-14)": its short name
            first = all(_venue_word(text, sent, f) for f in found[:k])  # ("tại Trung tâm Hội nghị X, A và B đồng chủ trì ...")
            mention = _mention(doc, idx, si, sent, m, lambda past: _next_trigger(text, sent, found, k + 1, past), first)
            if mention is not None:
                _share_time(text, out, mention)
                out.append(mention)
                if mention.named or mention.end > mention.trig_end:
                    inside = mention.end  # (also "hội đàm tuần tra chung lần thứ 55": the talks' subject)
        if series_told:
            out.extend(_series_by_short_name(doc, idx, si, sent, out[n_before:]))
        if len(out) > n_before:  # (a sentence of no mention has no call's items nor list to read)
            out[n_before:] = _items_of_the_call(doc, idx, sorted(out[n_before:], key=lambda x: x.start))
        if len(out) > n_before:
            _share_list_time(text, idx, sent, out[n_before:])
            _stretch_of_the_trip(text, out[n_before:])
    return out


def _items_of_the_call(doc: Doc, idx: DocIndex, mentions: list[EventMention]) -> list[EventMention]:
    """The mentions of one sentence less the items of a ship's port call told in it: an unnamed meeting or
    exchange after a ";" past the call ("đã thăm xã giao Căn cứ Hải quân Lumut; chào xã giao Bộ Tư lệnh ...,
    giao lưu thể thao với ...") with no day and no one named in its item, from the ";" to the next one."""
    text = doc.text
    call = next((m for m in mentions if m.etype == "PortCall" and m.happening), None)
    if call is None:
        return mentions
    out = []
    for m in mentions:
        semi = text.rfind(";", call.trig_end, m.start)
        if m.etype in ("Meeting", "Exchange") and not m.named and semi >= 0:
            end = idx.sentences[m.sent].end
            nxt = text.find(";", m.trig_end, end)
            hi = end if nxt < 0 else nxt
            if not idx.dates_in(semi, hi) and not idx.names_in(semi, hi):
                drop(doc, "event", CALL_ITEM, m.start, m.trig_end)
                continue
        out.append(m)
    return out


def _series_by_short_name(doc: Doc, idx: DocIndex, si: int, sent: Sentence, told: list[EventMention]) -> list[EventMention]:
    """ASEAN meetings the sentence tells by short name and edition only ("tham dự ACDFM-22"), when
    the page spells out neither its full name nor the short name in brackets (the full name's
    tellings then carry it, `event.short-name`): each read as that edition under its full name, so
    it is a conference of ASEAN's like the full name, turned down as a trigger is (a plan, a recall)."""
    text = doc.text
    out: list[EventMention] = []
    for m in series_short_name_re().finditer(text, sent.start, sent.end):
        full = series_full_names()[m.group(1)]
        if any(t.start <= m.start() < max(t.end, t.name_end) for t in told) or "(" + m.group(1) in text \
                or f"hội nghị {full}".casefold() in _folded_words(text):
            continue
        c_lo = clause_start(text, m.start(), sent.start)
        turned_down = _not_reported(text, idx, sent, m, c_lo)
        if turned_down is not None:
            drop(doc, "event", turned_down, m.start(), m.end())
            continue
        mention = EventMention("Conference", m.start(), m.end(), si, True, core=full, ordinal=int(m.group(2)),
                               display="Hội nghị", trig_end=m.end(), alias=norm_key(m.group()), rules=[SERIES_SHORT_NAME])
        c_hi = clause_end(text, m.end(), sent.end)
        _own_date(text, idx, sent, mention, c_hi, not told and not out)
        _told_as_happening(text, idx, sent, mention, _Kind("Conference", False, "Hội nghị", SERIES_SHORT_NAME), (c_lo, c_hi))
        _named_details(text, idx, sent, mention, c_lo)
        out.append(mention)
    return out


@lru_cache(maxsize=1)
def _folded_words(text: str) -> str:
    """The page's words casefolded and joined by single spaces, to look a name up in: made once a page,
    not once a short name told (`_series_by_short_name`)."""
    return " ".join(text.casefold().split())


def _idle_reception(doc: Doc, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """A reception or ceremony word that opens nothing ("tiệc chiêu đãi đoàn bạn", "tham dự Lễ kỷ niệm ..."),
    dropped before the sentence is read: no trigger for the clauses of the others ("đang có chuyến thăm ... và
    tham dự Lễ kỷ niệm ..., từ ngày 1 đến 5-9": the visit's days)."""
    if phrase_key(m.group()) not in reception_triggers() or occasion_reception(doc.text, idx, sent, m):
        return False
    drop(doc, "event", NO_OCCASION_RECEPTION, m.start(), m.end())
    return True


def _idle_troops(doc: Doc, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """Troops ("quân nhân") not told arriving in Vietnam from abroad, dropped before the sentence is read, as
    `_idle_reception`: no trigger for the clauses of the others ("thăm hỏi và động viên các quân nhân Lào")."""
    if phrase_key(m.group()) not in contingent_triggers() or contingent_arrives(doc.text, idx, sent, m):
        return False
    drop(doc, "event", NO_CONTINGENT, m.start(), m.end())
    return True


def _document_name_end(text: str, sent: Sentence, m: re.Match[str]) -> int:
    """Where the name of a record opened by an event word ends ("Biên bản hội đàm tuần tra
    chung lần thứ 55"): as far as that event's own name would run."""
    etype = trigger_type(m.group())
    return _name(text, sent, m, etype).end if etype else m.end()


def _stretch_of_the_trip(text: str, mentions: list[EventMention]) -> None:
    """ "Từ ngày 19 đến 21/11, ... Đoàn ... tham dự Hội nghị A và Hội nghị B": the days heading a
    sentence that names two events, or one that a delegation attends ("Từ ngày 4 đến 6-3, đoàn ...
    tham dự Hội nghị A"), are the delegation's stay; each keeps them only until a day of its own is
    told ("Sáng 20/11, Hội nghị A khai mạc")."""
    named = [m for m in mentions if m.named and m.date is not None and not m.date_cued]
    if not named or named[0].date.end_date is None or any(m.date is not named[0].date for m in named):  # type: ignore[union-attr]  # named: each has a date
        return
    if len(named) < 2 and DELEGATION_ATTENDS_BEFORE_RE.search(text, named[0].date.end, named[0].start) is None:  # type: ignore[union-attr]
        return
    for m in named:
        m.date_weak = True
        m.rules.append(TRIP_STRETCH)


def _share_list_time(text: str, idx: DocIndex, sent: Sentence, mentions: list[EventMention]) -> None:
    """ "tham dự Hội nghị ADMM lần thứ 17, Hội nghị ADMM+ lần thứ 10, các cuộc gặp ... tại
    Jakarta, Indonesia từ ngày 14 đến 17-11": the one date of the sentence, cued as a time
    after the list a delegation attends, is the time of each named event listed, and
    the place told with it their place."""
    undated = [m for m in mentions if m.date is None]
    if not undated or not all(m.named for m in mentions):  # "dự Diễn đàn X, sau đó thăm Y từ ngày ...": the visit's
        return
    first, last_end = mentions[0], max(m.end for m in mentions)
    c_lo = clause_start(text, first.start, sent.start)
    if context_re("participation").search(text, c_lo, first.start) is None:
        return
    dates = idx.dates_in(sent.start, sent.end)
    if len(dates) != 1 or dates[0].start < last_end or ";" in text[first.start : dates[0].start]:
        return
    told = dates[0]
    if DATE_CUE_RE.search(text, max(last_end, told.start - CUE_WINDOW), told.start) is None:
        return
    host = next((m.host for m in reversed(mentions) if m.host is not None), None)  # "tại X" is the list's too
    stay = len(mentions) >= 2 and told.end_date is not None  # the delegation's stay: each event's own day wins
    for m in undated:
        m.date, m.date_cued, m.date_weak = told, True, stay
        m.host = m.host or host
        m.rules.append(LIST_TIME)


def _trip_time_after_purpose(text: str, trip: EventMention, named: EventMention) -> bool:
    """ "X thăm chính thức Việt Nam và tham dự Triển lãm Y từ ngày 5-9/12": the days told after
    the trip's purpose are the trip's; the event named as its purpose keeps none of them."""
    if trip.etype != "Visit" or trip.named or trip.date is not None or not (named.named and named.date_cued):
        return False
    if PURPOSE_BEFORE_RE.search(text, max(trip.trig_end, named.start - 16), named.start) is None:
        return False
    if not COORDINATED_VISIT_RE.fullmatch(text, trip.trig_end, named.start):
        return False
    trip.date, trip.date_cued = named.date, True
    trip.rules.append(TRIP_TIME)
    named.date, named.date_cued = None, False
    named.rules.append(PURPOSE)
    return True


def _visit_and_exchange(text: str, visit: EventMention, exchange: EventMention) -> bool:
    """ "chuyến thăm hữu nghị và giao lưu với TP X ... (từ 13 - 18/2)": an undated visit or port call
    joined by a bare "và" to an exchange dated after it takes its days (`VISIT_AND_EXCHANGE`)."""
    if visit.named or exchange.named or visit.date is not None or not exchange.date_cued:
        return False
    if visit.etype not in ("Visit", "PortCall") or exchange.etype != "Exchange":
        return False
    if VISIT_AND_RE.fullmatch(text, visit.end, exchange.start) is None:
        return False
    visit.date, visit.date_cued = exchange.date, True
    visit.rules.append(VISIT_AND_EXCHANGE)
    return True


def _short_name_of_last(text: str, out: list[EventMention], si: int, pos: int) -> bool:
    """A trigger opening brackets right after the name just read in the sentence."""
    last = out[-1] if out else None
    return last is not None and last.named and last.sent == si and SHORT_NAME_BEFORE_RE.fullmatch(
        text, last.end, pos
    ) is not None


def _share_time(text: str, before: list[EventMention], mention: EventMention) -> None:
    """ "tại Hội nghị ADMM lần thứ 19 và Hội nghị ADMM+ lần thứ 12 tại Kuala Lumpur
    (tháng 11/2025)": two names joined by "và" share the time told after the second."""
    prev = before[-1] if before else None
    if prev is None or prev.sent != mention.sent:
        return
    if _trip_time_after_purpose(text, prev, mention):
        return
    if _visit_and_exchange(text, prev, mention):
        return
    if not (prev.named and mention.named):
        return
    if prev.date is None and mention.date_cued and COORDINATED_RE.fullmatch(
        text, max(prev.end, prev.name_end), mention.start
    ):
        prev.date, prev.date_cued = mention.date, True
        prev.rules.append(SHARED_TIME)


def _next_trigger(text: str, sent: Sentence, found: list[re.Match[str]], k: int, past: int = 0) -> int:
    """Where the next trigger of the sentence from `found[k]` on starts (its end if none), past the event
    words of venues' names ("tại Trung tâm Triển lãm và Thương mại quốc tế Malaysia, từ ngày 20-23/4"),
    of the name ending at `past` ("Hội nghị Thượng đỉnh An ninh châu Á - Đối thoại Shangri-La") and of
    the occasion a meeting was held beside ("X gặp Y bên lề Hội nghị, sáng 25/2": the meeting's day,
    `SIDELINE_BEFORE_RE`)."""
    for m in itertools.islice(found, k, None):
        if m.start() < past:
            continue
        if not (_venue_word(text, sent, m) or SIDELINE_BEFORE_RE.search(text, max(sent.start, m.start() - 12), m.start())):
            return m.start()
    return sent.end


def _venue_word(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """An event word inside a venue's name ("tại Trung tâm Hội nghị Quốc gia", "Trung tâm Triển lãm và
    Thương mại quốc tế Malaysia"): a place, no happening."""
    return bool(VENUE_BEFORE_RE.search(text, max(sent.start, m.start() - 16), m.start())
                or VENUE_NAME_BEFORE_RE.search(text, max(sent.start, m.start() - 40), m.start()))


def _mention(doc: Doc, idx: DocIndex, si: int, sent: Sentence, m: re.Match[str], following: Callable[[int], int],
             first: bool) -> Optional[EventMention]:
    """The mention a trigger makes, or None (the reason recorded); `following(past)` is where the next
    trigger after position `past` starts (the clause is searched up to it)."""
    text = doc.text
    c_lo = clause_start(text, m.start(), sent.start)
    read = _kind_and_name(doc, idx, sent, m, c_lo)
    if read is None:
        return None
    kind, name = read
    mention = EventMention(
        kind.etype, m.start(), max(m.end(), name.end), si, name.named,
        core=name.core if name.named or kind.etype == "Meeting" else "",
        year=name.year, ordinal=name.ordinal, creatable=kind.creatable, display=kind.display,
        trig_end=m.end(), year_written=name.year is not None, rules=[kind.rule, *kind.also, *name.rules],
        name_end=name.late_end,
    )
    _retype(text, idx, sent, m, mention)
    _mark_told_before(text, idx, (sent.start, c_lo), m, mention)
    # "Hội nghị Thượng đỉnh An ninh châu Á - Đối thoại Shangri-La ... diễn ra từ ngày 29 đến 31/5":
    # the second of two names joined by a dash ends nothing
    nxt = following(mention.end if mention.named and _joins_two_names(text, m.end(), mention.end) else 0)
    if not idx.dates_in(sent.start, mention.start):
        nxt = _past_work_told_with_visit(text, mention, nxt, following)
    c_hi = clause_end(text, m.end(), nxt if nxt > m.end() else sent.end)  # searched up to the next trigger only
    if not mention.named and _practice_since(text, idx, sent):
        drop(doc, "event", SINCE_YEAR_HEADS, m.start(), m.end())
        return None
    if not _refers_to_this_one(text, sent, m, mention):
        _own_date(text, idx, sent, mention, c_hi, first)
    elif _date_cued_after(text, idx, sent, mention, c_hi):
        mention.rules.append(THIS_ONE_DAYS)  # "Đây là chuyến thăm ... thứ ba của X ... từ ngày 18 đến 22-12"
    _trip_days(text, sent, mention)
    if kind.rule is GUESTS_COME and mention.date is None:
        mention.date = _guests_day(text, idx, sent, m.start())  # "Nhân dịp ..., sáng 10-1-2020, Đoàn ... sang thăm"
    late = _too_late(text, idx, sent, mention, kind)
    if late is not None:
        drop(doc, "event", late, mention.start, mention.end)
        return None
    if mention.named and GLOSS_BEFORE_RE.search(text, max(sent.start, m.start() - 18), m.start()):
        mention.date, mention.happening = None, False  # the gloss of a mechanism's short name
        mention.rules.append(GLOSS)
        return mention
    _told_as_happening(text, idx, sent, mention, kind, (c_lo, c_hi))
    if mention.named:
        _named_details(text, idx, sent, mention, c_lo)
    elif mention.etype in ("Exercise", "Conference") and mention.happening:
        # "Diễn tập ... diễn ra tại khu vực biển phía Đông thành phố Visakhapatnam, Ấn Độ": its host
        mention.host = host_of(text, idx, c_lo, sent.end, mention.start)
    return mention


_VISIT_THEN_WORK_RE = PATTERNS["visit-then-work"]


def _past_work_told_with_visit(text: str, mention: EventMention, nxt: int, following: Callable[[int], int]) -> int:
    """ "sang thăm, làm việc với Bộ Tư lệnh Quân khu 7 từ ngày 18 đến 20/3": an unnamed visit whose next trigger is the
    "làm việc" told with it after a comma is searched past it (`VISIT_AND_WORK`), up to the trigger after. (The caller
    asks it only when no date comes before the visit in its sentence: "Chiều 6/4, ... sang thăm, làm việc với X và dự
    lễ kỷ niệm ... ngày 10/4" keeps its day.)"""
    if mention.etype != "Visit" or mention.named:
        return nxt
    both = _VISIT_THEN_WORK_RE.match(text, mention.end)
    if both is None or both.start("work") != nxt:
        return nxt
    mention.rules.append(VISIT_AND_WORK)
    return following(both.end())


def _trip_days(text: str, sent: Sentence, mention: EventMention) -> None:
    """ "Đoàn ... sang Hàn Quốc tiến hành Đối thoại X lần thứ 8, từ ngày 18-22/6": days told after a
    named event a delegation travelled to hold or attend are its stay; the event keeps them only
    until a day of its own is told ("Ngày 20/6, ... đồng chủ trì Đối thoại X")."""
    if not (mention.named and mention.date_cued and mention.date is not None and mention.date.end_date is not None):
        return
    if TRIP_TO_ATTEND_BEFORE_RE.search(text, max(sent.start, mention.start - 60), mention.start):
        mention.date_weak = True
        mention.rules.append(TRIP_DAYS)


def _joins_two_names(text: str, start: int, end: int) -> bool:
    """The name between `start` and `end` joins two by a dash, the second led by a trigger word
    ("Thượng đỉnh An ninh châu Á - Đối thoại Shangri-La"), or holds its own name after a described
    head ("diễn đàn an ninh Đối thoại Shangri-La", `event.head-described-then-name`)."""
    if any(trigger_words_re().match(text, d.end()) for d in NAMES_DASH_RE.finditer(text, start, end)):
        return True
    # "diễn đàn an ninh Đối thoại Shangri-La 2025": the head described, then the name's own trigger word
    for described in _described_heads(text, start, end):
        if text[start:described].islower() and text[described].isupper() and trigger_words_re().match(text, described):
            return True
    return False


def _described_heads(text: str, start: int, end: int) -> list[int]:
    """Where a name could start after one to three words describing the head word at `start`."""
    found, at = [], start
    for _ in range(3):
        step = HEAD_DESCRIBED_RE.match(text, at, end)
        if step is None:
            break
        found.append(step.end())
        at = step.end() - 1
    return found


def _kind_and_name(doc: Doc, idx: DocIndex, sent: Sentence, m: re.Match[str], c_lo: int) -> Optional[tuple[_Kind, _Name]]:
    """What the trigger opens and the name after it; None, the reason recorded, for a trigger the
    clause does not report as news, another happening's, or a name followed by the years past."""
    text = doc.text
    turned_down = _not_reported(text, idx, sent, m, c_lo)
    kind = None if turned_down else _kind(text, idx, sent, m)
    if kind is None:
        key = phrase_key(m.group())
        reason = NO_SHIP_ARRIVES if key in ship_arrival_triggers() else DOMESTIC_COURSE if key in course_triggers() else NOT_A_VISIT
        drop(doc, "event", turned_down or reason, m.start(), m.end())
        return None
    another = _another_ones(text, sent, m, kind.etype)
    if another is not None:
        drop(doc, "event", another, m.start(), m.end())
        return None
    # (a course is told by a description, not a name: "Khóa huấn luyện kéo dài đến ngày 4-7" opening a sentence)
    name = _Name.none(m.end()) if kind.rule == JOINT_COURSE else _name(text, sent, m, kind.etype)
    listed = ACTIVITIES_LIST_BEFORE_RE.search(text, max(sent.start, m.start() - 160), m.start()) is not None
    if listed or ACTIVITIES_BEFORE_RE.search(text, max(sent.start, m.start() - 16), m.start()):
        if _programme_named(m, name):
            name.rules.append(ACTIVITIES_OF_NAMED)  # "các hoạt động Giao lưu ... lần thứ 5": that programme
        else:  # part of what is told around it
            kind = replace(kind, creatable=False, rule=ACTIVITIES_LISTED if listed else ACTIVITIES)
            name = _Name.none(m.end())
    if name.named and _past_years_after(text, sent, m.end(), name.end):
        drop(doc, "event", PAST_YEARS, m.start(), m.end())
        return None
    if name.named and name.ordinal is None and name.year is None and DESCRIBED_AFTER_RE.match(text, name.end, sent.end):
        drop(doc, "event", SERIES_DESCRIBED, m.start(), m.end())
        return None  # "Giao lưu X là cơ hội tốt để ...": the series described
    return _numbered_edition(kind, name, m), name


def _programme_named(m: re.Match[str], name: _Name) -> bool:
    """ "đồng chủ trì các hoạt động Giao lưu hữu nghị Quốc phòng biên giới ... lần thứ 5": the
    activities of a programme written by its proper name (the trigger capitalised) and its edition:
    they are that programme, told as held, not a part of something told around them."""
    return name.named and name.ordinal is not None and m.group()[:1].isupper()


def _another_ones(text: str, sent: Sentence, m: re.Match[str], etype: str) -> Optional[str]:
    """The rule that gives the trigger to another happening than one this article reports: an
    earlier edition told after it, the visit of someone posted in the country."""
    if PREVIOUS_AFTER_RE.match(text, m.end(), sent.end):
        return EARLIER_EDITION
    if LAST_YEAR_AFTER_RE.match(text, m.end(), sent.end):
        return LAST_YEAR
    if etype == "Visit" and POSTED_VISITOR_RE.search(text, max(sent.start, m.start() - 90), m.start()):
        return POSTED_VISITOR
    return None


def _mark_told_before(text: str, idx: DocIndex, bounds: tuple[int, int], m: re.Match[str],
                      mention: EventMention) -> None:
    """Records what the words before the trigger say of it (a working group that met, talks told
    by their result, a schedule, an anniversary ahead); `bounds` is (sentence start, clause start)."""
    s_lo, c_lo = bounds
    if WORKING_GROUP_RE.fullmatch(m.group()):
        mention.rules.append(GROUP_MET)
    if mention.etype == "Talks" and RESULT_BEFORE_RE.search(text, max(s_lo, m.start() - 30), m.start()):
        mention.rules.append(RESULT_TOLD)
    if "sẽ" in text[c_lo : m.start()] and _scheduled_before(text, idx, c_lo, m.start()):
        mention.rules.append(SCHEDULED)
    if OCCASION_AHEAD_RE.search(text, c_lo, m.start()) is not None:
        mention.rules.append(OCCASION_AHEAD)  # kept though "hướng tới" is a proposal word (`_formula`)


def _past_years_after(text: str, sent: Sentence, trig_end: int, name_end: int) -> bool:
    """ "Diễn tập Khaan Quest những năm qua": the years past right after the name (or closing
    it, when the name ran on into "những năm")."""
    past = PAST_YEARS_AFTER_RE.search(text, max(trig_end, name_end - 16), min(sent.end, name_end + 30))
    return past is not None and past.start() <= name_end


def _numbered_edition(kind: _Kind, name: _Name, m: re.Match[str]) -> _Kind:
    """A verb-only trigger told with its edition number ("Tuần tra liên hợp lần thứ 35 ... đã
    kết thúc") opens a happening."""
    if kind.creatable or name.ordinal is None or phrase_key(m.group()) not in verb_triggers():
        return kind
    name.rules.append(NUMBERED)
    return replace(kind, creatable=True)


def _told_as_happening(
    text: str, idx: DocIndex, sent: Sentence, mention: EventMention, kind: _Kind, clause: tuple[int, int]
) -> None:
    """Marks a mention told as happening (dated, an activity, a verb of fact in its clause, a meeting
    told beside an occasion after it); with no date of its own words, a wire dateline dates it."""
    mention.happening = (mention.date is not None or kind.rule is ACTIVITY
                         or context_re("happening").search(text, *clause) is not None
                         or _name_alone(text, sent, mention)
                         or (mention.etype in ("Meeting", "Talks")
                             and SIDELINE_AFTER_RE.search(text, mention.end, clause[1]) is not None))
    if mention.happening and text[sent.start : sent.end].rstrip().endswith("?") and \
            QUESTION_WORD_RE.search(text, *clause) is not None:
        mention.happening = False
        mention.rules.append(ASKED)
    if mention.happening and mention.date is None:
        mention.rules.append(HAPPENING)
        mention.date = _wire_date(idx, sent, sentence_head(text, sent), mention)


_NON_BLANK = re.compile(r"\S")


def _name_alone(text: str, sent: Sentence, mention: EventMention) -> bool:
    """A named event standing alone as its paragraph, the sides it was held between, table bars or a full stop
    aside ("| Hội nghị song phương lần thứ nhất giữa A và B.": a photo's caption, its credit cut): what the photo
    shows (`NAME_ALONE`)."""
    first = _NON_BLANK.search(text)
    if not mention.named or first is None or first.start() >= sent.start or text[sent.start - 1] != "\n":
        return False  # (the page's first paragraph is its headline, which may name what is only announced)
    if sent.end < len(text) and text[sent.end] != "\n":
        return False
    if NAME_LINE_EDGE_RE.fullmatch(text, sent.start, mention.start) is None:
        return False
    if NAME_LINE_TAIL_RE.fullmatch(text, max(mention.end, mention.name_end), sent.end) is None:
        return False
    mention.rules.append(NAME_ALONE)
    return True


def _retype(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str], mention: EventMention) -> None:
    """A dialogue named after a forum is a conference; a visit made by a ship a port call."""
    _retype_named(idx, m, mention)
    _retype_meeting(text, sent, m, mention)
    folded = phrase_key(m.group())
    if mention.etype == "Meeting" and folded == "thăm xã giao" and _country_right_after(text, idx, m.end()):
        ship = ship_re().search(text, sent.start, sent.end) is not None
        mention.etype, mention.display = ("PortCall", "Thăm cảng") if ship else ("Visit", "Chuyến thăm")
        mention.rules.append(COURTESY_VISIT_OF_COUNTRY)
        return
    if (mention.etype == "Visit" or folded in SHIP_CALL_TRIGGERS) and _ship_visit(
        text, sent.start, m.start(), m.end(), sent.end
    ) and not person_visitor_re().match(text, m.end(), sent.end):
        if _ship_in_company(text, sent.start, m.start()):
            mention.rules.append(SHIP_IN_COMPANY)
            return
        # "tàu USS X ... bắt đầu chuyến thăm hữu nghị": a port call
        mention.etype, mention.display = "PortCall", "Thăm cảng"
        mention.rules.append(SHIP_CALL)


def _retype_named(idx: DocIndex, m: re.Match[str], mention: EventMention) -> None:
    """A named dialogue or conference typed by the sides its name holds: a forum's dialogue of
    many delegations is a conference, a conference named a dialogue of two sides a dialogue."""
    if mention.etype == "Dialogue" and mention.named and forum_words_re().search(mention.core) and len(
        idx.countries_in(m.start(), mention.end)
    ) < 2:
        mention.etype = "Conference"  # "Đối thoại Shangri-La": many delegations, not a bilateral dialogue
        mention.rules.append(FORUM)
    if mention.etype == "Conference" and mention.named and DIALOGUE_NAME_RE.match(mention.core) and len(
        idx.countries_in(m.start(), mention.end)
    ) == 2:
        mention.etype = "Dialogue"  # "hội nghị Đối thoại chính sách quốc phòng Việt Nam - Xin-ga-po lần thứ 4"
        mention.rules.append(DIALOGUE_CONFERENCE)


def _retype_meeting(text: str, sent: Sentence, m: re.Match[str], mention: EventMention) -> None:
    """An unnamed meeting that is more: co-chaired by two sides a dialogue, an informal meeting
    of ASEAN's ministers a conference."""
    if mention.etype == "Meeting" and not mention.named and CO_CHAIRED_RE.search(
        text, m.end(), clause_end(text, m.end(), min(sent.end, m.end() + 80))
    ):
        mention.etype, mention.display = "Dialogue", "Đối thoại"  # "Cuộc gặp ... được đồng chủ trì giữa A và B"
        mention.rules.append(CO_CHAIRED)
    if mention.etype == "Meeting" and not mention.named and _informal_meeting_of_asean(text, sent, m):
        mention.etype, mention.display = "Conference", "Cuộc gặp không chính thức"
        mention.rules.append(INFORMAL_ASEAN)


def _informal_meeting_of_asean(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """An informal meeting ("cuộc gặp không chính thức") whose party is a group of ASEAN's defence chiefs, named
    right after it or as the subject of its clause, with no "bên lề"/"khuôn khổ" between (the group is then
    the occasion of a bilateral meeting): an informal ADMM, a conference (the issue's rule for multilateral meetings)."""
    informal = INFORMAL_AFTER_RE.match(text, m.end())
    end = informal.end() if informal else m.end()
    if informal is None and not phrase_key(m.group()).endswith("không chính thức"):
        return False
    if GROUP_OF_ASEAN_AFTER_RE.match(text, end, sent.end):
        return True
    group = GROUP_OF_ASEAN_BEFORE_RE.search(text[sent.start:m.start()])
    return group is not None and OCCASION_WORDS_RE.search(text, sent.start + group.end(), m.start()) is None


def _country_right_after(text: str, idx: DocIndex, end: int) -> bool:
    """A country named right after the trigger ("thăm xã giao Malaysia"), not a body
    ("thăm xã giao Bộ Tư lệnh Vùng 3") nor a city."""
    first = next(iter(idx.countries_in(end, min(len(text), end + 40))), None)
    return first is not None and not text[end:first.start].strip()


def _refers_to_this_one(text: str, sent: Sentence, m: re.Match[str], mention: EventMention) -> bool:
    """ "chuyến thăm lần này", "Đây là cuộc diễn tập ...": the happening the article
    tells (its date is the article's, not this sentence's)."""
    defined = DEFINITION_BEFORE_RE.search(text, max(sent.start, m.start() - 24), m.start()) is not None
    if defined:  # "Đây là cuộc diễn tập ... đa phương": the event told before, described
        mention.named, mention.core, mention.year, mention.ordinal, mention.end = False, "", None, None, m.end()
    if defined or (not mention.named and THIS_ONE_AFTER_RE.match(text, m.end(), sent.end)):
        mention.this_one = True
        mention.rules.append(THIS_ONE)
    return mention.this_one


def _not_reported(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str], c_lo: int) -> Optional[str]:
    """The rule showing the clause does not report the happening as news, if one does.
    (These need only the trigger's position, so they run first.)"""
    troops = phrase_key(m.group()) in contingent_triggers()  # ("các quân nhân", "120 quân nhân": no kind nor count)
    return ((None if troops else _named_not_held(text, idx, sent, m)) or _told_not_as_news(text, idx, sent, m, c_lo)
            or _part_of_another(text, sent, m, c_lo) or _welcome_home(text, idx, sent, m))


def _named_not_held(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> Optional[str]:
    """The words right around the trigger make it a kind, a count, a venue or a station, not one
    happening."""
    lo = sent.start
    if CATEGORY_BEFORE_RE.search(text[max(lo, m.start() - 12) : m.start()]) and not (
        _several_meetings(text, sent, m) or FORUM_SESSION_RE.fullmatch(m.group())
    ):
        return CATEGORY  # (not "Các phiên toàn thể ...": the sessions of the meeting told)
    if COUNT_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start()) or COUNT_AFTER_RE.match(text, m.end(), sent.end):
        return TALLIED
    if RECIPROCAL_AFTER_RE.match(text, m.end(), sent.end):
        return RECIPROCAL
    if phrase_key(m.group()) == "thăm" and SHIP_TOURED_AFTER_RE.match(text, m.end(), sent.end):
        return SHIP_TOURED
    if m.group().casefold().startswith(("gặp", "cuộc gặp")) and UNPLANNED_ENCOUNTER_AFTER_RE.match(text, m.end(), sent.end):
        return UNPLANNED_ENCOUNTER
    return _a_place_or_a_group(text, idx, sent, m)


def _a_place_or_a_group(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> Optional[str]:
    """The trigger names a venue, a station, a voyage's list, a party or a working group (the rest
    of `_named_not_held`, in its order)."""
    lo = sent.start
    if VENUE_NAME_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start()):
        return VENUE_NAME
    if MODIFIER_BEFORE_RE.search(text, max(lo, m.start() - MODIFIER_REACH), m.start()) or _rehearsed(text, lo, m.start()):
        return MODIFIER
    if STATION_BEFORE_RE.search(text, max(lo, m.start() - 16), m.start()):
        return STATION
    if VOYAGE_BEFORE_RE.search(text, max(lo, m.start() - 20), m.start()) and _countries_listed(text, idx, m.end(), sent.end):
        return VOYAGE
    if m.group().casefold().endswith("tiếp") and RECEPTION_PARTY_AFTER_RE.match(text, m.end(), sent.end):
        return RECEPTION_PARTY
    if WORKING_GROUP_RE.fullmatch(m.group()) and not GROUP_MET_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start()):
        return GROUP_NOT_MET
    return None


def _countries_listed(text: str, idx: DocIndex, pos: int, hi: int) -> bool:
    """Two countries or more right after `pos`, joined by commas or "và" ("thăm xã giao A, B và C")."""
    found = idx.countries_in(pos, hi)
    if len(found) < 2 or text[pos : found[0].start].strip():
        return False
    return LIST_JOINER_RE.fullmatch(text, found[0].end, found[1].start) is not None


def _told_not_as_news(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str], c_lo: int) -> Optional[str]:
    """The clause recalls, wishes, plans or tells the history of the happening."""
    lo = sent.start
    if context_re("recall").search(text, c_lo, m.start()):
        return RECALLED
    if BASIS_BEFORE_RE.search(text, max(c_lo, m.start() - 160), m.start()):
        return BASIS
    if _wished(text, idx, c_lo, m.start()):
        return WISH
    if _planned_list_item(text, idx, sent, c_lo, m.start()):
        return PLANNED_LIST
    if context_re("history").search(text, max(c_lo, m.start() - 40), m.start()) or HISTORY_CLAUSE_OPENS_RE.match(
        text, text.rfind(",", c_lo, m.start()) + 1 or c_lo, m.start()
    ):
        return HISTORY
    since = context_re("since").search(text, max(lo, m.start() - 12), m.start())
    if since is not None and not text[since.end() : m.start()].strip():
        return HISTORY  # "kể từ cuộc gặp tháng 11/2018"
    return None


def _part_of_another(text: str, sent: Sentence, m: re.Match[str], c_lo: int) -> Optional[str]:
    """The trigger names a programme's item, a civil ship, a series, an occasion of an upgrade, an
    area of work: part of something else the page tells."""
    lo = sent.start
    if context_re("programme").search(text, lo, m.start()):
        return PROGRAMME
    if _civil_vessel_docks(text, c_lo, m):
        return CIVIL_VESSEL
    if trigger_type(m.group()) == "Conference" and CIVIL_FORUM_AFTER_RE.match(text, m.end(), sent.end):
        return CIVIL_FORUM
    if _ship_welcomed_home(text, sent, m):
        return SHIP_HOME
    if m.group().casefold() == "họp báo" and PRESS_OF_TALKS_AFTER_RE.match(text, m.end(), sent.end):
        return PRESS_OF_TALKS
    if m.group().casefold() == "tọa đàm" and VISIT_FRAME_OPENS_RE.match(text, sentence_head(text, sent), m.start()):
        return SEMINAR_OF_VISIT
    if "gặp" in m.group().casefold() and EXCHANGE_PAIRED_AFTER_RE.match(text, m.end(), sent.end):
        return MEETING_OF_EXCHANGE
    if _met_to_attend(text, sent, m):
        return MET_TO_ATTEND
    return _series_or_area_of_work(text, sent, m)


def _series_or_area_of_work(text: str, sent: Sentence, m: re.Match[str]) -> Optional[str]:
    """For `_part_of_another`: the trigger names a series, the occasion of an upgrade, the contents or the
    area of two sides' work, or a kind of drill framed by a series (its rule), else None."""
    lo = sent.start
    if SERIES_SINCE_AFTER_RE.match(text, m.end(), sent.end):
        return SERIES_SINCE
    if SERIES_FOUNDED_BEFORE_RE.search(text, max(lo, m.start() - 40), m.start()):
        return SERIES_FOUNDED
    if SERIES_COUNT_BEFORE_RE.search(text, max(lo, m.start() - 90), m.start()):
        return SERIES_COUNT
    if UPGRADE_OCCASION_BEFORE_RE.search(text, max(lo, m.start() - 200), m.start()):
        return UPGRADE_OCCASION
    if CONTENTS_LIST_RE.search(text, lo, m.start()) or CONTENTS_INCLUDING_RE.search(text, max(lo, m.start() - 120), m.start()):
        return CONTENTS_ITEM
    if AREAS_LIST_RE.search(text, max(lo, m.start() - 200), m.start()):
        return AREA_OF_WORK
    if COOPERATION_IN_BEFORE_RE.search(text, max(lo, m.start() - 100), m.start()):
        return COOPERATION_AREA
    if KINDS_FRAMED_BEFORE_RE.search(text, max(lo, m.start() - 120), m.start()) \
            and SERIES_CLAUSE_AFTER_RE.match(text, m.end(), sent.end):
        return FRAME_OF_A_KIND
    return None


def _met_to_attend(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """ "các bộ trưởng đã gặp mặt trực tuyến ngày ... để tham dự Hội nghị X": a plain meeting word
    (not a bilateral's "gặp song phương", "gặp bên lề") told as gathering for a named event."""
    word = m.group().casefold()
    return ("gặp" in word and "song phương" not in word and "bên lề" not in word
            and MET_TO_ATTEND_AFTER_RE.match(text, m.end(), sent.end) is not None)


def _ship_welcomed_home(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """A port-call trigger whose ship is told as coming home after it ("lễ đón Tàu buồm 286 ...
    trở về sau chuyến ..."): the end of its own voyage."""
    return trigger_type(m.group()) == "PortCall" and SHIP_HOME_AFTER_RE.match(
        text, m.end(), sent.end) is not None


def _welcome_home(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> Optional[str]:
    """A ship's welcome ceremony ("Dự lễ đón tàu có ...") right after the sentence telling it home
    ("..., tàu X đã về đến Quân cảng Cam Ranh sáng nay 4/6."): the homecoming, no port call."""
    si = idx.sentence_at(sent.start)
    if si <= 0 or trigger_type(m.group()) != "PortCall" or WELCOME_RE.match(text, m.start()) is None:
        return None
    prev = idx.sentences[si - 1]
    return SHIP_HOME if SHIP_HOME_BEFORE_RE.search(text, prev.start, prev.end) is not None else None


def _civil_vessel_docks(text: str, c_lo: int, m: re.Match[str]) -> bool:
    """ "du thuyền Aviva ... đã cập cảng Tiên Sa": a docking told of a civil ship."""
    return trigger_type(m.group()) == "PortCall" and context_re("civil-vessel").search(text, c_lo, m.start()) is not None


def _rehearsed(text: str, lo: int, trig: int) -> bool:
    """ "tổng duyệt Lễ khai mạc Triển lãm ...": a rehearsal of the event, not the event."""
    window = max(lo, trig - 40)
    for r in context_re("rehearsal").finditer(text, window, trig):
        if REHEARSED_PART_RE.fullmatch(text, r.end(), trig):
            return True
    return False


def _several_meetings(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """ "các cuộc gặp song phương với A; B và C": meetings told together, each real."""
    folded = phrase_key(m.group())
    kind = triggers().get(folded)
    is_meeting = (kind is not None and kind[0] in ("Meeting", "Talks")) or folded.startswith(("gặp", "tiếp"))
    return is_meeting and PLURAL_MEETINGS_RE.match(text, m.end(), sent.end) is not None


def _wished(text: str, idx: DocIndex, c_lo: int, trig: int) -> bool:
    """A wish, proposal, invitation or plan before the trigger in its clause --
    unless a day comes after the last one, the time of a report ("X sẽ ..., ông
    cho biết hôm 11/6, sau cuộc gặp với ..."); "Nhận lời mời" is no wish."""
    not_reported = context_re("proposal", "plan")
    wish = not_reported.search(text, c_lo, trig)  # the cheap test first
    if wish is None:  # "nhất trí thúc đẩy hợp tác ... và tổ chức Đối thoại ... lần thứ 4 trong năm nay": agreed on
        lo = max(c_lo, trig - 200)  # "thống nhất năm 2026 phối hợp tổ chức tuần tra ...": agreed for a time ahead
        return AGREED_TO_HOLD_BEFORE_RE.search(text, lo, trig) is not None or \
            AGREED_FOR_A_TIME_BEFORE_RE.search(text, lo, trig) is not None
    last = None
    for w in not_reported.finditer(text, wish.start(), trig):
        if not _formula(text, w) and not _scheduled(text, idx, c_lo, w) and not PROGRAMME_CARRIED_OUT_RE.match(text, w.start(), trig):
            last = w
    return last is not None and not any(d.date.day and not _next_step_after(text, d.end, trig)
                                        for d in idx.dates_in(last.end(), trig))


def _next_step_after(text: str, day_end: int, trig: int) -> bool:
    """ "Theo kế hoạch, tàu rời Cam Ranh sáng 17/11, sau đó tham gia luyện tập chung": a next step told
    between the day and the trigger, with no fact verb ("đã", "vừa") after it: the day is the step
    before's, the trigger still the plan's (`WISH`)."""
    step = NEXT_STEP_RE.search(text, day_end, trig)
    return step is not None and FACT_VERB_RE.search(text, step.end(), trig) is None


def _planned_list_item(text: str, idx: DocIndex, sent: Sentence, c_lo: int, trig: int) -> bool:
    """ "theo lịch trình dự kiến, ... sẽ chào xã giao ...; tham gia các buổi diễn tập ...;
    giao lưu thể thao": the plan word of the list's first item governs the items after
    its semicolons, unless one tells a fact of its own ("đã", "vừa") or a day; so does the plan
    a colon closes ("thống nhất phương hướng phối hợp năm 2026: tiếp tục tuần tra song phương")."""
    if c_lo <= sent.start or text[c_lo - 1] not in ";:" or not _wished(text, idx, sent.start, c_lo - 1):
        return False
    return FACT_VERB_RE.search(text, c_lo, trig) is None and not any(d.date.day for d in idx.dates_in(c_lo, trig))


def _scheduled_before(text: str, idx: DocIndex, c_lo: int, trig: int) -> bool:
    return any(_scheduled(text, idx, c_lo, w) for w in context_re("plan").finditer(text, c_lo, trig))


def _scheduled(text: str, idx: DocIndex, c_lo: int, wish: re.Match[str]) -> bool:
    """ "Từ 4 đến 9-5 tới sẽ diễn ra cuộc diễn tập X": an event whose days are fixed and
    told before "sẽ diễn ra" is news of a scheduled event, not a wish."""
    return SCHEDULED_AFTER_RE.match(text, wish.end()) is not None and any(
        d.date.day for d in idx.dates_in(c_lo, wish.start())
    )


def _formula(text: str, wish: re.Match[str]) -> bool:
    """ "mời" of "Nhận lời mời của X, đoàn ... thăm" or "Theo lời mời", "hướng tới" of "hướng tới
    kỷ niệm 50 năm ..." (`OCCASION_AHEAD`): a fact's formula, not an invitation still open nor a wish."""
    if OCCASION_AHEAD_RE.match(text, wish.start()) is not None:
        return True
    return wish.group().casefold() == "mời" and INVITATION_RE.search(text, max(0, wish.start() - 14), wish.start()) is not None


def _kind(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> Optional[_Kind]:
    """The event type a trigger opens, and whether it may open an event unnamed;
    None for a bare "thăm" of a place."""
    surface = m.group()
    folded = phrase_key(surface)
    trig = triggers()
    if folded == "thăm" and folded not in trig:
        return _bare_visit_kind(text, idx, sent, m)
    if folded in ship_arrival_triggers():
        if ARRIVAL_PLACE_RE.match(text, m.end()) and ship_re().search(text, sent.start, m.start()):
            return _Kind("PortCall", True, "Cập cảng", SHIP_ARRIVES)
        if CALL_AFTER_ARRIVAL_RE.match(text, m.end()):
            return _Kind("Meeting", True, "Chào", CALLS_ON)  # "Đại sứ X đã đến chào Đại tướng Y": a call
        return None
    if surface.casefold().startswith(("tiếp", "gặp")) and folded not in trig:
        return _Kind("Meeting", True, "Tiếp" if surface.casefold().startswith("tiếp") else "Gặp", RECEIVES)
    if folded in course_triggers():
        if joint_course(text, idx, sent, m):
            return _Kind("Exercise", True, "Khóa huấn luyện", JOINT_COURSE)
        told_on = _course_told_on(text, idx, sent, m)
        return _Kind("Exercise", True, "Khóa huấn luyện", told_on) if told_on is not None else None
    if folded in reception_triggers():  # (one marking no occasion was left out: `_idle_reception`)
        return _Kind("Meeting", True, "Chiêu đãi", OCCASION_RECEPTION)
    if folded in contingent_triggers():  # (told arriving: the others were left out, `_idle_troops`)
        # (guests coming to Vietnam: `resolve` gives the visit to Vietnam and their country)
        return _Kind("Visit", True, "Chuyến thăm", GUESTS_COME, also=(CONTINGENT_ARRIVES,))
    if folded == "đến chào" and folded not in trig:
        return _Kind("Meeting", True, "Chào", CALLS_ON)  # "Cùng ngày, đoàn đến chào Thượng tướng X"
    etype, creatable, display = trig[folded]
    if creatable:
        return _Kind(etype, creatable, display, TRIGGER)
    rule_name = _told_as_held(text, idx, sent, m, folded in verb_triggers())
    return _Kind(etype, rule_name is not None, display, rule_name or TRIGGER)


def _course_told_on(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> Optional[str]:
    """ "... Việt Nam và Nhật Bản bế giảng khóa huấn luyện ... Khóa học diễn ra từ ngày 16-6 ...": a course word
    opening the sentence right after one of its paragraph telling a joint course is that course told on (its
    days), not a domestic one (`COURSE_TOLD_ON`); a bare one with its verb of time right after it ("Khóa huấn luyện
    diễn ra từ ngày ...") is when any sentence before it on the page told a joint course (`COURSE_TOLD_ON_LATER`)."""
    i = idx.sentence_at(sent.start)
    if i == 0 or m.start() != sentence_head(text, sent):
        return None
    if "\n" not in text[idx.sentences[i - 1].end : sent.start] and _tells_joint_course(text, idx, idx.sentences[i - 1]):
        return COURSE_TOLD_ON
    if COURSE_BARE_TOLD_ON_RE.match(text, m.end(), sent.end) is None:
        return None
    return COURSE_TOLD_ON_LATER if any(_tells_joint_course(text, idx, idx.sentences[j]) for j in range(i)) else None


def _tells_joint_course(text: str, idx: DocIndex, sent: Sentence) -> bool:
    """A course word of the sentence told as a joint course (`joint_course`)."""
    return any(phrase_key(t.group()) in course_triggers() and joint_course(text, idx, sent, t)
               for t in trigger_re().finditer(text, sent.start, sent.end))


def joint_course(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """A training course told as run jointly with or for foreign partners: "chung" right after it, Việt Nam and
    a foreign country before it in its clause ("Việt Nam và Anh khai mạc khóa ..."), a partner co-running or
    funding it with a foreign country in its ';' item, or trainees or instructors from other countries
    ("học viên đến từ Lào, Campuchia", "32 học viên đến từ 9 quốc gia")."""
    if COURSE_JOINT_AFTER_RE.match(text, m.end(), sent.end) is not None:
        return True
    lo, hi = item_bounds(text, sent.start, sent.end, m.start(), m.end())
    before = {c.code for c in idx.countries_in(clause_start(text, m.start(), sent.start), m.start())}
    if VNM in before and len(before) > 1:
        return True
    foreign = [c for c in idx.countries_in(lo, hi) if c.code != VNM]
    if foreign and COURSE_PARTNER_CUE_RE.search(text, lo, hi) is not None:
        return True
    for cue in COURSE_TRAINEES_RE.finditer(text, lo, hi):
        if COURSE_COUNTRIES_COUNT_RE.match(text, cue.end(), hi) is not None or COURSE_COUNTRIES_COUNT_RE.search(cue.group()):
            return True  # "32 học viên đến từ 9 quốc gia", "Sĩ quan 9 nước"
        if any(cue.end() <= c.start <= cue.end() + 40 for c in foreign):
            return True
    return False


def _bare_visit_kind(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> Optional[_Kind]:
    """The bare verb "thăm": a ship's port call, a visit to a country or of foreign guests to a unit
    here, or none ("đoàn đã thăm Học viện": a stop of a visit, not an event)."""
    if _ship_visit(text, sent.start, m.start(), m.end(), sent.end):
        return _Kind("PortCall", True, "Thăm cảng", SHIP_VISITS, bare_visit=True)
    if visit_host(text, idx, m.end(), sent.end) is not None:
        # "đoàn ... do Thượng tướng X dẫn đầu thăm Nhật Bản": a visit to a country
        return _Kind("Visit", True, "Chuyến thăm", VISITS_COUNTRY)
    if visited_countries(text, idx, idx.sentence_at(sent.start), m.end()):
        return _Kind("Visit", True, "Chuyến thăm", VISITS_COUNTRY)  # "đi thăm các nước châu Âu: Nga, ..."
    if _foreign_guests_come(text, idx, sent, m):
        return _Kind("Visit", True, "Chuyến thăm", GUESTS_COME)
    if _goes_to_foreign_units(text, idx, sent, m):
        return _Kind("Visit", True, "Chuyến thăm", GOES_ABROAD)
    if foreign_troops_visited(text, idx, sent, m):
        return _Kind("Meeting", True, "Gặp mặt", TROOPS_VISITED)  # "thăm, tặng quà các khối quân nhân A, B"
    return _greeting_visit(text, idx, sent, m)


def _greeting_visit(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> Optional[_Kind]:
    """ "Nhân dịp Tết ... của nước bạn Lào, ngày 15/4, Đoàn công tác BĐBP tỉnh A đã thăm, chúc Tết lực lượng vũ trang
    ... (Lào)", "Bộ CHQS tỉnh B, nước CHDCND Lào do X làm trưởng đoàn, đã đến thăm và chúc mừng Bộ CHQS tỉnh C": a
    delegation's goodwill visit across the border, told by the greetings right after the verb and by a day or "đã"; a
    foreign delegation's to Vietnam, or a delegation from here to the units of the one foreign country named after it."""
    if GREETING_AFTER_RE.match(text, m.end(), sent.end) is None:
        return None
    invitation = invitation_opening(text, sent)
    occasion = OCCASION_OPENS_RE.match(text, invitation.end() if invitation else sentence_head(text, sent), m.start())
    lo = occasion.end() if occasion else invitation.end() if invitation else sent.start
    if GUEST_DELEGATION_RE.search(text, lo, m.start()) is None and DELEGATION_HEADED_RE.search(text, lo, m.start()) is None:
        return None
    if idx.first_date_in(lo, m.start()) is None and DONE_BEFORE_RE.search(text, lo, m.start()) is None and (
            idx.first_date_in(m.end(), sent.end) is None):  # "... sang thăm, chúc mừng ..., từ ngày 1 đến 3/12"
        return None
    before = {c.code for c in idx.countries_in(lo, m.start()) if c.code != VNM and not host_country_before(text, c.start)}
    abroad = {c.code for c in foreign_after(text, idx, sent, m.end()) or inviting_countries(text, idx, sent)}
    if len(before) == 1 and not abroad:
        return _Kind("Visit", True, "Chuyến thăm", GUESTS_COME, also=(GREETING_VISIT,))
    if not before and len(abroad) == 1:
        return _Kind("Visit", True, "Chuyến thăm", GOES_ABROAD, also=(GREETING_VISIT,))
    return None


def _told_as_held(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str], verb: bool) -> Optional[str]:
    """The rule by which a trigger that may not open an event alone is told as held here, if one
    does: a verb of fact before it ("vừa tổ chức đối thoại ... vào chiều 31/10"), a foreign co-host,
    and, for a verb trigger ("giao lưu"), a programme held, its subject holding it, an activity after
    it or a day it takes place on."""
    before = FACT_VERB_BEFORE_RE.search(text, max(sent.start, m.start() - 20), m.start()) is not None
    if not verb:
        if before:
            return HELD_BARE
        return CHAIRED_WITH_FOREIGN if _chaired_with_foreign_cohost(text, idx, sent, m) else None
    if before:
        return TRIGGER
    if VISITED_THEN_BEFORE_RE.search(text, max(sent.start, m.start() - 100), m.start()) is not None:
        return VISITED_AND_EXCHANGED
    if _activity_after(text, m.end(), sent.end):  # "dự chương trình giao lưu văn nghệ": what was done
        return ACTIVITY
    if PROGRAMME_HELD_BEFORE_RE.search(text, max(sent.start, m.start() - 24), m.start()) is not None:
        return PROGRAMME_HELD
    if HELD_BY_SUBJECT_RE.search(text, max(sent.start, m.start() - 24), m.start()) is not None:
        return HELD_BY_SUBJECT
    if _exchange_at_a_place(text, sent, m):
        return EXCHANGE_AT_PLACE
    return TAKES_PLACE_ON_DAY if _takes_place_on_a_day(text, sent, m) else None


def _exchange_at_a_place(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """ "Sĩ quan trẻ hải quân hai nước giao lưu tại Học viện Hải quân": people of the forces in the
    clause before the verb, a named place right after it, and no plan, aim or visit before it."""
    if EXCHANGE_AT_PLACE_AFTER_RE.match(text, m.end(), sent.end) is None:
        return False
    lo = clause_start(text, m.start(), sent.start)
    lo = max(lo, text.rfind(",", lo, m.start()) + 1)
    return EXCHANGE_ACTORS_BEFORE_RE.search(text, lo, m.start()) is not None and (
        EXCHANGE_AT_PLACE_NOT_AFTER_RE.search(text, lo, m.start()) is None
    )


def _takes_place_on_a_day(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """The trigger heads its sentence (after "Chương trình", "Buổi", "Cuộc" at most) and its
    first clause says it took place on a day: "Chương trình giao lưu ... diễn ra ngày 24/10"."""
    head = PROGRAMME_HEADS_SENTENCE_RE.match(text, sentence_head(text, sent), m.start())
    if head is None or head.end() != m.start():
        return False
    return TAKES_PLACE_ON_DAY_RE.search(text, m.end(), clause_end(text, m.end(), sent.end)) is not None


def _chaired_with_foreign_cohost(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """ "A và Bộ Tư lệnh ... (Hoa Kỳ) chủ trì hội thảo": chaired right before the trigger, with a
    foreign country named before it in the sentence (a domestic meeting's chair names none)."""
    if CHAIRED_BEFORE_RE.search(text, max(sent.start, m.start() - 20), m.start()) is None:
        return False
    return any(c.code != VNM for c in idx.countries_in(sent.start, m.start()))


def _foreign_guests_come(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """ "Sáng 10-1, Đoàn công tác Bộ CHQS tỉnh Hủa Phăn (Lào) ... đã sang thăm chúc Tết Bộ CHQS tỉnh
    Thanh Hóa": a foreign delegation coming, on a day, to a unit in Vietnam, with no other
    happening told in the clause (not "đến thăm, chào xã giao ...": that is the reception)."""
    if not COME_BEFORE_RE.search(text, max(sent.start, m.start() - 6), m.start()) and not STAYING_BEFORE_RE.search(
            text, max(sent.start, m.start() - 6), m.start()):
        return False
    if not GUEST_DELEGATION_RE.search(text, sent.start, m.start()):
        return False  # (not "Bộ trưởng ... Indonesia đã tới thăm gian trưng bày của Việt Nam" at an expo abroad)
    invitation = invitation_opening(text, sent)  # (the country of the body inviting is the host's)
    lo = invitation.end() if invitation else sent.start
    if not any(c.code != VNM and not host_country_before(text, c.start) for c in idx.countries_in(lo, m.start())):
        return False  # (not "Đại sứ Việt Nam tại Lào đã đến thăm ...")
    hi = clause_end(text, m.end(), sent.end)
    if idx.first_date_in(sent.start, m.start()) is None and not _stay_told_after(text, idx, m.end(), hi):
        return False
    foreign_after = any(c.code != VNM for c in idx.countries_in(m.end(), hi))  # (a unit here may be named as Vietnam's)
    joined = VISIT_AND_TALKS_AFTER_RE.match(text, m.end(), hi)  # "sang thăm và hội đàm với ...": both
    return trigger_re().search(text, joined.end() if joined else m.end(), hi) is None and not foreign_after


def _stay_told_after(text: str, idx: DocIndex, lo: int, hi: int) -> bool:
    """The days of a delegation's stay told after its verb ("sang thăm, làm việc tại tỉnh Lạng Sơn từ ngày 19 đến
    21/11"): a stretch of days in the clause (`GUESTS_COME`)."""
    return any(d.end_date is not None and d.date.day is not None for d in idx.dates_in(lo, hi))


def _goes_to_foreign_units(text: str, idx: DocIndex, sent: Sentence, m: re.Match[str]) -> bool:
    """ "Ngày 12/4, Đoàn công tác ... tỉnh Thừa Thiên Huế ... đến thăm, chúc Tết các đơn vị ... tỉnh Sê
    Kông và Salavan ... của nước CHDCND Lào": a delegation from here going, on a day, to the units
    of one foreign country -- the mirror of `_foreign_guests_come`."""
    if not COME_BEFORE_RE.search(text, max(sent.start, m.start() - 6), m.start()):
        return False
    if not GUEST_DELEGATION_RE.search(text, sent.start, m.start()) or idx.first_date_in(sent.start, m.start()) is None:
        return False
    if any(c.code != VNM for c in idx.countries_in(sent.start, m.start())):
        return False  # (a foreign delegation: `_foreign_guests_come`)
    abroad = {c.code for c in foreign_after(text, idx, sent, m.end())}
    return len(abroad) == 1


def _activity_after(text: str, end: int, hi: int) -> bool:
    """ "giao lưu bóng chuyền", "giao lưu văn nghệ với ...": the verb names what was done."""
    m = ACTIVITY_AFTER_RE.match(text, end, hi)
    return m is not None and context_re("activity").match(text, m.end(), hi) is not None


def _name(text: str, sent: Sentence, m: re.Match[str], etype: str) -> _Name:
    """The name after the trigger: its words, edition number and year. A trigger
    written with a capital inside a sentence ("đã tổ chức Diễn tập chung ...")
    opens a proper name, whatever the words after it."""
    hi = sent.end
    core, tail_end, year, ordinal = _label_tail(text, m.end(), hi, proper=text[m.start()].isupper())
    capitalised = _capitalised_inside(text, sent, m)
    rules: list[str] = []
    core, tail_end, ordinal, late_end = _edition(text, sent, m, (core, tail_end, ordinal), rules)
    if core and ordinal is None and year is None and text[m.start()].islower() and _credit_closing(text, core, tail_end, hi):
        core = ""
        rules.append(CREDIT_NOT_NAME)
    named = bool(core) and (any(is_capitalised(w) for w in core.split()) or ordinal is not None or year is not None)
    if etype not in NAMED_TYPES:
        return _Name(core, tail_end, year, ordinal, False, rules, late_end)
    if not named and capitalised and core:
        named = True
        rules.append(CAPITALISED)
    if not named:
        quoted = QUOTED_NAME_RE.match(text, m.end(), hi)
        if quoted:  # "triển lãm ảnh “Việt Nam - Lào: Sắt son một chiến hào”"
            core, tail_end, named = " ".join(quoted.group(0).split()), quoted.end(), True
            rules.append(QUOTED_NAME)
    if named and QUOTED_NAME not in rules and CAPITALISED not in rules:
        rules.append(NAMED)
    return _Name(core, tail_end, year, ordinal, named, rules, late_end)


def _edition(text: str, sent: Sentence, m: re.Match[str], told: tuple[str, int, Optional[int]],
             rules: list[str]) -> tuple[str, int, Optional[int], int]:
    """(name words, where they end, edition number, where a late edition ends) once the edition is read:
    the first word after the trigger, after a short name closing the name, or told by its number alone
    ("Lần giao lưu thứ 8", "lần đối thoại thứ hai": no name). Adds the rule that read it to `rules`."""
    core, tail_end, ordinal = told
    hi = sent.end
    first = TOKEN_RE.match(text, m.end(), hi) if core and ordinal is not None else None
    if first is not None and ORDINAL_RE.match(text, first.start(1), hi):
        rules.append(EDITION_FIRST)  # the edition is the first word after the trigger
    late_end = 0
    if ordinal is None:
        ordinal, late_end = _edition_after_short_name(text, tail_end, hi)
    if ordinal is None and EDITION_BEFORE_RE.search(text, max(sent.start, m.start() - 6), m.start()):
        ed = EDITION_AFTER_RE.match(text, m.end(), hi)
        if ed:
            ordinal, core, tail_end = ordinal_value(ed), "", ed.end()
            rules.append(EDITION_NUMBER)
    return core, tail_end, ordinal, late_end


def _edition_after_short_name(text: str, tail_end: int, hi: int) -> tuple[Optional[int], int]:
    """(edition number, where it ends) told after a short name closing the name ("Hội nghị chuyên đề
    An ninh hàng hải quốc tế (IMSS) lần thứ 4"), else (None, 0)."""
    late = ORDINAL_AFTER_ALIAS_RE.match(text, tail_end, hi)
    o = ORDINAL_RE.match(text, late.start(1), hi) if late else None
    return (ordinal_value(o), o.end()) if o else (None, 0)


_OPENERS = "“\"'(:-–—"


def _credit_closing(text: str, core: str, end: int, hi: int) -> bool:
    """Two or more words all in capitals, one with a Vietnamese mark, with nothing after
    them in the sentence, after a trigger in lower case: a photo credit ("buổi giao lưu
    THANH LỘC"), not an acronym ("LIMA", "COPE THUNDER") nor a headline in capitals
    ("Đối thoại QUỐC PHÒNG VIỆT-MỸ")."""
    words = core.split()
    if len(words) < 2 or not all(w.isupper() and len(w) > 1 for w in words if w not in "-–"):
        return False
    return any(ord(ch) > 127 for ch in core) and not text[end:hi].strip(" .\n")


def _capitalised_inside(text: str, sent: Sentence, m: re.Match[str]) -> bool:
    """A trigger written with a capital after the first words of its sentence (not
    after a quote or a colon, not in a line of capitals)."""
    head = sentence_head(text, sent)
    if m.start() - head < 3 or not text[m.start()].isupper() or not text[m.start() + 1 : m.start() + 2].islower():
        return False
    return not text[head : m.start()].rstrip().endswith(tuple(_OPENERS))


def _label_tail(text: str, pos: int, hi: int, proper: bool = False) -> tuple[str, int, Optional[int], Optional[int]]:
    """Name words after a trigger: (core, end, year, ordinal). After a capitalised trigger,
    a capitalised word that would end a name in prose goes on with it while every word
    so far is capitalised ("Hội nghị Trao đổi Quân y ...", "Hội nghị Tham mưu trưởng ...")."""
    words: list[str] = []
    end = pos
    year = ordinal = None
    while len(words) < 14:
        dash = DASH_RE.match(text, end, hi) if words else None
        if dash:
            if not _capital_after(text, dash.end(), hi):
                break
            words.append("-")
            end = dash.end()
            continue
        y = YEAR_RE.match(text, end, hi)
        if y:
            year, end = int(y.group(1)), y.end()
            break
        m = TOKEN_RE.match(text, end, hi)
        if not m or _glued_on(m, end, pos, words):
            break
        if words and NAME_TIME_PHRASE_RE.match(text, end, hi):
            break  # "Đối thoại Shangri-La năm nay do ...": the time told, no word of the name
        o = ORDINAL_RE.match(text, m.start(1), hi)
        if o:
            ordinal, year, end, name_after = _edition_in_label(text, o, words, hi, year)
            if not name_after:
                break
            continue  # "Hội nghị lần thứ 16 Nhóm chuyên gia ADMM+ về An ninh biển": the edition before the name
        word = m.group(1).casefold()
        if word == "và" and _and_inside_name(text, words, m.end(), hi):
            words.append(m.group(1))  # "Triển lãm Thiết bị Quốc phòng và An ninh Quốc tế 2025"
            end = m.end()
            continue
        if _word_ends_label(text, m, words, hi, proper):
            break
        words.append(m.group(1))
        end = m.end()
    while words and words[-1] == "-":
        words.pop()
    return " ".join(words), end, year, ordinal


def _glued_on(m: re.Match[str], end: int, pos: int, words: list[str]) -> bool:
    """Whether token `m` follows the name word before it with no space between (not after a
    dash): no word of its own, the name ends there."""
    return m.start(1) == end and end != pos and bool(words) and words[-1] != "-"


def _edition_in_label(text: str, o: re.Match[str], words: list[str], hi: int,
                      year: Optional[int]) -> tuple[Optional[int], Optional[int], int, bool]:
    """The edition `o` told among a trigger's name words, with a year after it: (ordinal, year,
    end, whether the name goes on after it: only an edition told first, before the name)."""
    ordinal, end = ordinal_value(o), o.end()
    y = YEAR_RE.match(text, end, hi)
    if y:
        year, end = int(y.group(1)), y.end()
    return ordinal, year, end, not (y or words or not _name_after_edition(text, end, hi))


def _capital_after(text: str, pos: int, hi: int) -> bool:
    """Whether a capitalised word follows at `pos`: a dash before it joins two parts of a
    name ("Đối thoại Shangri-La - ..."), before a lower-case word it ends the name."""
    nxt = TOKEN_RE.match(text, pos, hi)
    return bool(nxt and is_capitalised(nxt.group(1)))


def _word_ends_label(text: str, m: re.Match[str], words: list[str], hi: int, proper: bool) -> bool:
    """Whether name word `m` after a trigger starts the prose after the name: a stop word
    that ends a name there (`_ends_name`), or the first of a verb of two words."""
    word, pairs = m.group(1).casefold(), label_stop_pairs()
    if word in label_stops() and _ends_name(text, m, words, proper):
        return True
    # "Hội nghị ADMM-15 thông qua Tuyên bố chung": a verb of two words
    return bool(word in pairs and (nxt := TOKEN_RE.match(text, m.end(), hi)) and nxt.group(1).casefold() in pairs[word])


def _name_after_edition(text: str, pos: int, hi: int) -> bool:
    """A capitalised word right after an edition told first ("Hội nghị lần thứ 16 Nhóm chuyên
    gia ...", `EDITION_FIRST`): the event's name goes on after its number."""
    nxt = TOKEN_RE.match(text, pos, hi)
    return nxt is not None and nxt.start(1) > pos and is_capitalised(nxt.group(1)) and trigger_re().match(text, nxt.start(1)) is None


def _ends_name(text: str, m: re.Match[str], words: list[str], proper: bool) -> bool:
    """A stop word ends a name: "diễn ra" does, "diễn tập" may belong to it ("Hội nghị rút
    kinh nghiệm diễn tập"); after a capitalised trigger, a capitalised one goes on with a name
    all capitalised so far ("Hội nghị Trao đổi Quân y")."""
    if m.group(1).casefold() == "diễn" and text.startswith("tập", m.end() + 1):
        return False
    return not (proper and _title_word(m.group(1)) and all(is_capitalised(w) for w in words))


def _title_word(word: str) -> bool:
    """A capitalised word of running text ("Quốc", "An"), not a short name ("ADMM+", "SDD-14")."""
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


def _and_inside_name(text: str, words: list[str], pos: int, hi: int) -> bool:
    """ "và" joining two capitalised words of one name ("Quốc phòng và An ninh"), not two
    events ("Hội nghị ... và Triển lãm ...")."""
    nxt = TOKEN_RE.match(text, pos, hi)
    if not words or nxt is None or not _title_word(nxt.group(1)) or not _title_word(words[-1].capitalize()):
        return False  # (not "ADMM-18 và ADMM+": two short names, two events)
    if not any(is_capitalised(w) for w in words):
        return False
    return trigger_re().match(text, nxt.start(1)) is None


def _own_date(text: str, idx: DocIndex, sent: Sentence, mention: EventMention, c_hi: int, first: bool) -> None:
    """The date the text gives the mention: one introduced as its time after
    it in its clause, else the date heading the sentence -- for a named event
    told after another trigger ("Bên lề diễn tập, ngày 17/2, X tham dự Hội
    nghị ... lần thứ 4") only if it has no other -- and for an unnamed one
    also the time told in the clause before it ("Trước khi khai mạc, sáng 5/6,
    X và Y đã hội đàm")."""
    if mention.named and PREPARED_BEFORE_RE.search(text, max(sent.start, mention.start - 60), mention.start):
        _introduced_day(text, idx, sent, mention, c_hi)
        return  # "Sáng 1/12, ... gặp mặt báo chí, giới thiệu về Giao lưu X": the briefing's day, not X's
    if _closed_from(text, idx, sent, mention) or _date_cued_after(text, idx, sent, mention, c_hi) or _began_from(
            text, idx, sent, mention):
        return
    if _goal_of_a_departure(text, sent, mention):
        mention.rules.append(DEPARTURE_GOAL)
        return
    own = _after_departure(text, sentence_head(text, sent), mention)
    heading = _heading_date(text, idx, sent, mention, own, first)
    last = idx.last_date_in(own, mention.start)
    if _week_of_a_round_up(text, sent, heading or last):
        mention.rules.append(ROUND_UP_WEEK)
        return  # "Tuần qua (23 đến 29/3), ... Đối thoại X diễn ra ...; tàu Y thăm Z": each item has its own day
    if heading is not None:
        _dated_by_heading(text, idx, sent, mention, heading, first)
    elif last is not None and not is_stamp(text, last) and not is_page_stamp(text, last) and (dates_the_verb(text, last, mention.start)
                               or ((not mention.named or first) and is_time_of_clause(text, own, last))):
        mention.date = last
        mention.rules.append(DATE_CLAUSE)
        _ended_days_long(text, idx, sent, mention)
    elif (after_object := _day_after_its_object(text, idx, sent, mention, own)) is not None:
        mention.date = after_object
        mention.rules.append(DAY_AFTER_OBJECT)
    if mention.date is not None:
        _under_way_that_day(text, sent, mention)


_TRIP_WORD = "chuyến "  # opening a trigger ("chuyến thăm"): "nhân chuyến thăm" is read with it


def _day_after_its_object(text: str, idx: DocIndex, sent: Sentence, mention: EventMention,
                          own: int) -> Optional[DateMention]:
    """ "Tiếp đoàn X, chiều 6/10, Phó Chủ tịch Y nhận định ...": a meeting told by its verb opening
    the sentence, then its object (one title after it set off by a comma at most: "Gặp Đại tướng A,
    Tổng Tham mưu trưởng ..., sáng 4/9, B đề nghị"), takes the day set off by commas right after the
    object (`DAY_AFTER_OBJECT`); the subject after it receives (`event.subject-after-its-object`)."""
    if mention.start != own:
        return None
    opening = PARTICIPIAL_MEETING_RE.match(text, mention.start, sent.end)
    if opening is None:
        return None
    day = idx.first_date_in(opening.end(), min(sent.end, opening.end() + OBJECT_TITLE_REACH))
    if day is None or day.date.day is None or is_stamp(text, day):
        return None
    comma = text.rfind(",", opening.end() - 1, day.start)
    if comma < 0:
        return None  # (no comma set the day off)
    if text.count(",", opening.end(), comma) > 0 or text.count(";", opening.end(), day.start) > 0:
        return None  # more than the object's title before the day
    if DAY_AFTER_OBJECT_BEFORE_RE.fullmatch(text, comma + 1, day.start) is None:
        return None
    return day if DAY_AFTER_OBJECT_AFTER_RE.match(text, day.end, sent.end) is not None else None


def _under_way_that_day(text: str, sent: Sentence, mention: EventMention) -> None:
    """A dated stay, visit or conference told as under way on its date (begun before it, the
    guest welcomed, "đang diễn ra"): that date is some day of it, not its start."""
    trip = len(_TRIP_WORD) if text[mention.start : mention.start + len(_TRIP_WORD)].casefold() == _TRIP_WORD else 0
    if mention.etype in STAY_TYPES and ONGOING_BEFORE_RE.search(
        text, max(sent.start, mention.start - 20), mention.start + trip
    ):
        mention.ongoing = True  # "X tiếp Y đang thăm Việt Nam": the visit began before that day
        mention.rules.append(ONGOING)
    elif mention.etype == "Visit" and WELCOME_BEFORE_RE.search(text, sent.start, mention.start):
        mention.ongoing = True  # "Chiều 5/3, A chủ trì lễ đón B thăm chính thức Việt Nam": a day of the visit
        mention.rules.append(WELCOMED)
    elif mention.etype == "Conference" and UNDER_WAY_AFTER_RE.match(text, mention.end, sent.end):
        mention.ongoing = True  # "bên lề Hội nghị X đang diễn ra tại Y, A gặp B": some day of the conference
        mention.rules.append(CONFERENCE_UNDER_WAY)


_DAY_COUNT_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}


def _ended_days_long(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> bool:
    """ "hôm 4/12 ... kết thúc chuyến thăm hữu nghị trong 4 ngày" (`ENDED_DAYS`): a stay told as
    ended on its day, its length after it, ran from that many days before to that day."""
    if not ENDED_BEFORE_RE.search(text, max(sent.start, mention.start - 30), mention.start):
        return False
    length = STAY_LENGTH_AFTER_RE.match(text, mention.end, sent.end)
    last = idx.resolve(mention.date.date) if mention.date is not None and mention.date.end_date is None else None
    if length is None or last is None or not last.is_complete:
        return False
    mention.date = replace(mention.date, date=_first_of_days(last, length.group("n") or length.group("n2")), end_date=last)  # type: ignore[type-var]  # last is set only with a date
    mention.rules.append(ENDED_DAYS)
    return True


def _first_of_days(last: PartialDate, count: str) -> PartialDate:
    """The first of `count` days ("4", "ba") ending on the full day `last`."""
    n = _DAY_COUNT_WORDS.get(count.casefold()) or int(count)
    d = datetime.date(last.year, last.month, last.day) - datetime.timedelta(days=n - 1)  # type: ignore[arg-type]  # last is a full date
    return PartialDate(d.year, d.month, d.day)


def _began_from(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> bool:
    """ "X ngày 25/7 đã kết thúc chuyến thăm chính thức Việt Nam kéo dài ba ngày, bắt đầu từ
    23/7": a trip told as ended, with the day it began told after it, began that day."""
    if mention.named or not ENDED_BEFORE_RE.search(text, max(sent.start, mention.start - 30), mention.start):
        return False
    began = BEGAN_FROM_AFTER_RE.match(text, mention.end, sent.end)
    day = idx.first_date_in(began.end(), began.end() + 3) if began is not None else None
    if day is None:
        return False
    mention.date, mention.date_cued = day, True
    mention.rules.append(ENDED_BEGAN)
    return True


def _closed_from(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> bool:
    """ "Đối thoại X lần thứ 5, ... do Y tổ chức, đã bế mạc hôm Chủ nhật 31/5 ..., bắt đầu từ tối thứ
    Sáu 29/5", "Hội nghị X đã bế mạc chiều 12/9 sau ba ngày làm việc": a named event told as closed
    on a day, with the day it began or its days of work, ran from then to that day (`CLOSED_FROM`)."""
    end = max(mention.end, mention.name_end)
    closed = CLOSED_ON_DAY_AFTER_RE.match(text, end, sent.end) if mention.named else None
    last = idx.first_date_in(closed.end(), closed.end() + 3) if closed is not None else None
    if last is None or last.end_date is not None or idx.first_date_in(end, last.end) is not last:
        return False  # (no other day between the name and the closing: "X, khai mạc ngày 3/5, đã ...")
    day = idx.resolve(last.date)
    if day is None or not day.is_complete:
        return False
    began = BEGAN_ON_DAY_AFTER_RE.match(text, last.end, sent.end)
    first_day = idx.first_date_in(began.end(), began.end() + 3) if began is not None else None
    first = idx.resolve(first_day.date) if first_day is not None and first_day.end_date is None else None
    if first is None:
        length = DAYS_OF_WORK_RE.search(text, sent.start, sent.end)
        if length is None:
            return False
        first = _first_of_days(day, length.group("n"))
    if not first.is_complete or not date_le(first, day) or first == day:
        return False
    mention.date, mention.date_cued = replace(last, date=first, end_date=day), True
    mention.rules.append(CLOSED_FROM)
    return True


def _after_departure(text: str, own: int, mention: EventMention) -> int:
    """Where the sentence's own telling starts, past a departure clause opening it ("Rời cảng X
    ngày 8-5, sáng 11/5, tàu ... cập cảng Y": the 8th is the leaving's, the 11th the call's)."""
    found = DEPARTURE_OPENS_RE.match(text, own, mention.start)
    if found is None:
        return own
    mention.rules.append(DEPARTURE_DAY)
    return found.end()


def _goal_of_a_departure(text: str, sent: Sentence, mention: EventMention) -> bool:
    """ "Sáng 28-1, ... Tàu 17 ... đã xuất phát, bắt đầu hải trình tham gia ... diễn tập X": the
    mention is where a ship is leaving for (`DEPARTURE_GOAL`), so no day before it in its sentence is
    its own (a day cued after it, "diễn ra từ ngày ...", still is)."""
    found = DEPARTURE_GOAL_BEFORE_RE.search(text, max(sent.start, mention.start - 140), mention.start)
    return found is not None and ship_re().search(text, sent.start, found.start() + 1) is not None


def _introduced_day(text: str, idx: DocIndex, sent: Sentence, mention: EventMention, c_hi: int) -> None:
    """A named event introduced or prepared for (`PREPARED`) keeps only a day cued as its own after it
    ("họp báo giới thiệu Triển lãm X diễn ra từ ngày 5 đến 8/12"), not a day merely closing the sentence
    ("... tại gặp mặt báo chí giới thiệu Giao lưu X lần thứ hai, ngày 15-10.": the briefing's)."""
    rules = list(mention.rules)
    if _date_cued_after(text, idx, sent, mention, c_hi) and DATE_CUED in mention.rules and EDITION_DAY_CLOSES not in mention.rules:
        return
    mention.date, mention.date_cued, mention.rules = None, False, rules + [PREPARED]


def _date_cued_after(text: str, idx: DocIndex, sent: Sentence, mention: EventMention, c_hi: int) -> bool:
    """Dates the mention by a date introduced as its time after it ("diễn ra từ ngày ...");
    True if there is one."""
    lo = sent.start
    # "Kết thúc diễn tập, từ ngày 22 đến 24/2, tàu ... thăm": the time after it, not its own
    if not mention.named and AFTER_IT_RE.search(text, max(lo, mention.start - 12), mention.start) is not None:
        return False
    end = max(mention.end, mention.name_end)
    if idx.first_date_in(end, c_hi) is None:
        return False  # (no date after it in its clause: none to cue, whatever the reach)
    # a bare time of day after it is its time only when the sentence told none before it ("Sáng
    # 5/6, tàu X cập cảng Tiên Sa và sẽ rời cảng sáng 8/6": the 8th is the departure's)
    before = [d for d in idx.dates_in(lo, mention.start) if REPORT_DAY_AFTER_RE.match(text, d.end) is None]
    told_before = bool(before)
    day_before = any(d.date.day is not None and not is_stamp(text, d) and not is_page_stamp(text, d) for d in before)
    near = _past_the_purpose(text, mention, end, c_hi) + CUED_REACH
    reach = min(c_hi, near + (ORGANISERS_REACH if mention.named else 0))
    cued = next((d for d in idx.dates_in(end, reach)
                 if _cues_its_day(text, mention, (lo, end, near), told_before, d, day_before)), None)
    if cued is None:
        return False
    _take_cued_day(text, mention, cued, end, near)
    return True


def _take_cued_day(text: str, mention: EventMention, cued: DateMention, end: int, near: int) -> None:
    """Dates the mention by the date `cued` after it (its name ending at `end`), recording how
    it was told: past the purpose or the organisers, in brackets, described; a named event
    with no year of its own takes the date's."""
    if cued.start >= near:
        mention.rules.append(ORGANISERS_DAY)
    elif cued.start >= end + CUED_REACH:
        mention.rules.append(VISIT_PURPOSE_DAYS)
    mention.date, mention.date_cued = cued, True
    mention.rules.append(DATE_TOLD_AFTER if _time_told_after(text, cued) else DATE_CUED)
    if mention.named and EDITION_DAY_CLOSING_RE.fullmatch(text, end, cued.start) and _day_after_edition(text, end, cued):
        mention.rules.append(EDITION_DAY_CLOSES)
    if mention.etype == "Visit" and GUEST_PAREN_DATE_RE.fullmatch(text, end, cued.start):
        mention.rules.append(GUEST_DAY_IN_BRACKETS)
    if not mention.named and _described_day(text, end, cued):
        mention.rules.append(DESCRIBED_DAY)
    if mention.year is None and mention.named and cued.date.year and cued.start - mention.end < 25:
        mention.year = cued.date.year


def _described_day(text: str, end: int, d: DateMention) -> bool:
    """ "cuộc diễn tập trên biển đa phương hôm 23/5": a day right after a few lower-case words
    describing the happening (`DESCRIBED_DAY`)."""
    return DESCRIBED_NOUN_DAY_RE.fullmatch(text, end, d.start) is not None and text[end : d.start].islower()


def _past_the_purpose(text: str, mention: EventMention, end: int, c_hi: int) -> int:
    """Where the reach for a visit's days starts: past the purpose told right after its trigger
    ("sang thăm chính thức và tham dự Lễ kỷ niệm ... Việt Nam, từ ngày 31/8-6/9": the days close the
    purpose, a long one too, `VISIT_PURPOSE_DAYS`), else at the mention's end."""
    if mention.etype != "Visit" or mention.named:
        return end
    purpose = VISIT_PURPOSE_DAYS_RE.match(text, end, c_hi)
    return end if purpose is None else purpose.end()


def _guests_day(text: str, idx: DocIndex, sent: Sentence, trig: int) -> Optional[DateMention]:
    """The first date before guests' coming in its sentence, not one inside the brackets of an
    anniversary its occasion marks ("Nhân dịp kỷ niệm 135 năm Ngày sinh ... (19/5/1890 - 19/5/2025),
    Đoàn ... đã sang thăm": the years counted, `ANNIVERSARY_BRACKET_BEFORE_RE`)."""
    return next((d for d in idx.dates_in(sent.start, trig)
                 if not ANNIVERSARY_BRACKET_BEFORE_RE.search(text, max(sent.start, d.start - 220), d.start)), None)


def _cues_its_day(text: str, mention: EventMention, span: tuple[int, int, int], told_before: bool,
                  d: DateMention, day_before: bool = False) -> bool:
    """Whether date `d` after the mention is told as its time; `span` is (sentence start, mention
    end, end of the near reach). Past the near reach only a long organisers' clause leads to it.
    `day_before`: the sentence told a day before the mention (a bare year after unnamed talks or a meeting
    is then the period talked about, `YEAR_TALKED_ABOUT`: "Sáng 24/11, hai đoàn hội đàm, thông báo tình hình
    ... trong năm 2025"; not after a drill or a visit: "cuộc diễn tập ... trong năm 2025" may be its time)."""
    lo, end, near = span
    if _time_of_another(text, mention, (lo, end), d, day_before):
        return False
    if d.start >= near:
        return ORGANISERS_THEN_DAY_RE.fullmatch(text, end, d.start) is not None
    if (DATE_CUE_RE.search(text, max(lo, d.start - CUE_WINDOW), d.start)
            or PAREN_DATE_RE.fullmatch(text, end, d.start)
            or PLACE_THEN_DAY_RE.fullmatch(text, end, d.start)
            or (not mention.named and (NOUN_DAY_RE.fullmatch(text, end, d.start) or _described_day(text, end, d)))
            or (mention.named and (SHORT_NAME_DAY_RE.fullmatch(text, end, d.start) or _day_after_edition(text, end, d)))
            or (mention.etype == "Visit" and GUEST_PAREN_DATE_RE.fullmatch(text, end, d.start))):
        return True
    if _month_right_after(text, end, d):
        mention.rules.append(MONTH_RIGHT_AFTER)  # recorded only when no cue before it told the day
        return True
    return not told_before and _time_told_after(text, d)


def _time_of_another(text: str, mention: EventMention, span: tuple[int, int], d: DateMention, day_before: bool) -> bool:
    """For `_cues_its_day`: whether date `d` after the mention is told as the time of something else (another
    time word, a year a practice runs from, the period talked about, the years of an anniversary, a festival's
    days, the delegation's programme, the report's day); `span` is (sentence start, mention end)."""
    lo, end = span
    if OTHER_TIME_RE.search(text, end, d.start) or since_year(text, lo, d):
        return True
    if (day_before and not mention.named and mention.etype in ("Talks", "Meeting", "Dialogue")
            and d.date.month is None and d.end_date is None):
        mention.rules.append(YEAR_TALKED_ABOUT)
        return True
    if ANNIVERSARY_BRACKET_BEFORE_RE.search(text, max(lo, d.start - 220), d.start):
        return True  # "chiêu đãi kỷ niệm 50 năm Quốc khánh nước X (2-12-1975 / 2-12-2025)": the years counted
    if HOLIDAY_BRACKET_BEFORE_RE.search(text, max(lo, d.start - 220), d.start):
        return True  # "chào mừng Tết cổ truyền Bunpimay ... (diễn ra từ ngày 14-16/4)": the festival's days
    if PROGRAMME_BEFORE_DAY_RE.search(text, end, d.start):
        return True  # "dự hội nghị và các hoạt động liên quan từ ngày 25-26/3": the delegation's programme
    if REPORTED_DAY_BEFORE_RE.search(text, max(end, d.start - 70), d.start):
        mention.rules.append(REPORT_DAY)
        return True  # "... vừa đến TP HCM, Hải quân X cho biết hôm 2/12": the report's day
    return False

def _month_right_after(text: str, end: int, d: DateMention) -> bool:
    """ "sau khi Thủ tướng X thăm chính thức Việt Nam tháng 2, ...": a month with no day written right
    after the mention (which ends at `end`), nothing between, is its time (`MONTH_RIGHT_AFTER`)."""
    return d.date.day is None and d.date.month is not None and d.end_date is None and not text[end : d.start].strip()


def _day_after_edition(text: str, end: int, d: DateMention) -> bool:
    """ "Hội nghị ... (ADMM+) lần thứ 11 ngày hôm sau": a day right after the edition that ends
    a name is its day (a document's number ends none: "Nghị quyết số 806 ngày ...")."""
    closing = EDITION_DAY_CLOSING_RE.fullmatch(text, end, d.start) is not None and DATE_CLOSES_SENTENCE_RE.match(
        text, d.end) is not None  # "... lần thứ hai, ngày 12-14/11."
    return ((EDITION_DAY_RE.fullmatch(text, end, d.start) is not None or closing)
            and EDITION_END_RE.search(text, max(0, end - 16), end) is not None)


def _practice_since(text: str, idx: DocIndex, sent: Sentence) -> bool:
    """A sentence opened by the year a practice runs from ("Kể từ năm 2024, hoạt động tuần tra
    chung ... sẽ được tổ chức mỗi quý một lần"): a way of doing things, no happening."""
    own = sentence_head(text, sent)
    first = idx.first_date_in(own, min(sent.end, own + 20))
    return first is not None and since_year(text, sent.start, first)


def _time_told_after(text: str, d: DateMention) -> bool:
    """A day after the mention told as a time of day ("cập bến ... ở TP HCM chiều 22/9") or as
    just past ("ngày 9-5 vừa qua"), with no cue verb before it: still the clause's time."""
    if d.date.day is None:
        return False
    # (a day told against the page's, the time of day its own first word: "hội đàm ... chiều qua")
    led = TIME_OF_DAY_BEFORE_RE.search(text, max(0, d.start - 20), d.start) or DEICTIC_TIME_OF_DAY_RE.fullmatch(
        text, d.start, d.end)
    if (led is not None and text[max(0, led.start() - 2) : led.start()].strip() in (",", ";")
            and DATE_CLOSES_SENTENCE_RE.match(text, d.end) is None):
        return False  # "Trong khuôn khổ chuyến thăm ..., chiều 16-1, X hội kiến Y": the next clause's time
    # (one closing the sentence is still its time: "cập cảng Cam Ranh, tỉnh Khánh Hòa, hôm 15/8.")
    if led is None and COMMA_DAY_BEFORE_RE.search(text, max(0, d.start - 12), d.start):
        return DATE_CLOSES_SENTENCE_RE.match(text, d.end) is not None  # a caption's "..., ngày 5/2."
    return led is not None or JUST_PAST_AFTER_RE.match(text, d.end) is not None


def since_year(text: str, lo: int, d: DateMention) -> bool:
    """ "cơ chế được duy trì từ năm 2012": a bare year after "từ", the year something began."""
    return d.date.month is None and d.end_date is None and SINCE_BEFORE_RE.search(text, max(lo, d.start - 16), d.start) is not None


def _week_of_a_round_up(text: str, sent: Sentence, d: Optional[DateMention]) -> bool:
    """Whether `d` is the stretch of days a round-up's lead sums up ("Tuần qua (23 đến 29/3), ...")."""
    return d is not None and d.end_date is not None and WEEK_OF_ROUND_UP_RE.search(
        text, max(sent.start, d.start - 30), d.start) is not None


def _heading_date(
    text: str, idx: DocIndex, sent: Sentence, mention: EventMention, own: int, first: bool
) -> Optional[DateMention]:
    """The date heading the mention's clause or sentence, unless it is a page's stamp or
    the mention is named as a trip's purpose."""
    heading = _clause_heading(text, idx, sent, mention.start, own) or idx.first_date_in(own, min(mention.start, own + 30))
    if heading is None:
        heading = _date_after_formula(text, idx, sent, mention, own)
    elif _inside_formula(text, sent, own, heading) and (after := _date_after_formula(text, idx, sent, mention, own)):
        heading = after  # "Thực hiện kế hoạch hợp tác năm 2024 giữa A và B, ngày 19/6, ...": the plan's year, then the day
        mention.rules.append(YEAR_OF_FORMULA)
    if heading is not None and is_page_stamp(text, heading):
        heading = _dateline_after_stamp(text, idx, sent, mention, heading)
        if heading is not None:
            mention.rules.append(DATELINE_AFTER_STAMP)
    if heading is not None and (is_stamp(text, heading) or is_page_stamp(text, heading)):
        return None  # "31/05/2016 02:48Nữ thuyền trưởng ... cập cảng", " date 2025-11-11 X tiếp Y": the page's stamp glued to its title
    if heading is not None and mention.named and not first and PURPOSE_BEFORE_RE.search(
        text, max(sent.start, mention.start - 16), mention.start
    ) and not CALL_THEN_ATTENDS_RE.search(text, max(sent.start, heading.end), mention.start):
        mention.rules.append(PURPOSE)
        return None  # "Chiều 7/12, ... đón đoàn ... sang thăm Việt Nam và dự Triển lãm X": its purpose, not its day
    return heading


def _dateline_after_stamp(text: str, idx: DocIndex, sent: Sentence, mention: EventMention,
                          stamp: DateMention) -> Optional[DateMention]:
    """ " date 2025-08-26 Ngày 26/8, ... đã chào xã giao A và đồng chủ trì Hội nghị song phương": the
    page's stored date, then the dateline opening the sentence's own words (`DATELINE_AFTER_STAMP`)."""
    d = idx.first_date_in(stamp.end, min(mention.start, stamp.end + HEAD_WINDOW))
    if d is None or d.date.day is None or STAMP_THEN_DATELINE_RE.fullmatch(text, stamp.end, d.start) is None:
        return None
    return d


def _opening_formula(text: str, sent: Sentence, own: int) -> Optional[re.Match[str]]:
    """The formula opening the sentence at `own` ("Thực hiện thỏa thuận ...,", "Trong khuôn khổ chương trình ..."), if any."""
    return FORMULA_OPENS_RE.match(text, own, sent.end) or PROGRAMME_OPENS_RE.match(text, own, sent.end)


def _inside_formula(text: str, sent: Sentence, own: int, d: DateMention) -> bool:
    """A date inside the opening formula of its sentence ("Thực hiện kế hoạch hợp tác năm 2024 giữa ...,")."""
    formula = _opening_formula(text, sent, own)
    return formula is not None and d.end <= formula.end()


def _date_after_formula(text: str, idx: DocIndex, sent: Sentence, mention: EventMention, own: int) -> Optional[DateMention]:
    """ "Thực hiện thỏa thuận giữa hai nước, ngày 27/9 tại Canberra, A đã cùng B đồng chủ trì
    Đối thoại ...": the date right after an opening formula heads the sentence (not for a
    mention inside the formula: "Trong khuôn khổ chuyến thăm X, sáng 16/5, ..." is the day of
    what follows)."""
    formula = _opening_formula(text, sent, own)
    topic = TOPIC_OPENS_RE.match(text, own, sent.end) if formula is None else None
    formula = formula or topic
    if formula is None or mention.start < formula.end():
        return None
    d = idx.first_date_in(formula.end(), min(mention.start, formula.end() + 12))
    if d is not None:
        mention.rules.append(DATE_AFTER_TOPIC if topic is not None else DATE_AFTER_FORMULA)
    return d


def _dated_by_heading(text: str, idx: DocIndex, sent: Sentence, mention: EventMention, heading: DateMention,
                      first: bool) -> None:
    mention.date, mention.date_weak = heading, mention.named and not first
    mention.rules.append(DATE_HEAD)
    if not mention.named and _ended_days_long(text, idx, sent, mention):
        return  # "Ngày 2/3, đoàn đã kết thúc chuyến thăm ... kéo dài ba ngày": from 28/2 to 2/3
    if ENDED_BEFORE_RE.search(text, max(sent.start, mention.start - 30), mention.start):
        # "Sáng 15-4, ... kết thúc chuyến tuần tra chung lần thứ 47": its last day, no start;
        # "Chiều 25/11, biên đội ... hoàn thành xuất sắc nhiệm vụ tuần tra liên hợp": dated elsewhere
        mention.date_weak = True
        if not mention.named:
            mention.date = None
        mention.rules.append(ENDED)


def _wire_date(idx: DocIndex, sent: Sentence, own: int, mention: EventMention) -> Optional[DateMention]:
    """ "TOKYO, 5/9/2024 (TTXVN) - X đã đồng chủ trì Đối thoại ...": with no date of its own
    words, a sentence told as done under an agency dateline happened on the dateline's day."""
    if own <= sent.start or idx.first_date_in(own, mention.start) is not None:
        return None
    formula = FORMULA_OPENS_RE.match(idx.doc.text, own, sent.end)
    if formula is not None and mention.start < formula.end():
        return None  # "Hà Nội, 12/4 (TTXVN) - Trong khuôn khổ chuyến thăm ..., sáng nay, ...": the visit's frame, begun before
    found = idx.first_date_in(sent.start, own)
    if found is not None:
        mention.rules.append(DATE_WIRE)
    return found


def _clause_heading(text: str, idx: DocIndex, sent: Sentence, trig: int, own: int) -> Optional[DateMention]:
    """ "Tháng 5/2025, A thăm Việt Nam; tháng 8/2025, Đối thoại ... diễn ra": a clause after
    ';' that opens with its own date is dated by it, not by the sentence's."""
    lo = clause_start(text, trig, sent.start)
    if lo <= own:
        return None
    lo += len(text[lo:trig]) - len(text[lo:trig].lstrip())
    return idx.first_date_in(lo, min(trig, lo + HEAD_WINDOW))


def _too_late(text: str, idx: DocIndex, sent: Sentence, mention: EventMention, kind: _Kind) -> Optional[str]:
    """A plan ("Đối thoại ... lần thứ 12 dự kiến sẽ được tổ chức vào năm 2026";
    an edition announced for its days, "sẽ diễn ra từ ngày 19 - 22/12/2024", is
    news), or a ship's bare visit with no date."""
    if mention.named and _named_edition_planned(text, sent, mention):
        return PLANNED
    if mention.etype == "Meeting" and not mention.named and _many_unnamed_counterparts(text, idx, sent, mention):
        return UNNAMED_COUNTERPARTS
    if _back_home(text, sent, mention):
        return BACK_HOME  # "tàu CSB 8001 đã cập cảng Hải đội 301, kết thúc tốt đẹp chuyến thăm ... Indonesia"
    if mention.etype == "PortCall" and mention.date is None and _voyage_begun(text, idx, sent, mention):
        mention.rules.append(VOYAGE_BEGUN)
        return None
    if mention.etype == "PortCall" and mention.date is None and _docked_abroad(text, idx, sent, mention):
        mention.rules.append(SHIP_DOCKED_ABROAD)
        return None
    if kind.bare_visit and mention.date is None:
        if _voyage_told(text, idx, sent, mention):
            mention.rules.append(SHIP_VOYAGE)
            return None
        return UNDATED_SHIP_VISIT  # a ship's visit is news when dated ("Từ ngày 19 đến 22/9, tàu X đã thăm ...")
    return None


def _named_edition_planned(text: str, sent: Sentence, mention: EventMention) -> bool:
    """A named edition told as planned after its name, with no day of its own, or dated by a month
    still to come ("Hội nghị ADMM+ lần thứ 7 được tổ chức ... vào tháng 12 tới")."""
    date = mention.date
    if PLAN_AFTER_RE.match(text, mention.end, sent.end) and (date is None or not date.date.day):
        return True
    return bool(mention.date_cued and date is not None and not date.date.day
                and UPCOMING_AFTER_RE.match(text, date.end))


def _many_unnamed_counterparts(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> bool:
    """ "gặp gỡ, tiếp xúc với đại diện ... nhiều nước": the clause ends on a count of
    countries, none of them named."""
    vague = MANY_COUNTERPARTS_AFTER_RE.match(text, mention.trig_end, sent.end)
    return vague is not None and not idx.countries_in(mention.trig_end, vague.end())


MANY_COUNTERPARTS_AFTER_RE = PATTERNS["many-counterparts-after"]
FACT_VERB_RE = PATTERNS["fact-verb-in-item"]
NEXT_STEP_RE = PATTERNS["next-step-after-day"]
PROGRAMME_CARRIED_OUT_RE = PATTERNS["programme-carried-out"]
TIME_OF_DAY_BEFORE_RE = PATTERNS["date-time-of-day-before"]
DEICTIC_TIME_OF_DAY_RE = PATTERNS["deictic-time-of-day"]
REPORT_DAY_AFTER_RE = PATTERNS["report-day-after"]
REPORTED_DAY_BEFORE_RE = PATTERNS["reported-day-before"]
VISIT_AND_TALKS_AFTER_RE = PATTERNS["visit-and-talks-after"]
JUST_PAST_AFTER_RE = PATTERNS["date-just-past-after"]
DATE_CLOSES_SENTENCE_RE = PATTERNS["date-closes-sentence"]
COMMA_DAY_BEFORE_RE = PATTERNS["date-comma-day-before"]
OBJECT_TITLE_REACH = 140  # how far past the object's comma its title and the day set off after it may run
DAY_AFTER_OBJECT_BEFORE_RE = PATTERNS["day-after-the-object-before"]
DAY_AFTER_OBJECT_AFTER_RE = PATTERNS["day-after-the-object-after"]
PURPOSE_BEFORE_RE = PATTERNS["purpose-before"]
CALL_THEN_ATTENDS_RE = PATTERNS["call-then-attends-before"]
PLACE_THEN_DAY_RE = PATTERNS["place-then-day"]
VISITED_THEN_BEFORE_RE = PATTERNS["visited-then-before"]
PREPARED_BEFORE_RE = PATTERNS["prepared-before"]
DESCRIBED_AFTER_RE = PATTERNS["described-after"]
VISIT_FRAME_OPENS_RE = PATTERNS["visit-frame-opens"]
WEEK_OF_ROUND_UP_RE = PATTERNS["week-of-round-up-before"]
VISIT_PURPOSE_DAYS_RE = PATTERNS["visit-purpose-then-days"]
COORDINATED_VISIT_RE = PATTERNS["visit-then-purpose"]
SHORT_NAME_BEFORE_RE = PATTERNS["short-name-before"]
CO_CHAIRED_RE = PATTERNS["co-chaired"]
INFORMAL_AFTER_RE = PATTERNS["informal-after"]
GROUP_OF_ASEAN_BEFORE_RE = PATTERNS["group-of-asean-before"]
GROUP_OF_ASEAN_AFTER_RE = PATTERNS["group-of-asean-after"]
OCCASION_WORDS_RE = PATTERNS["occasion-words"]
BACK_HOME_AFTER_RE = PATTERNS["back-home-after"]
DOCKED_RE = PATTERNS["docked"]
ENDED_BEFORE_RE = PATTERNS["ended-before"]
BEGAN_FROM_AFTER_RE = PATTERNS["began-from-after"]
STAY_LENGTH_AFTER_RE = PATTERNS["stay-length-after"]
CLOSED_ON_DAY_AFTER_RE = PATTERNS["closed-on-day-after"]
BEGAN_ON_DAY_AFTER_RE = PATTERNS["began-on-day-after"]
DAYS_OF_WORK_RE = PATTERNS["days-of-work"]
FACT_VERB_ANYWHERE_RE = PATTERNS["fact-verb-anywhere"]
VOYAGE_BEGUN_BEFORE_RE = PATTERNS["voyage-begun-before"]
DEPARTURE_GOAL_BEFORE_RE = PATTERNS["departure-goal-before"]
UPCOMING_AFTER_RE = PATTERNS["upcoming-after"]


def _back_home(text: str, sent: Sentence, mention: EventMention) -> bool:
    """A ship docking as its trip ends, and that trip told as ended in the same breath:
    "Ngày 2-9, tàu CSB 8001 đã cập cảng Hải đội 301, kết thúc tốt đẹp chuyến thăm ...". The
    day is the return home's; the visit is told with its own days elsewhere."""
    if mention.named or mention.etype not in ("PortCall", "Visit"):
        return False
    if mention.etype == "PortCall" and BACK_HOME_AFTER_RE.match(text, mention.trig_end, sent.end):
        return True
    ended = ENDED_BEFORE_RE.search(text, max(sent.start, mention.start - 30), mention.start)
    if ended is None or DOCKED_RE.search(text, sent.start, ended.start()) is None:
        return False
    # a ship's return, not a delegation's ("Đại tướng X ... đã về đến Hà Nội, kết thúc tốt đẹp
    # chuyến thăm chính thức Nhật Bản": the visit to Japan, ended that day)
    return ship_re().search(text, sent.start, ended.start()) is not None


def _voyage_begun(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> bool:
    """ "Sỹ quan và thủy thủ tàu 016 dự lễ chào cờ rời cảng bắt đầu chuyến thăm Liên bang Nga": a
    ship's visit to a foreign country, begun ("bắt đầu" right before it), undated."""
    if DEPARTURE_GOAL not in mention.rules and VOYAGE_BEGUN_BEFORE_RE.search(
            text, max(sent.start, mention.start - 12), mention.start) is None:
        return False  # (a ship leaving for it, "... đã rời Quân cảng Cam Ranh đi thăm xã giao X", sets out on it too)
    # (a goal names its host in its clause: "xuất phát đi thăm và làm việc với Lực lượng Bảo vệ bờ biển Philippines")
    reach = clause_end(text, mention.trig_end, sent.end) if DEPARTURE_GOAL in mention.rules else mention.trig_end + 16
    host = idx.countries_in(mention.trig_end, min(sent.end, reach))
    return bool(host) and host[0].code != VNM


def _docked_abroad(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> bool:
    """ "Sau khi kết thúc chuyến tuần tra chung, Tàu 263 đã cập cảng Sihanoukville, bắt đầu chuyến thăm ...": a
    Vietnamese ship docking at a foreign port, told as done ("đã"/"vừa" in its clause), undated."""
    if text[mention.start : mention.trig_end].casefold().split()[:1] not in (["cập"], ["ghé"]):
        return False
    lo = clause_start(text, mention.start, sent.start)
    if FACT_VERB_ANYWHERE_RE.search(text, lo, mention.start) is None or any(
            c.code != VNM for c in idx.countries_in(lo, mention.start)):
        return False  # (a foreign ship docking is `_navy_ship_docks`'s)
    port = idx.countries_in(mention.trig_end, min(sent.end, mention.trig_end + 24))
    return bool(port) and port[0].code != VNM


def _voyage_told(text: str, idx: DocIndex, sent: Sentence, mention: EventMention) -> bool:
    """ "chiến hạm 016 Quang Trung đã có chuyến hải trình lịch sử lần đầu tiên viếng thăm
    Liên bang Nga": a ship's visit to a foreign country told as done ("đã"), undated."""
    lo = clause_start(text, mention.start, sent.start)
    done = FACT_VERB_ANYWHERE_RE.search(text, lo, mention.start) is not None
    host = idx.countries_in(mention.trig_end, min(sent.end, mention.trig_end + 16))
    return done and bool(host) and host[0].code != VNM


def _named_details(text: str, idx: DocIndex, sent: Sentence, mention: EventMention, c_lo: int) -> None:
    """What a named mention says of its edition: a year in brackets after the
    number, the countries in its name, its short name, where it takes place,
    and who is said to take part ("Đoàn Ấn Độ tham dự Triển lãm ...")."""
    lo, hi = sent.start, sent.end
    if mention.year is None and mention.ordinal is not None:
        alias = ALIAS_YEAR_RE.match(text, mention.end, hi)
        if alias:
            mention.year, mention.year_written = int(alias.group(1)), True
    mention.countries = frozenset(c.code for c in idx.countries_in(mention.start, mention.end))
    ab = ACRONYM_AFTER_RE.match(text, mention.end, hi)
    if ab:
        mention.alias = norm_key(ab.group(1))  # "(ADMM-18)": the short name of this edition
    mention.host = host_of(text, idx, lo, hi, mention.start)
    if mention.host is None and mention.etype in ("Exhibition", "Exercise") and (shown := show_host(mention.core)):
        mention.host = shown  # "Triển lãm Hàng không Dubai 2025": held in the UAE; "tập trận RIMPAC": in the US
        mention.rules.append(SHOW_HOST)
    part = context_re("participation").search(text, c_lo, mention.start)
    if part:
        w_lo = max(c_lo, part.start() - 80)
        mention.participants_from = [
            c.code for c in idx.countries_in(w_lo, mention.start) if not host_country_before(text, c.start)
        ]


def _ship_visit(text: str, lo: int, t_start: int, t_end: int, hi: int) -> bool:
    """A visit made by a ship: a ship named before the trigger in its sentence
    ("tàu chỉ huy USS X cập cảng ..., bắt đầu chuyến thăm") or right after it
    ("chuyến thăm của USS X")."""
    if SHIP_OF_RE.match(text, t_end, hi):
        return True
    return ship_re().search(text, lo, t_start) is not None


def _ship_in_company(text: str, lo: int, t_start: int) -> bool:
    """The ship before the trigger comes with the person heading the clause ("Phó Đô đốc X,
    Tư lệnh ..., cùng tàu Y có chuyến thăm"): the visit is that person's."""
    ship = ship_re().search(text, lo, t_start)
    return (
        ship is not None
        and SHIP_COMPANION_BEFORE_RE.search(text, lo, ship.start()) is not None
        and person_head_re().match(text, lo, ship.start()) is not None
    )
