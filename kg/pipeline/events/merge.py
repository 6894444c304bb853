"""Event mentions merged into events: one `Event` per distinct happening.

A *named* mention ("Triển lãm Quốc phòng quốc tế Việt Nam 2024", "Đối thoại
chính sách quốc phòng Việt Nam - Italia lần thứ 5") is keyed by its name, so
the ten mentions of one exhibition make one Event. A bare mention ("Tại hội
nghị", "Kết thúc hội đàm") refers back to the latest event of its type,
unless it names a new counterpart or another day; an anonymous happening
(talks, visits, meetings) opens an event only when told as fact with a named
participant or a date. Each event keeps the readings it was merged from.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator, Optional

from kg.model import DateMention, Doc, Event, PartialDate, Reading, Sentence
from kg.pipeline.common import ORDINAL_WORDS, VNM, DocIndex, add_unique, fold_marks, norm_key
from kg.pipeline.events.lexicon import (
    AFTER_STAY_RE,
    AFTER_TOLD_RE,
    AT_BEFORE_RE,
    WELCOME_BEFORE_RE,
    ALIAS_PLACE_THEN_DAY_RE,
    ATTENDED_BEFORE_RE,
    BOTH_SIDES_RE,
    COUNTRY_TITLE_BEFORE_RE,
    MULTILATERAL_RE,
    OTHER_DAY_RE,
    BACK_REFERENCE_RE,
    BILATERAL_TYPES,
    DISPLAY,
    DURING_A_STAY_RE,
    MULTILATERAL_TYPES,
    NAMED_TYPES,
    PLANNED_RE,
    PRESUPPOSED_BEFORE_RE,
    SIDE_FRAME_OPENS_RE,
    TWO_COUNTRIES_AFTER_RE,
    TWO_COUNTRIES_WORD_RE,
    TWO_SIDES_BEFORE_RE,
    SAME_DAY_RE,
    NEXT_DAY_OPENS_RE,
    HELD_NEXT_DAY_AFTER_RE,
    DAYS_AFTER_OPENS_RE,
    DAY_BEFORE_OPENS_RE,
    PROGRAMME_DAY_OPENS_RE,
    SIDELINE_RE,
    SIDELINE_OPENS_RE,
    SIDELINE_BEFORE_RE,
    FIRST_DAY_BEFORE_RE,
    ALIAS_HELD_AFTER_RE,
    ALIAS_SAME_DAY_AFTER_RE,
    FORUM_SESSION_RE,
    NAME_EXTENDED_RE,
    NAME_RETREAT_RE,
    DELEGATIONS_ATTEND_RE,
    COUNTRIES_SEND_RE,
    EXHIBITORS_CUE_RE,
    ALIAS_SUBJECT_RE,
    STAY_TYPES,
    TOLD_BY_DAY,
    TWO_SIDED_TYPES,
    YEAR_IN_LABEL_RE,
    code_word_stops,
    name_fillers,
    series_bare_name_re,
    series_full_names,
    ship_re,
    trigger_type,
    trigger_words_re,
)
from kg.pipeline.events.call_ends import END_OF_CALL, ENDS_TOLD_AFTER, close_call, day_the_call_ended, ended_call
from kg.pipeline.events.mentions import (
    ACTIVITY, CAPITALISED, COURSE_TOLD_ON, COURSE_TOLD_ON_LATER, ENDED, FACT_VERB_RE, INFORMAL_ASEAN, JOINT_COURSE, ONGOING, PLANNED_LIST,
    PURPOSE, PREPARED, DEPARTURE_GOAL, SHIP_VOYAGE, VOYAGE_BEGUN, SHIP_DOCKED_ABROAD, WISH, since_year, HAPPENING, THIS_ONE, RECEIVES,
    NAME_ALONE,
    WELCOME_RE,
)
from kg.pipeline.events.resolve import (
    CALLS_ON, DOCKING_TRIGGER_RE, LEGS, PARTICIPIAL_MEETING_RE, RESULT_TOLD, SPLIT, SUBJECT_AFTER_OBJECT,
    exhibitor_countries, listed_members, may_open,
)
from kg.pipeline.mentions import EventMention
from kg.pipeline.patterns import named_patterns
from kg.pipeline.rules import drop, rule
from kg.pipeline.when import (
    article_dateline,
    clause_end,
    clause_start,
    date_le,
    dates_of,
    day_right_after,
    head_date,
    is_day_heading,
    is_page_stamp,
    is_stamp,
    last_told_day,
    paragraph_dateline,
    precision,
    opens_timeline_entry,
    sentence_head,
    title_sentence,
    within,
)

PATTERNS = named_patterns("lex_event_patterns.tsv")
DELEGATION_OPENS_CLAUSE_RE = PATTERNS["delegation-opens-clause"]
RECENT_OPENS_RE = PATTERNS["recent-opens"]
WEEK_ROUND_UP_RE = PATTERNS["week-round-up"]
BARE_DELEGATION_OPENS_RE = PATTERNS["bare-delegation-opens"]
OPENS_AFTER_RE = PATTERNS["opens-after"]
GLAD_TO_VISIT_BEFORE_RE = PATTERNS["glad-to-visit-before"]
PROGRAMME_ITEM_BEFORE_RE = PATTERNS["programme-item-before"]
DESCRIBED_BEFORE_RE = PATTERNS["described-as-before"]
REVIEW_MEETING_AFTER_RE = PATTERNS["review-meeting-after"]
EDITION_TAIL_RE = PATTERNS["edition-tail"]
ATTENDANCE_OPENS_BEFORE_RE = PATTERNS["attendance-opens-before"]
MANY_DELEGATES_AFTER_RE = PATTERNS["many-delegates-after"]
# the kinds a series' edition and its bare short name may be typed as, one for the other (a forum's "Đối thoại
# Quốc phòng Seoul" is a conference, "Đối thoại SDD" alone reads as a dialogue)
SERIES_KINDS = ("Dialogue", "Conference")
YEAR_WORD_RE = PATTERNS["year-word"]
CODE_WORD_RE = PATTERNS["code-word"]
JUST_HELD_RE = PATTERNS["just-held"]
DAYS_ROUND_UP_RE = PATTERNS["days-round-up"]
NARRATED_AT_PLACE_RE = PATTERNS["narrated-at-place"]
MEETING_OPENS_RE = PATTERNS["meeting-opens-paragraph"]
JOINT_WORD_RE = PATTERNS["joint-word"]
BILATERAL_WORD_RE = PATTERNS["bilateral-word"]
SERIES_LINK_RE = PATTERNS["series-link-opens"]
MEMBERS_TOLD_RE = PATTERNS["members-told"]
PATROL_RE = PATTERNS["patrol-trigger"]
MEETINGS_ANNOUNCED_RE = PATTERNS["meetings-announced"]
ANNOUNCED_LEAD_RE = PATTERNS["announced-meeting-lead"]
NAME_QUOTES = "\"“”‘’«»'"  # quote marks around a quoted name, of any style
# a word every alternative of `back-reference` holds: the cheap test before it (casefolded)
BACK_REFERENCE_WORDS = ("này", "đây", "dự", "đoàn", "cùng", "tham gia")
ANNOUNCED_SERIES_SPAN = 8  # sentences after the announcement its meetings may be told in
HEADLINE_AHEAD_RE = PATTERNS["headline-ahead"]
HEADLINE_VISIT_KIND_RE = PATTERNS["headline-visit-kind"]
HEADLINE_VISIT_WORDS = 20  # words of a headline telling a visit (a longer first line is a lead sentence)
PRESS_BRIEFING_RE = PATTERNS["press-briefing"]
EARLIER_BARE_OPENS_RE = PATTERNS["earlier-bare-opens"]
DATED_FLASHBACK_OPENS_RE = PATTERNS["dated-flashback-opens"]
LEAD_RECEIVES_RE = PATTERNS["lead-receives"]
ALIAS_PART_BEFORE_RE = PATTERNS["alias-part-before"]
ALSO_BEFORE_RE = PATTERNS["also-before"]

SAME_NAME = rule("event.same-name", "named like an event told before (one name's words contain the other's)")
NEW_NAMED = rule("event.new-named", "a name not told before: a new event")
PHASE_OF_NAMED = rule("event.part-of-named", "a bare mention of a type the article names: that event, or a phase of it")
AT_THE_TOLD_NEW_SIDE = rule("event.at-the-told-new-side", "'Tại cuộc gặp, trao đổi với lực lượng bảo vệ bờ biển X, ...' after a meeting with another foreign side only, no earlier one of its type with X: another meeting, not a telling of that one")
AT_THE_TOLD_SIDE = rule("event.at-the-told-with-its-side", "'Tại cuộc gặp với người đồng cấp Việt Nam, ...' after meetings with other sides: the latest one with the side it names")
SPLIT_COUNTERPART = rule("event.split-counterpart-is-new", "one of the meetings a list of counterparts is split into, its counterpart's country not among the earlier meeting's sides while its foreign host is: another meeting, not a telling of that one")
OTHER_HOST = rule("event.other-host", "a reception naming both sides, after one whose people are known on one side only (the title's 'Bí thư Tỉnh ủy A tiếp đoàn ...'), by other people on that side ('Chiều cùng ngày, Trung tướng C cũng đã tiếp Trung tướng X và đoàn'): another reception, not a telling of it")
EARLIER_THAT_DAY = rule("event.earlier-that-day", "'Trước đó, đồng chí Bí thư Tỉnh ủy đã tiếp xã giao đoàn' (no day of its own) retelling a reception dated by the page alone (the title's), after a happening told on the story's day: earlier that day")
WITH_ITS_PEOPLE = rule("event.back-to-the-one-with-its-people", "a telling naming someone of an earlier reception of the same day and none of the latest's ('Tiếp Bộ trưởng, Chủ tịch nước A đánh giá cao ...' after the calls on A and on B): that earlier reception")
HELD_ELSEWHERE_TOO = rule("event.held-elsewhere-too", "'Cùng ngày, tại TP. Hồ Chí Minh, Tổng Lãnh sự quán ... cũng tổ chức buổi gặp mặt kỷ niệm' after a reception told at another place (Hà Nội): 'cũng' and another place tell another happening of its type, not a telling of that one")
BACK_TO_LATEST = rule("event.refers-back", "a telling of an earlier event of its type: a compatible day, the same sides")
NEW_ANONYMOUS = rule("event.new-unnamed", "told as fact with a named participant or a date: a new event")
FRAMEWORK = rule("event.framework-of-the-told", "a named event told as the frame of what the paragraph tells ('Sự kiện nằm trong khuôn khổ Giao lưu ... lần thứ 2'): not dated by that paragraph's day")
HEADLINE_VISIT = rule("event.headline-visit", "a headline 'Bộ trưởng Bộ Quân đội Pháp thăm chính thức Việt Nam' telling an official or working visit by a foreign title alone, no visit told before: the visit of that title's country to Vietnam, undated unless the body dates it")
GUEST_VISIT_FRAMED = rule("event.guest-visit-framed", "'trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam của ngài Toàn quyền Australia' (the guest by title only), no visit told before: the visit to Vietnam of the one foreign country its guest names")
EXCHANGE_PRESUPPOSED = rule("event.exchange-presupposed", "'Tại chương trình giao lưu, A (Việt Nam) và B (a Chinese border unit) đã cùng nhau thi đấu ...' opening its sentence, no exchange told before: the exchange of Vietnam and the one foreign side of its sentence")
VISIT_PRESUPPOSED = rule("event.visit-presupposed", "a bare 'chuyến thăm' framing its sentence ('trong thời gian chuyến thăm, đoàn đã đến chào xã giao A, Chủ nhiệm ... Trung Quốc; hội đàm với B'), no visit nor port call told before it: the page's visit (a mid-article excerpt), between Vietnam, named on the page, and the one foreign country of its sentence")
UNDATED_PAGE = rule("event.undated-page-happening", "on a page that tells no day, a happening told as done by Vietnam and one foreign side in its sentence: the page's event, undated")
ONLY_SINCE_YEARS = rule("event.page-tells-only-since-years", "a page whose only dates are years a practice runs from ('Kể từ năm 2024, hoạt động tuần tra chung sẽ ... mỗi quý một lần') tells no day of its happening: undated for `event.undated-page-happening`")
TALKS_OF_THE_WELCOMED = rule("event.talks-of-the-welcomed", "'A chủ trì lễ đón Trung tướng B.' ... 'Tại hội đàm, hai bên ...' with no side told for the talks: Vietnam and the country of the foreign guest the latest welcome ceremony told before was held for")
TALKS_AFTER_WELCOME = rule("event.talks-after-welcome", "'Ngay sau lễ đón, hai bên đã tiến hành hội đàm' after a welcome ceremony told: talks of its two sides, Vietnam and the foreign country told")
SIDES_NAME = rule("event.named-by-its-sides", "a name that is only the two sides ('Đối thoại Việt Nam - Trung Quốc', 'tuần tra liên hợp Trung Quốc - Việt Nam') after an event of its type with those sides: that event, not another")
FORUM_CALLED_DIALOGUE = rule("event.forum-called-dialogue", "'... phát biểu tại Đối thoại.' with no dialogue told but a forum named 'Đối thoại ...' (Shangri-La, Seoul): that forum, no bilateral dialogue of its own")
TALKS_WORD_OF_DIALOGUE = rule("event.talks-word-of-dialogue", "'Sau hội đàm, ...' opening a sentence after a dialogue told, with no talks told: the dialogue, not talks of their own")
MEETING_WORD_OF_TALKS = rule("event.meeting-word-of-talks", "'Tại cuộc gặp, ...' after talks told, with no meeting told: the talks, not a meeting of its own")
MEETING_WORD_OF_EXCHANGE = rule("event.meeting-word-of-exchange", "'Tại buổi gặp mặt, ...' after a friendship exchange told, with no meeting nor talks told: the exchange's gathering, not a meeting of its own")
NAVY_SHIP_DOCKS = rule("event.navy-ship-docks", "a ship of a foreign navy docks ('Chiến hạm của Hải quân Hoa Kỳ cập Cảng Tiên Sa'), the first call told: a port call, dated or not")
NAMED_SHIP_DOCKS = rule("event.named-ship-docks", "a foreign ship named by its hull prefix docks ('tàu RSS X cập bến cảng Y'): a port call, dated or not")
TITLE_RETOLD = rule("event.title-retold", "the title's event, dated only by the page, told again with its own day (in the body, or later in the headline's sentence: 'Tiếp tục hành trình thăm ..., sáng 7/12, Tàu 015 ... cập cảng Kure'): that day")
CODE_NAME = rule("event.code-name", "a named event whose name ends in a foreign code name ('diễn tập gìn giữ hòa bình đa quốc gia Khaan Quest 2025'): that code name is its short name ('Khaan Quest 2025 khai mạc sáng 14/6')")
CLOSING_DAY = rule("event.closing-day-of-the-stretch", "an event told only at its closing on the last day of the stretch its type was told over ('Từ ngày 8-10/9, ... tổ chức diễn tập' then 'Phát biểu bế mạc chiều 10/9, ... diễn tập giúp ...'): the stretch's, not a day of its own")
FIRST_DAY_RETOLD = rule("event.first-day-retold", "the first day of an event's stretch told again alone ('Từ ngày 23/5 đến ngày 25/5, tàu ... có chuyến thăm' then 'Tàu ... vào Cảng Tiên Sa sáng 23/5'): the stretch stays")
FINER_DAY_KEPT = rule("event.finer-day-kept", "a year or month told later of an event its body already dated by a day inside it ('Sáng 15/3, ... tổ chức Hội nghị X', then 'Hội nghị X được tổ chức trong năm 2016 ...', 'Tại hội đàm, hai bên đánh giá trong năm 2025 ...'): the same happening told more vaguely, the day stays")
PRESS_BRIEFING_OF_CALL = rule("event.press-briefing-of-a-call", "a press briefing with no meeting told before it but a ship's port call ('Tiếp đó, đã có cuộc họp báo ngắn ...', 'Phát biểu tại buổi gặp mặt báo chí trên tàu, ...'): part of that call, not a meeting of its own")
PHASE_OF_SHORT_NAMED = rule("event.part-of-short-named", "'Hôm qua, ADMM-20 họp phiên toàn thể ...': a bare mention whose sentence tells, before it, a named event of its type by its short name is part of that event, not of the one named last")
THIS_VISIT_IS_THE_CALL = rule("event.this-visit-is-the-call", "'chuyến thăm lần này' with no visit told but a ship's port call ('tàu ... cập cảng Sài Gòn, bắt đầu chuyến thăm hữu nghị', then 'Chuyến thăm lần này là dấu mốc ...'): that call, not a visit of its own")
FINER_DAY = rule("event.finer-day-told", "an unnamed event dated by a year or month ('hội đàm thường niên năm 2023'), told again with a day inside it in its own sentence ('Ngày 24/10, ... đã hội đàm với ...'): that day")
COUNTERPART_BY_TITLE = rule("event.counterpart-by-title", "one of several meetings told as fact, its counterpart named by title and country only")
STAY_ELSEWHERE = rule("event.stay-elsewhere", "a visit under way between two other countries, told only as the occasion of a meeting")
VOYAGE_ELSEWHERE = rule("event.voyage-elsewhere", "a foreign ship told, with no day, as having visited another foreign country ('tàu HTMS X ... trước đó đã ghé thăm Malaysia và Brunei'): a stop of its voyage with no Vietnamese side, no event")
STOP_ON_ITS_WAY = rule("event.stop-on-its-way", "an undated call at a foreign port by a ship whose flag its sentence does not tell ('Trước khi đến Khánh Hòa, tàu đã ghé thăm cảng Surabaya (Indonesia)'), in a story of a foreign ship's call in Vietnam: a stop of that ship's voyage, no event and no side of its call")
OTHER_FLAG = rule("event.other-flag", "a ship of another foreign flag than the port call told before ('tàu ... USS X cập cảng Cam Ranh', then 'Tàu sân bay trực thăng Nhật vừa tới Cam Ranh'): another call")
OTHER_PARTNER = rule("event.other-partner", "a dated exercise or exchange with another foreign partner than the named one: its own event")
GUESTS_PROGRAMME = rule("event.programme-the-guest-is-glad-of", "attended or watched as what a guest is glad to make the trip for ('bày tỏ vui mừng được sang thăm X, dự lễ Y và chứng kiến buổi diễn tập Z'), with no day of its own: some day of the trip, the month of the day told before")
CAPTION_MONTH = rule("event.caption-month", "told in a photo caption with no day of its own: the month of the day told before")
HOST_TOLD_LATER = rule("event.host-told-later", "a named conference or exercise told again without its name, held 'tại ..., <country>' or in a country ('Hội nghị được tổ chức tại Singapore'): that country hosts it")
REFERS_TO_A_PLAN = rule("event.refers-to-a-plan", "a bare visit mention with no day of its own and no 'đã' / 'vừa' / 'đang' in its sentence, no event of its type told as held before it, but one told as planned ('X sẽ thăm chính thức Việt Nam từ ngày 28 đến 29/7', then 'Chuyến thăm của X nhằm ...'): that plan, not a happening")
NOTHING_TO_ATTACH = rule("event.nothing-to-attach", "a bare mention with no event to refer to and too little to open one")
OTHER_EDITION = rule("event.other-edition-number", "'Lần ... thứ 8' while the article's event is another edition")
ATTENDS = rule("event.attends-the-told", "'Cùng dự buổi tiếp', 'Tham dự cuộc gặp': someone at the happening of its type just told")
PARAGRAPH_DAY = rule("event.day-of-paragraph", "an event told as happening, undated, on the day heading its paragraph")
SIDES_TOLD_BEFORE = rule("event.sides-told-before", "'hai tàu đã luyện tập chung' with no day of its own: the day and the sides of the sentence before")
RETOLD_WITH_DAY = rule("event.retold-with-its-day", "a reception dated only by the dateline (a caption's 'A tiếp B.') told again by the same people with a day of its own: that day")
DAY_BEFORE_NAME = rule("event.day-told-before-its-name", "a bare mention with its own day and nothing before it ('Một hội thảo hôm 17/9 ...') dates the one named event of its type told after it, undated")
OTHER_YEAR_THAN_NAME = rule("event.other-year-than-its-name", "a day of a year before the one the event's name gives ('Giao lưu ... năm 2025', then 'lần thứ nhất được tổ chức năm 2015') dates no telling of it")
SAME_DAY = rule("event.same-day", "'cùng ngày': the day last told")
DAY_OF_THE_LEAD = rule("event.day-the-lead-gave", "'Trong ngày 12/6, Chủ tịch nước và Thủ tướng lần lượt tiếp X.', a flashback ('Trước đó một ngày, ...'), then 'Cùng ngày, Thủ tướng A tiếp X.': a reception of the lead's guest by a host whose office the lead names before its trigger is on the lead's day, not the flashback's")
YEAR_OF_ITS_DAY = rule("event.year-of-its-day", "'Sáng nay, A tổ chức hội đàm với B', then 'Tại hội đàm, hai bên đánh giá trong năm 2025 ...': a year or month told by a later telling that holds the day the event has is no finer date of it (the period reviewed), so the day stays")
BACK_FROM_A_DATED_FLASHBACK = rule("event.back-from-a-dated-flashback", "'Chiều 26/11, A tiếp X. ... Trước đó, chiều 25/11, B hội đàm với X. ... Về Biển Đông, A nêu rõ ... . Sáng cùng ngày, C tiếp X': a sentence after the dated flashback opens on a person of the happening told before it who has no part in the flashback's: the story came back, so 'cùng ngày' is that happening's day")
BACK_AT_THE_TOLD_DAY = rule("event.back-at-the-told-day", "'Sáng 14/4, A tiếp X. Chiều hôm trước, B hội đàm với X. Dự buổi tiếp có ... Chiều cùng ngày, ...': the story came back from the flashback to the happening of the day last written, so 'cùng ngày' is that day")
SAME_DAY_AS_RELATIVE = rule("event.same-day-after-a-relative-day", "'Sáng hôm sau, A hội đàm B. Chiều cùng ngày, ...': the day last told moved by the sentences opened with a relative day since ('hôm sau' +1, 'trước đó một ngày' -1)")
CAPTION_OF_THE_PAGE = rule("event.caption-of-the-page", "a named event told only by a caption of its own ('| Hội nghị song phương lần thứ nhất giữa A và B.'), no day of it told: the photo shows the page's news, dated as the page is (its month, else its year)")
UNDATED_PAGE_MONTH = rule("event.month-of-an-undated-page", "an unnamed happening told as taking place on a page whose text tells no date, only its stamp or stored date: the page's month")
DAYS_ROUND_UP = rule("event.day-of-the-days-round-up", "a happening told as held with no day anywhere, on a page whose lead presents "
                      "its items as the day's ('Tổng hợp một số hoạt động quốc phòng nổi bật trong ngày'): the page's day")
JUST_HELD = rule("event.just-held-page-month", "'Tại Hà Nội vừa diễn ra Đối thoại ...' with no day told anywhere, on a page stamped from the 8th of a month: held days before the page, in its month")
SAME_DAY_FOUND_LATER = rule("event.same-day-found-later", "'Chiều cùng ngày, A gặp B' right after a happening whose day is found only after the last mention (a meeting beside a named event dated later by its short name): that day")
DAY_OF_THE_TOLD = rule("event.day-of-the-happening-told", "'Kết thúc hội đàm, ...' after a talks told with its day: that day, not the last day the text named")
AFTER_THE_STAY = rule("event.after-the-stay", "'Sau chuyến thăm, tàu X đã luyện tập chung với ...': told with no day right after a port call or visit: some day after its last, its month")
AFTER_TOLD = rule("event.after-the-told", "'Sau hội đàm, ...', 'Kết thúc buổi tiếp, ...': the day of the happening just told")
MEETING_OF_THE_DAY = rule("event.meeting-opens-sentence", "'Tại cuộc gặp Bộ trưởng X, hai bên ...', 'Gặp Bộ trưởng X, "
                          "A đề nghị ...' with no day of its own: one of a day's meetings told one by one, on the day last told")
DAY_NARRATED = rule("event.day-narrated", "'Tại Nhà Quốc hội, X đã có cuộc hội kiến với Y' with no day of its own, in a story told day by day: the day last told")
CALL_SPOKEN_OF = rule("event.call-spoken-of", "a port call told again in a sentence whose subject is someone the call did not have ('Thuyền trưởng X cũng nhấn mạnh, việc ghé thăm cảng Cam Ranh là sự kiện quan trọng'): the speaker hosts no other call; the call told before")
UNDATED_PAGE_TWO = rule("event.two-countries-of-the-page", "on a page with no day, a happening its sentence gives to 'the two countries', naming neither ('chuyến tuần tra liên hợp lần này, Biên đội tàu Hải quân 2 nước đã tiến hành ...'): the page's two sides, Vietnam and the one foreign country it names")
DATELINE = rule("event.dateline", "dated by the date heading its paragraph or the article, or the first day of the lead")
WEEK_ROUND_UP_MONTH = rule("event.month-of-the-week-round-up", "a happening with no day of its own and none heading its paragraph, on a page whose lead presents its items as the week's ('Điểm lại một số hoạt động ... nổi bật trong tuần (từ 21-27/11)'): not the day of another item told first but some day of the week, its month")
RECENT_MONTH = rule("event.recent-undated", "told in a sentence opened by 'Mới đây,' / 'Gần đây,' / 'Cách đây không lâu,' with no day of its own: some recent day, not the dateline's: its month only")
STORED_PAGE_MONTH = rule("event.month-of-the-stored-page", "dated only by the date a page was stored with (' date 2025-11-10' opening the text), which the text itself never tells as the day of the happening: its month only")
STAY_DAY = rule("event.some-day-of-the-stay", "a call or talks with no day of their own ('Trong thời gian chuyến thăm, X đã chào xã giao A'), dated only by the days a visit told before runs over ('Từ ngày 25 đến ngày 28/6, X đã sang thăm Việt Nam'): some day of that stay, its month")
SIDE_MEETING_DAY = rule("event.some-day-of-the-forum", "a meeting or talks with no day of their own ('Bên lề hội nghị, A đã có các cuộc gặp song phương với B, C'), dated only by the days a forum or show told before runs over ('Từ ngày 21 đến 23-9 đã diễn ra Hội nghị X', 'từ ngày 23 đến 30-7, đoàn ... tham dự Triển lãm X'): some day of it, its month")
DURING_THE_VISIT = rule("event.some-day-of-the-visit", "a happening of another type with no day of its own ('Tại cuộc hội đàm với C, ...'), dated only by the lead whose day is another happening's during a visit under way ('Ngày 29/3, A tiếp B đang có chuyến thăm chính thức ...'): some day of the visit, its month")
ITEM_OF_THE_CALL = rule("event.call-in-the-frame-of-the-call", "a call or talks naming no one, with no day, after the stay's frame in its sentence ('trong khuôn khổ chuyến thăm, các thủy thủ Nga đã gặp gỡ đại diện chỉ huy ...'), a ship's port call the latest stay told: an item of that call's programme, no meeting of its own")
CALL_WITHIN_THE_VISIT = rule("event.call-within-the-visit", "a call or talks naming no one, in a clause headed by the visit's frame ('trong khuôn khổ chuyến thăm, đoàn cũng chào xã giao Chủ tịch nước'): held by the two sides of the visit told before, some day of it, its month")
FRAMED_BY_THE_VISIT = rule("event.framed-by-the-visit", "talks or a call with no day of their own, told 'trong khuôn khổ chuyến thăm' right after their object ('cuộc hội đàm giữa Bộ trưởng hai nước trong khuôn khổ chuyến thăm đã ...'): some day of the visit told before (its month, its year when it runs over two months), not the dateline's day")
CAME_TO_CALL = rule("event.came-to-call", "a call a guest comes to pay ('tiếp Đại tá X tới chào từ biệt ... và Đại tá Z tới chào nhân nhận nhiệm vụ'): the reason the guest came to the reception told before it in its sentence, that reception, whoever is named after it")
VISIT_OF_THE_WELCOMED = rule("event.visit-of-the-welcomed", "a bare visit ('chuyến thăm có ý nghĩa quan trọng'), no visit told before, after a welcome ceremony held for a foreign guest ('Sáng 8/6, A chủ trì lễ đón Bộ trưởng B'): B's visit to Vietnam, some day of it, its month")
MONTH_OF_THE_FRAMED = rule("event.month-of-what-it-frames", "a named event told as the frame of a happening dated in its paragraph ('Nhân dịp tham dự Diễn đàn X và làm việc tại Trung Quốc, chiều 18/9, A đã gặp B'): held around that day, its month")
DAY_HEADING = rule("event.day-heading", "an item under a calendar's or a timeline's day heading ('Thứ Ba, ngày 10/3/2026' on a line of its own, then '- Cả ngày: ... đồng chủ trì Đối thoại ...'), with no day of its own: the heading's day")
MEMBERS_TOLD = rule("event.members-told", "a sentence with no event word listing the countries taking part ('các nước ... tham gia gồm: Brunei, Canada, ...'): at a multilateral event told just before, its countries")
BACK_REFERENCE = rule("event.back-reference", "'Dịp này,' / 'Tại đây,' / 'Tham dự có': the officials of the sentence (at a multilateral event, the countries it lists too) take part in the latest event")
ALIAS = rule("event.short-name", "'(ADMM-18)' after a full name: the short name of that edition")
SERIES_EDITION = rule("event.series-bare-name", "'Đối thoại SDD năm nay ...' after 'Đối thoại Quốc phòng Seoul lần thứ 13 (Đối thoại SDD-13)': a series' short name without its edition, on a page telling one edition, is that edition")
ALIAS_EDITION = rule("event.short-name-and-edition", "'Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) lần thứ 15': a short name with no number, the edition told after it, also answers to the short name joined to the edition ('ADMM-15')")
SECOND_NAME = rule("event.second-name-told", "a name made of two joined by a dash whose second was told before for an event of its type ('Hội nghị Thượng đỉnh An ninh châu Á - Đối thoại Shangri-La lần thứ 23' after 'Đối thoại Shangri-La 23'): that event")
SHORT_NAME_TOLD = rule("event.told-by-short-name", "a name holding the short name given in brackets to an event of its type told before ('Triển lãm LIMA', 'Hội nghị trực tuyến AACC-17' after '... (LIMA 2025)', '(AACC-17)'): that event")
DESCRIBED = rule("event.described-as", "a name after 'là' ('LIMA là triển lãm lớn nhất khu vực'): what a thing told before is, not another event")
ALIAS_OPENS = rule("event.day-its-short-name-opens", "'Sáng 31/10, ADMM-19 khai mạc': the day its short name is said to take place, right after the sentence's head date")
ALIAS_TAKES_PLACE = rule("event.day-its-short-name-takes-place", "'ADMM-19 diễn ra ngày 31/10': the day named right after its short name is said to take place")
ALIAS_SAME_DAY = rule("event.short-name-on-the-same-day", "'ADMM+ lần thứ 11 khai mạc sáng cùng ngày': its short name said to take place on the day last told: that day")
ALIAS_DATE = rule("event.date-of-short-name", "'Ngày 20/11, tại ADMM-18, ...': dated where its short name is placed")
ALIAS_PLACED_DAY = rule("event.short-name-placed-on-a-day", "'chụp ảnh chung tại ADMM Retreat ở Cebu ngày 26/2': an undated named event takes the day told right after its short name placed with 'tại' (and the place it was held at)")
ALIAS_TOLD = rule("event.people-of-short-name", "'phát biểu khai mạc ANCM-19, Bộ trưởng Quốc phòng Malaysia ...': the officials of a sentence telling a multilateral event by its short name take part in it")
TIMELINE_ENTRY = rule("event.timeline-entry", "an unnamed happening told by a timeline's entry ('7/2025: Sĩ quan trẻ ... giao lưu tại ...'): a milestone the page lists, not a recap of an earlier year")
RECAP = rule("event.recap-of-an-earlier-year", "an unnamed happening dated by a year alone before the year of an event told on its day or of the page's own full date, or by month and year before the year of an event told on its day: a recap, not news")
IN_PASSING = rule("event.named-in-passing", "a name dropped in passing, never told as happening")
HOSTED_BY_OTHERS = rule("event.hosted-by-others", "two receptions of one day, the first with no host named ('Lãnh đạo Bộ Quốc phòng tiếp A và Đại sứ B'), its Vietnamese people none of the second's hosts ('Cùng ngày, Thượng tướng Y tiếp Đại sứ B'): two receptions")
DIALOGUE_TWIN = rule("event.dialogue-of-two-names", "two named dialogues of one day, the same sides and no other edition number ('Đối thoại Chiến lược ngoại giao - quốc phòng ... lần thứ 7', then 'Đối thoại Ngoại giao-Quốc phòng lần thứ 7 ... (10/12/2019)'): one dialogue told by two names")
TWIN = rule("event.same-type-and-day", "two unnamed events of one type and day with agreeing sides are one happening")
VISIT_OF_CALL = rule("event.visit-of-a-call", "an unnamed visit on days a port call of the same sides begins ('cập cảng ... Trong khuôn khổ chuyến thăm, từ ngày 10 đến 14/5'): the call's stay, not a second event")
UNDATED_VISIT_OF_CALL = rule("event.undated-visit-of-the-call", "an unnamed visit with no day and no one named ('Ông nói thêm rằng trong khuôn khổ chuyến thăm, các thủy thủ Nga đã ...') on a page telling one port call of the same sides: the ship's visit is that call, not a second event")
ARRIVAL_AT_DRILL = rule("event.arrival-at-the-drill", "a Vietnamese ship's docking with no foreign side told, on a day inside a drill Vietnam joins with other countries ('Tàu 019 cập cảng Visakhapatnam, ngày 14-2.' under MILAN's 14-25/2): its arrival to take part, part of the drill, no port call of its own")
REVIEW_MEETING = rule("event.review-meeting", "'Hội nghị tổng kết công tác ... năm 2025', 'Hội nghị sơ kết ...': a capitalised conference word opening a review of a period's work is a meeting of its own, not a phase of the named meeting told before")
WITHIN_STAY = rule("event.within-a-stay", "an unnamed visit or port call on days inside an earlier stay of its type is a stop of it")
NAMED_TAKES_DAYS = rule("event.named-takes-the-days", "the one unnamed event of a type, dated, and the one named event of that type, undated, with the same sides: one happening, the name keeps the days")
LATER_YEAR = rule("event.year-after-the-page", "an unnamed happening dated by a year alone after the year of the page ('thống nhất ... tổ chức giao lưu văn hóa, thể thao ... trong năm 2026' on a page of 2025): a plan, not news")
STOP_OF_EXCHANGE = rule("event.stop-of-an-exchange", "a one-day visit with no name, on a day inside a named exchange of the same sides over several days ('Trong 2 ngày 9-10/4, ... tổ chức giao lưu hữu nghị biên giới lần thứ 3', then 'Ngày 10/4, đoàn ... tỉnh Savannakhet thăm Đồn Biên phòng X'): the guests' stop in the exchange's programme, not a visit of its own")
ACTIVITY_OF_EXCHANGE = rule("event.activity-of-an-exchange", "'giao lưu văn nghệ', 'giao lưu bóng chuyền' told on a day inside a named exchange of the same sides over several days ('Giao lưu hữu nghị quốc phòng biên giới ... lần thứ 3, diễn ra hai ngày 22 và 23/11'): an item of its programme, not an exchange of its own")
STRETCH = rule("event.stretch-of-days", "an unnamed event over a stretch of days folded into the one told on a day inside it")
DELEGATES_SENT = rule("event.countries-send-delegates", "a sentence with no event word opened by the countries "
                      "it lists, which send someone to attend ('Ấn Độ và Hàn Quốc cử Thứ trưởng Quốc phòng tham dự'): "
                      "at a multilateral event told just before, its countries")
DELEGATIONS_ATTEND = rule("event.delegations-attend", "a sentence with no event word whose subject is the delegations it lists, then their taking part ('Các đoàn A, B và C đều tham dự'): at a multilateral event told just before, its countries")
EXHIBITORS_TOLD = rule("event.exhibitors-told", "a sentence with no event word listing the countries whose firms show ('Các doanh nghiệp nước ngoài đến từ A, B, ...') after an exhibition held in Vietnam: its countries")
RESULT_OF_DATED_TALKS = rule("event.result-of-dated-talks", "'đánh giá cao kết quả hội đàm ...' dated by the page only, and talks with the same foreign side told with their own day: one happening, on that day")
BESIDE_THE_NAMED_AFTER = rule("event.beside-the-named-after", "a meeting or talks with no day of its own, the named event it was held beside told after it in its sentence ('A gặp song phương người đồng cấp B và C bên lề hội nghị X'), that event of one full day: held that day")
FIRST_DAY_OF_THE_TOLD = rule("event.first-day-of-the-told", "an event with no day (or only its month) told as the first day of which a happening of its sentence was held ('Trong ngày đầu diễn ra Giao lưu ... lần thứ 2, Bộ Quốc phòng hai nước đã hội đàm', the talks dated 13/11 by the page): it began that day")
DAY_OF_ITS_SIDELINES = rule("event.day-of-its-sidelines", "a named event with no day, a meeting of one day told held beside it in the same sentence ('X hôm thứ Năm đã có các cuộc gặp song phương ... bên lề Hội nghị ... lần thứ 11'): it was held that day")
ANNOUNCED_DAY = rule("event.day-of-the-announced-meetings", "'Ngày 31/5, bên lề Đối thoại, A đã có các cuộc gặp song phương với trưởng đoàn một số nước.' (or 'Cùng ngày, bên lề ...', on the day of the meetings it lists) then 'Gặp B, A đề nghị ...', 'Tiếp đó, tại cuộc gặp C, ...': each meeting opening a sentence after the announcement, or listed by its counterpart ('A lần lượt gặp B; C và D'), with no day of its own (or only the page's), before another day is told, was held on the announced day")
SERIES_LINKED = rule("event.next-of-the-series", "'Bên lề hội nghị, A đã gặp B. ... Tiếp đó, A gặp C.': a meeting whose sentence opens on a linking word ('Tiếp đó,', 'Tiếp theo,') and its subject, with no day of its own, right after a meeting of one full day: the next of that series, held that day")
SERIES_DAY = rule("event.day-of-the-series", "'Bên lề hội nghị, A đã gặp B. ... Tiếp C, A đề nghị ...': a meeting told by the trigger opening its sentence ('Tiếp C,', 'Gặp D,'), with no day of its own, right after a meeting of one full day: one more of that series, held that day")
BESIDE_THE_TOLD = rule("event.beside-the-told", "'Bên lề ADMM+, A gặp song phương với B', 'Cũng trong ngày diễn ra ADMM+, A gặp B' with no day of its own: the day of the one-day named event told before that the opener names (by its short name or its kind)")
SESSION_DAY = rule("event.session-day", "a day inside a named forum's stretch told of one of its plenary sessions ('Từ ngày 29 đến 31/5, ... Đối thoại Shangri-La', then 'Phát biểu tại phiên toàn thể thứ tư sáng 31/5, ...'): the session's day, the stretch stays the forum's")
SIDELINE_DAY = rule("event.sideline-day", "a day inside a named event's stretch told 'bên lề' it: the day of what happened on its sidelines, the stretch stays the event's")
PART_DAY = rule("event.part-day-within-stretch", "a day inside a named event's stretch told of a part of it with no name ('phát biểu tại phiên toàn thể sáng 31/5'): that part's day, the stretch stays the event's")
DAY_BEFORE = rule("event.day-before", "'Trước đó một ngày, ...', 'Một ngày trước đó, ...', 'Chiều hôm trước, ...': the day in brackets, else the day before the one last told")
PROGRAMME_DAY = rule("event.day-of-the-programme", "'Ngày thứ hai của chương trình, ...', 'Ngày làm việc thứ ba, ...', 'Ngày đầu tiên, ...' opening a sentence with no day of its own (nor 'Chiều cùng ngày, ...' after it): that day counted from the first of the latest stretch of days told (a visit's, a programme's), within it")
HELD_NEXT_DAY = rule("event.held-next-day", "'Tại hội đàm diễn ra sáng hôm sau, ...': told as held the day after the one last told, that day as its own")
NEXT_DAY = rule("event.next-day", "'Hôm sau (13/4), ...', 'Ngày hôm sau, ...', 'Hai ngày sau, ...': the day in brackets, else the day (or days) after the one last told")
ALIAS_MEMBERS = rule("event.members-of-short-name", "the delegations listed in a sentence that tells a multilateral event by its short name only ('Ngày 1/11, ADMM+ 12 diễn ra với ... 8 nước đối tác đối thoại: Australia, ...'): its countries")
TWO_SIDES_OF_THE_LATEST = rule("event.talks-of-the-two-sides", "'Sau đó, hai bên hội đàm, trao đổi ...' with no talks told before: talks of the two sides of the happening just told (Vietnam and its one foreign country); also 'hai đoàn tổ chức giao lưu hữu nghị' after their talks or meeting")
JOINT_OF_TWO_COUNTRIES = rule("event.joint-of-the-two-countries", "'chứng kiến buổi diễn tập quân y chung của quân đội hai nước' with no drill told before: a drill or exchange of the two countries of the happening just told (Vietnam and its one foreign country)")
COURSE_OPENED = rule("event.course-opened-before", "a joint course dated by its closing ('Ngày 28-6, ... bế giảng khóa huấn luyện'), told on with an earlier day ('Khóa học diễn ra từ ngày 16-6'): from that day to the closing")
CONFERENCE_PRESUPPOSED = rule("event.conference-presupposed", "'Tham dự hội nghị có các Bộ trưởng Quốc phòng ... các nước ASEAN' with no conference told before: the page's own conference, attended by many countries")
PRESUPPOSED = rule("event.presupposed", "'Sau cuộc hội đàm, hai bên ...', 'Tại đối thoại, X nhấn mạnh ...' with no talks (dialogue) told before: the talks (dialogue) of the article's two sides")
SIDES_FRAMED_BEFORE = rule("event.sides-framed-before", "talks presupposed ('Tại buổi hội đàm, ...') with no event told before: the countries of the sentences right before that frame each side ('Về phía Việt Nam, ...', 'Về phía Trung Quốc, ...')")
SIDES_OF_SENTENCE = rule("event.sides-of-sentence", "no side named with it: the countries named in its sentences")
FOREIGN_SIDE = rule("event.foreign-side", "a reception, talks, port call, exchange or joint drill ('tuần tra liên hợp lần thứ 40') with only Vietnam's side named: the one foreign country its sentences, the sentence before, the headline and lead (not for a port call), or the article name")
SIDES_OF_CONTEXT = rule("event.sides-of-context", "no side named with it nor in its sentences: the sides of the event told before it")
VIETNAM_BY_DEFAULT = rule("event.vietnam-by-default", "no side named anywhere near it: Vietnam, whose outlet tells it")
YEAR_OF_NAME = rule("event.year-of-name", "a named exercise told with no day nor month, a named show told in two sentences or more on a page that tells no month ('Triển lãm Hàng không Dubai 2025'), or a named event told on days without a year: the year its name holds ('MILAN năm 2022', 'Triển lãm ... 2024 ... từ ngày 19 đến 22-12')")
YEAR_OF_SAME_DAY = rule("event.year-of-the-same-day", "a day told without a year ('Ngày 28/9, Hoạt động Giao lưu Hải quân ... được tiến hành với lễ đón tàu') in the sentence of another event dated that day whose name gives the year: that year")
BILATERAL_OF_OTHERS = rule("event.bilateral-of-others", "a drill told as bilateral in its own words with two foreign countries and no Vietnamese side ('tham gia cuộc tập trận hải quân song phương Nga-Trung'): a drill of those two, Vietnam does not take part though the article names it")
VIETNAM_TAKES_PART = rule("event.vietnam-takes-part", "a multilateral exercise, conference or show (two or more foreign countries, 'đa phương' in its name, or only its host known), in an article naming Vietnam or its officials, involves Vietnam")
VIETNAM_SIDE = rule("event.vietnam-side", "a bilateral event with one foreign side and Vietnamese officials in the article involves Vietnam")
OTHER_FOREIGN_SIDE = rule("event.other-foreign-side", "talks or a meeting with one foreign side whose sentence names, by a head's title, another foreign country and no Vietnamese side ('Tại cuộc hội đàm với Thủ tướng Campuchia X, cựu Thủ tướng Nhật Bản Y ...'): that country is the other side, not Vietnam")
DELEGATION_TOLD_WORKS = rule("event.delegation-told-works", "'Trước đó, ngày 13/5, đoàn đã làm việc với Học viện Quốc phòng Việt Nam': a bare 'đoàn' opening the clause of a dated working session with Vietnamese bodies only is the foreign delegation the latest event received: its country is the other side")
FOREIGN_DELEGATION_WORKS = rule("event.foreign-delegation-works", "'Đoàn ... Lào đã có buổi làm việc với ...': a foreign delegation opening the clause is the other side of a working session")
FOREIGN_OFFICIAL_WORKS = rule("event.foreign-official-works", "'Đô đốc X (a foreign official) đã làm việc với Phó đô đốc Y, Tư lệnh Quân chủng Hải quân': a foreign official before the verb, someone named after 'với': a meeting of their two sides")


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
    series: set[str] = field(default_factory=set)  # a short name's series without the edition ("sdd" of "(SDD-13)")
    hosts: frozenset[str] = frozenset()  # who received or met, as the mention that opened it says
    guests: frozenset[str] = frozenset()  # who was received or met, as the mention that opened it says
    opened_in: int = -1  # the sentence of the mention that opened it
    label_words: int = 0  # words of the name that labels it
    headline_dateline: bool = False  # opened in the title, dated only by the dateline
    dateline_only: bool = False  # dated only by the dateline (a caption's "X tiếp Y." before its story)
    places: list[str] = field(default_factory=list)  # countries hosting it, as its place tells ("tại Goa, Ấn Độ")
    ended_on: Optional[PartialDate] = None  # of a port call: the day a mention told it ended ("đã rời X, kết thúc chuyến thăm")
    ended_at: int = -1  # ... and where that mention is


# how far into a sentence after a dated flashback its subject is looked for ("Về Biển Đông, Thủ tướng nêu rõ")
FLASHBACK_LEFT_REACH = 40
# "vừa" tells days, not weeks: from the 8th, the page's month is the happening's
JUST_HELD_FROM_DAY = 8
LEAD_SENTENCES = 2  # sentences after the headline where a round-up's lead says what it sums up
# how far before and after an event's reading "vừa diễn ra", "vừa kết thúc" is looked for
JUST_HELD_BEFORE, JUST_HELD_AFTER = 40, 120


@dataclass
class _When:
    start: Optional[PartialDate]
    end: Optional[PartialDate]
    rank: int
    rules: list[str] = field(default_factory=list)
    stamped: bool = False  # dated by the page's stamp ("31/05/2016 02:48")


class EventMerger:
    """Merges mentions, in text order, into drafts; `events()` finishes them."""

    def __init__(self, doc: Doc, idx: DocIndex, country_of: dict[str, Optional[str]]):
        self.doc, self.idx, self.country_of = doc, idx, country_of
        self.drafts: list[_Draft] = []
        self.title_sent = title_sentence(idx)
        self.latest: dict[str, _Draft] = {}
        self.named_latest: dict[str, _Draft] = {}
        self.exhibition_told = False  # set by `_back_references`
        self.beside: list[tuple[_Draft, _Draft]] = []  # (a meeting, the named event told beside it, undated then)
        self.same_day_later: list[tuple[_Draft, _Draft]] = []  # ("Chiều cùng ngày, ...", the happening before it, undated then)
        self.ahead: list[tuple[EventMention, _When]] = []  # bare mentions with their own day, a name told later
        self.day_marks: Optional[list[tuple[int, Optional[int]]]] = None  # see `_day_marks`
        self.call_ends: list[tuple[EventMention, PartialDate]] = []  # ends of calls that opened nothing
        self.call_flag: Optional[str] = None  # the flag of a foreign ship told calling in Vietnam

    def add(self, mention: EventMention) -> None:
        when = self._when_of(mention)
        if _stay_elsewhere(mention, self.country_of):
            self._drop(mention, STAY_ELSEWHERE)
            return
        if _undated_voyage(mention) and _flag_and_port_foreign(mention):
            self._drop(mention, VOYAGE_ELSEWHERE)
            return
        if _stop_on_its_way(mention, self.call_flag):
            self._drop(mention, STOP_ON_ITS_WAY)
            return
        if mention.etype == "PortCall" and self.call_flag is None:  # the first call told is the story's
            told_here = not mention.flag_untold and mention.port_countries[1:] == [VNM]
            self.call_flag = mention.port_countries[0] if told_here else VNM  # (VNM: none of a foreign ship here)
        draft: Optional[_Draft]
        if mention.named:
            draft = self._named(mention)
            if when.start is None:
                self._named_day(mention, when, draft)
        else:
            draft = self._unnamed(mention, when)
        ended_on = day_the_call_ended(self.doc.text, self.idx, mention)
        if draft is None:
            if ended_on is not None:
                self.call_ends.append((mention, ended_on))  # the arrival may be told later
            return
        if ended_on is not None:
            draft.ended_on, draft.ended_at = ended_on, mention.start
        self._happening_in_a_dated_paragraph(draft, mention, when)
        if draft.named:
            self.named_latest[mention.etype] = draft
        self.latest[mention.etype] = draft
        self._apply(draft, mention, when)

    def _when_of(self, mention: EventMention) -> _When:
        """The mention's own date and its rank (none or weak 0, told 1, cued 2): a named
        event's date of another year than its name's is not its own, an ongoing one's only its month."""
        start, end = dates_of(self.idx, mention.date)
        if mention.named and mention.year and start is not None and start.year not in (None, mention.year):
            start = end = None
        if mention.ongoing and start is not None and start.month is not None:
            start, end = PartialDate(start.year, start.month), None
        rank = 0 if mention.date is None or mention.date_weak else (2 if mention.date_cued else 1)
        return _When(start, end, rank)

    def _named_day(self, mention: EventMention, when: _When, draft: _Draft) -> None:
        """The day of a named mention told without one: the day before or after one told, the
        same day, else (a happening of an undated event) its framework's month or its paragraph's date."""
        self._next_day(mention, when)  # "Một ngày trước đó, Hội nghị ... lần thứ 18 đã thông qua ..."
        if when.start is None:
            self._same_day(mention, when)
        if when.start is None and draft.event.start is None and mention.happening and not {PURPOSE, PREPARED, DEPARTURE_GOAL} & set(
                mention.rules):
            if FRAMEWORK_BEFORE_RE.search(self.doc.text, max(0, mention.start - 24), mention.start):
                mention.rules.append(FRAMEWORK)  # "Sự kiện nằm trong khuôn khổ Giao lưu ... lần thứ 2": not that day's
                self._month_of_the_framed(mention, when)
            else:
                self._date_of_paragraph(mention, when)

    # --- which draft a mention belongs to --------------------------------------------
    def _named(self, mention: EventMention) -> _Draft:
        known = self._named_just_told(mention)
        if known is not None:
            return known
        core = mention.core
        for c in self.idx.countries_in(mention.start, mention.end):
            core = core.replace(c.surface, " ")  # compared by `name_countries` ("Việt – Nhật", "Việt Nam-Nhật Bản")
        sig = _signature(core)
        core_key = norm_key(mention.core)
        draft = next((d for d in self.drafts if d.named and d.event.type == mention.etype
                      and (core_key in d.aliases or _same_named(d, mention, sig))), None)
        if draft is None:
            other = self._named_by_other_name(mention, core_key, sig)
            if other is not None:
                return other
        if draft is not None:
            mention.rules.append(SAME_NAME)
            _fold_name(draft, mention, sig)
        else:
            mention.rules.append(NEW_NAMED)
            key = f"{mention.etype}|{norm_key(mention.core)}|{mention.year or ''}"
            draft = _Draft(Event(type=mention.etype, label=_named_label(mention)), key, True,
                           label_words=len(mention.core.split()))
            draft.sig, draft.year, draft.name_countries = sig, mention.year, mention.countries
            self.drafts.append(draft)
        self._note_name(draft, mention)
        return draft

    def _named_just_told(self, mention: EventMention) -> Optional[_Draft]:
        """The latest named event of the mention's type, when the mention only goes back to it:
        a capital alone, or a word saying it was described before."""
        known = self.named_latest.get(mention.etype)
        if known is not None and CAPITALISED in mention.rules and REVIEW_MEETING_AFTER_RE.match(
                self.doc.text, mention.trig_end) is not None:
            mention.rules.append(REVIEW_MEETING)  # "Hội nghị tổng kết công tác ... năm 2025": a meeting of its own
            return None
        if known is not None and CAPITALISED in mention.rules:
            # "Đồng thời, Triển lãm quảng bá ...": a capital alone names no second event
            mention.rules.append(PHASE_OF_NAMED)
            return known
        if known is not None and DESCRIBED_BEFORE_RE.search(self.doc.text, max(0, mention.start - 30), mention.start):
            mention.rules.append(DESCRIBED)
            return known
        return None

    def _named_by_other_name(self, mention: EventMention, core_key: str, sig: frozenset[str]) -> Optional[_Draft]:
        """The named event told before under another name than the mention's: its short name,
        the second of two dashed names, or (a name made of sides only) the sides it is held by."""
        draft = self._by_short_name(mention, core_key)
        if draft is not None:
            mention.rules.append(SHORT_NAME_TOLD)
            return draft
        draft = self._by_second_name(mention)
        if draft is not None:
            mention.rules.append(SECOND_NAME)
            return draft
        if not sig:
            draft = self._told_with_sides(mention)
            if draft is not None:
                mention.rules.append(SIDES_NAME)
                return draft
        return None

    def _note_name(self, draft: _Draft, mention: EventMention) -> None:
        """What a named mention tells of its event besides the name: edition, short names
        (with the edition, "ADMM-15"), code name and host, so later mentions find it."""
        if mention.ordinal and not draft.event.ordinal:
            draft.event.ordinal = mention.ordinal
        if mention.alias:
            draft.aliases.add(mention.alias)
            draft.series.update(_series_of(mention.alias, mention.ordinal, mention.year))
            if mention.ordinal and not any(ch.isdigit() for ch in mention.alias):
                # "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) lần thứ 15": also "ADMM-15"
                draft.aliases.add(norm_key(f"{mention.alias}-{mention.ordinal}"))
                mention.rules.append(ALIAS_EDITION)
        code = CODE_NAME_TAIL_RE.search(self.doc.text, mention.start, mention.end)
        if code is not None:  # "diễn tập ... đa quốc gia Khaan Quest 2025": "Khaan Quest 2025 khai mạc sáng 14/6"
            draft.aliases.add(norm_key(code.group(0)))
            mention.rules.append(CODE_NAME)
        if mention.host:
            add_unique(draft.event.countries, mention.host)
            add_unique(draft.places, mention.host)

    def _by_short_name(self, mention: EventMention, core_key: str) -> Optional[_Draft]:
        """The latest named event of the mention's type whose bracketed short name (its
        year aside) the mention's name holds as whole words, the years agreeing."""
        words = core_key.split()
        for d in reversed(self.drafts):
            if not d.named or d.event.type != mention.etype or (mention.year and d.year and mention.year != d.year):
                continue
            if any(_holds_words(words, _without_year(a)) for a in d.aliases):
                return d
        return None

    def _by_second_name(self, mention: EventMention) -> Optional[_Draft]:
        """The named event of the mention's type told before under the second of two names the
        mention joins by a dash ("Hội nghị Thượng đỉnh An ninh châu Á - Đối thoại Shangri-La lần thứ
        23" after "Đối thoại Shangri-La 23"), edition and year agreeing."""
        _, dash, second = mention.core.rpartition(" - ")
        word = trigger_words_re().match(second) if dash else None
        if word is None or not second[word.end():].strip():
            return None
        sig = _signature(second[word.end():])
        return next((d for d in reversed(self.drafts) if d.named and d.event.type == mention.etype
                     and _same_named(d, mention, sig)), None)

    def _told_with_sides(self, mention: EventMention) -> Optional[_Draft]:
        """The latest event of the mention's type whose sides hold the countries its name is
        made of (the name says nothing else; sides not resolved yet agree), when no edition
        number or year tells it apart."""
        told = self.latest.get(mention.etype)
        sides = set(mention.countries)
        if told is None or len(sides) < 2 or (told.event.countries and not sides <= set(told.event.countries)):
            return None
        if mention.ordinal and told.event.ordinal not in (None, mention.ordinal):
            return None
        return told if not (mention.year and told.year and mention.year != told.year) else None

    def _unnamed(self, mention: EventMention, when: _When) -> Optional[_Draft]:
        """An event told without its name: an edition told before, the event it goes back to, or a new one."""
        prev = self.latest.get(mention.etype)
        named_prev = self.named_latest.get(mention.etype) if mention.etype in NAMED_TYPES else None
        if named_prev is not None and mention.ordinal and named_prev.event.ordinal not in (None, mention.ordinal):
            self._drop(mention, OTHER_EDITION)  # "Lần giao lưu thứ 8 ...": an earlier edition, not this one
            return None
        same_day = self._unnamed_day(mention, when)
        call = self._call_it_tells(mention, when, prev)
        if call is not None:
            return call
        phase = self._phase_of_named_before(mention, when, named_prev) if named_prev is not None else None
        if phase is not None:
            return phase
        if {COURSE_TOLD_ON, COURSE_TOLD_ON_LATER} & set(mention.rules) and prev is not None and prev.event.type == "Exercise":
            return self._course_told_on(prev, mention, when)
        told = self._told_before(mention, when, prev) if prev is not None else (
            self._talks_met_at(mention, when) or self._dialogue_talked_at(mention, when)
            or self._forum_called_dialogue(mention, when))
        if told is not None:
            self._earlier_that_day(told, mention, when)
            self._retold_beside_the_told(told, mention, when)
            return told
        if prev is None and self._refers_to_a_plan(mention, when):
            self._drop(mention, REFERS_TO_A_PLAN)
            return None
        return self._opened_or_ahead(mention, when, same_day, prev)

    def _unnamed_day(self, mention: EventMention, when: _When) -> bool:
        """The day an unnamed mention without its own day is told on by the sentences around it
        ("một ngày sau", after the stay, "cùng ngày"); true when it is the day told before."""
        if when.start is None:
            self._next_day(mention, when)
        if when.start is None:
            self._after_the_stay(mention, when)
        return self._same_day(mention, when) if when.start is None else False

    def _phase_of_named_before(self, mention: EventMention, when: _When, named_prev: _Draft) -> Optional[_Draft]:
        """The named event told before that an unnamed mention is a phase of: the one whose short
        name its sentence tells, else the latest named one of its type, unless another partner
        (or an informal ADMM at a forum) makes it an event of its own."""
        short_named = self._short_named_before(mention)
        if short_named is not None and short_named is not named_prev:
            mention.rules.append(PHASE_OF_SHORT_NAMED)
            return self._phase_of(short_named, mention, when)
        if INFORMAL_ASEAN in mention.rules:
            return None  # an informal ADMM held at a forum ("Cũng trong khuôn khổ Đối thoại, ..."): its own meeting
        if not self._other_partner(named_prev, mention):
            return self._phase_of(named_prev, mention, when)
        return None

    def _opened_or_ahead(self, mention: EventMention, when: _When, same_day: bool,
                         prev: Optional[_Draft]) -> Optional[_Draft]:
        """A new event for an unnamed mention told of nothing before it; a dated bare mention of
        a named type waits for its name told later, any other is dropped."""
        draft = self._opened(mention, when, same_day, prev)
        if draft is None and when.rank == 2 and prev is None and mention.etype in NAMED_TYPES:
            self.ahead.append((mention, when))  # "Một hội thảo hôm 17/9 ..." before "Hội thảo "X" do ..."
        elif draft is None:
            self._drop(mention, ITEM_OF_THE_CALL if ITEM_OF_THE_CALL in mention.rules else NOTHING_TO_ATTACH)
        return draft

    def _course_told_on(self, draft: _Draft, mention: EventMention, when: _When) -> _Draft:
        """ "Ngày 28-6, ... bế giảng khóa huấn luyện ... Khóa học diễn ra từ ngày 16-6": the course just told,
        told on; a day of it before the one it has is its opening day, the one it has its last (`COURSE_OPENED`)."""
        ev = draft.event
        if when.start is not None and when.end is None and ev.start is not None and ev.end is None \
                and when.start.is_complete and ev.start.is_complete and when.start < ev.start:
            ev.start, ev.end = when.start, ev.start
            when = _When(None, None, 0, [*when.rules, COURSE_OPENED])
        self._apply(draft, mention, when)
        return draft

    def _call_it_tells(self, mention: EventMention, when: _When, prev: Optional[_Draft]) -> Optional[_Draft]:
        """The ship's call a visit or a press briefing with no event before it of its type goes back to
        ("Chuyến thăm lần này là dấu mốc ..." after a ship's call; the call's press briefing): no day of its own."""
        call = self.latest.get("PortCall") if prev is None and mention.etype == "Visit" and mention.this_one else None
        rule_name = THIS_VISIT_IS_THE_CALL
        if call is None:
            call, rule_name = self._call_of_press_briefing(mention, prev), PRESS_BRIEFING_OF_CALL
        if call is not None:
            mention.rules.append(rule_name)
            when.start = when.end = None
        return call

    def _short_named_before(self, mention: EventMention) -> Optional[_Draft]:
        """The named event of the mention's type whose short name ("ADMM-20") its sentence tells
        before it, the latest first; the short name of another type's event says nothing."""
        text, sent = self.doc.text, self.idx.sentences[mention.sent]
        for d in reversed(self.drafts):
            if not d.named or d.event.type != mention.etype:
                continue
            for alias in d.aliases:
                if any(char.isdigit() or char == "+" for char in alias) and any(
                        sent.start <= m.start() and m.end() <= mention.start for m in _alias_places(text, alias)):
                    return d
        return None

    def _refers_to_a_plan(self, mention: EventMention, when: _When) -> bool:
        """A bare mention, told with no day and no verb of fact, of an event of its type told
        only as planned before it: the brief's planned event told again, not held."""
        if when.start is not None or mention.etype != "Visit":  # (a drill prepared for may be told held: "được tiến hành")
            return False
        sent = self.idx.sentences[mention.sent]
        if FACT_VERB_RE.search(self.doc.text, sent.start, sent.end):
            return False
        return any(
            d.layer == "event" and d.rule in (WISH, PLANNED_LIST) and d.end <= sent.start
            and trigger_type(d.text) == mention.etype
            for d in self.doc.dropped
        )

    def _call_of_press_briefing(self, mention: EventMention, prev: Optional[_Draft]) -> Optional[_Draft]:
        """The port call a press briefing is held during, when no meeting was told before it."""
        told_before = prev is not None and prev.event.type != "PortCall"  # a briefing already taken as the call's
        if told_before or mention.etype != "Meeting" or mention.named:
            return None
        if PRESS_BRIEFING_RE.match(self.doc.text, mention.start) is None:
            return None
        return self.latest.get("PortCall")

    def _told_before(self, mention: EventMention, when: _When, prev: _Draft) -> Optional[_Draft]:
        """The event of this type told before, when the mention goes back to it."""
        if mention.this_one:
            mention.rules.append(BACK_TO_LATEST)  # "chuyến thăm lần này": the visit told before
            return prev
        if self._at_a_new_side(mention):
            mention.rules.append(AT_THE_TOLD_NEW_SIDE)
            return None
        if self._at_the_told(mention):
            mention.rules.append(BACK_TO_LATEST)  # "Tại buổi hội đàm, hai bên ...": the talks told before
            when.start = when.end = None  # ("... đánh giá kết quả từ tháng 11/2024": not its time)
            return self._told_with_its_side(mention, prev)
        if when.start is None and ATTENDED_BEFORE_RE.search(self.doc.text, max(0, mention.start - 20), mention.start):
            mention.rules.append(ATTENDS)  # "Cùng dự buổi tiếp, Đại tá X, ...": one more guest of it
            return prev
        earlier = self._earlier(mention, when)
        if earlier is not None:
            mention.rules.append(BACK_TO_LATEST)
            return earlier if SPLIT in mention.rules else self._told_with_its_side(mention, earlier)
        return earlier

    def _opened(self, mention: EventMention, when: _When, same_day: bool,
                prev: Optional[_Draft]) -> Optional[_Draft]:
        """A new event, when the mention can stand for one (people, a day, a ship, its sides)."""
        if mention.creatable and mention.happening and when.start is None and not mention.people and ENDED not in mention.rules:
            self._date_of_paragraph(mention, when)  # "Sáng 15/6, tàu rời cảng. Trên biển, hai tàu đã diễn tập"
        rules = self._opening_rules(mention, when, prev)
        if rules is not None:
            mention.rules.extend(rules)
            return self._open(mention, when, same_day)
        if prev is None and self._item_of_the_call(mention, when):
            return None
        told = self._sides_told_around(mention) if prev is None else None
        if told is None and prev is None:
            return self._visit_of_the_welcomed(mention, when, same_day) or self._call_within_the_visit(mention, when, same_day)
        if told is None:
            return None
        sides, rule_name = told
        draft = self._open(mention, when, same_day)
        add_unique(draft.event.countries, *sides)
        mention.rules.append(rule_name)
        return draft

    def _opening_rules(self, mention: EventMention, when: _When, prev: Optional[_Draft]) -> Optional[list[str]]:
        """The rules by which a mention opens an event by itself (none for one with its people
        or its day and its sides), or None when it cannot."""
        sent = self.idx.sentences[mention.sent]
        if mention.creatable and (mention.people or (mention.happening and when.start is not None)) and may_open(
            mention, self.doc.text, self.idx, sent.end
        ) and self._two_sided(mention):
            return []
        if prev is None and (_named_ship_docks(mention) or _undated_voyage(mention)):
            return [NAMED_SHIP_DOCKS]
        if (prev is None or _other_flag(prev.event, mention)) and _navy_ship_docks(mention, self.doc.text):
            return [NAVY_SHIP_DOCKS] if prev is None else [OTHER_FLAG, NAVY_SHIP_DOCKS]
        if mention.happening and SPLIT in mention.rules and mention.listed_countries:
            return [COUNTERPART_BY_TITLE]  # "đã gặp song phương với Bộ trưởng Quốc phòng Mỹ và ... Anh"
        if prev is None and self._conference_presupposed(mention):
            return [CONFERENCE_PRESUPPOSED]
        return None

    def _conference_presupposed(self, mention: EventMention) -> bool:
        """ "Tham dự hội nghị có các Bộ trưởng Quốc phòng, lãnh đạo Bộ Quốc phòng các nước ASEAN ...": a bare
        conference (no name, none told before) whose attendance by many countries' delegates opens its sentence is
        the page's own, its headline cut (as "Tại hội đàm, ..." presupposes the page's talks)."""
        if mention.etype != "Conference" or mention.named or not mention.happening or self.named_latest.get("Conference"):
            return False
        text, sent = self.doc.text, self.idx.sentences[mention.sent]
        head = sentence_head(text, sent)
        return ATTENDANCE_OPENS_BEFORE_RE.fullmatch(text, head, mention.start) is not None and \
            MANY_DELEGATES_AFTER_RE.match(text, mention.end, sent.end) is not None

    def _visit_of_the_welcomed(self, mention: EventMention, when: _When, same_day: bool) -> Optional[_Draft]:
        """ "Sáng 8/6, Bộ trưởng A chủ trì lễ đón Bộ trưởng B." then "Tại hội đàm, A nhấn mạnh chuyến thăm
        có ý nghĩa quan trọng": a bare visit, no visit told before, is the visit of the foreign guest the
        welcome ceremony told before was held for, to Vietnam, some day of it: its month
        (`VISIT_OF_THE_WELCOMED`, as `event.day-of-its-welcome`)."""
        if mention.etype != "Visit" or mention.visitor is not None or mention.visited is not None:
            return None
        for sent, guests in self._welcomes_before(mention):
            guest = next((o.name for o in self.idx.names_in(guests, sent.end)
                          if self.country_of.get(o.name) not in (None, VNM)), None)
            if guest is None:
                continue  # ("Ngay sau lễ đón, hai Bộ trưởng đã tiến hành hội đàm")
            day = head_date(self.idx, sent)
            start = dates_of(self.idx, day)[0] if day is not None else None
            if start is None or start.year is None or start.month is None:
                return None
            when.start, when.end, when.rank = PartialDate(start.year, start.month), None, 0
            mention.rules.append(VISIT_OF_THE_WELCOMED)
            draft = self._open(mention, when, same_day)
            add_unique(draft.event.countries, VNM, self.country_of[guest])
            add_unique(draft.event.participants, guest)
            return draft
        return None

    def _item_of_the_call(self, mention: EventMention, when: _When) -> bool:
        """ "... cập cảng Cam Ranh ... Trong khuôn khổ chuyến thăm, các thủy thủ Nga đã gặp gỡ đại diện chỉ huy Vùng 4":
        a call or talks naming no one, with no day, after the stay's frame in its sentence, a port call the latest
        stay told (no visit with a day or a person): an item of the call's programme (`ITEM_OF_THE_CALL`), as `_call_within_the_visit`
        leaves it."""
        if mention.etype not in ("Meeting", "Talks") or mention.people or when.start is not None:
            return False
        visit = self.latest.get("Visit")  # (a bare "chuyến thăm" of the frame itself: the ship's, `UNDATED_VISIT_OF_CALL`)
        if "PortCall" not in self.latest or (visit is not None and (visit.event.participants or visit.event.start)):
            return False
        if CALL_FRAME_BEFORE_RE.search(self.doc.text, self.idx.sentences[mention.sent].start, mention.start) is None:
            return False
        mention.rules.append(ITEM_OF_THE_CALL)
        return True

    def _call_within_the_visit(self, mention: EventMention, when: _When, same_day: bool) -> Optional[_Draft]:
        """ "Bộ trưởng A thăm chính thức Việt Nam từ ngày 10 đến 11/9 ... trong khuôn khổ chuyến thăm, đoàn cũng
        chào xã giao Chủ tịch nước": a call or talks naming no one, with no day and no meeting told before, in
        a clause the visit's frame heads, is the visiting delegation's, held with the host country: the two
        sides of the latest visit told (no port call told: a ship's crew calling on the city's leaders is an
        item of the call), some day of the visit, its month (`CALL_WITHIN_THE_VISIT`)."""
        if mention.etype not in ("Meeting", "Talks") or mention.people or when.start is not None:
            return None
        visit = self.latest.get("Visit")
        if visit is None or "PortCall" in self.latest:
            return None
        sides = self._two_sides_of(visit)
        frame = VISIT_FRAME_CLAUSE_RE.search(self.doc.text, self.idx.sentences[mention.sent].start, mention.start)
        if sides is None or frame is None:
            return None
        some_day = _some_day_of(visit.event)
        if some_day is not None:
            when.start, when.end, when.rank = some_day, None, 0
        mention.rules.append(CALL_WITHIN_THE_VISIT)
        draft = self._open(mention, when, same_day)
        add_unique(draft.event.countries, *sides)
        return draft

    def _framed_by_the_visit(self, mention: EventMention, when: _When) -> bool:
        """ "thành công của chuyến thăm chính thức Liên bang Nga của Chủ tịch nước A (từ 29-11 đến 2-12-2021),
        cuộc hội đàm giữa Bộ trưởng Bộ Quốc phòng hai nước trong khuôn khổ chuyến thăm đã ...": talks or a call
        with no day of their own, told in the frame of the visit told before, are some day of that visit
        (`FRAMED_BY_THE_VISIT`), not the day of the page's dateline."""
        if mention.etype not in ("Meeting", "Talks") or VISIT_FRAME_AFTER_RE.match(self.doc.text, mention.end) is None:
            return False
        visit = self.latest.get("Visit")
        some_day = _some_day_of(visit.event) if visit is not None else None
        if some_day is None:
            return False
        when.start, when.end, when.rank = some_day, None, 0
        when.rules.append(FRAMED_BY_THE_VISIT)
        return True

    def _sides_told_around(self, mention: EventMention) -> Optional[tuple[list[str], str]]:
        """The sides of an event its mention presupposes, told by a welcome before talks, or
        told on a page with no day, with the rule that found them; None without any."""
        for find, rule_name in ((self._presupposed_sides, PRESUPPOSED), (self._welcome_sides, TALKS_AFTER_WELCOME),
                                (self._welcomed_guest_sides, TALKS_OF_THE_WELCOMED),
                                (self._undated_page_sides, UNDATED_PAGE), (self._headline_visit_sides, HEADLINE_VISIT),
                                (self._presupposed_visit_sides, VISIT_PRESUPPOSED),
                                (self._presupposed_exchange_sides, EXCHANGE_PRESUPPOSED),
                                (self._framed_guest_visit_sides, GUEST_VISIT_FRAMED),
                                (self._sides_of_the_latest, TWO_SIDES_OF_THE_LATEST),
                                (self._two_countries_of_the_latest, JOINT_OF_TWO_COUNTRIES)):
            sides = find(mention)
            if sides is not None:
                return sides, rule_name
        return None

    def _framed_guest_visit_sides(self, mention: EventMention) -> Optional[list[str]]:
        """`GUEST_VISIT_FRAMED`: an unnamed visit with no people, framing its sentence's news ("trong khuôn khổ";
        pattern `guest-visit-frame-before`), told as "tới/đến/sang Việt Nam của" a guest who names one foreign
        country (`guest-visit-of-after`), no visit nor port call told before: Vietnam and that country."""
        text = self.doc.text
        if mention.etype != "Visit" or mention.named or mention.people or "Visit" in self.latest or "PortCall" in self.latest:
            return None
        sent = self.idx.sentences[mention.sent]
        if not GUEST_VISIT_FRAME_BEFORE_RE.search(text, max(sent.start, mention.start - 30), mention.start):
            return None
        of = GUEST_VISIT_OF_AFTER_RE.match(text, mention.end, sent.end)
        if of is None:
            return None
        foreign = {c.code for c in self.idx.countries_in(of.start("guest"), of.end("guest"))} - {VNM}
        return [VNM, *foreign] if len(foreign) == 1 else None

    def _presupposed_exchange_sides(self, mention: EventMention) -> Optional[list[str]]:
        """`EXCHANGE_PRESUPPOSED`: an unnamed exchange framing its sentence with its programme's word ("Tại chương
        trình giao lưu, ..."; pattern `exchange-frame-before`), a comma right after it, no exchange told before: Vietnam
        and the one foreign side its sentence names."""
        text = self.doc.text
        if mention.etype != "Exchange" or mention.named or "Exchange" in self.latest:
            return None
        sent = self.idx.sentences[mention.sent]
        head = sentence_head(text, sent)
        if mention.start - head > 24 or not EXCHANGE_FRAME_BEFORE_RE.fullmatch(text, head, mention.start):
            return None
        if not text.startswith(",", mention.end):
            return None
        sides = {c.code for c in self.idx.countries_in(sent.start, sent.end)}
        foreign = sides - {VNM}
        return [VNM, *foreign] if VNM in sides and len(foreign) == 1 else None

    def _presupposed_visit_sides(self, mention: EventMention) -> Optional[list[str]]:
        """ "Theo phóng viên TTXVN tại Trung Quốc, trong thời gian chuyến thăm, đoàn đã đến chào xã giao ...": a bare
        "chuyến thăm" framing its sentence (frame words right before it, a comma right after; not "trong thời gian
        thăm Trung Quốc, ... sẽ ..."), no visit nor port call told before, on a page naming Vietnam: Vietnam and the
        one foreign country of the sentence (`VISIT_PRESUPPOSED`)."""
        text = self.doc.text
        if mention.etype != "Visit" or mention.named or "Visit" in self.latest or "PortCall" in self.latest:
            return None
        sent = self.idx.sentences[mention.sent]
        frame = CALL_FRAME_BEFORE_RE.search(text, max(sent.start, mention.start - 24), sent.end)
        if frame is None or frame.span("visit") != (mention.start, mention.end) or frame.group("this") is not None:
            return None
        if not self._vietnam_named():
            return None
        foreign = {c.code for c in self.idx.countries_in(sent.start, sent.end)} - {VNM}
        return [VNM, *foreign] if len(foreign) == 1 else None

    def _undated_page_sides(self, mention: EventMention) -> Optional[list[str]]:
        """ "Đồn Biên phòng A (Việt Nam) ... phối hợp với Trạm B (..., Trung Quốc) tổ chức tuần tra song
        phương": on a page that tells no day at all, a happening told as done by Vietnam and one
        foreign side in its sentence is the page's event, undated; so is one told as the page's own
        ("chuyến tuần tra liên hợp lần này, Biên đội tàu Hải quân 2 nước đã tiến hành ...": `THIS_ONE`)
        by "the two countries" of a page naming Vietnam and one foreign country."""
        if not (mention.creatable or mention.this_one) or not mention.happening or not self._tells_no_day(mention):
            return None
        sent = self.idx.sentences[mention.sent]
        sides = {c.code for c in self.idx.countries_in(sent.start, sent.end)}
        if not sides and TWO_COUNTRIES_WORD_RE.search(self.doc.text, sent.start, sent.end):
            sides = {c.code for c in self.idx.countries}  # "Biên đội tàu Hải quân 2 nước đã tiến hành ..."
            if len(sides) == 2:
                mention.rules.append(UNDATED_PAGE_TWO)
        foreign = sides - {VNM}
        return [VNM, *foreign] if VNM in sides and len(foreign) == 1 else None

    def _headline_visit_sides(self, mention: EventMention) -> Optional[list[str]]:
        """ "Bộ trưởng Bộ Quân đội Pháp thăm chính thức Việt Nam" as the page's first line, no final period:
        a visit told in the headline by a foreign title alone (no name, so no people to open it), the one
        foreign country before the trigger and Vietnam after it, is that country's visit to Vietnam; the
        body may tell only its programme ("chuyến thăm của ngài bộ trưởng có ý nghĩa quan trọng")."""
        if mention.etype != "Visit" or mention.sent != 0 or mention.people:
            return None
        sent, text = self.idx.sentences[0], self.doc.text
        line = text[sent.start : sent.end].strip()
        if not line or "\n" in line or line[-1] in ".!?:" or len(line.split()) > HEADLINE_VISIT_WORDS:
            return None
        if not HEADLINE_VISIT_KIND_RE.match(text, mention.start, sent.end) or HEADLINE_AHEAD_RE.search(text, sent.start, mention.start):
            return None  # "chuyến thăm" talked about, "sẽ thăm", a trip "thăm Việt Nam dịp ...": no official visit told as made
        before = {c.code for c in self.idx.countries_in(sent.start, mention.start)}
        after = {c.code for c in self.idx.countries_in(mention.start, sent.end)}
        foreign = before - {VNM}
        if VNM in before or after != {VNM} or len(foreign) != 1:
            return None
        return [VNM, *foreign]

    def _tells_no_day(self, mention: EventMention) -> bool:
        """No date on the page, or only years a practice runs from ("Kể từ năm 2024, ... mỗi quý
        một lần"), which date no happening."""
        if not self.idx.dates:
            return True
        if all(self._since_year(d) for d in self.idx.dates):
            mention.rules.append(ONLY_SINCE_YEARS)
            return True
        return False

    def _since_year(self, d: DateMention) -> bool:
        """A bare year after "từ" ("Kể từ năm 2024, ..."): the year something began."""
        return since_year(self.doc.text, self.idx.sentences[self.idx.sentence_at(d.start)].start, d)

    def _sides_of_the_latest(self, mention: EventMention) -> Optional[list[str]]:
        """ "Tổ chức chương trình giao lưu hữu nghị ... Sau đó, hai bên hội đàm, ...": talks the two sides
        hold ("hai bên"/"hai đoàn" right before the trigger) are those of the happening told last, when it
        has Vietnam and one foreign country; so is a friendship exchange the two delegations hold after
        their talks or meeting ("Kết thúc hội đàm, ... Sau đó, hai đoàn tổ chức giao lưu hữu nghị"), not an
        activity of a visit's or a port call's programme."""
        if mention.etype not in ("Talks", "Exchange") or not self.drafts or not TWO_SIDES_BEFORE_RE.search(
                self.doc.text, max(0, mention.start - 30), mention.start):
            return None
        latest = self.drafts[-1]
        if mention.etype == "Exchange" and latest.event.type not in ("Talks", "Meeting"):
            return None
        return self._two_sides_of(latest)

    def _two_countries_of_the_latest(self, mention: EventMention) -> Optional[list[str]]:
        """ "Sau lễ đón, hai bộ trưởng chứng kiến buổi diễn tập quân y chung của quân đội hai nước": a
        drill or exchange told as that of "the two countries", naming none, is held by the two sides
        of the happening told last, when it has Vietnam and one foreign country."""
        if mention.etype not in ("Exercise", "Exchange") or not mention.happening or not self.drafts:
            return None
        if not TWO_COUNTRIES_AFTER_RE.match(self.doc.text, mention.end):
            return None
        return self._two_sides_of(self.drafts[-1])

    def _two_sides_of(self, latest: _Draft) -> Optional[list[str]]:
        """Vietnam and the one foreign country of a happening (its own and its first sentence's), or None."""
        sides = set(latest.event.countries) | set(latest.name_countries)
        if latest.sentences:  # (its sides are read at the end: those of its first sentence)
            sent = self.idx.sentences[latest.sentences[0]]
            sides |= {c.code for c in self.idx.countries_in(sent.start, sent.end)}
        foreign = sides - {VNM}
        return [VNM, *foreign] if VNM in sides and len(foreign) == 1 else None

    def _welcome_sides(self, mention: EventMention) -> Optional[list[str]]:
        """ "X chủ trì Lễ đón chính thức Bộ trưởng Y và đoàn. Ngay sau lễ đón, hai bên đã tiến hành
        hội đàm": talks right after a welcome ceremony are held by its two sides, Vietnam and the
        one foreign country of the welcome's sentence."""
        text = self.doc.text
        if mention.etype != "Talks" or mention.sent == 0:
            return None
        sent, before = self.idx.sentences[mention.sent], self.idx.sentences[mention.sent - 1]
        if AFTER_WELCOME_RE.search(text, sent.start, mention.start) is None or WELCOME_RE.search(
                text, before.start, before.end) is None:
            return None
        foreign = {c.code for c in self.idx.countries_in(before.start, sent.end)} - {VNM}
        return [VNM, *foreign] if len(foreign) == 1 else None

    def _welcomed_guest_sides(self, mention: EventMention) -> Optional[list[str]]:
        """ "Sáng nay, A chủ trì lễ đón Trung tướng B." ... "Tại hội đàm, hai bên đã trao đổi ...": talks
        presupposed at a sentence's head, no side told for them, are held by Vietnam and the one foreign
        country of the latest welcome ceremony told before (its guests' or the country named after it)."""
        text = self.doc.text
        if mention.etype != "Talks" or not PRESUPPOSED_BEFORE_RE.search(text, max(0, mention.start - 20), mention.start):
            return None
        for sent, guests in self._welcomes_before(mention):
            codes = [self.country_of.get(o.name) for o in self.idx.names_in(guests, sent.end)]
            codes += [c.code for c in self.idx.countries_in(guests, sent.end)]
            foreign = {code for code in codes if code is not None and code != VNM}
            if foreign:
                return [VNM, *foreign] if len(foreign) == 1 else None
        return None

    def _welcomes_before(self, mention: EventMention) -> Iterator[tuple[Sentence, int]]:
        """The sentences before the mention's that tell a welcome ceremony ("A chủ trì lễ đón B"), the latest
        first, each with where the welcome's words end (its guests are named after them)."""
        text = self.doc.text
        for sent in reversed(self.idx.sentences[: mention.sent]):
            welcome = WELCOME_BEFORE_RE.search(text, sent.start, sent.end)
            if welcome is not None:
                yield sent, welcome.end()

    def _other_partner(self, draft: _Draft, mention: EventMention) -> bool:
        """ "Ngày 5/3, tàu 015 luyện tập chung cùng tàu ... của Hải quân Pháp" while the article's
        named exercise is MILAN in India: a dated happening with another foreign partner is its
        own event, not a phase of the named one."""
        if mention.date is None or draft.event.type not in ("Exercise", "Exchange"):
            return False
        sent = self.idx.sentences[mention.sent]
        hi = clause_end(self.doc.text, mention.trig_end, sent.end)
        theirs = {c.code for c in self.idx.countries_in(mention.start, hi)} - {VNM}
        known = (set(draft.event.countries) | set(draft.name_countries)) - {VNM}
        if theirs and known and not theirs & known:
            mention.rules.append(OTHER_PARTNER)
            return True
        return False

    def _talks_met_at(self, mention: EventMention, when: _When) -> Optional[_Draft]:
        """ "... đã hội đàm với ... Tại cuộc gặp, ông Thanasak cho rằng ...": "cuộc gặp" opening a
        sentence, with no meeting told, is the talks just told, not a meeting of its own; with no
        talks told either, the friendship exchange just told ("Chương trình gặp gỡ, giao lưu ... Tại
        buổi gặp mặt, bà X ...")."""
        talks = self.latest.get("Talks")
        told = talks or self.latest.get("Exchange")
        if told is None or mention.etype != "Meeting":
            return None
        text, sent = self.doc.text, self.idx.sentences[mention.sent]
        head = sentence_head(text, sent)
        if not (AT_THE_TOLD_RE.fullmatch(text, head, mention.start) or AT_BARE_RE.fullmatch(text, head, mention.start)):
            return None
        if MEETING_WORD_RE.fullmatch(text, mention.start, mention.trig_end) is None:
            return None
        mention.rules.append(MEETING_WORD_OF_TALKS if talks is not None else MEETING_WORD_OF_EXCHANGE)
        when.start = when.end = None
        return told

    def _dialogue_talked_at(self, mention: EventMention, when: _When) -> Optional[_Draft]:
        """ "Đối thoại ... lần thứ 5 diễn ra tại Hà Nội. ... Sau hội đàm, Bộ trưởng X tiếp ...":
        talks presupposed at a sentence's head, with no talks told but a dialogue, are that dialogue."""
        dialogue = self.latest.get("Dialogue")
        if dialogue is None or mention.etype != "Talks":
            return None
        text, sent = self.doc.text, self.idx.sentences[mention.sent]
        head = sentence_head(text, sent)
        if mention.start - head > 16 or not PRESUPPOSED_BEFORE_RE.search(text, max(head, mention.start - 16), mention.start):
            return None
        if when.start is not None and not _on_its_days(dialogue.event, when.start):
            return None  # "Tại hội đàm ngày 10/4 ở Hà Nội, ..." after a dialogue of 18/3: talks of their own
        mention.rules.append(TALKS_WORD_OF_DIALOGUE)
        when.start = when.end = None
        return dialogue

    def _forum_called_dialogue(self, mention: EventMention, when: _When) -> Optional[_Draft]:
        """ "... tham dự Đối thoại Quốc phòng Seoul lần thứ 14 (SDD-14). Thứ trưởng X có bài phát biểu tại Đối
        thoại.": a dialogue presupposed ("tại / sau Đối thoại"), with no dialogue told but a forum named "Đối thoại
        ..." (a Conference), is that forum, not a bilateral dialogue of its own."""
        forum = self.latest.get("Conference")
        if mention.etype != "Dialogue" or mention.named or forum is None:
            return None
        if not forum.event.label.casefold().startswith("đối thoại"):
            return None
        if not PRESUPPOSED_BEFORE_RE.search(self.doc.text, max(0, mention.start - 20), mention.start):
            return None
        if when.start is not None and not _on_its_days(forum.event, when.start):
            return None
        mention.rules.append(FORUM_CALLED_DIALOGUE)
        when.start = when.end = None
        return forum

    def _other_side_named(self, d: _Draft, mention: EventMention) -> bool:
        """ "Tại cuộc gặp với người đồng cấp Việt Nam hôm 11/6, ..." after side meetings each dated only by the forum's
        month ("Bên lề diễn đàn, A gặp song phương với B; C và D"): not one with C alone, whatever its month."""
        if d.event.start is None or d.event.start.day is not None:
            return False
        if not any(SIDE_MEETING_DAY in r.rules for r in d.event.readings):
            return False
        named = self._sides_named_at(mention)
        return bool(named) and not named & self._sides_of(d)

    def _sides_named_at(self, mention: EventMention) -> set[str]:
        """The countries a mention's clause names before its first comma ("cuộc gặp với người đồng cấp Việt Nam, ...")."""
        comma = self.doc.text.find(",", mention.start, self.idx.sentences[mention.sent].end)
        return {c.code for c in self.idx.countries_in(mention.start, comma)} if comma > 0 else set()

    def _sides_of(self, d: _Draft) -> set[Optional[str]]:
        return set(d.event.countries) | {self.country_of.get(p) for p in d.event.participants}

    def _told_with_its_side(self, mention: EventMention, prev: _Draft) -> _Draft:
        """ "Tại cuộc gặp với người đồng cấp Việt Nam hôm 31/5, ..." after meetings with other sides: the
        latest event of its type that has the side its opening names (`AT_THE_TOLD_SIDE`), else the latest."""
        named = self._sides_named_at(mention)
        if not named or named <= self._sides_of(prev):
            return prev
        for d in reversed(self.drafts):
            if d.event.type == mention.etype and named <= self._sides_of(d):
                mention.rules.append(AT_THE_TOLD_SIDE)
                return d
        return prev

    def _at_a_new_side(self, mention: EventMention) -> bool:
        """`AT_THE_TOLD_NEW_SIDE`: a mention opening its sentence or line ("Tại cuộc gặp", `_at_the_told`) whose
        counterpart named right after it ("Tại cuộc gặp, trao đổi với lực lượng bảo vệ bờ biển X, ...") is of a foreign country no earlier event of its type has, and the latest
        one has another foreign side."""
        text, sent = self.doc.text, self.idx.sentences[mention.sent]
        opening = max(sentence_head(text, sent), text.rfind("\n", 0, mention.start) + 1)  # (a bullet line: "• Tại ...")
        told = AT_THE_TOLD_RE.match(text, opening, mention.end)  # (the trigger may hold its "cuộc": "cuộc gặp")
        if mention.start - opening >= 16 or told is None or told.end() < mention.start:
            return False
        m = AT_THE_TOLD_COUNTERPART_RE.match(text, mention.end)
        if m is None:
            return False
        named = {c.code for c in self.idx.countries_in(m.start(1), m.end(1))} - {VNM}
        if not named:
            return False
        latest = self.latest.get(mention.etype)
        if latest is None or not (self._told_sides(latest) - {VNM, None}):
            return False
        return not any(d.event.type == mention.etype and named & self._told_sides(d) for d in self.drafts)

    def _told_sides(self, d: _Draft) -> set[Optional[str]]:
        """The sides of `d` and the countries the sentences telling it name (its countries are completed later)."""
        told = {c.code for r in d.event.readings for c in self.idx.countries_in(r.sentence_start, r.sentence_end)}
        return self._sides_of(d) | told

    def _at_the_told(self, mention: EventMention) -> bool:
        """ "Tại buổi hội đàm, ...", "Trong cuộc gặp, ..." opening a sentence: the happening
        already told, whatever time the sentence speaks of afterwards."""
        sent = self.idx.sentences[mention.sent]
        head = sentence_head(self.doc.text, sent)
        return mention.start - head < 16 and AT_THE_TOLD_RE.fullmatch(self.doc.text, head, mention.start) is not None

    def _presupposed_sides(self, mention: EventMention) -> Optional[list[str]]:
        """The two sides of talks (or a dialogue: "Tại đối thoại, X nhấn mạnh ...") the article takes as told ("Sau cuộc hội đàm, hai
        bên đã ký ...", "thông báo kết quả cuộc hội đàm giữa Đoàn ... Myanmar và Đoàn
        ... Việt Nam vừa diễn ra"): Vietnam and the one foreign country of the
        sentence, its officials or the article's latest event."""
        if mention.etype not in ("Talks", "Dialogue") or not (RESULT_TOLD in mention.rules or PRESUPPOSED_BEFORE_RE.search(
            self.doc.text, max(0, mention.start - 20), mention.start
        )):
            return None
        sent = self.idx.sentences[mention.sent]
        sides = {c.code for c in self.idx.countries_in(sent.start, sent.end)}
        sides |= {self.country_of.get(p) for p in mention.people} - {None}  # type: ignore[arg-type]  # '- {None}' drops the None
        framed: set[str] = set()
        if self.drafts:  # (and its people's: "Bộ trưởng Quốc phòng Mỹ X đã có chuyến thăm ... đến Việt Nam. Tại Hội đàm, ...")
            latest = self.drafts[-1].event
            sides |= set(latest.countries) | {self.country_of.get(p) for p in latest.participants} - {None}  # type: ignore[operator]  # '- {None}' drops the None
        elif not sides - {VNM}:
            framed = self._sides_framed_before(mention)
            sides |= framed
        foreign = sides - {VNM}
        if VNM not in sides or len(foreign) != 1:
            return None
        if framed:  # (recorded only when the framed sides are the ones taken)
            mention.rules.append(SIDES_FRAMED_BEFORE)
        return [VNM, *foreign]

    def _sides_framed_before(self, mention: EventMention) -> set[str]:
        """ "Về phía Việt Nam, Đại tá A ... làm trưởng đoàn. Về phía Lào, trưởng đoàn là ông B ... Tại buổi
        hội đàm, ...": with no event told before, the countries of the sentences right before the talks that
        open by framing one side ("Về phía X", "Phía X") are the talks' sides (`SIDES_FRAMED_BEFORE`)."""
        text, found = self.doc.text, set()
        for sent in reversed(self.idx.sentences[max(0, mention.sent - 3) : mention.sent]):
            if not SIDE_FRAME_OPENS_RE.match(text, sentence_head(text, sent)):
                break
            found |= {c.code for c in self.idx.countries_in(sent.start, sent.end)}
        return found

    def _two_sided(self, mention: EventMention) -> bool:
        """ "làm việc với" opens a meeting only with a foreign side: not "làm việc với
        một số tập đoàn" (a working session with firms)."""
        if self.doc.text[mention.start : mention.trig_end].casefold() != "làm việc với":
            return True
        foreign = {self.country_of.get(p) for p in mention.guests} | set(mention.span_countries)
        if foreign - {None, VNM}:
            return True
        if mention.guests and {self.country_of.get(p) for p in mention.hosts} - {None, VNM}:
            mention.rules.append(FOREIGN_OFFICIAL_WORKS)  # (a foreign subject works with someone named here)
            return True
        if self._foreign_delegation_opens(mention):
            mention.rules.append(FOREIGN_DELEGATION_WORKS)
            add_unique(mention.span_countries, VNM)  # (no foreign body after "với": the hosts here)
            return True
        told = self._delegation_told_before(mention)
        if told is not None:
            mention.rules.append(DELEGATION_TOLD_WORKS)
            add_unique(mention.span_countries, VNM, told)
            return True
        return False

    def _delegation_told_before(self, mention: EventMention) -> Optional[str]:
        """ "Trước đó, ngày 13/5, đoàn đã làm việc với Học viện Quốc phòng Việt Nam": a dated session
        whose clause opens on a bare "đoàn" (the delegation told before): the one foreign country of
        the guests of the latest event that received foreign guests; None otherwise."""
        if mention.date is None or mention.date_weak or not self.drafts:
            return None
        text = self.doc.text
        lo = clause_start(text, mention.start, self.idx.sentences[mention.sent].start)
        comma = text.rfind(",", lo, mention.start)
        if not BARE_DELEGATION_OPENS_RE.fullmatch(text, comma + 1 if comma >= lo else lo, mention.start):
            return None
        for d in reversed(self.drafts):
            foreign = {self.country_of.get(g) for g in d.guests} - {None, VNM}
            if foreign:
                return foreign.pop() if len(foreign) == 1 else None
        return None

    def _foreign_delegation_opens(self, mention: EventMention) -> bool:
        """ "Đoàn cán bộ Sư đoàn 4 - Quân đội nhân dân Lào đã có buổi làm việc với ...": the
        clause opens on a delegation of a foreign country, the other side of the session."""
        text = self.doc.text
        lo = clause_start(text, mention.start, self.idx.sentences[mention.sent].start)
        comma = text.rfind(",", lo, mention.start)
        for start in (lo, comma + 1) if comma >= 0 else (lo,):  # (after a time: "Ngày 10/8, Đoàn ...")
            if DELEGATION_OPENS_CLAUSE_RE.match(text, start, mention.start):
                return any(c.code != VNM for c in self.idx.countries_in(start, mention.start))
        return False

    def _earlier(self, mention: EventMention, when: _When) -> Optional[_Draft]:
        """The latest unnamed event of the mention's type it can be a telling of:
        a compatible day, and no other counterpart or pair of people."""
        for d in reversed(self.drafts):
            if d.named or d.event.type != mention.etype:
                continue
            if when.start is not None and d.event.start not in (None, when.start) and not d.headline_dateline and not (
                _covers(when.start, d.event.start) or _covers(d.event.start, when.start)
            ) and not _retold_with_its_day(d, mention, when):
                continue  # (a title's reception dated by the page is the one the body dates; "Năm 2025, chuyến
                # thăm ..."; a visit "đang thăm" in October, then told "từ ngày 24 đến 26-10")
            if d.opened_in == mention.sent and d.guests and mention.guests and not d.guests & set(mention.guests) \
                    and not self._comes_to_call(mention):
                continue  # "X chào xã giao A, hội kiến với B": two verbs, two objects, two meetings
            if self._told_apart(d, mention):
                continue
            if not _another_happening(d.event, mention, self.country_of) and not _new_host(
                d.event, mention, self.doc.text, self.country_of
            ):
                return self._one_with_its_people(d, mention, when) or d
        return None

    def _told_apart(self, d: _Draft, mention: EventMention) -> bool:
        """Another happening of the draft's type: another host's reception, another side named, or one held
        elsewhere too (each records its rule)."""
        return self._other_host(d, mention) or self._other_side_named(d, mention) or self._held_elsewhere_too(d, mention)

    def _held_elsewhere_too(self, d: _Draft, mention: EventMention) -> bool:
        """ "Cùng ngày, tại TP. Hồ Chí Minh, ... cũng tổ chức buổi gặp mặt kỷ niệm" after a reception told
        at Hà Nội: an unnamed mention in a sentence opened by "cùng ngày", told with "cũng" before it, at a
        place neither inside the other's, is another happening of its type (`HELD_ELSEWHERE_TOO`)."""
        here, there = mention.location, d.event.location
        if mention.named or not here or not there or here in there or there in here:
            return False
        sent = self.idx.sentences[mention.sent]
        if SAME_DAY_RE.match(self.doc.text, sent.start) is None \
                or ALSO_BEFORE_RE.search(self.doc.text, sent.start, mention.start) is None:
            return False  # (not "Trong chuyến thăm, A cũng thăm Học viện X": a stop of the visit told)
        mention.rules.append(HELD_ELSEWHERE_TOO)
        return True

    def _comes_to_call(self, mention: EventMention) -> bool:
        """ "A tiếp Đại tá X, Tùy viên Quốc phòng Y tới chào từ biệt ... và Đại tá Z tới chào nhân nhận nhiệm vụ":
        a call a guest comes to pay ("tới"/"đến" right before it) is why the guest came to the reception told
        before it in its sentence, not a meeting of its own, whoever follows it (`CAME_TO_CALL`)."""
        if COMES_TO_CALL_RE.search(self.doc.text, max(0, mention.start - 8), mention.start) is None:
            return False
        mention.rules.append(CAME_TO_CALL)
        return True

    def _other_host(self, d: _Draft, mention: EventMention) -> bool:
        """ "Chiều cùng ngày, Trung tướng C cũng đã tiếp Trung tướng X và đoàn" after the title's "Bí
        thư Tỉnh ủy A tiếp đoàn ...": a reception naming its guests, by hosts of the side of the
        reception's own hosts who are none of its people, is another reception (`OTHER_HOST`); not a
        role told the other way ("Đại sứ X chào từ biệt ...", then "A tiếp Đại sứ X")."""
        if d.event.type not in BILATERAL_TYPES or not mention.hosts or not mention.guests:
            return False
        hosts = d.hosts or self._hosts_found_later(d)  # ("... đến chào xã giao Bộ Tư lệnh Vùng. Tiếp đoàn, A ...")
        if not hosts or _share_person(mention.people, hosts) or _share_person(mention.hosts, d.event.participants):
            # (not "nhân dịp tháp tùng Tổng Bí thư A ..., Đại tướng B đã gặp ...": B, the title's host, is there)
            return False
        sides = {self.country_of.get(p) for p in hosts} | {self.country_of.get(p) for p in mention.hosts}
        if len(sides) != 1 or None in sides:
            return False
        mention.rules.append(OTHER_HOST)
        return True

    def _one_with_its_people(self, latest: _Draft, mention: EventMention, when: _When) -> Optional[_Draft]:
        """ "Tiếp Bộ trưởng, Chủ tịch nước A đánh giá cao ..." after the calls on A and on B (told in
        that order): the latest reception of that day with the mention's people, when the latest
        one told has none of them (`WITH_ITS_PEOPLE`)."""
        people = [p for p in mention.people if self.country_of.get(p)]
        if latest.event.type not in BILATERAL_TYPES:
            return None
        if people:
            def has(ev: Event) -> bool:
                return _share_person(people, ev.participants)
        else:  # "Thủ tướng Chính phủ cũng đã tiếp ...": the one whose people hold the title told
            subject = self.doc.text[clause_start(self.doc.text, mention.start, self.idx.sentences[mention.sent].start) : mention.start]

            def has(ev: Event) -> bool:
                return any(_holds_title(subject, t) for p in ev.participants for t in self._positions(p))
        if has(latest.event):
            return None
        for d in reversed(self.drafts[: self.drafts.index(latest)]):
            ev = d.event
            if d.named or ev.type != latest.event.type or not _same_or_within(ev.start, latest.event.start) or \
                    not _same_or_within(ev.start, when.start):
                continue
            if has(ev) and not _another_happening(ev, mention, self.country_of):
                mention.rules.append(WITH_ITS_PEOPLE)
                return d
        return None

    def _positions(self, name: str) -> list[str]:
        return next((o.positions for o in self.doc.officials if o.name == name), [])

    def _same_day(self, mention: EventMention, when: _When) -> bool:
        """ "Cùng ngày, ...", "Trước đó, sáng cùng ngày, ...": the day last told.
        True when the sentence says so (whether or not that day is known)."""
        sent = self.idx.sentences[mention.sent]
        head = sentence_head(self.doc.text, sent)
        if SAME_DAY_RE.search(self.doc.text, sent.start, min(sent.end, sent.start + 40)) is None:
            after = AFTER_TOLD_RE.match(self.doc.text, head, sent.end)
            if after is None:
                return False
            mention.rules.append(AFTER_TOLD)
            if self._day_of_the_happening_told(after, when):
                return True
        if self._on_programme_day(self._programme_day_before(mention.sent), when):
            return True  # "Ngày thứ hai của chương trình, ... . Chiều cùng ngày, ..."
        told = last_told_day(self.idx, self.doc.text, sent.start)
        if told is not None:
            when.start, when.end = dates_of(self.idx, told)
            shift = _days_moved_since(self.idx, self.doc.text, told.end, sent.start)
            if shift and self._back_at_the_told_day(when.start, told.end, mention.sent):
                shift = 0
                when.rules.append(BACK_AT_THE_TOLD_DAY)
            back = None if shift else self._back_from_a_dated_flashback(told, mention.sent)
            if back is not None:
                when.start, when.end = back, None
                when.rules.append(BACK_FROM_A_DATED_FLASHBACK)
            lead_day = self._day_the_lead_gave(mention, told.start) if shift else None
            if lead_day is not None:
                when.start, when.end, shift = lead_day, None, 0
                when.rules.append(DAY_OF_THE_LEAD)
            if shift and when.end is None and _day_after(when.start, shift) is not None:
                when.start = _day_after(when.start, shift)  # "Sáng hôm sau, ... . Chiều cùng ngày, ..."
                when.rules.append(SAME_DAY_AS_RELATIVE)
            when.rank = 1
            when.rules.append(SAME_DAY)
        return True

    def _back_at_the_told_day(self, day: Optional[PartialDate], told_end: int, sent_i: int) -> bool:
        """ "Sáng 14/4, A tiếp X ... Chiều hôm trước, B hội đàm với X. ... Dự buổi tiếp có ... . Chiều
        cùng ngày, ...": after the sentences opened by a relative day (a flashback), the story came back
        to the happening of the told day (a mention joined it): "cùng ngày" is that day again."""
        if day is None or day.day is None:
            return False
        last = max((i for i in range(self.idx.sentence_at(told_end) + 1, sent_i)
                    if _opens_with_a_relative_day(self.idx, self.doc.text, i)), default=None)
        return last is not None and any(
            d.event.start == day and d.event.end is None and any(last < i < sent_i for i in d.sentences)
            for d in self.drafts)

    def _back_from_a_dated_flashback(self, told: DateMention, sent_i: int) -> Optional[PartialDate]:
        """ "Chiều 26/11, A tiếp X. ... Trước đó, chiều 25/11, B hội đàm với X. ... Về Biển Đông, A nêu rõ
        ... . Sáng cùng ngày, C tiếp X": the day `told` opens a flashback ("Trước đó, <day>, ..."), and a
        sentence after it, before sentence `sent_i`, opens on a person (by name or office) of the happening
        with a day of its own told before the flashback who has no part in the flashback's: the story came
        back to that happening, whose day "cùng ngày" is (`BACK_FROM_A_DATED_FLASHBACK`); else None."""
        text, idx = self.doc.text, self.idx
        fb_i = idx.sentence_at(told.start)
        if told.date.day is None or DATED_FLASHBACK_OPENS_RE.fullmatch(
                text, sentence_head(text, idx.sentences[fb_i]), told.start) is None:
            return None
        in_flashback = {p for d in self.drafts if fb_i in d.sentences for p in d.event.participants}
        before = [d for d in self.drafts if 0 <= d.opened_in < fb_i and d.event.end is None
                  and d.event.start is not None and d.event.start.day is not None and d.event.start != told.date]
        if not before:
            return None
        latest = max(before, key=lambda d: d.opened_in)
        own = [p for p in latest.event.participants if p not in in_flashback]
        for i in range(fb_i + 1, sent_i):
            head = text[idx.sentences[i].start : min(idx.sentences[i].end, idx.sentences[i].start + FLASHBACK_LEFT_REACH)]
            if any(p in head or any(_holds_title(head, t) for t in self._positions(p)) for p in own):
                return latest.event.start
        return None

    def _day_the_lead_gave(self, mention: EventMention, before: int) -> Optional[PartialDate]:
        """The day of a reception of the mention's guest told before offset `before`, by hosts its
        sentence names by office before the guest ("Trong ngày 12/6, Chủ tịch nước và Thủ tướng Chính
        phủ lần lượt tiếp ông X"), one office being the mention's host's (DAY_OF_THE_LEAD)."""
        titles = [t for h in mention.hosts for t in self._positions(h)]
        if not titles or not mention.guests:
            return None
        for d in self.drafts:
            ev = d.event
            if ev.type != mention.etype or ev.start is None or ev.start.day is None or ev.end is not None or d.opened_in < 0:
                continue
            sent = self.idx.sentences[d.opened_in]
            if sent.start >= before or not _share_person(list(mention.guests), ev.participants):
                continue
            guest_at = min((i for g in mention.guests if (i := self.doc.text.find(g, sent.start, sent.end)) >= 0), default=-1)
            verb = list(LEAD_RECEIVES_RE.finditer(self.doc.text, sent.start, max(guest_at, sent.start)))
            if verb and any(_holds_title(self.doc.text[sent.start : verb[-1].start()], t) for t in titles):
                return ev.start
        return None

    def _next_day(self, mention: EventMention, when: _When) -> None:
        """ "Hôm sau (13/4), ...", "Ngày hôm sau, ...": the day in brackets, else the day after
        the one last told (NEXT_DAY); "Trước đó một ngày, ...": the day before it (DAY_BEFORE)."""
        text = self.doc.text
        sent = self.idx.sentences[mention.sent]
        head = sentence_head(text, sent)
        opener, shift = relative_day_opener(text, head, mention.start)
        if opener is None and HELD_NEXT_DAY_AFTER_RE.match(text, mention.end, sent.end):
            self._held_next_day(mention, when)  # "Tại hội đàm diễn ra sáng hôm sau, ..."
            return
        if opener is None:
            self._on_programme_day(self._programme_day(mention.sent), when)
            return
        rule_name = NEXT_DAY if shift > 0 else DAY_BEFORE
        bracket = self.idx.first_date_in(opener.end(), min(sent.end, opener.end() + 2))
        if bracket is not None and text[opener.end() - 1] == "(":
            when.start, when.end = dates_of(self.idx, bracket)
        else:
            told = last_told_day(self.idx, text, sent.start)
            after = _day_after(told.date if told is not None else self._last_day_of_a_happening(), shift)
            if after is None:
                return
            when.start, when.end = after, None
        when.rank = 1
        when.rules.append(rule_name)

    def _held_next_day(self, mention: EventMention, when: _When) -> None:
        """ "Tối 14/7, hai đoàn giao lưu ... Tại hội đàm diễn ra sáng hôm sau, ...": the happening told as held
        the day after the one last told, that day, as its own (`HELD_NEXT_DAY`): finer than the days of the
        programme a lead gave it ("Từ ngày 14-15/7, ... tổ chức hội đàm ... và giao lưu")."""
        sent = self.idx.sentences[mention.sent]
        told = last_told_day(self.idx, self.doc.text, sent.start)
        after = _day_after(told.date if told is not None else self._last_day_of_a_happening(), 1)
        if after is not None:
            when.start, when.end, when.rank = after, None, 2
            when.rules.append(HELD_NEXT_DAY)

    def _after_the_stay(self, mention: EventMention, when: _When) -> None:
        """ "Sau chuyến thăm, tàu X đã luyện tập chung với tàu Y ...": a happening told, with no day of its own,
        right after a port call or visit just told: some day after its last, the month that day falls in
        (`AFTER_THE_STAY`)."""
        if mention.etype in STAY_TYPES:
            return  # (the stay told again)
        sent = self.idx.sentences[mention.sent]
        if AFTER_STAY_RE.match(self.doc.text, sentence_head(self.doc.text, sent), mention.start) is None:
            return
        stays = [d for d in (self.latest.get(t) for t in STAY_TYPES) if d is not None and d.event.start is not None]
        if not stays:
            return
        last = max(stays, key=lambda d: max(d.sentences, default=-1)).event
        day: PartialDate = last.end or last.start  # type: ignore[assignment]  # stays all have a start
        if day.year is None or day.month is None:
            return
        when.start, when.end, when.rank = PartialDate(day.year, day.month), None, 1
        when.rules.append(AFTER_THE_STAY)

    @staticmethod
    def _on_programme_day(day: Optional[PartialDate], when: _When) -> bool:
        """Dates the mention on a programme's day (`_programme_day`), when one was found, as firmly as
        a day its sentence told (rank 1: over a weak date, under one cued as its time); True when it did."""
        if day is None:
            return False
        when.start, when.end, when.rank = day, None, 1
        when.rules.append(PROGRAMME_DAY)
        return True

    def _programme_day(self, index: int) -> Optional[PartialDate]:
        """ "Ngày thứ hai của chương trình, ...", "Ngày làm việc thứ ba, ...", "Ngày đầu tiên, ...",
        "Ngày cuối cùng của chuyến thăm, ..." opening sentence `index`, which tells no day of its own:
        that day of the latest stretch of days told (`_day_of_the_stretch`); None when none holds it."""
        text, sent = self.doc.text, self.idx.sentences[index]
        nth = programme_day_number(text, sentence_head(text, sent), sent.end)
        if nth is None or _tells_a_day(self.idx, sent):
            return None
        return self._day_of_the_stretch(nth)

    def _day_of_the_stretch(self, nth: int) -> Optional[PartialDate]:
        """Day `nth` (-1: the last) of the latest stretch of days told so far (a programme's, a visit's),
        counted from its first (`PROGRAMME_DAY`); None when the stretch does not hold it."""
        for d in reversed(self.drafts):
            start, end = d.event.start, d.event.end
            if start is None or end is None or not start.is_complete or not end.is_complete:
                continue
            day = end if nth < 0 else _day_after(start, nth - 1)
            return day if day is not None and date_le(day, end) else None
        return None

    def _programme_day_before(self, index: int) -> Optional[PartialDate]:
        """The day of the latest sentence before sentence `index` opened by a programme's day
        (`_programme_day`), no sentence telling a day of its own between them."""
        marks = self._day_marks()
        for _, nth in reversed(marks[: bisect.bisect_left(marks, index, key=lambda mark: mark[0])]):
            if nth is None:
                return None
            day = self._day_of_the_stretch(nth)
            if day is not None:
                return day
        return None

    def _day_marks(self) -> list[tuple[int, Optional[int]]]:
        """The sentences, by index, that tell a day of their own (None) or open on a programme's day
        (its number, `programme_day_number`), in order: worked out once, not at every "cùng ngày"."""
        if self.day_marks is None:
            text, idx = self.doc.text, self.idx
            self.day_marks = []
            for i, sent in enumerate(idx.sentences):
                tells = _tells_a_day(idx, sent)
                nth = None if tells else programme_day_number(text, sentence_head(text, sent), sent.end)
                if tells or nth is not None:
                    self.day_marks.append((i, nth))
        return self.day_marks

    def _earlier_that_day(self, draft: _Draft, mention: EventMention, when: _When) -> None:
        """ "Ngày 14/1, ... hội đàm ... Trước đó, đồng chí Bí thư Tỉnh ủy đã tiếp xã giao đoàn": a
        telling, with no day in its sentence, of a reception the page alone dates (the title's), told
        after a happening of the story's own day (the article's dateline): earlier that day
        (`EARLIER_THAT_DAY`), not some unknown day."""
        if when.start is not None or draft.event.type not in ("Meeting", "Talks") or not draft.headline_dateline:
            return
        text, sent = self.doc.text, self.idx.sentences[mention.sent]
        if not EARLIER_BARE_OPENS_RE.match(text, sentence_head(text, sent), sent.end):
            return
        if self.idx.first_date_in(sent.start, sent.end) is not None:
            return
        told, story = last_told_day(self.idx, text, sent.start), article_dateline(self.idx)
        if told is None or story is None or dates_of(self.idx, told) != dates_of(self.idx, story):
            return
        when.start, when.end = dates_of(self.idx, told)
        when.rank = 1
        when.rules.append(EARLIER_THAT_DAY)

    def _last_day_of_a_happening(self) -> Optional[PartialDate]:
        """The day of the latest one-day happening told with its full day ("Hôm thứ Ba
        21/10/2025, ... tổ chức Đối thoại ..."), for a day told relative to it."""
        for d in reversed(self.drafts):
            start = d.event.start
            if start is not None and start.is_complete and d.event.end is None and not d.headline_dateline:
                return start
        return None

    def _day_of_the_happening_told(self, after: re.Match[str], when: _When) -> bool:
        """ "Kết thúc hội đàm, ...": the day of the talks told before, not the last day
        the text named ("Trước đó, ngày 15/4, ... hội đàm" after a reception of 16/4)."""
        word = trigger_words_re().search(after.group(0))  # the first told, the longest there
        etype = trigger_type(word.group(0)) if word is not None else None
        if etype is None:
            return False
        told = self.latest.get(etype)
        start = told.event.start if told is not None else None
        if start is None or not start.is_complete or told.event.end is not None:  # type: ignore[union-attr]  # a start implies told
            return False
        when.start, when.end, when.rank = start, None, 1
        when.rules.append(DAY_OF_THE_TOLD)
        return True

    def _phase_of(self, draft: _Draft, mention: EventMention, when: _When) -> _Draft:
        """ "cuộc diễn tập", "giao lưu diễn ra từ ...": the named event of the article,
        or a phase of it -- never a second one; a later day stretches its end."""
        mention.rules.append(PHASE_OF_NAMED)
        ev = draft.event
        if (when.start is not None and when.end is None and ev.start is not None and ev.end is not None
                and within(when.start, ev.start, ev.end)
                and FORUM_SESSION_RE.match(self.doc.text, mention.start, mention.end) is not None):
            when.start = None  # "phiên toàn thể thứ tư sáng 31/5" of a forum "từ ngày 29 đến 31/5": its stretch stays
            when.rules.append(SESSION_DAY)
        if when.start is not None and ev.start is not None and date_le(ev.start, when.start) and when.start != ev.start and when.rank <= draft.date_rank:
            last = when.end or when.start
            if ev.end is None or (date_le(ev.end, last) and last != ev.end):
                ev.end = last
            when.start = when.end = None
        return draft

    def _open(self, mention: EventMention, when: _When, same_day: bool) -> _Draft:
        before = self.drafts[-1] if when.start is None and same_day and self.drafts else None
        if when.start is None and same_day:
            self._day_of_the_latest(when)
        beside = self._beside_the_told(mention, when) if when.start is None and mention.etype in ("Meeting", "Talks") else None
        if when.start is None and not _undated_voyage(mention) and not self._framed_by_the_visit(mention, when):
            self._dateline_of_new(mention, when)  # (a voyage told without its days stays so)
        mention.rules.append(NEW_ANONYMOUS)
        ev = Event(type=mention.etype, label="")
        draft = _Draft(ev, f"{mention.etype}|anon|{len(self.drafts)}", False, hosts=frozenset(mention.hosts),
                       guests=frozenset(mention.guests), opened_in=mention.sent,
                       headline_dateline=DATELINE in when.rules and (mention.sent == self.title_sent or when.stamped),
                       dateline_only=DATELINE in when.rules)
        self.drafts.append(draft)
        if beside is not None and BESIDE_THE_TOLD not in when.rules:
            self.beside.append((draft, beside))  # its day may be told later ("Ngày 1/11, ADMM+ diễn ra")
        if before is not None and ev.start is None:
            self.same_day_later.append((draft, before))  # its day may be found later (`_same_days_found_later`)
        text = self.doc.text
        if mention.etype == "Meeting" and len(mention.core.split()) >= 3 and text[mention.start].isupper():
            ev.label = text[mention.start : mention.end].strip()
        return draft

    def _day_of_the_latest(self, when: _When) -> None:
        """ "Cùng ngày, ..." opening a new event: the day of the latest one-day happening told, not the
        first day of a visit (`SAME_DAY`)."""
        dated = [d.event for d in reversed(self.drafts) if d.event.start and d.event.start.is_complete]
        same = next((e for e in dated if e.end is None), dated[0] if dated else None)
        if same is not None:
            when.start, when.end, when.rank = same.start, None, 1
            when.rules.append(SAME_DAY)

    def _dateline_of_new(self, mention: EventMention, when: _When) -> None:
        """A new event with no day of its own takes its paragraph's or the page's; a visit dated so by
        one day is one of its happenings' days (talks, a signing): the visit spans more -- its month."""
        self._dateline(mention, when)
        if mention.etype == "Visit" and when.start is not None and when.start.month and when.end is None:
            when.start, when.end = PartialDate(when.start.year, when.start.month), None
        if when.start is not None and when.start.day is not None and DATELINE in when.rules and self._told_as_recent(mention):
            when.start, when.end, when.rank = PartialDate(when.start.year, when.start.month), None, 0
            when.rules.append(RECENT_MONTH)
        elif (when.start is not None and when.start.day is not None and DATELINE in when.rules
              and paragraph_dateline(self.idx, mention.sent) is None and self._week_round_up()):
            when.start, when.end, when.rank = PartialDate(when.start.year, when.start.month), None, 0
            when.rules.append(WEEK_ROUND_UP_MONTH)

    def _week_round_up(self) -> bool:
        """Whether the page's lead presents its items as the week's (`WEEK_ROUND_UP_MONTH`)."""
        lead = self.idx.sentences[: self.title_sent + LEAD_SENTENCES + 1]
        return any(WEEK_ROUND_UP_RE.search(self.doc.text, s.start, s.end) for s in lead)

    def _told_as_recent(self, mention: EventMention) -> bool:
        """ "Mới đây, tàu khu trục X của Hải quân Mỹ tới Cam Ranh ...": a sentence opened by a recent,
        undated time tells a happening of some day before the page's (`RECENT_MONTH`)."""
        sent = self.idx.sentences[mention.sent]
        return RECENT_OPENS_RE.match(self.doc.text, sentence_head(self.doc.text, sent), mention.start) is not None

    def _beside_the_told(self, mention: EventMention, when: _When) -> Optional[_Draft]:
        """ "Bên lề ADMM+, Đại tướng A gặp song phương với B": a meeting on the sidelines of a named
        event told before, one day long, is on its day (`BESIDE_THE_TOLD`); the opener names it by
        its short name ("ADMM+") or by its kind ("hội nghị", "Hội nghị ADMM+")."""
        text, sent = self.doc.text, self.idx.sentences[mention.sent]
        opener = SIDELINE_OPENS_RE.match(text, sentence_head(text, sent), mention.start)
        if opener is None:
            return None
        words = norm_key(opener.group(1)).split()
        for d in reversed(self.drafts):
            if not d.named:
                continue
            kind = norm_key(d.event.label).split()[:2]
            if words[:2] == kind or any(_holds_words(words, _without_year(a)) for a in d.aliases if a):
                ev = d.event
                if ev.start is not None and ev.start.is_complete and ev.end is None:
                    when.start, when.end, when.rank = ev.start, None, 1
                    when.rules.append(BESIDE_THE_TOLD)
                return d
        return None

    def _retold_beside_the_told(self, draft: _Draft, mention: EventMention, when: _When) -> None:
        """ "ADMM+ 12: Bộ trưởng A gặp song phương nhiều người đồng cấp" (a headline dated by the page alone),
        then "Bên lề hội nghị, A đã gặp song phương với B; C": the meeting retold beside a named event told
        before is on its day (`BESIDE_THE_TOLD`), now or once that day is told ("Sang ngày 1/11, ADMM+ 12 tiếp
        tục diễn ra"), as a meeting opened there is."""
        if when.start is not None or not draft.dateline_only or mention.etype not in ("Meeting", "Talks"):
            return
        beside = self._beside_the_told(mention, when)
        if beside is not None and BESIDE_THE_TOLD not in when.rules:
            self.beside.append((draft, beside))

    def _beside_days_told_later(self) -> None:
        """A meeting told beside a named event whose one day the text tells only later ("Cũng trong
        ngày diễn ra ADMM+, A gặp B" after "Ngày 1/11, ADMM+ diễn ra"): dated by the page before,
        it takes that day (`BESIDE_THE_TOLD`)."""
        for d, beside in self.beside:
            ev, day = d.event, beside.event.start
            if day is None or not day.is_complete or beside.event.end is not None or not ev.readings:
                continue
            if ev.start is None or DATELINE in ev.readings[0].rules:
                ev.start, ev.end = day, None
                _add_rule(ev, BESIDE_THE_TOLD)

    def _days_of_sidelines(self, drafts: list[_Draft]) -> None:
        """A named event with no day, told as what a meeting of its sentence was held beside ("X hôm
        thứ Năm đã có các cuộc gặp song phương ... bên lề Hội nghị ... lần thứ 11"), the meeting of
        one full day: held that day (`DAY_OF_ITS_SIDELINES`)."""
        text = self.doc.text
        for d in drafts:
            ev = d.event
            if not d.named or ev.start is not None:
                continue
            beside = [r for r in ev.readings if SIDELINE_BEFORE_RE.search(text, max(0, r.start - 12), r.start)]
            days = {o.event.start for o in drafts for r in beside for o_r in o.event.readings
                    if o is not d and o.event.type in ("Meeting", "Talks") and o_r.sentence_start == r.sentence_start
                    and o.event.start is not None and o.event.start.is_complete and o.event.end is None}
            if len(days) == 1:
                ev.start = days.pop()
                _add_rule(ev, DAY_OF_ITS_SIDELINES)

    def _first_days_of_the_told(self, drafts: list[_Draft]) -> None:
        """An event with no day, or only its month, told as the first day the sentence's happening was held on
        ("Trong ngày đầu diễn ra Giao lưu ... lần thứ 2, Bộ Quốc phòng hai nước đã hội đàm"), that happening of
        one full day (maybe dated later) in its month: it began that day (`FIRST_DAY_OF_THE_TOLD`)."""
        text = self.doc.text
        for d in drafts:
            ev = d.event
            if ev.start is not None and (ev.start.is_complete or ev.end is not None):
                continue
            first = [r for r in ev.readings if FIRST_DAY_BEFORE_RE.search(text, max(0, r.start - 40), r.start)]
            days = {o.event.start for o in drafts for r in first for o_r in o.event.readings
                    if o is not d and o_r.sentence_start == r.sentence_start and o_r.start > r.start
                    and o.event.start is not None and o.event.start.is_complete and o.event.end is None}
            day = days.pop() if len(days) == 1 else None
            if day is not None and (ev.start is None or (ev.start.year, ev.start.month) == (day.year, day.month)):
                ev.start = day
                _add_rule(ev, FIRST_DAY_OF_THE_TOLD)

    def _days_beside_named_after(self, drafts: list[_Draft]) -> None:
        """A meeting or talks with no day of its own whose sentence tells, after it, the named event it
        was held beside ("A gặp song phương người đồng cấp B, C và D bên lề hội nghị hẹp ... ở Cebu",
        the meeting told first; "A gặp B bên lề ACDFM-23", the event by its short name), that event of
        one full day (maybe dated later): held that day (`BESIDE_THE_NAMED_AFTER`), the mirror of
        `_days_of_sidelines`."""
        beside = self._named_beside_places(drafts)
        for d in drafts:
            ev = d.event
            if d.named or ev.type not in ("Meeting", "Talks") or not ev.readings or not (ev.start is None or d.dateline_only):
                continue
            first = ev.readings[0]
            days = {day for sent_start, start, day in beside if sent_start == first.sentence_start and start > first.start}
            if len(days) == 1:
                ev.start, ev.end = days.pop(), None
                _add_rule(ev, BESIDE_THE_NAMED_AFTER)

    def _named_beside_places(self, drafts: list[_Draft]) -> list[tuple[int, int, PartialDate]]:
        """Where a named event of one full day is told right after "bên lề", by a reading of it or by
        its short name alone (the sentence's start, the place, the event's day)."""
        text, idx = self.doc.text, self.idx
        out = []
        for o in drafts:
            day = o.event.start
            if not o.named or day is None or not day.is_complete or o.event.end is not None:
                continue
            places = [(r.sentence_start, r.start) for r in o.event.readings]
            places += [(idx.sentences[idx.sentence_at(m.start())].start, m.start())
                       for alias in sorted(o.aliases) for m in _alias_places(text, alias)]
            out += [(sent_start, start, day) for sent_start, start in places
                    if SIDELINE_BEFORE_RE.search(text, max(0, start - 12), start)]
        return out

    def _days_of_announced_meetings(self, drafts: list[_Draft]) -> None:
        """ "Ngày 31/5, bên lề Đối thoại, A đã có các cuộc gặp song phương với trưởng đoàn một số nước."
        announces a day's meetings; each told after it by a sentence opening on the meeting ("Gặp B, A ...",
        "Tiếp đó, tại cuộc gặp C, ...") or by a list of its counterparts ("A lần lượt gặp B; C và D", `SPLIT`),
        up to the next sentence telling a day, with no day of its own or only the page's, was held that day
        (`ANNOUNCED_DAY`)."""
        if not any(_may_take_an_announced_day(d) for d in drafts):
            return  # the announcements are searched sentence by sentence: only when a meeting may take a day
        days = self._announced_days(drafts)
        if not days:
            return
        for d in drafts:
            ev = d.event
            if not _may_take_an_announced_day(d):
                continue
            found = {days[r.sentence_start] for r in ev.readings
                     if r.sentence_start in days and (self._opens_on_meeting(r) or SPLIT in r.rules)}
            if len(found) == 1:
                ev.start, ev.end = found.pop(), None
                d.dateline_only = False
                _add_rule(ev, ANNOUNCED_DAY)

    def _announced_days(self, drafts: list[_Draft]) -> dict[int, PartialDate]:
        """The sentences (by start) told after an announcement of a day's meetings, before the next day told: that day."""
        text, idx = self.doc.text, self.idx
        out: dict[int, PartialDate] = {}
        sents = idx.sentences
        for i, s in enumerate(sents):
            told = MEETINGS_ANNOUNCED_RE.search(text, s.start, s.end)
            day = idx.last_date_in(s.start, told.start()) if told is not None else None
            if told is not None and day is None:
                start = self._same_day_announced(s, drafts)
            elif day is None or day.date.day is None or day.end_date is not None or is_stamp(text, day):
                continue
            else:
                start = idx.resolve(day.date)
            if start is None:
                continue
            for after in sents[i + 1 : i + 1 + ANNOUNCED_SERIES_SPAN]:
                if _tells_a_day(idx, after):
                    break
                out[after.start] = start
        return out

    def _same_day_announced(self, s: Sentence, drafts: list[_Draft]) -> Optional[PartialDate]:
        """ "Cùng ngày, bên lề hội nghị, A đã có các cuộc gặp song phương với B; C và D.": an announcement
        telling no date but the day last told: the one full day the meetings it lists were given
        (`SAME_DAY`), if they agree."""
        if SAME_DAY_RE.match(self.doc.text, s.start) is None:
            return None
        days = {d.event.start for d in drafts if d.event.type == "Meeting" and d.event.end is None
                and d.event.start is not None and d.event.start.is_complete
                and any(r.sentence_start == s.start and SAME_DAY in r.rules for r in d.event.readings)}
        return days.pop() if len(days) == 1 else None

    def _opens_on_meeting(self, r: Reading) -> bool:
        """The reading's meeting opens its sentence (past a timecode or "Tiếp đó,"):
        "Gặp B, ...", "Tại cuộc gặp C, ..."."""
        text = self.doc.text
        sent = self.idx.sentences[self.idx.sentence_at(r.sentence_start)]
        lead = ANNOUNCED_LEAD_RE.match(text, sentence_head(text, sent))
        pos = lead.end() if lead is not None else r.sentence_start
        opening = (PARTICIPIAL_MEETING_RE.match(text, pos, r.sentence_end)
                   or MEETING_OPENS_RE.match(text, pos, r.sentence_end))
        return opening is not None and pos <= r.start < opening.end()

    def _days_of_a_series(self, drafts: list[_Draft]) -> None:
        """A meeting with no day of its own (or only its paragraph's or the article's) told by the trigger opening its sentence ("Tiếp Đại tướng C, Đại tướng A
        đề nghị ...") right after another meeting of one full day (the one told last before it): one more
        of that series of side meetings or receptions, held that day (`SERIES_DAY`)."""
        text = self.doc.text
        meetings = sorted((d for d in drafts if d.event.readings and d.event.type == "Meeting" and not d.named),
                          key=lambda d: d.event.readings[0].sentence_start)
        for before, d in zip(meetings, meetings[1:]):
            ev, first = d.event, d.event.readings[0]
            day = before.event.start
            if not (ev.start is None or d.dateline_only) or day is None or not day.is_complete or before.event.end is not None:
                continue
            if first.start == first.sentence_start and PARTICIPIAL_MEETING_RE.match(text, first.start, first.sentence_end):
                ev.start, ev.end = day, None
                _add_rule(ev, SERIES_DAY)
            elif SERIES_LINK_RE.fullmatch(text, first.sentence_start, first.start):
                ev.start, ev.end = day, None  # "Tiếp đó, A gặp C.": the next of the series
                _add_rule(ev, SERIES_LINKED)

    def _same_days_found_later(self) -> None:
        """ "Chiều cùng ngày, Đại tướng gặp ...", told right after a happening whose day is found only
        after the last mention (a meeting beside a named event dated by its short name later on):
        left undated then, it takes that day (`SAME_DAY_FOUND_LATER`)."""
        for d, before in self.same_day_later:
            day = before.event.start
            if d.event.start is None and day is not None and day.is_complete and before.event.end is None:
                d.event.start, d.event.end = day, None
                _add_rule(d.event, SAME_DAY_FOUND_LATER)

    def _just_held_in_the_page_month(self, drafts: list[_Draft]) -> None:
        """An event left undated whose telling says it was just held ("Tại Hà Nội vừa diễn ra Đối
        thoại ...", "... vừa kết thúc") is of the page's month, when the page is stamped late
        enough in it that a few days back stay inside it (`JUST_HELD`)."""
        pub, text = self.doc.published, self.doc.text
        if pub is None or not pub.is_complete or pub.day < JUST_HELD_FROM_DAY:  # type: ignore[operator]  # is_complete: the day is set
            return
        for d in drafts:
            if d.event.start is not None:
                continue
            for r in d.event.readings:
                lo, hi = max(r.sentence_start, r.start - JUST_HELD_BEFORE), min(r.sentence_end, r.end + JUST_HELD_AFTER)
                told = JUST_HELD_RE.search(text, lo, hi)
                if told is not None:
                    d.event.start, d.event.end = PartialDate(pub.year, pub.month), None
                    _add_rule(d.event, JUST_HELD)
                    break

    def _day_of_the_days_round_up(self, drafts: list[_Draft]) -> None:
        """A round-up of the day ("VTV.vn - Tổng hợp một số hoạt động quốc phòng nổi bật trong ngày."): an
        event still undated that its telling says was held ("Hội nghị X diễn ra theo hình thức trực tuyến ...")
        is one of the day's items, on the page's day (`DAYS_ROUND_UP`)."""
        pub, text = self.doc.published, self.doc.text
        if pub is None or not pub.is_complete:
            return
        lead = self.idx.sentences[: self.title_sent + LEAD_SENTENCES + 1]
        if not any(DAYS_ROUND_UP_RE.search(text, s.start, s.end) for s in lead):
            return
        for d in drafts:
            if d.event.start is None and any(HAPPENING in r.rules for r in d.event.readings):
                d.event.start, d.event.end = pub, None
                _add_rule(d.event, DAYS_ROUND_UP)

    def _news_of_an_undated_page(self, drafts: list[_Draft]) -> None:
        """ "Chuyến thăm chính thức Việt Nam của Bộ trưởng A nhằm ... Chuyến thăm diễn ra trong bối cảnh ..."
        under a stamp the cleaning removed ("Thứ ba, 06/08/2024 10:31"), the text telling no date at all:
        an unnamed happening the page tells as taking place is its news, some day of the page's month
        (`UNDATED_PAGE_MONTH`, the real golds' "day not in the excerpt": month only). A named event (a
        forum the page previews) may fall in another month: it stays undated."""
        pub = self.doc.published
        if pub is None or pub.month is None or self.idx.dates:
            return
        text = self.doc.text
        for d in drafts:
            if d.event.start is None and not d.named and any(
                    HAPPENING in r.rules or THIS_ONE in r.rules or RECEIVES in r.rules or RESULT_TOLD in r.rules
                    or PRESUPPOSED_BEFORE_RE.search(text, max(r.sentence_start, r.start - 20), r.start)
                    for r in d.event.readings):  # (also "Theo Bộ Quốc phòng, tại hội đàm, A khẳng định ...": held;
                # "Chủ tịch nước tiếp Bộ trưởng X", "kết quả tốt đẹp của cuộc hội đàm với Y": a reception, talks told as held)
                d.event.start, d.event.end = PartialDate(pub.year, pub.month), None
                _add_rule(d.event, UNDATED_PAGE_MONTH)

    def _caption_of_the_page(self, drafts: list[_Draft]) -> None:
        """ "| Hội nghị song phương lần thứ nhất giữa A và B." under its photo, the event told nowhere else with a
        day: what the photo shows is the page's news, dated as the page is, its month or else its year
        (`CAPTION_OF_THE_PAGE`); not a forum the page previews (that one is told by its name in prose)."""
        pub = self.doc.published
        if pub is None:
            return
        for d in drafts:
            if d.named and d.event.start is None and d.event.readings and all(
                    NAME_ALONE in r.rules for r in d.event.readings):
                d.event.start, d.event.end = PartialDate(pub.year, pub.month), None
                _add_rule(d.event, CAPTION_OF_THE_PAGE)

    def _dateline(self, mention: EventMention, when: _When) -> None:
        """The date heading its paragraph, else the article's."""
        found = self._dateline_of(mention)
        when.start, when.end = dates_of(self.idx, found)
        when.stamped = found is not None and is_stamp(self.doc.text, found)
        when.rank = 1 if when.start is not None else 0
        if when.start is not None:
            when.rules.append(DATELINE)
            if is_day_heading(self.idx, found):  # type: ignore[arg-type]  # when.start is set only from a found date
                when.rules.append(DAY_HEADING)
            self._stored_page_month(when, found)  # type: ignore[arg-type]  # when.start is set only from a found date
        if when.start is not None and self._some_day_of_the_visit(mention, found, when):
            return
        if when.end is not None and self._call_during_the_stay(mention, when):
            return
        if when.start is not None and when.start.day is not None and when.end is None and self._caption_line(mention):
            self._caption_month(when)
        elif when.start is not None and when.start.day is not None and self._guests_programme(mention):
            self._caption_month(when, GUESTS_PROGRAMME)

    def _dateline_of(self, mention: EventMention) -> Optional[DateMention]:
        """The dateline a mention takes: its paragraph's, the day narrated, else the article's
        (the lead's own day over a page stamp's); none for the year a practice runs from."""
        found = paragraph_dateline(self.idx, mention.sent) or self._day_narrated(mention) or article_dateline(self.idx)
        if found is not None and is_page_stamp(self.doc.text, found):
            told = article_dateline(self.idx, told_only=True)  # the lead's own day over the page's (not a trip's days)
            found = told if told is not None and told.end_date is None else found
        if found is not None and self._since_year(found):
            found = None  # "Kể từ năm 2025, hoạt động tuần tra chung sẽ ...": the year a practice runs from
        return found

    def _guests_programme(self, mention: EventMention) -> bool:
        """ "bày tỏ vui mừng được sang thăm X, dự lễ Y và chứng kiến buổi diễn tập Z": an item the guest is glad to
        attend on the trip, right after "dự"/"chứng kiến" (`GUESTS_PROGRAMME`)."""
        if mention.etype == "Visit" or mention.named:
            return False
        text, sent = self.doc.text, self.idx.sentences[mention.sent]
        return (PROGRAMME_ITEM_BEFORE_RE.search(text, max(sent.start, mention.start - 24), mention.start) is not None
                and GLAD_TO_VISIT_BEFORE_RE.search(text, sent.start, mention.start) is not None)

    @staticmethod
    def _caption_month(when: _When, rule_name: str = CAPTION_MONTH) -> None:
        """ "Thượng tướng A chào xã giao Ngài B" under a photo: some day of the trip, not the day
        told before: the dateline's month, the weakest date (a day the body tells for it wins)."""
        if when.start is not None:
            when.start, when.end = PartialDate(when.start.year, when.start.month), None
            when.rank = 0
            when.rules.append(rule_name)

    def _some_day_of_the_visit(self, mention: EventMention, found: Optional[DateMention], when: _When) -> bool:
        """ "Ngày 29/3, Thủ tướng A tiếp B đang có chuyến thăm chính thức ...", then "Tại cuộc hội đàm với C,
        hai bên ...": a happening of another type with no day of its own, dated only by the lead whose day
        is another happening's during a visit under way, is some day of that visit: its month
        (`DURING_THE_VISIT`, the weakest date), as the visit itself is (`event.visit-under-way`)."""
        visit = self.latest.get("Visit")
        if mention.etype == "Visit" or visit is None or found is None or when.start.day is None or when.end is not None:  # type: ignore[union-attr]  # the caller checked when.start
            return False
        if RESULT_TOLD in mention.rules:
            return False  # "Thủ tướng đánh giá cao kết quả hội đàm giữa A và B": the page's day (round 19)
        first = visit.event.readings[0] if visit.event.readings else None
        if first is None or ONGOING not in first.rules or not first.sentence_start <= found.start < first.sentence_end:
            return False
        if first.sentence_start <= mention.start < first.sentence_end or visit.event.start != PartialDate(
                when.start.year, when.start.month):  # type: ignore[union-attr]  # the caller checked when.start
            return False
        when.start, when.rank = PartialDate(when.start.year, when.start.month), 0  # type: ignore[union-attr]  # the caller checked when.start
        when.rules.append(DURING_THE_VISIT)
        return True

    def _call_during_the_stay(self, mention: EventMention, when: _When) -> bool:
        """ "Từ ngày 25 đến ngày 28/6, Đại tướng X đã sang thăm Việt Nam. Trong thời gian chuyến thăm, X đã
        chào xã giao A, hội kiến với B": a call or talks with no day of their own, dated only by the stretch
        of days a visit was told over, are some day of it: its month (`STAY_DAY`, the weakest date); so are
        side meetings dated only by the days a forum was told over ("Từ ngày 21 đến 23-9 đã diễn ra Hội nghị
        X. Bên lề hội nghị, A đã gặp song phương B", `SIDE_MEETING_DAY`), or a show a delegation attended over
        days ("từ ngày 23 đến 30-7, đoàn ... tham dự Triển lãm X. Nhân chuyến công tác, A có các cuộc gặp với B")."""
        if mention.named or mention.etype not in ("Meeting", "Talks") or when.start is None:
            return False
        span = (when.start, when.end)
        visit = self.latest.get("Visit")
        if visit is not None and (visit.event.start, visit.event.end) == span:
            rule_name = STAY_DAY
        elif any(d.event.type in ("Conference", "Exhibition") and (d.event.start, d.event.end) == span for d in self.drafts):
            rule_name = SIDE_MEETING_DAY
        else:
            return False
        when.start, when.end, when.rank = PartialDate(when.start.year, when.start.month), None, 0
        when.rules.append(rule_name)
        return True

    def _day_narrated(self, mention: EventMention) -> Optional[DateMention]:
        """ "Sáng 13/10, ... hội đàm. ... Tại Nhà Quốc hội, Chủ tịch Quốc hội X đã có cuộc hội kiến
        với Y": a meeting told as a stop of a story told day by day, undated, on the day last told;
        so is one that opens its sentence ("Tại cuộc gặp Bộ trưởng X, hai bên ...",
        `MEETING_OF_THE_DAY`)."""
        if mention.etype not in ("Meeting", "Talks"):
            return None
        sent = self.idx.sentences[mention.sent]
        head = sentence_head(self.doc.text, sent)
        rule_name = DAY_NARRATED
        if NARRATED_AT_PLACE_RE.match(self.doc.text, head, mention.start) is None:
            opening = MEETING_OPENS_RE.match(self.doc.text, head, sent.end)  # (its closing space lies past "cuộc gặp")
            if opening is None or opening.end() <= mention.start:
                return None
            rule_name = MEETING_OF_THE_DAY
        told = last_told_day(self.idx, self.doc.text, sent.start)
        if told is not None:
            mention.rules.append(rule_name)
        return told

    def _caption_line(self, mention: EventMention) -> bool:
        """The mention's sentence is a line of its own without a full stop: a photo caption."""
        sent = self.idx.sentences[mention.sent]
        text = self.doc.text
        line = text[self.idx.paragraph_start(sent.start) : self.idx.paragraph_end(sent.start)].strip()
        return line == text[sent.start : sent.end].strip() and not line.endswith((".", "!", "?", ";", ":"))

    def _date_of_paragraph(self, mention: EventMention, when: _When) -> None:
        """ "Sáng 15/10, tàu rời cảng. Trên vùng biển, tàu đã tiến hành diễn tập PASSEX ...":
        an event told as happening, with no date yet, on the day heading its paragraph
        (`PARAGRAPH_DAY`) or the calendar's day heading above it (`DAY_HEADING`), else on the day
        of the sentence before that tells its sides (`SIDES_TOLD_BEFORE`); the date a page was stored
        with heading it gives its month only (`STORED_PAGE_MONTH`)."""
        if DEPARTURE_GOAL in mention.rules:
            return  # "Sáng 14-5, tàu X đã rời Quân cảng Cam Ranh đi thăm xã giao Y": the leaving's day
        sent = self.idx.sentences[mention.sent]
        if DURING_A_STAY_RE.match(self.doc.text, sentence_head(self.doc.text, sent), sent.end):
            return  # "Trong thời gian thăm, thủy thủ còn giao lưu ...": some day of the stay
        found = paragraph_dateline(self.idx, mention.sent)
        rule_name = DAY_HEADING if found is not None and is_day_heading(self.idx, found) else PARAGRAPH_DAY
        if found is None or (rule_name == PARAGRAPH_DAY
                             and self.idx.paragraph_start(found.start) != self.idx.paragraph_start(mention.start)):
            found, rule_name = self._day_of_the_sides_told(mention), SIDES_TOLD_BEFORE
        if found is None:
            return
        when.start, when.end = dates_of(self.idx, found)
        if when.start is not None:
            when.rules.append(rule_name)
            self._stored_page_month(when, found)  # " date 2025-09-16 Quang cảnh hội đàm."

    def _stored_page_month(self, when: _When, found: DateMention) -> None:
        """A day that is the date the page was stored with (" date 2025-11-10 Đại tướng A tiếp B ...") is not
        the text's: its month only (`STORED_PAGE_MONTH`)."""
        if when.start is not None and when.start.day is not None and is_page_stamp(self.doc.text, found):
            when.start, when.end = PartialDate(when.start.year, when.start.month), None
            when.rules.append(STORED_PAGE_MONTH)

    def _month_of_the_framed(self, mention: EventMention, when: _When) -> None:
        """ "Nhân dịp tham dự Diễn đàn X lần thứ 12 và làm việc tại Trung Quốc, chiều 18/9, A đã gặp B": the
        named frame of a happening told on a day in its paragraph was held around that day, its month
        (`MONTH_OF_THE_FRAMED`, the weakest date: a day told for it wins)."""
        sent = self.idx.sentences[mention.sent]
        found = next((d for d in self.idx.dates_in(mention.end, sent.end) if d.date.day is not None), None)
        found = found or paragraph_dateline(self.idx, mention.sent)
        if found is None or self.idx.paragraph_start(found.start) != self.idx.paragraph_start(mention.start):
            return
        start, end = dates_of(self.idx, found)
        if start is None or end is not None or start.year is None or start.month is None:
            return
        when.start, when.rank = PartialDate(start.year, start.month), 0
        when.rules.append(MONTH_OF_THE_FRAMED)

    def _happening_in_a_dated_paragraph(self, draft: _Draft, mention: EventMention, when: _When) -> None:
        """ "Video: Tàu X cập cảng Cam Ranh" (a headline without a full stop: the page's month only), then
        "Sáng 5/3, tại Cảng ..., lễ đón ... . Tàu ... cập cầu cảng, bắt đầu chuyến thăm hữu nghị": the
        event told again in a paragraph headed by a day, with no day of its own, gives the event known
        only by its month that day (`_date_of_paragraph`)."""
        ev = draft.event
        if when.start is not None or draft.named or ev.start is None or ev.start.day is not None or draft.date_rank > 0:
            return
        self._date_of_paragraph(mention, when)

    def _day_of_the_sides_told(self, mention: EventMention) -> Optional[DateMention]:
        """ "Ngày 5/3, tàu A của Việt Nam và tàu B của Hải quân Pháp rời cảng.\nTrên biển, hai tàu
        đã luyện tập chung": the sides the sentence before tells, on the day heading it."""
        text, sent = self.doc.text, self.idx.sentences[mention.sent]
        if mention.sent == 0 or not BOTH_SIDES_RE.search(text, sent.start, mention.start) or OTHER_DAY_RE.match(
            text, sentence_head(text, sent), sent.end
        ):
            return None  # (not "Trước đó, hai bên đã có buổi Hội nghị hiệp đồng ...": another day)
        prev = self.idx.sentences[mention.sent - 1]
        head = sentence_head(text, prev)
        return self.idx.first_date_in(head, min(prev.end, head + 30))

    def _drop(self, mention: EventMention, reason: str) -> None:
        drop(self.doc, "event", reason, mention.start, mention.end)

    # --- what a mention brings to its event -------------------------------------------
    def _apply(self, draft: _Draft, mention: EventMention, when: _When) -> None:
        ev = draft.event
        sent = self.idx.sentences[mention.sent]
        add_unique(ev.countries, *mention.participants_from)
        if mention.host and not draft.named:
            add_unique(draft.places, mention.host)
        elif mention.host and not mention.named and self._host_told_later(draft, mention, when):
            add_unique(draft.places, mention.host)
            mention.rules.append(HOST_TOLD_LATER)
        if mention.happening or mention.date is not None:
            draft.has_fact = True
        self._weak_day_given_up(draft, mention, when)
        self._day_of(draft, mention, when)
        add_unique(ev.evidence, sent.text)
        draft.sentences.append(mention.sent)
        ev.readings.append(Reading(sent.start, sent.end, mention.start, mention.end, (*mention.rules, *when.rules)))
        ev.location = ev.location or mention.location
        ev.organizer = ev.organizer or mention.organizer
        _apply_roles(ev, mention)

    def _weak_day_given_up(self, draft: _Draft, mention: EventMention, when: _When) -> None:
        """A day the draft has from the page alone (the headline's dateline, a caption's) gives way to
        the day the body tells of it (`TITLE_RETOLD`, `RETOLD_WITH_DAY`)."""
        if draft.headline_dateline and mention.sent >= self.title_sent and when.start is not None and DATELINE not in when.rules:
            draft.headline_dateline, draft.date_rank = False, 0  # the body's own day wins over the page's
            when.rules.append(TITLE_RETOLD)
        elif _retold_with_its_day(draft, mention, when):
            draft.date_rank = 0  # "X tiếp Y." (a caption), then "Sáng 22/4, X đã tiếp Y": the story's day
            when.rules.append(RETOLD_WITH_DAY)
        if DATELINE not in when.rules and when.start is not None:
            draft.dateline_only = False

    def _day_of(self, draft: _Draft, mention: EventMention, when: _When) -> None:
        """The event's days from the mention's, when they outrank what it has: a date given as the
        event's own ("diễn ra từ ngày 13 đến 14-12") outranks the dateline of a sentence that only
        mentions it; of two sentence heads, the day outranks a year ("Được khởi xướng từ năm 2014, ...")."""
        ev = draft.event
        if when.start is None:
            return
        kept = self._why_days_kept(draft, mention, when)
        if kept is not None:
            when.rules.append(kept)
        elif self._outranks(draft, mention, when):
            ev.start, ev.end = when.start, when.end
            draft.date_rank = when.rank

    @staticmethod
    def _why_days_kept(draft: _Draft, mention: EventMention, when: _When) -> Optional[str]:
        """The rule keeping the event's days against a mention's date that tells another year of its
        name, its first day again, or a year or month holding its day (None when none does): such a
        date is vaguer than the event's own or of another time, whatever its rank."""
        ev = draft.event
        assert when.start is not None
        if draft.year and when.start.year is not None and when.start.year < draft.year:
            return OTHER_YEAR_THAN_NAME  # "Giao lưu ... năm 2025", then "lần thứ nhất ... năm 2015"
        if ev.end is not None and when.end is None and when.start == ev.start:
            return FIRST_DAY_RETOLD  # "Từ ngày 23/5 đến 25/5, tàu ... thăm" then "vào Cảng Tiên Sa sáng 23/5"
        if not mention.named and ev.start is not None and ev.start.day is not None and _covers(when.start, ev.start):
            return YEAR_OF_ITS_DAY  # "Sáng nay, ... tổ chức hội đàm", then "Tại hội đàm, ... trong năm 2025"
        if ev.start is not None and not draft.dateline_only and when.end is None and _covers(when.start, ev.start):
            return FINER_DAY_KEPT  # "Sáng 15/3, ... Hội nghị X", then "Hội nghị X được tổ chức trong năm 2016"
        return None

    def _outranks(self, draft: _Draft, mention: EventMention, when: _When) -> bool:
        """The mention's date replaces the event's: none yet, a higher rank (not a day told of a
        sideline or a part of a named stretch, `_day_at_the_stretch`), or an equal rank that tells
        more (a named event) or a finer day (an unnamed one)."""
        ev = draft.event
        return (
            ev.start is None or (when.rank > draft.date_rank and not self._day_at_the_stretch(draft, mention, when))
            or (when.rank == draft.date_rank and draft.named and _more_telling(when, ev))
            or (when.rank == draft.date_rank and not draft.named and _finer_day(when, ev))
        )

    def _day_at_the_stretch(self, draft: _Draft, mention: EventMention, when: _When) -> bool:
        """A day inside the days a named event runs, told of something on its sidelines ("Từ ngày
        6 đến 9-5, ... Triển lãm X" then "Ngày 7-5, bên lề triển lãm, ..."): that thing's day, not
        the event's (SIDELINE_DAY); so is one told of a part of it named by its kind alone
        ("phát biểu tại phiên toàn thể sáng 31/5", PART_DAY)."""
        ev, text = draft.event, self.doc.text
        if not (draft.named and ev.start is not None and ev.end is not None and when.end is None
                and when.start is not None and within(when.start, ev.start, ev.end)):
            return False
        if SIDELINE_RE.search(text, max(0, mention.start - 8), mention.end) is not None:
            when.rules.append(SIDELINE_DAY)
            return True
        if not mention.named and PHASE_OF_NAMED in mention.rules and not self._opens_the_stay(draft, mention):
            when.rules.append(PART_DAY)  # a session, an opening, a day of its programme: one day of the stretch
            return True
        return False

    def _opens_the_stay(self, draft: _Draft, mention: EventMention) -> bool:
        """ "Từ ngày 4 đến 6-3, đoàn ... tham dự Hội nghị X" then "Sáng 5-3, Hội nghị khai mạc": the
        event's days are only the delegation's stay (`TRIP_STRETCH`, rank 0), and the opening told
        is the event's own first day."""
        return draft.date_rank == 0 and OPENS_AFTER_RE.match(self.doc.text, mention.end) is not None

    def _host_told_later(self, draft: _Draft, mention: EventMention, when: _When) -> bool:
        """ "Hội nghị ADSOM+ ... Hội nghị được tổ chức tại Singapore.": the named event's host,
        when no place of it is known yet and the sentence tells neither a plan ("Hội nghị lần tới
        sẽ được tổ chức tại Lào") nor another year ("Năm 2025, hội nghị được tổ chức tại Malaysia")."""
        ev = draft.event
        if draft.places or (ev.location and ev.location != mention.location):
            return False
        sent = self.idx.sentences[mention.sent]
        if PLANNED_RE.search(self.doc.text, sent.start, sent.end):
            return False
        return when.start is None or ev.start is None or when.start.year == ev.start.year

    # --- after the last mention -----------------------------------------------------
    def events(self) -> list[Event]:
        self._back_references()
        self._days_of_names_told_later()
        drafts = self._results_of_dated_talks(_merge_aliases(self.drafts))
        _alias_opening_days(self.doc, self.idx, drafts)
        _alias_dates(self.doc, self.idx, drafts)
        self._beside_days_told_later()
        self._days_of_sidelines(drafts)
        self._first_days_of_the_told(drafts)
        self._days_beside_named_after(drafts)
        self._same_days_found_later()
        self._days_of_announced_meetings(drafts)
        self._days_of_a_series(drafts)
        self._just_held_in_the_page_month(drafts)
        drafts = self._ends_of_calls(drafts)
        self._news_of_an_undated_page(drafts)
        self._day_of_the_days_round_up(drafts)
        self._caption_of_the_page(drafts)
        _alias_people(self.doc, self.idx, drafts)
        events: list[Event] = []
        drafts_of: dict[int, _Draft] = {}
        for d in drafts:
            if d.named and not d.has_fact:
                for r in d.event.readings:
                    drop(self.doc, "event", IN_PASSING, r.start, r.end)
                continue
            ev = d.event
            if d.named and d.year is not None:
                _year_of_name(ev, d.year, len(set(d.sentences)) > 1 and _tells_no_month(self.doc))
            self._sides(d, events)
            twin = _dialogue_twin(ev, events) if d.named else self._twin(d, events, drafts_of)
            if twin is not None:
                _merge_events(twin, ev, DIALOGUE_TWIN if d.named else TWIN)
                continue
            drafts_of[id(ev)] = d
            events.append(ev)
        named = {id(d.event) for d in drafts if d.named}
        _year_of_the_same_day(events)
        events = self._drop_later_years(self._drop_recaps(events, named), named)
        events = _name_the_dated(events, named)
        events = _fold_into_stays(_fold_stretches(events, named, self.doc.text), named)
        events = _fold_into_stays(_fold_visits_into_calls(events, named, self.doc.text), named)
        _legs_apart(events)
        return _fold_arrivals_into_drills(_fold_activities_into_exchanges(events, named), named)

    def _ends_of_calls(self, drafts: list[_Draft]) -> list[_Draft]:
        """A call's end told apart from its arrival ("ngày 29/8 đã rời X, kết thúc chuyến thăm", `END_OF_CALL`)
        closes the call begun before it: an end that opened nothing joins it, a call the end opened on
        another day (its own, the page's) folds into it; a call told only by its end keeps its day.
        A visit's end told after it ("Chuyến thăm ... sẽ kết thúc vào ngày 30/12", `END_TOLD_AFTER`) alike."""
        folded: set[int] = set()
        for etype in ENDS_TOLD_AFTER:
            calls = [d for d in drafts if not d.named and d.event.type == etype]
            self._join_ends_that_opened_nothing(calls, etype)
            for d in calls:
                if d.ended_on is not None and id(d) not in folded:
                    self._fold_an_ended_call(d, calls, folded)
        return [d for d in drafts if id(d) not in folded]

    def _join_ends_that_opened_nothing(self, calls: list[_Draft], etype: str) -> None:
        """An end that opened no call of its own (`self.call_ends`) closes the call begun before it."""
        for mention, day in self.call_ends:
            if mention.etype != etype:
                continue
            found = ended_call([d.event for d in calls], day, self._foreign_of(mention))
            if found is None:
                continue
            draft = next(d for d in calls if d.event is found)
            self._undrop(mention)
            self._apply(draft, mention, _When(None, None, 0, [END_OF_CALL]))
            close_call(found, day)

    @staticmethod
    def _fold_an_ended_call(d: _Draft, calls: list[_Draft], folded: set[int]) -> None:
        """Call `d`, opened by its end, is the call begun before that end: itself when it was dated by
        its arrival, else an earlier call of the same sides, into which it folds."""
        others = [o.event for o in calls if o is not d and id(o) not in folded and _same_sides(o.event, d.event)]
        found = ended_call([d.event], d.ended_on, set()) or ended_call(others, d.ended_on, set())  # type: ignore[arg-type]  # called only with an ended_on
        if found is None:
            return
        if found is not d.event:
            target = next(o for o in calls if o.event is found)
            _merge_events(found, d.event, END_OF_CALL)
            target.sentences.extend(d.sentences)
            folded.add(id(d))
        else:
            found.readings[:] = [r.with_rule(END_OF_CALL) if r.start == d.ended_at else r for r in found.readings]
        close_call(found, d.ended_on)  # type: ignore[arg-type]  # called only with an ended_on

    def _foreign_of(self, mention: EventMention) -> set[str]:
        """The foreign countries the mention's sentence names."""
        sent = self.idx.sentences[mention.sent]
        return {c.code for c in self.idx.countries_in(sent.start, sent.end)} - {VNM, None}

    def _undrop(self, mention: EventMention) -> None:
        """Take back what dropped the mention: a later rule found its event."""
        self.doc.dropped[:] = [x for x in self.doc.dropped
                               if not (x.layer == "event" and x.start == mention.start and x.end == mention.end)]

    def _days_of_names_told_later(self) -> None:
        """A bare mention with its own day and nothing before it to refer to ("Một hội thảo hôm
        17/9 ở Hà Nội cho thấy ...") tells the day of the one named event of its type told after
        it, when that one has no day (`DAY_BEFORE_NAME`); otherwise it is dropped."""
        for mention, when in self.ahead:
            later = [d for d in self.drafts if d.named and d.event.type == mention.etype and d.sentences and d.sentences[0] > mention.sent]
            if len(later) != 1 or later[0].event.start is not None:
                self._drop(mention, NOTHING_TO_ATTACH)
                continue
            when.rules.append(DAY_BEFORE_NAME)
            later[0].has_fact = True
            self._apply(later[0], mention, when)

    def _sides(self, d: _Draft, events: list[Event]) -> None:
        """The countries of a finished draft: its participants', its context's, its places'
        and, as the article tells it, Vietnam's and the one foreign side's."""
        ev = d.event
        self._complete(ev)
        if not ev.countries and not ev.participants:
            self._sides_from_context(ev, events)
            self._vietnam_side(ev)
        add_unique(ev.countries, *d.places)
        if ev.countries == d.places[:1] and self._vietnam_named():
            self._vietnam_takes_part(ev)  # "Diễn tập ... tại Pu Nê, Ấn Độ" told by a Vietnamese outlet
        if ev.countries == [VNM] and (ev.type in ("Meeting", "Talks", "PortCall", "Exchange") or self._joint_drill(ev)):
            self._foreign_side(ev)  # (a port call, "tàu cứu hộ X của Hạm đội Thái Bình Dương đã cập cảng Cam Ranh")

    def _drop_recaps(self, events: list[Event], named: set[int]) -> list[Event]:
        """An unnamed happening dated by a year alone, before the year of an event the article
        tells on its day, is a recap of that earlier year ("Sáng 16/9/2025, ... hội đàm thường
        niên. ... Trong năm 2024, Bộ CHQS tỉnh đã sang thăm và hội đàm ..."): history, not news.
        One dated by its month counts only against the days of the happenings told (a year's
        round-up published in January tells last year's months as its news); a happening told on
        the day the page was stored with, kept as its month, was told on its day."""
        on_days: list[int] = [e.start.year for e in events if e.start is not None and (  # type: ignore[misc]  # the year is set
            e.start.is_complete or self._stored_day(e))]
        told = list(on_days)
        published = self.doc.published
        if published is not None and published.is_complete and published.year is not None:
            told.append(published.year)  # "Được biết, trong năm 2016, hai bên đã ... gặp gỡ" on a page of 2017
        if not told:
            return events
        latest, latest_day = max(told), max(on_days, default=None)
        return self._drop_events(
            events, lambda ev: _recap_of_year(ev, id(ev) in named, latest, latest_day) and not self._milestone(ev), RECAP)

    @staticmethod
    def _stored_day(ev: Event) -> bool:
        """Told on the day a page was stored with, kept as its month (`STORED_PAGE_MONTH`): told on its day."""
        return ev.start is not None and ev.start.year is not None and any(STORED_PAGE_MONTH in r.rules for r in ev.readings)

    def _milestone(self, ev: Event) -> bool:
        """An event told by a timeline's entry ("7/2025: Sĩ quan trẻ ... giao lưu tại ..."): one of
        the milestones the page lists, kept whatever its year (`TIMELINE_ENTRY`)."""
        for i, r in enumerate(ev.readings):
            if self.idx.sentences and opens_timeline_entry(self.doc.text, self.idx.sentences[self.idx.sentence_at(r.start)]):
                ev.readings[i] = r.with_rule(TIMELINE_ENTRY)
                return True
        return False

    def _drop_later_years(self, events: list[Event], named: set[int]) -> list[Event]:
        """An unnamed happening dated by a year alone after the page's own year (`LATER_YEAR`)
        cannot have happened yet: a plan the sides agreed on, whatever word told it."""
        published = self.doc.published
        if published is None or not published.is_complete or published.year is None:
            return events
        page_year = published.year
        return self._drop_events(
            events,
            lambda ev: (id(ev) not in named and ev.start is not None and ev.start.month is None
                        and ev.start.year is not None and ev.start.year > page_year),
            LATER_YEAR,
        )

    def _drop_events(self, events: list[Event], doomed: Callable[[Event], bool], why: str) -> list[Event]:
        """`events` without the `doomed` ones, each reading of those told dropped for `why`."""
        out = []
        for ev in events:
            if doomed(ev):
                for r in ev.readings:
                    drop(self.doc, "event", why, r.start, r.end)
                continue
            out.append(ev)
        return out

    def _twin(self, d: _Draft, events: list[Event], drafts_of: dict[int, _Draft]) -> Optional[Event]:
        """An unnamed event already kept that is the same happening as draft `d`:
        one type and date, agreeing sides, no other pair of people, no other host, not
        another object of a verb of the same sentence ("X chào xã giao A, hội kiến với B")."""
        ev = d.event
        for e in events:
            if YEAR_IN_LABEL_RE.search(e.label) or e.ordinal is not None or e.type != ev.type or e.start != ev.start:
                continue
            if not _same_sides(e, ev) or _other_pairs(e, ev, self.country_of):
                continue
            other = drafts_of.get(id(e))
            if other is not None and self._drafted_apart(d, e, other):
                continue
            if _split_part(ev) and not _split_part(e) and set(ev.countries) - set(e.countries):
                continue  # (nor the host's meeting told before without that counterpart: "gặp song phương với ba nước")
            return e
        return None

    def _drafted_apart(self, d: _Draft, e: Event, other: _Draft) -> bool:
        """Whether kept event `e` (drafted as `other`) is another happening than draft `d` for
        who takes part in it: other hosts, other guests of one opening, or one bilateral
        meeting each of a sentence's list of counterparts."""
        ev = d.event
        if other.hosts and d.hosts and not other.hosts & d.hosts:
            return True
        if HELD_ELSEWHERE_TOO in ev.readings[0].rules and e.location != ev.location:
            return True  # "Cùng ngày, tại TP. Hồ Chí Minh, ... cũng tổ chức buổi gặp mặt" after Hà Nội's reception
        if not other.hosts and self._hosted_by_others(e, other, d):
            return True
        if other.opened_in == d.opened_in and other.guests and d.guests and not (other.guests & d.guests):
            return True
        if other.opened_in == d.opened_in and _split_part(e) and _split_part(ev) and \
                SEVERAL_SIDED_RE.search(self.doc.text, ev.readings[0].start, ev.readings[0].end + 16) is None:
            return True  # "tiếp xúc song phương với người đồng cấp Philippines, Hàn Quốc, ...": one meeting each
            # (not "đã có cuộc gặp ba bên với A và B": one meeting of three)
        return False

    def _hosts_found_later(self, d: _Draft) -> frozenset[str]:
        """The Vietnamese hosts of a reception whose opening named none ("nhóm chỉ huy tàu đến chào xã giao Bộ Tư
        lệnh Vùng 4"): its Vietnamese people, none a guest nor only present ("Cùng dự có ..."), when a later
        telling named them ("Tiếp đoàn, Chuẩn Đô đốc A ...", `SUBJECT_AFTER_OBJECT`)."""
        if not any(SUBJECT_AFTER_OBJECT in r.rules for r in d.event.readings):
            return frozenset()
        return frozenset(self._vietnamese_hosts(d.event, d))

    def _vietnamese_hosts(self, e: Event, d: _Draft) -> set[str]:
        """The Vietnamese people of `e` (drafted as `d`), none of them a guest nor only present ("Cùng dự có ...")."""
        present = {o.name for r in e.readings if ATTENDS in r.rules or BACK_REFERENCE in r.rules
                   for o in self.idx.names_in(r.sentence_start, r.sentence_end)}
        return {p for p in e.participants if self.country_of.get(p) == VNM} - set(d.guests) - present

    def _hosted_by_others(self, e: Event, other: _Draft, d: _Draft) -> bool:
        """ "Lãnh đạo Bộ Quốc phòng tiếp A và Đại sứ B" (no host named), told by "X tiếp A", then "Cùng ngày, Y tiếp
        Đại sứ B": the Vietnamese people `e` has, none of them a guest, are its hosts; `d`'s Vietnamese hosts are
        none of them: another reception (`HOSTED_BY_OTHERS`)."""
        if e.type != "Meeting":
            return False
        ours = self._vietnamese_hosts(e, other)  # ("Cùng dự có ...": no hosts)
        theirs = {p for p in d.hosts if self.country_of.get(p) == VNM}
        if not ours or not theirs or ours & theirs:
            return False
        _add_rule(d.event, HOSTED_BY_OTHERS)
        return True

    def _complete(self, ev: Event) -> None:
        """Countries of the participants, Vietnam for a Vietnamese organiser or a
        bilateral event with Vietnamese officials in the article, and a label."""
        for p in ev.participants:
            add_unique(ev.countries, self.country_of.get(p))
        if ev.organizer and ev.organizer.endswith("Việt Nam"):
            add_unique(ev.countries, VNM)
        several = len(ev.countries) >= 2 or (len(ev.countries) == 1 and MULTILATERAL_RE.search(ev.label) is not None)
        if several and self._vietnam_named() and not self._bilateral_of_others(ev):
            self._vietnam_takes_part(ev)
        self._vietnam_side(ev)
        if not ev.label:
            ev.label = _anon_label(ev)

    def _bilateral_of_others(self, ev: Event) -> bool:
        """A drill of two foreign countries told as bilateral by its own words ("tập trận hải quân song phương
        Nga-Trung", `BILATERAL_OF_OTHERS`): theirs, not one Vietnam takes part in."""
        if ev.type != "Exercise" or len(ev.countries) != 2 or VNM in ev.countries:
            return False
        if not any(BILATERAL_WORD_RE.search(self.doc.text, r.start, r.end) for r in ev.readings):
            return False
        _add_rule(ev, BILATERAL_OF_OTHERS)
        return True

    def _vietnam_named(self) -> bool:
        return any(c.code == VNM for c in self.doc.countries) or any(o.country == VNM for o in self.doc.officials)

    def _vietnam_takes_part(self, ev: Event) -> None:
        """A multilateral drill, forum or show a Vietnamese outlet tells, Vietnam named in the article: Vietnam is in it."""
        if ev.type in ("Exercise", "Conference", "Exhibition") and VNM not in ev.countries:
            ev.countries.insert(0, VNM)
            _add_rule(ev, VIETNAM_TAKES_PART)

    def _vietnam_side(self, ev: Event) -> None:
        """A bilateral event with one foreign side involves Vietnam when the article has
        Vietnamese officials ("đoàn đã chào xã giao Tướng X"), talks always (two delegations
        meet; a Vietnamese outlet tells Vietnam's), and a joint exercise ("luyện tập chung
        ... cùng tàu ... của Hải quân Pháp", "tuần tra liên hợp": `_joint_drill`)."""
        if len(ev.countries) == 1 and ev.countries[0] != VNM and self._other_foreign_side(ev):
            return
        if len(ev.countries) == 1 and ev.countries[0] != VNM and (
            (ev.type in TWO_SIDED_TYPES and (ev.type == "Talks" or any(o.country == VNM for o in self.doc.officials)))
            or (ev.type in ("Exchange", "Visit") and self._vietnam_named())  # "giao lưu với ... Học viện Hải quân"
            or (ev.type == "Exercise" and any(JOINT_RE.search(self.doc.text, r.start, r.end + 40) for r in ev.readings))
            or self._joint_drill(ev)  # "tuần tra liên hợp lần thứ 39" with the Chinese navy's ships: Vietnam the other side
        ):
            ev.countries.insert(0, VNM)
            _add_rule(ev, VIETNAM_SIDE)

    def _other_foreign_side(self, ev: Event) -> bool:
        """Talks or a meeting of others a Vietnamese page tells ("Tại cuộc hội đàm với Thủ tướng Campuchia X, cựu
        Thủ tướng Nhật Bản Y ...", "Tổng thống Pháp đã hội đàm với ..."): its sentences name no Vietnam nor a
        Vietnamese official, and one other foreign country right after a head's title (`country-title-before`),
        whose person is unnamed or no official (a former one). That country is the other side (`OTHER_FOREIGN_SIDE`)."""
        if ev.type not in ("Talks", "Meeting"):
            return False
        spans = {(r.sentence_start, r.sentence_end) for r in ev.readings}
        text, others = self.doc.text, set()
        for lo, hi in spans:
            if any(self.country_of.get(o.name) == VNM for o in self.idx.names_in(lo, hi)):
                return False
            for c in self.idx.countries_in(lo, hi):
                if c.code == VNM:
                    return False
                if c.code not in ev.countries and COUNTRY_TITLE_BEFORE_RE.search(text, max(lo, c.start - 45), c.start):
                    others.add(c.code)
        if len(others) != 1:
            return False
        ev.countries.extend(others)
        _add_rule(ev, OTHER_FOREIGN_SIDE)
        return True

    def _joint_drill(self, ev: Event) -> bool:
        """An exercise or patrol told as joint ("tuần tra liên hợp lần thứ 40", "huấn luyện chung"):
        two sides by its own word, so Vietnam alone is half of it."""
        return ev.type == "Exercise" and any(JOINT_WORD_RE.search(self.doc.text, r.start, r.end) for r in ev.readings)

    def _foreign_side(self, ev: Event) -> None:
        """A reception, talks or a ship's port call with Vietnam its only side: the foreign side is the one foreign
        country its sentences name ("Quang cảnh buổi tiếp đoàn ... Nhật Bản"), else the sentence
        before it ("đoàn ... Hải quân Singapore đến thăm Học viện. Đại tá X chủ trì tiếp đoàn."),
        else the one its headline and lead name ("Chuyến thăm của X diễn ra trong bối cảnh quan hệ
        Việt Nam - Brunei ..." before ASEAN partners are listed), else the article's one foreign country."""
        first = self.idx.sentence_at(min(r.sentence_start for r in ev.readings))
        spans = [[(r.sentence_start, r.sentence_end) for r in ev.readings]]
        if first > 0:
            spans.append([(self.idx.sentences[first - 1].start, self.idx.sentences[first - 1].end)])
        if ev.type != "PortCall":  # (a Vietnamese ship's call on a voyage is not the article's one foreign country's)
            lead = self.idx.sentences[self.title_sent : self.title_sent + 2]
            spans.append([(s.start, s.end) for s in lead])  # the headline and lead name the sides
            spans.append([(0, len(self.doc.text))])
        for span in spans:
            named = {c.code for lo, hi in span for c in self.idx.countries_in(lo, hi)} - {VNM}
            if len(named) == 1:
                add_unique(ev.countries, *named)
                _add_rule(ev, FOREIGN_SIDE)
                return
            if named:
                return

    def _sides_from_context(self, ev: Event, before: list[Event]) -> None:
        """Countries for an event told without a named side: those named in its
        sentences ("hai tàu Ấn Độ đã diễn tập ... với tàu ... Việt Nam"), else the
        sides of the event told before it ("hai bên tổ chức Hội nghị rút kinh
        nghiệm"), else Vietnam."""
        named = [c.code for r in ev.readings for c in self.idx.countries_in(r.sentence_start, r.sentence_end)]
        if named:
            add_unique(ev.countries, *named)
            _add_rule(ev, SIDES_OF_SENTENCE)
            return
        earlier = next((e for e in reversed(before) if e.countries), None)
        told = self._countries_told_before(ev)
        if earlier is not None:
            add_unique(ev.countries, *earlier.countries)
            _add_rule(ev, SIDES_OF_CONTEXT)
        elif told:
            add_unique(ev.countries, VNM, *told)  # "hai tàu": those the sentence before tells
            _add_rule(ev, SIDES_TOLD_BEFORE)
        else:
            ev.countries.append(VNM)  # a Vietnamese outlet tells what Vietnam's forces do
            _add_rule(ev, VIETNAM_BY_DEFAULT)

    def _countries_told_before(self, ev: Event) -> list[str]:
        """The countries of the sentence before an event dated by it ("hai tàu đã luyện tập chung")."""
        if SIDES_TOLD_BEFORE not in ev.readings[0].rules:
            return []
        prev = self.idx.sentences[self.idx.sentence_at(ev.readings[0].sentence_start) - 1]
        return [c.code for c in self.idx.countries_in(prev.start, prev.end)]

    def _results_of_dated_talks(self, drafts: list[_Draft]) -> list[_Draft]:
        """ "đánh giá cao kết quả hội đàm giữa A và B", dated by the page only, and talks with the
        same foreign side told with their own day ("Trước đó, chiều 8-9, ... hội đàm"): one
        happening, on that day (`RESULT_OF_DATED_TALKS`)."""
        out: list[_Draft] = []
        for d in drafts:
            first = d.event.readings[0].rules if d.event.readings else ()
            target = None
            if not d.named and d.event.type == "Talks" and RESULT_TOLD in first and DATELINE in first:
                foreign = self._foreign_sides(d.event)
                target = next((o for o in drafts if o is not d and not o.named and o.event.type == "Talks"
                               and o.event.start is not None and o.event.readings
                               and DATELINE not in o.event.readings[0].rules
                               and foreign and self._foreign_sides(o.event) == foreign), None)
            if target is None:
                out.append(d)
                continue
            d.event.start = d.event.end = None  # the page's day is no day of those talks
            _merge_events(target.event, d.event, RESULT_OF_DATED_TALKS)
        return out

    def _foreign_sides(self, ev: Event) -> set[str]:
        """The foreign countries of an event so far: its own and its people's."""
        return (set(ev.countries) | {self.country_of.get(p) for p in ev.participants}) - {VNM, None}  # type: ignore[return-value]  # '- {VNM, None}' drops the None

    def _back_references(self) -> None:
        """Officials of a sentence opened by "Dịp này," or "Tham dự có" take part in the
        latest happening told before it; so do the countries listed there, at a multilateral one."""
        text, idx = self.doc.text, self.idx
        told = {si for d in self.drafts for si in d.sentences}
        self.exhibition_told = any(d.event.type == "Exhibition" for d in self.drafts)
        for si, sent in enumerate(idx.sentences):
            if si in told:
                continue  # (a sentence telling a happening goes back to none: read only the others)
            rule_name = self._back_reference_kind(si, sent)
            if rule_name is None:
                continue
            last = self._told_last_before(si)
            if last is None:
                continue
            ev = last.event
            names = [o.name for o in idx.names_in(sent.start, sent.end)] if rule_name == BACK_REFERENCE else []
            # "Tới dự, có đoàn đại biểu ... các nước: Lào, Campuchia, ..."
            members = listed_members(text, idx, sent) if ev.type in MULTILATERAL_TYPES else []
            if rule_name == EXHIBITORS_TOLD:
                members = exhibitor_countries(text, idx, sent.start, sent.end)
            if rule_name == DELEGATES_SENT:
                members = _sending_countries(text, idx, sent) if ev.type in MULTILATERAL_TYPES else []
            if not names and not members:
                continue
            add_unique(ev.participants, *names)
            add_unique(ev.countries, *members, *(c for c in map(self.country_of.get, names) if c))
            add_unique(ev.evidence, sent.text)
            ev.readings.append(Reading(sent.start, sent.end, sent.start, sent.end, (rule_name,)))

    def _back_reference_kind(self, si: int, sent: Sentence) -> Optional[str]:
        """How a sentence with no event word of its own goes back to the happening just told:
        opened by "Dịp này," / "Tham dự có" (BACK_REFERENCE), or listing the countries taking
        part ("các nước ... tham gia gồm: ...", MEMBERS_TOLD; "Các đoàn A, B và C đều tham dự",
        DELEGATIONS_ATTEND); None otherwise."""
        text = self.doc.text
        opening = text[sent.start : sent.start + 80].casefold()
        # the cheap tests first: most sentences hold none of these words (each alternative of
        # `back-reference` holds one, in any case: "Tham gia có ...", "Trưởng Đoàn là ...")
        if any(w in opening for w in BACK_REFERENCE_WORDS) and BACK_REFERENCE_RE.match(
            text, sentence_head(text, sent), sent.end
        ):
            return BACK_REFERENCE
        if "gồm" in sent.text and MEMBERS_TOLD_RE.search(text, sent.start, sent.end):
            return MEMBERS_TOLD
        if "đoàn" in sent.text and ("tham" in sent.text or "có mặt" in sent.text) \
                and DELEGATIONS_ATTEND_RE.search(text, sent.start, sent.end):
            return DELEGATIONS_ATTEND
        if "cử" in sent.text and _sending_countries(text, self.idx, sent):
            return DELEGATES_SENT
        if not self.exhibition_told or not EXHIBITORS_CUE_RE.search(text, sent.start, sent.end):
            return None  # (the cheap tests first: few articles tell an exhibition)
        last = self._told_last_before(si)
        if last is not None and last.event.type == "Exhibition" and set(last.event.countries) <= {VNM}:
            return EXHIBITORS_TOLD
        return None


    def _told_last_before(self, si: int) -> Optional[_Draft]:
        """The happening told last before sentence `si` (it may be told again after it)."""
        before = [(max(s for s in d.sentences if s < si), n, d) for n, d in enumerate(self.drafts)
                  if any(s < si for s in d.sentences)]
        return max(before)[2] if before else None


def _sending_countries(text: str, idx: DocIndex, sent: Sentence) -> list[str]:
    """The countries opening the sentence, joined by commas or "và" and nothing else, when they
    send someone to attend ("Ấn Độ và Hàn Quốc cử Thứ trưởng Quốc phòng tham dự"): DELEGATES_SENT."""
    at, codes = sentence_head(text, sent), []
    for c in idx.countries_in(at, sent.end):
        if text[at : c.start].strip(" ,") not in ("", "và"):
            break
        codes.append(c.code)
        at = c.end
    if not codes or COUNTRIES_SEND_RE.match(text, at, sent.end) is None:
        return []
    return list(dict.fromkeys(codes))


def _fold_name(draft: _Draft, mention: EventMention, sig: frozenset[str]) -> None:
    """What another telling of a named event adds: its year, a fuller name and
    the countries in that name."""
    if mention.year and not draft.year:
        draft.year = mention.year
        draft.event.label, draft.label_words = _named_label(mention), len(mention.core.split())
    if len(sig) > len(draft.sig) and not (mention.year is None and draft.year):
        draft.sig = sig
    words = len(mention.core.split())
    if words > draft.label_words and mention.ordinal == draft.event.ordinal and (
        mention.year == draft.year or mention.year is None and not draft.year
    ):
        # the fuller name ("... biên giới Việt Nam - Lào lần thứ 3") labels it
        draft.event.label, draft.label_words = _named_label(mention), words
    draft.name_countries = draft.name_countries | mention.countries


def _apply_roles(ev: Event, mention: EventMention) -> None:
    """Participants and countries the mention's sentence gives its event."""
    if mention.etype == "PortCall":
        add_unique(ev.countries, *mention.port_countries)
        if mention.ship_label and not ev.label:
            ev.label = mention.ship_label
            if mention.ship_place:
                ev.location = mention.ship_place
    if mention.etype == "Visit":
        add_unique(ev.participants, mention.visitor)
        if mention.visited is not None:
            add_unique(ev.countries, mention.visited)
            ev.location = mention.visited_place  # a visit takes place in the host country
    else:
        add_unique(ev.participants, *mention.people)
    add_unique(ev.countries, *mention.span_countries)
    add_unique(ev.countries, *mention.listed_countries)


def _add_rule(ev: Event, name: str) -> None:
    """Record a rule that completed the event on each of its readings."""
    ev.readings[:] = [r.with_rule(name) for r in ev.readings]


def _dialogue_twin(ev: Event, events: list[Event]) -> Optional[Event]:
    """A dialogue kept before under another name, held on the same day by the same sides, with
    no other edition number: one dialogue told by two names ("đồng chủ trì Đối thoại Chiến lược
    ngoại giao - quốc phòng Việt Nam - Australia lần thứ 7", then "tham gia Đối thoại Ngoại
    giao-Quốc phòng lần thứ 7 tại Canberra (10/12/2019)")."""
    if ev.type != "Dialogue" or ev.start is None or not ev.start.is_complete:
        return None
    return next((e for e in events if e.type == "Dialogue" and e.start == ev.start and e.end == ev.end
                 and set(e.countries) == set(ev.countries) and len(ev.countries) >= 2
                 and (e.ordinal is None or ev.ordinal is None or e.ordinal == ev.ordinal)), None)


def _merge_events(e: Event, ev: Event, reason: str) -> None:
    """Fold `ev` into `e`: its date if `e` has none, place, organiser, edition,
    countries, participants, evidence and readings."""
    if e.start is None and ev.start is not None:
        e.start, e.end = ev.start, ev.end
    e.location = e.location or ev.location
    e.organizer = e.organizer or ev.organizer
    e.ordinal = e.ordinal or ev.ordinal
    add_unique(e.countries, *ev.countries)
    add_unique(e.participants, *ev.participants)
    add_unique(e.evidence, *ev.evidence)
    e.readings.extend(r.with_rule(reason) for r in ev.readings)


def _name_the_dated(events: list[Event], named: set[int]) -> list[Event]:
    """The one unnamed event of a type, dated, and the one named event of that type, undated, with
    the same sides are one happening told by its days and by its name ("Trong 2 ngày 27 - 28.8, ...
    giao lưu văn hóa ..." then "Trong khuôn khổ Chương trình Giao lưu ... 2019, cũng đã diễn ra
    ..."): the name keeps the days (NAMED_TAKES_DAYS), unless a year in the name says otherwise."""
    out: list[Event] = []
    for ev in events:
        same_type = [e for e in events if e.type == ev.type]
        undated = [e for e in same_type if id(e) in named and e.start is None]
        if (id(ev) in named or ev.start is None or len(same_type) != 2 or len(undated) != 1
                or set(undated[0].countries) != set(ev.countries) or not ev.countries):
            out.append(ev)
            continue
        target = undated[0]
        years = {int(w) for w in target.label.split() if YEAR_WORD_RE.fullmatch(w)}
        if years and ev.start.year not in years:
            out.append(ev)
            continue
        _merge_events(target, ev, NAMED_TAKES_DAYS)  # the undated named event takes the days
    return out


def _fold_stretches(events: list[Event], named: set[int], text: str) -> list[Event]:
    """Fold an unnamed event dated by a stretch of days into the unnamed event of
    its type told on one day inside it ("Sáng 21/8, ... tổ chức diễn tập"), which
    keeps its day -- but one told only at its closing on the last day ("Phát biểu bế
    mạc chiều 10/9, ... diễn tập giúp ...") folds into the stretch (`CLOSING_DAY`)."""
    folded: set[int] = set()
    for ev in events:
        if id(ev) in folded or id(ev) in named or ev.type not in TOLD_BY_DAY or ev.start is None or ev.end is None:
            continue
        day = next((e for e in events if e is not ev and id(e) not in named and id(e) not in folded
                    and _day_inside(e, ev, text)), None)
        if day is None:
            continue
        if _closing_day(day, ev, text):
            _merge_events(ev, day, CLOSING_DAY)
            folded.add(id(day))
            continue
        _merge_events(day, ev, STRETCH)
        folded.add(id(ev))
    return [e for e in events if id(e) not in folded]


def _day_inside(e: Event, stretch: Event, text: str) -> bool:
    """Whether unnamed `e` is an event of the stretch's type told on one whole day inside it,
    with the same sides and people (not a drill told beside a patrol over those days)."""
    if stretch.start is None or stretch.end is None:
        return False
    return (e.type == stretch.type and e.end is None and e.start is not None and e.start.is_complete
            and within(e.start, stretch.start, stretch.end) and _same_sides(e, stretch)
            and not _other_people(e, stretch) and not _patrol_beside_drill(stretch, e, text))


def _patrol_beside_drill(stretch: Event, day: Event, text: str) -> bool:
    """A joint patrol told over days ("Từ ngày 18 đến 20/8, ... tuần tra chung ..., đồng thời diễn tập
    ...") and a drill told on one of them by drill words alone ("Trong ngày thứ hai (19/8), hai bên diễn
    tập ..."): two exercises, though the patrol's telling names the drill too."""
    first = min(stretch.readings, key=lambda r: r.start)
    return PATROL_RE.match(text, first.start, first.end) is not None and not any(
        PATROL_RE.match(text, r.start, r.end) for r in day.readings
    )


def _other_people(a: Event, b: Event) -> bool:
    """Two meetings each told with its people, neither's all among the other's: the President's
    reception and the Prime Minister's of one guest are two, whatever their dates."""
    pa, pb = set(a.participants), set(b.participants)
    return a.type == "Meeting" and bool(pa) and bool(pb) and not (pa <= pb or pb <= pa)


def _closing_day(day: Event, stretch: Event, text: str) -> bool:
    """An event opened on the last day of a stretch of its type by a sentence telling that
    day's closing before the trigger ("Phát biểu bế mạc chiều 10/9, ... diễn tập giúp ...")."""
    if day.start != stretch.end or not day.readings:
        return False
    first = day.readings[0]
    return CLOSING_BEFORE_RE.search(text, first.sentence_start, first.start) is not None


def _finer_day(when: _When, ev: Event) -> bool:
    """ "Tại hội đàm thường niên năm 2023 ..." then "Ngày 24/10, ... đã hội đàm với ...": an
    unnamed event dated by a year or month, told again with a day inside it in its own
    sentence (not by a dateline), takes that day."""
    if when.start is None or ev.start is None or DATELINE in when.rules or not _covers(ev.start, when.start):
        return False
    when.rules.append(FINER_DAY)
    return True


def _more_telling(when: _When, ev: Event) -> bool:
    """Of two dates told alike for a named event, a day outranks a year or month, and
    a stretch of days a day inside it ("Bên lề Triển lãm X, trong ngày 20/12, ..." then
    "Triển lãm X ... từ ngày 19 - 22/12"): the stretch is the event's, the day a part."""
    if when.start is None or ev.start is None:
        return False
    if precision(when.start) != precision(ev.start):
        return precision(when.start) > precision(ev.start)
    return ev.end is None and when.end is not None and within(ev.start, when.start, when.end)


def _days_moved_since(idx: DocIndex, text: str, start: int, end: int) -> int:
    """How many days the story moved between a told day (ending at `start`) and `end` by
    sentences opened with a relative day and no date of their own ("Sáng hôm sau, ...": +1,
    "Trước đó một ngày, ...": -1), for a "cùng ngày" told after them."""
    shift = 0
    for i in range(idx.sentence_at(start) + 1, len(idx.sentences)):
        if idx.sentences[i].start >= end:
            break
        shift += _relative_day_step(idx, text, i)
    return shift


def _relative_day_step(idx: DocIndex, text: str, i: int) -> int:
    """The days sentence `i` moves the story by opening with a relative day and no date of its own, or 0."""
    sent = idx.sentences[i]
    opener, step = relative_day_opener(text, sentence_head(text, sent), sent.end)
    if opener is not None and idx.first_date_in(opener.end(), min(sent.end, opener.end() + 2)) is None:
        return step
    return 0


def _opens_with_a_relative_day(idx: DocIndex, text: str, i: int) -> bool:
    return _relative_day_step(idx, text, i) != 0


def _may_take_an_announced_day(d: _Draft) -> bool:
    """An unnamed meeting with no day of its own, or only the page's (`_days_of_announced_meetings`)."""
    return not d.named and d.event.type == "Meeting" and (d.event.start is None or d.dateline_only)


def _tells_a_day(idx: DocIndex, sent: Sentence) -> bool:
    """The sentence tells a day of its own (a date down to its day): it ends what a programme's day
    or an announcement of a day's meetings told before it."""
    return any(d.date.day is not None for d in idx.dates_in(sent.start, sent.end))


def relative_day_opener(text: str, head: int, end: int) -> tuple[Optional[re.Match[str]], int]:
    """The words opening a sentence (from `head`) with the day after the one last told ("Hôm sau,
    ...", "Ngày hôm sau, ...": +1; "Hai ngày sau, ...": +2) or the day before it ("Trước đó một ngày, ...": -1), and that shift;
    (None, 0) for neither."""
    for opener_re, shift in ((NEXT_DAY_OPENS_RE, 1), (DAY_BEFORE_OPENS_RE, -1)):
        opener = opener_re.match(text, head, end)
        if opener is not None:
            return opener, shift
    opener = DAYS_AFTER_OPENS_RE.match(text, head, end)  # "Hai ngày sau, ...": +2
    if opener is not None:
        count = opener.group("count").casefold()
        return opener, int(count) if count.isdigit() else ORDINAL_WORDS.get(count, 0)
    return None, 0


def programme_day_number(text: str, head: int, end: int) -> Optional[int]:
    """Which day of a programme opens the sentence at `head` ("Ngày thứ hai của chương trình, ...": 2,
    "Ngày đầu tiên, ...": 1, "Ngày cuối cùng của chuyến thăm, ...": -1, the last); None for none. An
    ordinal in digits ("Ngày thứ 2, ...", also Monday's) only with "làm việc" or "của <the programme>"."""
    m = PROGRAMME_DAY_OPENS_RE.match(text, head, end)
    if m is None:
        return None
    if m.group("first"):
        return 1
    if m.group("last"):
        return -1
    nth = m.group("nth")
    if not nth.isdigit():
        return ORDINAL_WORDS[nth]
    return int(nth) if m.group("work") or m.group("tail") or m.group("of") else None


def _day_after(told: Optional[PartialDate], days: int = 1) -> Optional[PartialDate]:
    """The day `days` after a told day with its year, month and day (-1: the day before);
    None for any other."""
    if told is None or None in (told.year, told.month, told.day):
        return None
    try:
        after = datetime.date(told.year, told.month, told.day) + datetime.timedelta(days=days)  # type: ignore[arg-type]  # None in (...) checked above
    except (ValueError, OverflowError):
        return None  # (a day the calendar has not: "31/2")
    return PartialDate(after.year, after.month, after.day)


def _stay_elsewhere(mention: EventMention, country_of: dict[str, Optional[str]]) -> bool:
    """ "gặp Đại tướng X nhân dịp X đang ở thăm chính thức Lào": a visit under way, told only
    as the occasion of a meeting, between two other countries -- no fact of Vietnam's."""
    if mention.etype != "Visit" or not mention.ongoing or mention.visitor is None:
        return False
    return country_of.get(mention.visitor) not in (None, VNM) and mention.visited not in (None, VNM)


def _stop_on_its_way(mention: EventMention, call_flag: Optional[str]) -> bool:
    """ "Trước khi đến Khánh Hòa, tàu đã ghé thăm cảng Surabaya (Indonesia)": an undated call at a foreign
    port, no flag told (`flag_untold`), after a foreign ship's call in Vietnam: that ship's earlier stop."""
    if mention.etype != "PortCall" or mention.named or mention.date is not None or not mention.flag_untold:
        return False
    port = (mention.port_countries + [None, None])[1]
    return call_flag not in (None, VNM) and port not in (None, VNM, call_flag)


def _flag_and_port_foreign(mention: EventMention) -> bool:
    """A port call whose ship's flag and port are both told, and both foreign."""
    flag, port = (mention.port_countries + [None, None])[:2]
    return flag not in (None, VNM) and port not in (None, VNM)


def _undated_voyage(mention: EventMention) -> bool:
    """A ship's visit abroad told as done or begun with no day (`SHIP_VOYAGE`, `VOYAGE_BEGUN`)."""
    return SHIP_VOYAGE in mention.rules or VOYAGE_BEGUN in mention.rules or SHIP_DOCKED_ABROAD in mention.rules


def _named_ship_docks(mention: EventMention) -> bool:
    """ "Tàu hải quân Singapore RSS Endurance hôm qua cập bến cảng Saigòn": a foreign ship
    named by its hull prefix docking is a port call, even when its day cannot be told."""
    flag = mention.port_countries[0] if mention.port_countries else None
    return (mention.etype == "PortCall" and mention.creatable and bool(mention.ship_label)
            and flag not in (None, VNM))


def _navy_ship_docks(mention: EventMention, text: str) -> bool:
    """ "Chiến hạm của Hải quân Hoa Kỳ cập Cảng Tiên Sa": a ship of a foreign navy docking,
    unnamed and undated, is the port call the article tells when none was told before."""
    flag = mention.port_countries[0] if mention.port_countries else None
    return (mention.etype == "PortCall" and mention.creatable and flag not in (None, VNM)
            and DOCKING_TRIGGER_RE.match(text, mention.start) is not None)


def _fold_into_stays(events: list[Event], named: set[int]) -> list[Event]:
    """Fold an unnamed visit or port call told on days inside an earlier stay of its
    type ("cập cảng ..., thăm từ ngày 12 đến 15/10" ... "Trong hai ngày 13 và 14/10,
    thủy thủ đến thăm Học viện"): a stop of that stay, not a second one. A visit told on
    one day is folded into a stay told after it as well ("lễ đón Tổng thống X thăm cấp Nhà
    nước" on 12/11, then "đang có chuyến thăm ... trong 2 ngày 11 và 12-11"): one visit."""
    out: list[Event] = []
    for ev in events:
        told = out if ev.end is not None else [e for e in events if e is not ev]  # a day, inside a stay told later too
        stay = None if id(ev) in named or ev.type not in STAY_TYPES or ev.start is None else next(
            (e for e in told if e.type == ev.type and e.start is not None and e.end is not None
             and date_le(e.start, ev.start) and date_le(ev.end or ev.start, e.end) and (e.start, e.end) != (ev.start, ev.end)
             and _same_sides(e, ev) and not _abroad_stop_of_a_voyage(e, ev)),
            None,
        )
        if stay is not None:
            _merge_events(stay, ev, WITHIN_STAY)
            continue
        out.append(ev)
    return out


def _fold_arrivals_into_drills(events: list[Event], named: set[int]) -> list[Event]:
    """Fold an unnamed port call with Vietnam its only side, on a day inside a drill of Vietnam and other
    countries, into that drill (`ARRIVAL_AT_DRILL`): the ship arriving to take part, as a caption tells it."""
    out: list[Event] = []
    for ev in events:
        drill = None
        if ev.type == "PortCall" and id(ev) not in named and ev.start is not None and set(ev.countries) <= {VNM}:
            drill = next((e for e in events if e.type == "Exercise" and VNM in e.countries and len(e.countries) > 1
                          and e.start is not None and e.end is not None and within(ev.start, e.start, e.end)), None)
        if drill is not None:
            _merge_events(drill, ev, ARRIVAL_AT_DRILL)
            continue
        out.append(ev)
    return out


def _fold_activities_into_exchanges(events: list[Event], named: set[int]) -> list[Event]:
    """Fold an exchange told by what was done ("giao lưu văn nghệ", `ACTIVITY`) on a day
    inside a named exchange of the same sides over several days into it
    (`ACTIVITY_OF_EXCHANGE`): a part of its programme; so is a one-day visit with no name on
    such a day (`STOP_OF_EXCHANGE`: the guests going to a border post during the exchange)."""
    out: list[Event] = []
    for ev in events:
        host, how = None, ACTIVITY_OF_EXCHANGE
        if ev.type == "Exchange" and ev.start is not None and any(ACTIVITY in r.rules for r in ev.readings):
            host = _exchange_around(events, ev, named)
        elif (ev.type == "Visit" and id(ev) not in named and ev.end is None
              and ev.start is not None and ev.start.day is not None):
            host, how = _exchange_around(events, ev, named), STOP_OF_EXCHANGE
        if host is not None:
            _merge_events(host, ev, how)
            continue
        out.append(ev)
    return out


def _exchange_around(events: list[Event], ev: Event, named: set[int]) -> Optional[Event]:
    """A named exchange of `ev`'s sides over several days holding `ev`'s days, not opened by an activity
    (one told with an activity folded into it is)."""
    if ev.start is None:
        return None
    return next((e for e in events if e is not ev and id(e) in named and e.type == "Exchange"
                 and e.start is not None and e.end is not None and date_le(e.start, ev.start)
                 and date_le(ev.end or ev.start, e.end) and _same_sides(e, ev)
                 and ACTIVITY not in e.readings[0].rules), None)


def _legs_apart(events: list[Event]) -> None:
    """A trip told leg by leg (`LEGS`: "thăm A từ ngày 9-11/3 và B từ 12-15/3") after a telling of all
    its countries ("X thăm A, B" in the headline): the first leg's visit keeps only its own country."""
    legs = [e for e in events if e.type == "Visit" and any(LEGS in r.rules for r in e.readings)]
    for ev in legs:
        for other in legs:
            theirs = set(other.countries) - {VNM}
            if other is not ev and theirs and theirs < set(ev.countries) - {VNM}:
                ev.countries[:] = [c for c in ev.countries if c not in theirs]


def _fold_visits_into_calls(events: list[Event], named: set[int], text: str) -> list[Event]:
    """Fold an unnamed visit into the port call of the same sides told to begin on its
    first day or inside its days: a ship's visit is its call; a call told on one day (its
    first, or a later one: "chiều 4/11, đoàn chỉ huy tàu đã đến thăm ..." inside "chuyến
    thăm ... từ ngày 3 đến 6/11 của tàu X") takes the visit's stretch of days, and a call
    told again on one of them then folds into it (`_fold_into_stays`)."""
    calls = [e for e in events if e.type == "PortCall" and e.start is not None]
    out: list[Event] = []
    for ev in events:
        call = None if id(ev) in named or ev.type != "Visit" or ev.start is None else next(
            (c for c in calls if _same_sides(c, ev)
             and (c.start == ev.start or (ev.end is not None and within(c.start, ev.start, ev.end)  # type: ignore[arg-type]  # calls all have a start
                                          and not _visitor_came_first(c, ev, text)))),
            None,
        )
        how = VISIT_OF_CALL
        if call is None and id(ev) not in named:
            call, how = _the_one_call_of_an_undated_visit(events, ev), UNDATED_VISIT_OF_CALL
        if call is None:
            out.append(ev)
            continue
        if call.end is None and ev.end is not None:  # the ship's stay, told as its visit: the call's days
            call.start, call.end = ev.start, ev.end
        _merge_events(call, ev, how)
    return out


def _the_one_call_of_an_undated_visit(events: list[Event], ev: Event) -> Optional[Event]:
    """The one port call of `ev`'s sides when `ev` is a visit with no day and no one named
    ("trong khuôn khổ chuyến thăm, các thủy thủ Nga đã ...", `UNDATED_VISIT_OF_CALL`)."""
    if ev.type != "Visit" or ev.start is not None or ev.participants:
        return None
    calls = [e for e in events if e.type == "PortCall" and _same_sides(e, ev)]
    return calls[0] if len(calls) == 1 else None


def _visitor_came_first(call: Event, visit: Event, text: str) -> bool:
    """A visit of someone named in it, told with no ship ("Phó Đô đốc X ... đang thăm và làm việc
    tại Việt Nam từ ngày 20 đến 24-10"), begun on a day before the call's ship docked: the
    person's visit, not the ship's stay."""
    return (bool(visit.participants) and visit.start is not None and call.start is not None
            and visit.start != call.start and date_le(visit.start, call.start)
            and not any(ship_re().search(text, r.sentence_start, r.sentence_end) for r in visit.readings))


def _merge_aliases(drafts: list[_Draft]) -> list[_Draft]:
    """Fold "Hội nghị ADMM-18" (seen first, in a headline) into the edition whose
    full name was followed by "(ADMM-18)"."""
    out: list[_Draft] = []
    for d in drafts:
        core = d.key.split("|")[1] if d.named else ""
        # "Triển lãm DSA 2026" (its year read apart) before "Triển lãm ... (DSA 2026)"
        forms = {core, f"{core} {d.key.split('|')[2]}".strip()} if core else set()
        target = next(
            (o for o in drafts if o is not d and o.named and o.event.type == d.event.type and forms & o.aliases),
            None,
        ) if core else None
        reason = ALIAS
        if target is None and core:
            target, reason = _edition_of_series(d, core, drafts), SERIES_EDITION
        if target is None:
            out.append(d)
            continue
        _merge_events(target.event, d.event, reason)
        target.has_fact = target.has_fact or d.has_fact
    return out


def _series_of(alias: str, ordinal: Optional[int], year: Optional[int]) -> list[str]:
    """The series a short name with its edition stands for: "sdd" of "sdd-13" (edition 13), "lima" of
    "lima 2025" (year 2025); none for a short name without its edition."""
    m = EDITION_TAIL_RE.fullmatch(alias)
    if m is None or int(m.group(2)) not in (ordinal, year):
        return []
    return [m.group(1)]


def _edition_of_series(d: _Draft, core: str, drafts: list[_Draft]) -> Optional[_Draft]:
    """The one edition told on the page ("Đối thoại Quốc phòng Seoul lần thứ 13 (Đối thoại SDD-13)") of the
    series `d` names bare ("Đối thoại SDD năm nay ..."), `d` of the edition's kind (a dialogue and a conference
    are one), undated or of the edition's start, of no other year; None if the page tells two editions."""
    found = [o for o in drafts if o is not d and o.named and core in o.series and _kin_types(o.event.type, d.event.type)]
    if len(found) != 1 or _told_apart(d, found[0]):
        return None
    return found[0]


def _kin_types(a: str, b: str) -> bool:
    """One kind of event for a series' edition and its bare short name: the same type, or a dialogue and a conference."""
    return a == b or {a, b} <= set(SERIES_KINDS)


def _told_apart(d: _Draft, edition: _Draft) -> bool:
    """`d` told with another year than the edition's, or another day."""
    start = edition.event.start
    year = edition.year or (start.year if start is not None else None)
    return bool(d.year and year and d.year != year) or (d.event.start is not None and d.event.start != start)


def _alias_opening_days(doc: Doc, idx: DocIndex, drafts: list[_Draft]) -> None:
    """A named event whose short name, right after a sentence's head date, is said to take
    place ("Sáng 31/10, ADMM-19 khai mạc", "Ngày 1/11, ADMM+ 12 diễn ra") has that day, not
    the span of a trip told for two events at once; the first such sentence tells it."""
    text = doc.text
    for d in drafts:
        if not d.named:
            continue
        found = [(m.start(), m.end(), s.end()) for alias in d.aliases for m in _alias_places(text, alias)
                 if (s := ALIAS_HELD_AFTER_RE.match(text, m.end())) is not None]
        for start, end, verb_end in sorted(found):
            head = _head_date_before(idx, start)
            if head is not None and head.date.day is not None and ALIAS_SUBJECT_RE.fullmatch(text, head.end, start):
                _dated_by(d, idx, head, start, end, ALIAS_OPENS)
                break
            after = day_right_after(idx, text, verb_end)  # "ADMM-19 diễn ra ngày 31/10"
            if after is not None and _part_day_in_stretch(d, text, start, after):
                continue  # "Lễ khai mạc SDD-14 diễn ra sáng 9/9" told in its 8-10/9: the opening's day
            if after is not None:
                _dated_by(d, idx, after, start, end, ALIAS_TAKES_PLACE)
                break
            told = last_told_day(idx, text, start) if ALIAS_SAME_DAY_AFTER_RE.match(text, verb_end) else None
            if told is not None:  # "ADMM+ lần thứ 11 khai mạc sáng cùng ngày": the day last told
                _dated_by(d, idx, told, start, end, ALIAS_SAME_DAY)
                break
            if head is None and _alias_on_next_day(d, drafts, idx, text, start, end):
                break


def _part_day_in_stretch(d: _Draft, text: str, start: int, day: DateMention) -> bool:
    """The short name at `start` led by a part of the event ("Lễ khai mạc SDD-14 diễn ra sáng 9/9"), `day` inside
    the stretch of days it already has: the part's day (`PART_DAY`), the stretch stays the event's."""
    ev = d.event
    if ev.start is None or ev.end is None or ALIAS_PART_BEFORE_RE.search(text, max(0, start - 40), start) is None:
        return False
    if day.end_date is not None or not within(day.date, ev.start, ev.end):
        return False
    _add_rule(ev, PART_DAY)
    return True


def _alias_on_next_day(d: _Draft, drafts: list[_Draft], idx: DocIndex, text: str, start: int, end: int) -> bool:
    """A short name said to take place right after "Ngày hôm sau, ..." / "Một ngày trước đó, ..."
    heading its sentence ("Ngày hôm sau, ADMM+ lần thứ 11 quy tụ thêm các đoàn ..."): the day after
    (before) the one last told, else the full day of the latest one-day happening told before."""
    sent = idx.sentences[idx.sentence_at(start)]
    head = sentence_head(text, sent)
    opener, shift = relative_day_opener(text, head, start)
    if opener is None or not ALIAS_SUBJECT_RE.fullmatch(text, opener.end(), start):
        return False
    told = last_told_day(idx, text, sent.start)
    day = _day_after(told.date if told is not None else _day_of_latest(drafts, sent.start), shift)
    if day is None:
        return False
    d.event.start, d.event.end = day, None
    d.has_fact = True
    add_unique(d.event.evidence, sent.text)
    d.event.readings.append(Reading(sent.start, sent.end, start, end, (NEXT_DAY if shift > 0 else DAY_BEFORE,)))
    return True


def _day_of_latest(drafts: list[_Draft], pos: int) -> Optional[PartialDate]:
    """The full day of the one-day event last told before `pos` ("ADMM-18 khai mạc ... ngày 20/11/2024")."""
    told = [(max(r.sentence_start for r in d.event.readings if r.sentence_start < pos), d.event.start) for d in drafts
            if d.event.start is not None and d.event.start.is_complete and d.event.end is None
            and any(r.sentence_start < pos for r in d.event.readings)]
    return max(told, key=lambda t: t[0])[1] if told else None


def _alias_places(text: str, alias: str) -> Iterator[re.Match[str]]:
    """Where a short name stands as words of its own ("ADMM-18", not "ADMM-18+")."""
    return _alias_re(alias).finditer(text)


@lru_cache(maxsize=1024)
def _alias_re(alias: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(alias) + r"(?![\w+])", re.I)


def _head_date_before(idx: DocIndex, pos: int) -> Optional[DateMention]:
    """The date heading the sentence that holds `pos`, if one stands before it."""
    sent = idx.sentences[idx.sentence_at(pos)]
    return idx.first_date_in(sent.start, min(pos, sent.start + 30))


def _dated_by(d: _Draft, idx: DocIndex, head: DateMention, start: int, end: int, rule_name: str) -> None:
    """`d` takes the day of `head`, with the sentence of text[start:end] as its evidence."""
    sent = idx.sentences[idx.sentence_at(start)]
    d.event.start, d.event.end = dates_of(idx, head)
    d.has_fact = True
    add_unique(d.event.evidence, sent.text)
    d.event.readings.append(Reading(sent.start, sent.end, start, end, (rule_name,)))


def _alias_dates(doc: Doc, idx: DocIndex, drafts: list[_Draft]) -> None:
    """A named event without a date takes the sentence-head date of a sentence that
    places its short name: "Ngày 20/11, tại ADMM-18, các Bộ trưởng ..."."""
    text = doc.text
    for d in drafts:
        if not d.named or d.event.start is not None:
            continue
        for alias in d.aliases:
            for m in _alias_places(text, alias):
                if not AT_BEFORE_RE.search(text, max(0, m.start() - 6), m.start()):
                    continue
                head = _head_date_before(idx, m.start())
                if head is not None:
                    _dated_by(d, idx, head, m.start(), m.end(), ALIAS_DATE)
                    break
                placed = _day_after_placed_alias(idx, text, m.end())
                if placed is not None:
                    _dated_by(d, idx, placed, m.start(), m.end(), ALIAS_PLACED_DAY)
                    break
            if d.event.start is not None:
                break


def _day_after_placed_alias(idx: DocIndex, text: str, pos: int) -> Optional[DateMention]:
    """The day told right after a short name placed with "tại" (text[:pos] ends on it), past the
    place it was held at: "tại ADMM Retreat ở Cebu ngày 26/2", "tại ADMM-18 ngày 20/11"."""
    place = ALIAS_PLACE_THEN_DAY_RE.match(text, pos)
    return day_right_after(idx, text, place.end() if place else pos)


def _alias_people(doc: Doc, idx: DocIndex, drafts: list[_Draft]) -> None:
    """Officials named in a sentence that tells a multilateral event by its short name
    only ("Phát biểu khai mạc ANCM-19, Bộ trưởng Quốc phòng Malaysia ..."; "IPACC đã
    khai mạc dưới sự chủ trì của ... và ...") take part in it (not in a plan: "sẽ")."""
    text = doc.text
    for d in drafts:
        if not d.named or d.event.type not in MULTILATERAL_TYPES or not d.has_fact:
            continue
        for alias in sorted(d.aliases):
            for m in _alias_places(text, alias):
                si = idx.sentence_at(m.start())
                sent = idx.sentences[si]
                if si in d.sentences or PLANNED_RE.search(text, sent.start, sent.end):
                    continue
                names = [o.name for o in idx.names_in(sent.start, sent.end)]
                members = listed_members(text, idx, sent)  # "Ngày 1/11, ADMM+ 12 diễn ra với ... các nước: A, B"
                if not names and not members:
                    continue
                add_unique(d.event.participants, *names)
                add_unique(d.event.countries, *members)
                add_unique(d.event.evidence, sent.text)
                d.sentences.append(si)
                rules = (ALIAS_TOLD, ALIAS_MEMBERS) if members else (ALIAS_TOLD,)
                d.event.readings.append(Reading(sent.start, sent.end, m.start(), m.end(), rules))


def _tells_no_month(doc: Doc) -> bool:
    """Whether the page (its text or stamp) tells no month at all: then a name's year is all it says of when."""
    if doc.published is not None and doc.published.month is not None:
        return False
    return all(m.date.month is None for m in doc.dates)


def _year_of_name(ev: Event, year: int, story_without_month: bool = False) -> None:
    """A named exercise told with no day takes the year its name holds ("diễn tập Hải quân đa
    phương MILAN năm 2022"); so does a named show the page tells again and again when it tells
    no month ("Triển lãm Hàng không Dubai 2025": a show named once is background whose month may
    be known elsewhere, and a bare year would then say less than none); so do days told without
    a year ("Triển lãm ... Việt Nam 2024 ... diễn ra từ ngày 19 đến 22-12")."""
    if ev.start is None:
        if ev.type == "Exercise" or ev.type == "Exhibition" and story_without_month:
            ev.start = PartialDate(year)
            _add_rule(ev, YEAR_OF_NAME)
        return
    if ev.start.year is not None:
        return
    ev.start = PartialDate(year, ev.start.month, ev.start.day)
    if ev.end is not None and ev.end.year is None:
        ev.end = PartialDate(year, ev.end.month, ev.end.day)
    _add_rule(ev, YEAR_OF_NAME)


def _year_of_the_same_day(events: list[Event]) -> None:
    """ "Ngày 28/9, Hoạt động Giao lưu Hải quân ... 2016 được tiến hành với lễ đón tàu tại cảng
    Tiên Sa": a day told without a year, on a page that gives none, dates two events of one
    sentence; the one whose name gives the year gives it to the other."""
    for ev in events:
        if ev.start is None or ev.start.year is not None or ev.start.day is None:
            continue
        sents = {r.sentence_start for r in ev.readings}
        year = next((e.start.year for e in events if e is not ev and e.start is not None and e.start.year is not None
                     and (e.start.month, e.start.day) == (ev.start.month, ev.start.day)
                     and sents & {r.sentence_start for r in e.readings}), None)
        if year is None:
            continue
        ev.start = PartialDate(year, ev.start.month, ev.start.day)
        if ev.end is not None and ev.end.year is None:
            ev.end = PartialDate(year, ev.end.month, ev.end.day)
        _add_rule(ev, YEAR_OF_SAME_DAY)


def _on_its_days(ev: Event, day: PartialDate) -> bool:
    """Whether `day` may be one of the event's days: its start, a day up to its end,
    or a year or month that holds one or is held by it (an undated event has any day)."""
    start, end = ev.start, ev.end or ev.start
    if start is None or day in (start, end) or _covers(start, day) or _covers(day, start):
        return True
    return start.is_complete and end.is_complete and day.is_complete and start <= day <= end  # type: ignore[union-attr, operator]  # is_complete: end is a full date


def _same_or_within(coarse: Optional[PartialDate], day: Optional[PartialDate]) -> bool:
    """Either is unknown, they are one date, or the first (a month, a year) holds the second."""
    return coarse is None or day is None or coarse == day or _covers(coarse, day)


def _holds_title(subject: str, position: str) -> bool:
    """The clause before a trigger names the office (its first three words at most) on its own, not
    as a deputy's ("Thủ tướng Chính phủ cũng đã tiếp ..." for "Thủ tướng"; not "Phó Thủ tướng")."""
    words = position.split()[:3]
    if not words or not words[0][:1].isupper():
        return False
    title = re.escape(" ".join(words)).replace(r"\ ", r"\s+")
    return re.search(r"(?<![\w])(?<!Phó )(?<!phó )" + title + r"(?!\w)", subject) is not None


def _covers(coarse: PartialDate, fine: PartialDate) -> bool:
    """A year or month that holds a finer date ("năm 2025" holds 8/12/2025)."""
    if coarse.year != fine.year or coarse.day is not None:
        return False
    if coarse.month is None:
        return coarse.year is not None and fine.month is not None
    return coarse.month == fine.month and fine.day is not None


def _retold_with_its_day(draft: _Draft, mention: EventMention, when: _When) -> bool:
    """A reception dated by the dateline alone, told again by the same people with a day of its own
    (a caption "Chủ tịch nước A tiếp Đại tướng B." before "Sáng 22/4, ... A đã tiếp Đại tướng B")."""
    return (draft.dateline_only and when.start is not None and DATELINE not in when.rules
            and bool(draft.hosts) and bool(draft.guests)
            and draft.hosts == frozenset(mention.hosts) and draft.guests == frozenset(mention.guests))


def _another_happening(ev: Event, mention: EventMention, country_of: dict[str, Optional[str]]) -> bool:
    """The mention tells another happening than `ev`, though of its type and day:
    it names a foreign side of another country ("Chiều cùng ngày, ... gặp Bộ
    trưởng Quốc phòng Hoa Kỳ"), or both sides with other people ("Cùng ngày,
    Thủ tướng C cũng tiếp Bộ trưởng X" after "Chủ tịch nước A tiếp Bộ trưởng X")."""
    if JOINT_COURSE in mention.rules and any(JOINT_COURSE in r.rules for r in ev.readings):
        return False  # a course's co-organiser, instructors' and trainees' countries are told bit by bit
    if ev.type == "Conference" and ev.readings and CONFERENCE_PRESUPPOSED in ev.readings[0].rules:
        return False  # a conference opened as attended by many countries' delegates: each is told bit by bit
    return (_new_counterpart(ev, mention, country_of) or _new_pair(ev, mention, country_of) or _other_flag(ev, mention)
            or _calls_on_another(ev, mention))


def _calls_on_another(ev: Event, mention: EventMention) -> bool:
    """ "Cùng ngày, đoàn đến chào Thượng tướng B" after A's reception: a call on someone the
    meeting did not have is another meeting."""
    return (CALLS_ON in mention.rules and ev.type == "Meeting" and bool(mention.hosts) and bool(ev.participants)
            and not _share_person(mention.hosts, ev.participants))


def _other_flag(ev: Event, mention: EventMention) -> bool:
    """ "Tàu ... USS Coronado cập cảng Cam Ranh. - Tàu sân bay trực thăng Nhật vừa tới Cam Ranh": a
    ship of another foreign flag than the port call's is another call."""
    flag = mention.port_countries[0] if mention.etype == "PortCall" and mention.port_countries else None
    return flag not in (None, VNM) and flag not in ev.countries and any(c != VNM for c in ev.countries)


_NOUN_TRIGGER_RE = PATTERNS["noun-trigger"]
JOINT_RE = PATTERNS["joint"]
AT_THE_TOLD_RE = PATTERNS["at-the-told"]
AT_THE_TOLD_COUNTERPART_RE = PATTERNS["at-the-told-counterpart"]
EXCHANGE_FRAME_BEFORE_RE = PATTERNS["exchange-frame-before"]
GUEST_VISIT_FRAME_BEFORE_RE = PATTERNS["guest-visit-frame-before"]
GUEST_VISIT_OF_AFTER_RE = PATTERNS["guest-visit-of-after"]
SEVERAL_SIDED_RE = PATTERNS["several-sided"]
AT_BARE_RE = PATTERNS["at-bare"]
MEETING_WORD_RE = PATTERNS["meeting-word"]
AFTER_WELCOME_RE = PATTERNS["after-welcome"]
FRAMEWORK_BEFORE_RE = PATTERNS["framework-before"]
VISIT_FRAME_CLAUSE_RE = PATTERNS["visit-frame-clause"]
COMES_TO_CALL_RE = PATTERNS["comes-to-call-before"]
VISIT_FRAME_AFTER_RE = PATTERNS["visit-frame-after"]
CALL_FRAME_BEFORE_RE = PATTERNS["call-frame-before"]
CLOSING_BEFORE_RE = PATTERNS["closing-before"]
CODE_NAME_TAIL_RE = PATTERNS["code-name-tail"]
_HELD_BEFORE_RE = PATTERNS["held-before"]
_ATTENDING_BEFORE_RE = PATTERNS["attending-before"]


def _new_host(ev: Event, mention: EventMention, text: str, country_of: dict[str, Optional[str]]) -> bool:
    """A verb of reception whose subject is on a side the event has, by other people:
    "Cũng trong chiều nay, Thiếu tướng C đã tiếp đoàn" after "bà B tiếp xã giao ..."
    (not "C dự buổi tiếp": there the people attend the event told before). A port call has no
    reception verb: the one who speaks of it ("Thuyền trưởng X cũng nhấn mạnh, việc ghé thăm cảng
    Cam Ranh ...") hosts nothing (`CALL_SPOKEN_OF`)."""
    if ev.type not in BILATERAL_TYPES or not mention.hosts or mention.guests:
        return False
    held = _HELD_BEFORE_RE.search(text, max(0, mention.start - 12), mention.start) is not None
    if (_NOUN_TRIGGER_RE.match(text, mention.start) and not held) or _ATTENDING_BEFORE_RE.search(
        text, max(0, mention.start - 12), mention.start
    ):
        return False
    for ours in (True, False):
        hosts = {p for p in mention.hosts if (country_of.get(p) == VNM) == ours and country_of.get(p)}
        had = {p for p in ev.participants if (country_of.get(p) == VNM) == ours and country_of.get(p)}
        if hosts and had and not hosts & had:
            if ev.type != "PortCall":
                return True
            mention.rules.append(CALL_SPOKEN_OF)
            return False
    return False


def _new_counterpart(ev: Event, mention: EventMention, country_of: dict[str, Optional[str]]) -> bool:
    """A foreign side the event has not got. For one of the meetings a list of counterparts is split
    into, only its counterpart counts: "Bộ trưởng Yoon đã lần lượt gặp song phương với ...; Bộ trưởng
    Quốc phòng Philippines A; ..." on a foreign outlet's page has the host's side in every part, and
    the host's earlier meeting is no telling of the one with A (`SPLIT_COUNTERPART`)."""
    known = set(ev.countries) | {country_of.get(p) for p in ev.participants}
    known.discard(VNM)
    if not known:
        return False
    if SPLIT in mention.rules:
        foreign = ({country_of.get(p) for p in mention.guests} | set(mention.listed_countries[:1])) - {None, VNM}
        if foreign and not foreign & known and {country_of.get(p) for p in mention.hosts} & known:
            mention.rules.append(SPLIT_COUNTERPART)
            return True
    foreign = ({country_of.get(p) for p in mention.people} | set(mention.listed_countries)
               | set(mention.span_countries) | set(mention.port_countries[:1])) - {None, VNM}
    return bool(foreign) and not (foreign & known)


def _new_pair(ev: Event, mention: EventMention, country_of: dict[str, Optional[str]]) -> bool:
    """Both sides named in the mention's clause, one of them by other people than the event's."""
    if ev.type not in BILATERAL_TYPES or not mention.hosts or not mention.guests:
        return False
    ours = [p for p in mention.hosts + mention.guests if country_of.get(p) == VNM]
    theirs = [p for p in mention.hosts + mention.guests if country_of.get(p) not in (None, VNM)]
    if not ours or not theirs:
        return False
    had_ours = [p for p in ev.participants if country_of.get(p) == VNM]
    had_theirs = [p for p in ev.participants if country_of.get(p) not in (None, VNM)]
    return bool(had_ours and had_theirs) and (not _share_person(ours, had_ours) or not _share_person(theirs, had_theirs))


def _share_person(names: Iterable[str], others: Iterable[str]) -> bool:
    """One person among both lists, a name spelled two ways counted once: a foreign name
    written in Vietnamese press varies in its i/y, s/x and marks ("Sergei Shoigu" in the
    title, "Sergey Shoigu" in the body), and so must not tell another pair of people."""
    folded = {_name_fold(n) for n in others}
    return any(_name_fold(n) in folded for n in names)


@lru_cache(maxsize=4096)
def _name_fold(name: str) -> str:
    return " ".join(fold_marks(name).replace("y", "i").replace("x", "s").split())


def _other_pairs(a: Event, b: Event, country_of: dict[str, Optional[str]]) -> bool:
    """Both events name people on both sides, and one side by other people: two
    receptions of one minister by the President and the Prime Minister; or their people's
    countries differ each way (`_other_country_pairs`)."""
    if _other_country_pairs(a, b, country_of):
        return True

    def sides(e: Event) -> tuple[set[str], set[str]]:
        ours = {p for p in e.participants if country_of.get(p) == VNM}
        return ours, {p for p in e.participants if country_of.get(p) not in (None, VNM)}

    (a_ours, a_theirs), (b_ours, b_theirs) = sides(a), sides(b)
    if not (a_ours and a_theirs and b_ours and b_theirs):
        return False
    return not _share_person(a_ours, b_ours) or not _share_person(a_theirs, b_theirs)


def _other_country_pairs(a: Event, b: Event, country_of: dict[str, Optional[str]]) -> bool:
    """Each event's people are of two countries or more, and each has a country the other's
    have not: a foreign minister's meetings with Vietnam's and with Laos' counterparts on one
    day ("Khi gặp Bộ trưởng Quốc phòng Việt Nam A, ông Viên ... Trong cuộc gặp với Bộ trưởng
    Quốc phòng Lào B, ..."), two meetings."""
    ca = {country_of.get(p) for p in a.participants} - {None}
    cb = {country_of.get(p) for p in b.participants} - {None}
    return _each_has_its_own(ca, cb)


def _each_has_its_own(ca: set, cb: set) -> bool:
    """Two sets of countries, two or more each, each with a country the other has not."""
    return len(ca) >= 2 and len(cb) >= 2 and bool(ca - cb) and bool(cb - ca)


def _abroad_stop_of_a_voyage(stay: Event, ev: Event) -> bool:
    """A Vietnamese ship's voyage naming no foreign side ("Từ ngày 28-1 đến 12-3, ... Tàu 17
    tham gia chuỗi hoạt động diễn tập và thăm xã giao") and a call in one foreign country on
    days inside it ("thăm xã giao Malaysia từ ngày 2 đến ngày 5-2"): a call of its own."""
    return ev.type == "PortCall" and not set(stay.countries) - {VNM} and bool(set(ev.countries) - {VNM})


def _split_part(ev: Event) -> bool:
    """The event was opened by one of the meetings a list of counterparts is split into."""
    return bool(ev.readings) and SPLIT in ev.readings[0].rules


def _some_day_of(visit: Event) -> Optional[PartialDate]:
    """Some day of a visit told with its days: its month, or its year when it runs over two months; None
    when the visit has no month."""
    start, end = visit.start, visit.end
    if start is None or start.year is None or start.month is None:
        return None
    if end is not None and (end.year, end.month) != (start.year, start.month):
        return PartialDate(start.year) if end.year == start.year else None
    return PartialDate(start.year, start.month)


def _same_sides(a: Event, b: Event) -> bool:
    """Two drafts can be one happening only if their foreign sides agree: the
    minister met China's and then the US's counterpart the same afternoon."""
    ca, cb = set(a.countries), set(b.countries)
    if _each_has_its_own(ca, cb) and (ca & cb) - {VNM}:
        return False  # a foreign host's meetings with Vietnam's and with Indonesia's counterpart (round 24)
    fa, fb = ca - {VNM}, cb - {VNM}
    return not fa or not fb or fa <= fb or fb <= fa


def _without_year(alias: str) -> list[str]:
    """ "lima 2025" -> ["lima"]: a short name as told without its edition's year."""
    words = alias.split()
    if len(words) > 1 and YEAR_WORD_RE.fullmatch(words[-1]):
        words = words[:-1]
    return words


def _holds_words(words: list[str], part: list[str]) -> bool:
    """`part` (three letters or more in all) stands in `words` as whole words, in order."""
    n = len(part)
    if not n or len("".join(part)) < 3:
        return False
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _signature(core: str) -> frozenset[str]:
    """The words that tell one named event from another (fillers such as "chung" and
    the countries of the name dropped: those are compared on their own). An ASEAN series' bare
    short name is read as its full name ("Hội nghị ADMM hẹp" in a headline is the body's "Hội
    nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp", lex_asean_series.tsv)."""
    core = series_bare_name_re().sub(lambda m: series_full_names()[m.group(1)], core)
    fillers = name_fillers()
    words = (w.strip(NAME_QUOTES) for w in norm_key(core).split())  # "X” and “X” are one name
    return frozenset(w for w in words if w and w not in fillers)


def _same_named(d: _Draft, m: EventMention, sig: frozenset[str]) -> bool:
    """One event named two ways: one name's words contain the other's, and
    year, edition number and the countries in the names do not disagree."""
    if not sig or not d.sig or not (sig <= d.sig or d.sig <= sig or _shared_code_word(sig, d.sig)):
        return False
    if d.year and m.year and d.year != m.year:
        return False
    if d.year and m.date is not None and m.date.date.year is not None and m.date.date.year < d.year:
        return False  # "Giao lưu ... năm 2024" and "Giao lưu ... lần thứ nhất được tổ chức ... năm 2014"
    if d.event.ordinal and m.ordinal and d.event.ordinal != m.ordinal:
        return False
    if _edition(d.event.label) != _edition(m.core):
        return False  # "Hội nghị ... ASEAN mở rộng" (ADMM+), "Hội nghị hẹp ..." are not "Hội nghị ... ASEAN" (ADMM)
    a, b = d.name_countries, m.countries
    return not a or not b or a <= b or b <= a


def _edition(name: str) -> tuple[bool, bool]:
    """Whether the name holds "mở rộng" (an edition open to partners: ADMM+, not ADMM) and whether it holds
    "hẹp"/"không chính thức" (a restricted or informal edition: the ADMM Retreat, not the ADMM)."""
    folded = name.casefold()
    return NAME_EXTENDED_RE.search(folded) is not None, NAME_RETREAT_RE.search(folded) is not None


def _shared_code_word(a: frozenset[str], b: frozenset[str]) -> bool:
    """Both names hold one code name ("komodo", "milan"), a word no Vietnamese syllable spells."""
    return any(CODE_WORD_RE.fullmatch(w) and w not in code_word_stops() for w in a & b)


def _named_label(m: EventMention) -> str:
    """Canonical name: "Triển lãm <name> <year>" or "... lần thứ <n>"."""
    label = f"{m.display} {m.core}".strip()
    if m.year and (m.year_written or not m.ordinal):
        label += f" {m.year}"
    elif m.ordinal:
        label += f" lần thứ {m.ordinal}"
    return label


def _anon_label(ev: Event) -> str:
    names = " - ".join(ev.participants[:2])
    base = DISPLAY.get(ev.type, ev.type)
    if ev.type == "Visit":
        host = ev.location or ""
        who = ev.participants[0] if ev.participants else ""
        return " ".join(x for x in (base, host, "của " + who if who else "") if x)
    return f"{base} {names}".strip()


def _recap_of_year(ev: Event, named: bool, latest_year: int, latest_day_year: Optional[int]) -> bool:
    """An unnamed event dated with no day before the latest year told: by its year alone,
    before `latest_year` (a happening's or the page's), or by its month and year, before
    `latest_day_year`, the year of a happening told on its day ("Tháng 1/2018, Thủ tướng
    ... đã đến thăm Ấn Độ" after a port call of 29/10/2019): a recap of an earlier year.
    A named event is left (its name may hold the year)."""
    start = ev.start
    if named or start is None or start.year is None or start.day is not None:
        return False
    if start.month is None:
        return start.year < latest_year
    return latest_day_year is not None and start.year < latest_day_year
