"""Official mentions: a name becomes an official's when the text anchors it.

A person is an official only when the text anchors the name: a rank or a
title right before it ("Đại tướng Phan Văn Giang", "Đại sứ Hoa Kỳ tại Việt
Nam Marc Knapper"), an honorific ("ngài Matteo Perego di Cremnago"), or a
title in apposition after it ("Samuel Paparo, Tư lệnh ..."). Bare names --
photo credits, bylines -- never are. Then the mention is resolved: its rank,
its positions (never running into another person's name), and the country
it represents: from the title ("Đại sứ Pháp tại Việt Nam" -> FRA: the country
after "tại" is the host), else the side it is listed on, else the sentence
for a foreign-looking name, else Vietnam for a Vietnamese-looking one.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from kg.countries import lookup
from kg.model import CountryMention, Doc, Sentence
from kg.pipeline.common import VNM, WORD_RE, DocIndex, add_unique, doc_index, is_vn_syllable, load_lines, norm_key
from kg.pipeline.countries import find_countries, group_members, place_country, place_mentions
from kg.pipeline.mentions import OfficialMention
from kg.pipeline.officials.lexicon import PATTERNS
from kg.pipeline.officials.lexicon import (
    org_compounds,
    APPOS_START,
    INVITED_BY_BEFORE,
    ASIDE_AFTER_RE,
    BOUNDARY_CHARS,
    HOST_BEFORE,
    HULL_AFTER_RE,
    LAST_BOUNDARY_RE,
    OF_BEFORE_RE,
    OF_RE,
    SPACES_RE,
    after_location_word,
    person_after_province_word,
    after_joined_ship_name,
    after_ship_cue,
    break_re,
    chinese_name_countries,
    chinese_only_surnames,
    korean_surnames,
    vietnamese_middle_names,
    dangling_title_words,
    quyen_compounds,
    company_before_re,
    company_re,
    former_before_re,
    counterpart_re,
    head_start_re,
    lower_head_start_re,
    honorific_re,
    international_secretariat_re,
    org_head_re,
    title_honorifics,
    hull_prefix_re,
    position_re,
    rank_before,
    rank_before_re,
    rank_countries,
    rank_re,
    side_cue_re,
    side_switch_re,
    ship_prefixes,
    side_word_re,
    single_name_title_re,
    stop_names,
    suffix_after_re,
    suffixes,
    surnames,
    syllable_name_countries,
    body_openers,
)
from kg.pipeline.officials.names import (
    NameCandidate, glued_title_words, is_foreign_token, is_title_word, name_candidates, name_in_words,
)
from kg.pipeline.rules import drop, rule

SHIP_NAME = rule("official.ship-name", "a name after a ship word or before a hull number is a ship's, not a person's")
STOPLIST = rule("official.stoplist", "a capitalised phrase listed in lex_name_stoplist.txt, not a person")
TITLE_AS_NAME = rule("official.title-read-as-name", "a title or rank such as 'Phó Tư lệnh' or 'Phó Đô đốc' read as surname and given name")
GLUED_TITLE_WORDS = rule("official.glued-title-words", "a word of the name is a title's or an organisation head's two words glued by a lost space ('Phó Tham mưu trưởng Quânchủng Hải quân': 'Quân chủng'): the words of a body, not a person's name")
PLACE_NAME = rule("official.place-name", "a name after a place word (tại, tỉnh, TP., cảng) is a place")
LOST_SPACE = rule("official.lost-space", "a space the page lost inside a word bounds the name (`names._split_at_lost_spaces`): 'với NgàiMit-suo Sakaba' is Mit-suo Sakaba, 'Thượng tướng Hoàng Xuân Chiếnđánh giá' is Hoàng Xuân Chiến; two marked syllables glued make no name word ('Quânchủng Hải quân')")
GLUED_TITLE_NOT_FOREIGN = rule("official.hyphen-glued-title-not-foreign", "a name glued to its title by a hyphen ('Nguyễn Văn Thắng-Chỉ huy trưởng') is judged without the glued word: a Vietnamese name stays Vietnamese, not foreign")
COUNTRY_NAME_PART = rule("official.part-of-a-country-name", "the words are (the end of) a country's name read as surname and given name ('tại Bồ Đào Nha', 'Hà Lan'): a country, not a person")
PRESS_SOURCE = rule("official.press-source", "'Theo' (according to) and a paper's or an agency's name ('Theo Straits Times, ...'): the source of the report, not a person")
_PRESS_SOURCE_RE = PATTERNS["press-source"]
ORG_COMPOUND = rule("official.org-compound", "the name's last word and the lower-case word after it make a word of an organisation's name ('Đoàn Thanh niên', lex_org_compounds.txt): a body, not a person")
_LOWER_WORD_AFTER_RE = PATTERNS["lower-word-after"]
_OPEN_QUOTATION_RE = PATTERNS["open-quotation"]
BODY_NAME = rule("official.body-name", "a run of words opening with a body's first word ('Đội', 'Hội', 'Báo': lex_body_openers.txt): 'Chỉ huy trưởng Đội Kestrel, Trung tá X' names a unit, whose head is X")
COMPANY_NAME = rule("official.company-name", "a name right after a company marker ('PT', 'Tập đoàn') is the company's, and so is one holding a marker ('Tổng Giám đốc Hanwha Aerospace')")
TOPIC_RE = PATTERNS["topic-opens"]
BESIDE_FOUNDER_BEFORE_RE = PATTERNS["beside-the-founder-before"]
BESIDE_FOUNDER_AFTER_RE = PATTERNS["beside-the-founder-after"]
FOUNDED_AFTER_RE = PATTERNS["founded-after"]
NEXT_CONJUNCT_RE = PATTERNS["next-conjunct"]
FOUNDER = rule("official.founder-beside-ho-chi-minh", "a leader named beside President Hồ Chí Minh as a founder of the relation ('do Chủ tịch Hồ Chí Minh và Chủ tịch X đặt nền móng', 'Thủ tướng X và Chủ tịch Hồ Chí Minh ... dày công vun đắp'): a figure of history, not acting for a state")
FORMER = rule("official.late-or-former", "the title or rank opens after 'cố' (the late) or 'cựu' (former): told of, not acting for a state")
NO_ANCHOR = rule("official.no-anchor", "no rank, title, honorific or title after it: a bare name (a credit, a byline)")
NAME_BEFORE_TITLE = rule("official.name-before-a-title", "a later word of the run opens a title with the lower-case words after it ('Nguyễn Văn A Uỷ viên Trung ương Đảng', no comma): the name ends before it")
NAME_BEFORE_RANK = rule("official.name-before-a-rank", "the run's last word opens a rank with the words after it ('Trịnh Văn Quyết Thượng tướng'): the name ends before it")
NAME_AFTER_PROVINCE = rule("official.name-after-province", "a run after 'tỉnh' that opens with a neighbour's province or city (country_places.tsv) and goes on with more capitalised words ('Tỉnh trưởng tỉnh Savannakhet Phetsamone Keomany') is the province of the title, then the person's name, not one place")
NAME_AFTER_POSTING = rule("official.name-after-posting", "a run after 'tại' that opens with a country's name and goes on with a whole Vietnamese-shaped name ('Đại sứ Việt Nam tại Hàn Quốc Vũ Hồ') is the posting, then the envoy's name, not a place")
TITLE_ENDS_ON_PREPOSITION = rule("official.title-ends-on-preposition", "the words before the name end on a word no title ends on ('của', 'cho', 'thay', 'thế': 'dưới sự chỉ huy của Đại tá X', 'phong hàm Đại sứ bậc hai cho ông X', 'làm Bộ trưởng thay Đại tướng X'): a clause whose object is the person, not his title")
QUYEN_IN_A_NOUN = rule("official.quyen-in-a-noun", "'quyền' after 'chính', 'thẩm', 'ủy'... closes a noun ('chính quyền Tổng thống X'): not 'acting', so no part of the title")
TITLE_OF_ANOTHER = rule("official.title-of-another", "the title before 'của' is the person's it names, not this name's")
ONE_WORD = rule("official.one-vietnamese-word", "a single Vietnamese-shaped word is not a name")
ONE_SYLLABLE = rule("official.ranked-one-syllable-name", "one Vietnamese-shaped word right after a rank, set off as a name (a title after a comma, a bracketed country, 'dẫn đầu', a title closed by a comma before the rank: 'Trung tá Xổm, Phó Chỉ huy trưởng ...'), whose side the text tells as foreign and that ends no longer name of the page: a Lao or Khmer name of one syllable")
RANK = rule("official.rank", "a military rank stands before the name")
TITLE = rule("official.title", "a title stands before the name")
HONORIFIC = rule("official.honorific", "an honorific (ông, bà, ngài, đồng chí) stands before the name")
APPOSITIVE = rule("official.title-after", "a title follows the name, after a comma, a dash or a bracket")
LOWER_TITLE_AFTER_DASH = rule("official.lower-case-title-after-dash", "a title in lower case right after a dash that follows the name ('X - thứ trưởng Bộ Quốc phòng Lào'), as some papers write it")
COUNTERPART = rule("official.counterpart", "named as a minister's or commander's counterpart ('người đồng cấp Nhật Bản X'): an official of the country named")
CUT_SHORT = rule("official.cut-short", "a name ending in a bare initial ('Balinda W'), in an ellipsis that ends the line ('Hồ Chí ...') or where the text itself ends with no stop ('... Chủ tịch Hồ Chí Min'): cut off by the page, not a name")
RANKED_SURNAME = rule("official.ranked-foreign-surname", "one foreign word right after a military rank, then a comma or a verb ('Đại tá Yanagihara, đại diện ...'): an officer named by his surname alone, kept even when no fuller form of it is in the article")
TITLED_SURNAME = rule("official.titled-foreign-surname", "one foreign word right after a whole title or a rank, closing an item of a list (a semicolon, or 'và' before the next item: '..., Chủ tịch Ủy ban Chính sách Công nghiệp Quốc phòng Hendarto và Bộ trưởng ...'): an official named by one name, kept even when no fuller form of it is in the article")
COUNTRY_TITLED_SURNAME = rule("official.country-titled-foreign-surname", "one foreign name transliterated in syllables joined by dashes right after a title closed by a foreign country's name, the clause going on after it ('Phó Thủ tướng Thái Lan Pra-vít chủ trì ...'): an official named by one name, kept even when no fuller form of it is in the article")
SINGLE_NAME_TITLED = rule("official.single-name-after-title", "one foreign word closing its clause after a whole title "
                          "set off by a comma and 'ông' / 'bà' / 'Ngài' ('Bộ trưởng Quốc phòng Indonesia kiêm Trưởng đoàn "
                          "Indonesia, ông Hartono.'): the whole name")
SINGLE_NAME_LEADER = rule("official.single-name-leader", "one foreign word after a delegation's 'do' and its leader's title, before 'dẫn đầu' ('Đoàn Brunei do Thư ký Thường trực Bộ Quốc phòng ... Hamzah dẫn đầu'): the whole name")
SINGLE_NAME_TITLE = rule("official.single-name-title", "one word after a peer's or monarch's title is the whole name: 'Huân tước Astor'")
TITLE_THEN_BODY = rule("official.title-then-body", "a whole title, a comma and a body's name right before the name "
                       "('Quốc vụ khanh phụ trách lực lượng vũ trang, Bộ Quốc phòng Anh X', 'Cục trưởng Cục A, Cơ quan B "
                       "Hàn Quốc X', '..., Bộ Quốc phòng New Zealand, ông X'): the title and its body are the name's title")
TITLE_THEN_UNIT_CHAIN = rule("official.title-then-unit-chain", "a whole title, then a chain of units each set off by a "
                             "comma, then the name ('Chi đội trưởng Chi đội A, Tổng đội B, Cục C Trung Quốc X dẫn đầu'): "
                             "the title and the units above the holder's own are the name's title")
TITLE_CLOSED_BY_BODY = rule("official.title-closed-by-body", "a body named after a comma closes the title before it: 'quyền Cục trưởng Tổng cục Hậu cần, Bộ Quốc phòng Lào'")
TITLE_STOPS_AT_NAME = rule("official.title-stops-at-a-name", "the titles after the name stop where another person's name begins")
COUNTRY_BRACKET = rule("official.country-in-brackets", "the country is bracketed after the name: 'Lưu Hải Phong (Trung Quốc)'")
COUNTRY_TITLE = rule("official.country-of-title", "the country is named in the title (not after 'tại': that is the host; not one of a dashed pair: 'biên giới Việt Nam - Campuchia' is what the office deals with)")
COUNTRY_COMMA_TITLE = rule("official.country-of-title-before-comma", "the title before a comma names the country: 'Bộ trưởng Quốc phòng Trung Quốc, Thượng tướng X'")
OFFICE_AGAIN_AFTER = rule("official.office-again-after", "a title after the name that opens with the office the title before the name holds ('Bộ trưởng Quốc phòng Indonesia X, Bộ trưởng Quốc phòng Việt Nam đề nghị ...') is another person's, the subject of the clause after the comma: no title of the name")
TITLE_IN_A_FRAME = rule("official.title-in-a-fronted-frame", "a title inside a fronted frame closed by a comma "
                        "('Tại buổi tiếp Tùy viên Quốc phòng New Zealand, Thượng tướng X') is the guest's, not the "
                        "country of the name after the comma")
COUNTRY_SIDE = rule("official.country-of-side", "the name is listed on one side: 'Đoàn Trung Quốc có ...', 'phía Hoa Kỳ có ...'")
COUNTRY_LED = rule("official.country-of-led-delegation", "named as the leader of a delegation told with its country: after 'do' ('đoàn cán bộ, học viên Đại học Quốc phòng ... Trung Quốc do Thiếu tướng X dẫn đầu'), as 'Trưởng đoàn là X' after the sentence telling it, or with it ('X, Bộ trưởng Bộ Quốc phòng và Đoàn đại biểu ... Trung Hoa')")
COUNTRY_SENDS = rule("official.country-that-sends", "a country opening its clause sends the person named right after 'cử' ('Trung Quốc cử Trung tướng X, ... làm trưởng đoàn'): its official, however Vietnamese the name looks")
COUNTRY_PLACE = rule("official.country-of-place", "the title names a neighbour's province, city or command ('Tư lệnh Quân khu tỉnh Vân Nam')")
COUNTRY_WORD = rule("official.country-word-before-name", "a country's name read as the first word of a foreign name ('Nga Sergei Shoigu'): the country, not the name")
COUNTRY_SHIP = rule("official.country-of-ship", "the title names a ship by its hull prefix ('Hạm trưởng tàu USS Mustin'): its flag")
COUNTRY_SERVICE = rule("official.country-of-service-after", "a country's armed service set off right after the name closes its clause ('đại tá Peter Olive, Hải quân Hoàng gia Anh.'): the officer serves that country, whoever's side the sentence opens with")
COUNTRY_OF_AFTER = rule("official.country-after-name", "the name is followed by 'của' and a country closing its clause ('Đại tướng X của Campuchia, Đô đốc Y của Myanmar và ...', a list of delegations' heads): the person's own country, whatever country the list named before")
COUNTRY_BODY_AFTER = rule("official.country-of-body-after", "the name is followed by 'của' and a body whose name holds a country ('Trung tá Marco Bellandi của Bộ Tổng Tham mưu Quốc phòng Italia'): the person serves that country, whatever other country the sentence named before")
COUNTRY_RANK = rule("official.country-of-rank", "a rank only one country's forces hold ('Cảnh giám cấp 3': China's police)")
CHINESE_SURNAME_FAR = rule("official.chinese-surname-far-country", "a Sino-Vietnamese name with a Chinese family name "
                           "('Tiêu Văn Bình', 'Tiêu Hồng Phong'), whose context gives no country that names its "
                           "people so (lex_chinese_name_countries.txt), and the article names none either (or its middle "
                           "name is Văn or Thị): read as a Vietnamese name")
CHINESE_SURNAME_SINO_COUNTRY = rule("official.chinese-surname-sino-country", "a Sino-Vietnamese name with a Chinese family name "
                                    "whose context gives a country that does not name its people so ('Chủ tịch Tập Cận Bình' in a "
                                    "paragraph on India): the country of such names the article tells most")
COUNTRY_CONTEXT = rule("official.country-of-context", "a foreign-shaped name takes the foreign country of its sentence, paragraph or article")
COUNTRY_CHINESE_SURNAME = rule("official.country-of-context-chinese-surname", "a Sino-Vietnamese name with a Chinese family name no Vietnamese bears ('Tập Cận Bình') takes the foreign country of its sentence, paragraph or article")
DASHED_FAMILY_NAME = rule("official.dashed-family-name", "a Lao name as the Vietnamese press writes it, the family name after a spaced dash ('Thượng tướng Khăm Liêng – U Thạ Cay Sỏn, Thứ trưởng'): one foreign name, read whole")
CAPITALS_SURNAME_BEFORE = rule("official.family-name-in-capitals-before", "a foreign family name written in capitals before a one-word given name ('Tổng Lãnh sự Nhật Bản tại Đà Nẵng MORITA Keiko,'; not a hull prefix or a country: 'HMS Richmond'): part of the name")
CAPITALS_SURNAME = rule("official.family-name-in-capitals", "a foreign family name written in capitals after the given name ('Đại tá Peter OLIVE,'): part of the name")
INSIDE_A_NAME = rule("official.inside-another-name", "the words are the family name of a name read whole before them ('Sỉ Thoong – Phăn Vi Lay'), not a name of their own")
COUNTRY_NO_SURNAME = rule("official.country-of-context-no-vietnamese-surname", "a name in Vietnamese syllables opening with no Vietnamese surname ('Đại tá Bun Bê', 'Thiếu tướng Nếch Vị Khạ Chăn': a Lao or Khmer name) takes the foreign country of its sentence or paragraph")
VIETNAMESE_MIDDLE_NAME = rule("official.vietnamese-middle-name", "a name in Vietnamese syllables opening with an unlisted family name but with Văn or Thị as its second word ('Thượng tá Vì Văn X', 'Cà Thị Y': lex_vietnamese_middle_names.txt) is a Vietnamese name of a rare or minority surname, not a Lao or Khmer one")
COUNTRY_PARAGRAPH_BEFORE = rule("official.country-of-paragraph-before", "a foreign-shaped name whose sentence and paragraph name no foreign country takes the one foreign country of the paragraph before (the ship or force whose crew the paragraph goes on to tell), before the article's most named")
COUNTRY_OF_ANOTHER_TITLE = rule("official.country-of-another-title", "a country written right before another person's name in the sentence ('Bộ trưởng Quốc phòng Mỹ A, Bộ trưởng Quốc phòng B, Bộ trưởng Quốc phòng New Zealand C') is that person's title, not B's; when two such countries tell a roll of officials, B's country is not told and none is guessed from the page")
INTERNATIONAL_SECRETARIAT = rule("official.international-secretariat", "a title in an international organisation's secretariat ('Phó Tổng thư ký ASEAN', 'Tổng Thư ký Liên hợp quốc': lex_international_bodies.txt) that names no country: the holder represents no member state, so no country is taken from the sentence, page or name")
COUNTRY_BEFORE_THE_STORY = rule("official.named-before-the-story", "a foreign name with no rank inside a quotation, in a paragraph that ends before the page names any foreign country (a pull quote above the headline: '“... chính quyền Tổng thống X ...”' then 'Tàu Hải quân Trung Quốc đến ...'): not yet in the story, so the article's most named country is not its")
COUNTRY_NOT_TOLD = rule("official.no-country-told", "a foreign name with no country in its sentence or paragraph (nor one alone in the paragraph before), on a page naming two foreign countries as often ('Việt Nam - Lào - Campuchia'): no country is guessed")
FOREIGN_NAME_NOT_VIETNAMESE_SIDE = rule("official.foreign-name-not-vietnamese-side", "a foreign-shaped name opening with no Vietnamese surname ('Thạch Sô Phol' stays), told on Vietnam's side or as the head of a delegation whose country the sentence before gives as Vietnam ('Phía Việt Nam có ... Trưởng đoàn là Chuẩn Đô đốc Nishikawa Ryōsuke'): the side is misread, the name takes the foreign country of its context")
KOREAN_NAME = rule("official.korean-name-shape", "a Korean family name and a hyphenated two-syllable given name "
                   "('Yoon Chang-ho', lex_korean_surnames.txt) on a page naming Korea: a Korean, whatever other country "
                   "its sentence names (the venue of a forum)")
_KOREAN_GIVEN_RE = PATTERNS["korean-given-name"]
COUNTRY_DIGNITARY_NO_SURNAME = rule("official.country-of-foreign-dignitary", "a name in Vietnamese syllables opening with no Vietnamese surname after 'ngài' (the press's honorific for foreign dignitaries: 'Tham gia đoàn gồm có: ngài Thống tướng Tia Banh, ...; ngài Va Kim Hông, ...'), no country told near it, takes the foreign country of the paragraph before or of the article when that country names its people so (lex_syllable_name_countries.txt), not Vietnam by its shape")
_FOREIGN_HONORIFIC_BEFORE_RE = PATTERNS["foreign-honorific-before"]
COUNTRY_NAME_SHAPE = rule("official.country-of-name-shape", "a Vietnamese-shaped name with no other clue represents Vietnam")


@dataclass
class _Anchors:
    """What stands around a name: the title region before it and what it holds,
    an honorific, the title segments after it, a bracketed country."""

    region_start: int
    ranks: list[re.Match[str]]
    heads: list[re.Match[str]]
    honorific: Optional[re.Match[str]]
    appositive: list[tuple[int, int]]
    tag_country: Optional[str] = None
    title_spans: list[tuple[int, int]] = field(default_factory=list)
    counterpart: Optional[tuple[int, int]] = None  # "người đồng cấp Nhật Bản " before the name
    comma_title: bool = False  # "Bộ trưởng Quốc phòng, Đại tướng X": the title closed by a comma
    title_of_another: bool = False  # "A, T1, T2, Thượng tướng X": T2 is A's title, not X's
    office_again_after: bool = False  # "Bộ trưởng ... X, Bộ trưởng ... đề nghị": the title after is the next subject's
    title_then_body: bool = False  # "Quốc vụ khanh ..., Bộ Quốc phòng Anh X": a title, a comma and its body
    unit_chain: bool = False  # "Chi đội trưởng Chi đội A, Tổng đội B, Cục C X": several bodies after the title
    repeated_title: bool = False  # "A, ..., Bộ trưởng BQP, Bộ trưởng BQP Indonesia, Tướng X": not A's title

    @property
    def any(self) -> bool:
        return bool(self.ranks or self.heads or self.honorific or self.appositive or self.counterpart)

    def rules(self) -> list[str]:
        found = [(self.ranks, RANK), (self.heads, TITLE), (self.honorific, HONORIFIC), (self.appositive, APPOSITIVE),
                 (self.counterpart, COUNTERPART), (self.comma_title and self.heads, COMMA_TITLE),
                 (self.title_of_another, TITLE_CHAIN), (self.office_again_after, OFFICE_AGAIN_AFTER),
                 (self.title_then_body, TITLE_THEN_BODY), (self.unit_chain, TITLE_THEN_UNIT_CHAIN),
                 (self.repeated_title, REPEATED_TITLE)]
        return [name for present, name in found if present]


def find_official_mentions(doc: Doc) -> list[OfficialMention]:
    """All anchored official mentions of the doc, in text order; the candidates
    turned down are recorded on `doc.dropped`."""
    idx = doc_index(doc)
    candidates = name_candidates(doc)
    text = doc.text
    verdicts = [_not_a_name(text, idx.sentences[c.sentence], c.start, c.end) for c in candidates]
    real = _real_names(text, candidates, verdicts)
    in_longer = _ends_of_longer_names(text, real)
    names = _Names([c.start for c in real if _introduced(text, idx, c.start)], {c.end for c in real},
                   whole_ends=sorted(c.end for c in real if " " in text[c.start : c.end]),
                   foreign_whole_ends={c.end for c in real if c.foreign and " " in text[c.start : c.end]})
    out: list[OfficialMention] = []
    for cand, verdict in zip(candidates, verdicts):
        if out and cand.start < out[-1].end:
            drop(doc, "official", INSIDE_A_NAME, cand.start, cand.end)
            continue
        if cand.one_syllable and text[cand.start : cand.end] in in_longer:
            drop(doc, "official", ONE_WORD, cand.start, cand.end)
            continue
        mention = _mention(doc, idx, cand, names, verdict)
        if mention is not None:
            out.append(mention)
    return out


def _real_names(text: str, candidates: list[NameCandidate], verdicts: list[Optional[str]]) -> list[NameCandidate]:
    """The names a title may not run into: candidates not shown to be a title or a place (their
    `verdicts` None), of more than one syllable, and not a country's one-word name before a rank
    ("... Thái Lan Đại tướng B")."""
    return [c for c, v in zip(candidates, verdicts) if v is None and not c.one_syllable
            and not (text.count(" ", c.start, c.end) == 1 and _country_then_rank(text, c.start, c.end))]


def _ends_of_longer_names(text: str, real: list[NameCandidate]) -> set[str]:
    """The first and last words of the names of two words or more: one of them alone is that
    name told short ("Đại tướng Giang"), not a name of its own."""
    return {w for c in real for words in [text[c.start : c.end].split()] if len(words) > 1
            for w in (words[0], words[-1])}


def _introduced(text: str, idx: DocIndex, start: int) -> bool:
    """A rank, an honorific or a country name right before a name."""
    lo = max(0, start - 30)
    if rank_before(text, lo, start) or honorific_re().search(text, lo, start):
        return True
    country = idx.country_covering(start - 2, start - 1)
    return country is not None and country.end == start - 1


@dataclass(frozen=True)
class _Names:
    """Where the doc's name candidates start (sorted) and end: a title never runs
    into another person's name."""

    starts: list[int]
    ends: set[int]
    cut_at: set[int] = field(default_factory=set)  # ends of the names whose title chain was cut
    closed_by_body: set[int] = field(default_factory=set)  # ends of the names whose last title a body closes
    whole_ends: list[int] = field(default_factory=list)  # ends of the names of two words or more (sorted)
    foreign_whole_ends: set[int] = field(default_factory=set)  # ends of the foreign names of two words or more
    lower_title_ends: set[int] = field(default_factory=set)  # ends of the names with a lower-case title after a dash
    repeated_cut: set[int] = field(default_factory=set)  # ends of the names whose last title repeats one (`REPEATED_TITLE`)

    def start_in(self, lo: int, hi: int) -> bool:
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi

    def last_whole_end(self, lo: int, hi: int) -> Optional[int]:
        """The last end of a name of two words or more strictly between `lo` and `hi`, if any."""
        i = bisect.bisect_left(self.whole_ends, hi) - 1
        return self.whole_ends[i] if i >= 0 and self.whole_ends[i] > lo else None


@dataclass
class _Extent:
    """Where a candidate's name really starts and ends, and the rules that moved it."""

    start: int
    end: int
    cand: NameCandidate
    led_by: Optional[str] = None  # a country word read before a foreign name ("QĐND Lào Vongsone ...")
    rules: list[str] = field(default_factory=list)


def _name_extent(text: str, idx: DocIndex, sent: Sentence, cand: NameCandidate) -> _Extent:
    """The name's bounds past a glued title, a dashed family name, a glued initial or
    suffix, a family name in capitals and a country word before it."""
    n_start = cand.start
    ext = _Extent(n_start, _before_a_glued_title(text, n_start, cand.end), cand)
    if _inside_a_word(text, n_start, cand.end):
        ext.rules.append(LOST_SPACE)
    # the hyphenated word ("Thắng-Chỉ") made the run look foreign: judge the name alone
    if cand.foreign and ext.end != cand.end and _vietnamese_shaped(text[n_start : ext.end]):
        ext.cand = replace(cand, foreign=False)
        ext.rules.append(GLUED_TITLE_NOT_FOREIGN)
    dashed = _with_dashed_family_name(text, idx, n_start, ext.end, sent.end)
    if dashed != ext.end:
        ext.end, ext.cand = dashed, replace(ext.cand, end=dashed, foreign=True)
        ext.rules.append(DASHED_FAMILY_NAME)
    if ext.cand.foreign:
        end = _with_glued_initial(text, n_start, _with_suffix(text, n_start, ext.end, sent.end), sent.end)
        # "Peter OLIVE"; not "John Smith USN"
        caps = _CAPITALS_SURNAME_RE.match(text, end, sent.end) if " " not in text[n_start:end] else None
        if caps is not None:
            end = caps.end()
            ext.rules.append(CAPITALS_SURNAME)
        ext.start, ext.led_by = _past_country_word(text, n_start, end)
        ext.end = end
        before = _capitals_family_name_before(text, idx, ext.start, end, sent.start)
        if before is not None:
            ext.start = before
            ext.rules.append(CAPITALS_SURNAME_BEFORE)
    cut = _before_a_rank(text, ext.start, ext.end)
    if cut != ext.end:  # "Trịnh Văn Quyết Thượng tướng ...": a headline glued to the lead
        ext.end = cut
        ext.rules.append(NAME_BEFORE_RANK)
    cut = _before_a_title(text, ext.start, ext.end, sent.end)
    if cut != ext.end:  # "Nguyễn Văn A Uỷ viên ...": no comma before the title
        ext.end = cut
        ext.rules.append(NAME_BEFORE_TITLE)
    return ext


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """The candidate starts or ends inside a word: the names' reader cut it there, at a lost space."""
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


_CAPITALS_BEFORE_RE = PATTERNS["capitals-surname-before"]
_EVENT_HEAD_BEFORE_RE = PATTERNS["event-head-before"]


def _capitals_family_name_before(text: str, idx: DocIndex, n_start: int, n_end: int, s_lo: int) -> Optional[int]:
    """Where "MORITA Keiko" starts when the run read is the one given name "Keiko"."""
    if " " in text[n_start:n_end] or idx.country_covering(n_start, n_end) is not None:
        return None
    caps = _CAPITALS_BEFORE_RE.search(text, max(s_lo, n_start - 16), n_start)
    if caps is None or caps.group(1) in ship_prefixes() or idx.country_covering(caps.start(1), caps.end(1)):
        return None
    if group_members(caps.group(1)):
        return None  # "cho các nước ASEAN Hollis": a group of states closing a title, no family name
    if _EVENT_HEAD_BEFORE_RE.search(text, max(s_lo, caps.start(1) - 20), caps.start(1)):
        return None  # "tại Hội nghị ADMM Retreat": a meeting's short name, no family name
    return caps.start(1)


def _before_a_rank(text: str, n_start: int, n_end: int) -> int:
    """The name's end before its last word when that word opens a rank with the words after
    it ("Quyết Thượng tướng"): the next sentence's rank, glued on where a headline runs into
    its lead. Two words of name must remain, or one that is a country's name ("... Cộng hòa Liên
    bang Myanmar Đại tướng Soe Win": the title's country, then the rank; dropped as a country)."""
    last = text.rfind(" ", n_start, n_end)
    if last < 0 or (text.count(" ", n_start, last) < 1 and not lookup(text[n_start:last])):
        return n_end
    rank = rank_re().match(text, last + 1)
    return last if rank is not None and rank.end() > n_end else n_end


def _before_a_title(text: str, n_start: int, n_end: int, hi: int) -> int:
    """The name's end before the first of its later words that opens a position running on past it
    into lower-case words ("Vịnh Uỷ" of "Nguyễn Văn Vịnh Uỷ viên ...", "Phó Bí" of "... Giang Phó Bí
    thư"): the title written with no comma after the name. Two words of name must remain."""
    at = _later_title_word(text, n_start, n_end, hi)
    return at - 1 if at is not None and text.count(" ", n_start, at - 1) >= 1 else n_end


_LATER_WORD_RE = re.compile(r"(?<= )\S+")


def _later_title_word(text: str, n_start: int, n_end: int, hi: int) -> Optional[int]:
    """Where the first later word of the name that opens a position running on past its end
    (before `hi`) starts, if one does."""
    for word in _LATER_WORD_RE.finditer(text, n_start + 1, n_end):  # (not the first word)
        title = position_re().match(text, word.start(), hi)
        if title is not None and title.end() > n_end:
            return word.start()
    return None


def _country_then_rank(text: str, n_start: int, n_end: int) -> bool:
    """ "Myanmar Đại" of "... Liên bang Myanmar Đại tướng Soe Win": a country's one-word name, then
    the first word of a rank -- the end of a title, no name (the title runs on to Soe Win)."""
    cut = _before_a_rank(text, n_start, n_end)
    return cut != n_end and " " not in text[n_start:cut]


def _mention(doc: Doc, idx: DocIndex, cand: NameCandidate, names: _Names, verdict: Optional[str]) -> Optional[OfficialMention]:
    """The official named by `cand`, if a title or an honorific anchors it
    (`verdict`: `_not_a_name` of the candidate as found)."""
    text = doc.text
    sent = idx.sentences[cand.sentence]
    if (after_ship_cue(text, max(sent.start, cand.start - 40), cand.start) or HULL_AFTER_RE.match(text, cand.end)
            or after_joined_ship_name(text, max(sent.start, cand.start - 60), cand.start)):
        drop(doc, "official", SHIP_NAME, cand.start, cand.end)  # "tàu Trần Hưng Đạo", "USS Blue Ridge (LCC-19)"
        return None
    ext = _name_extent(text, idx, sent, cand)
    turned_down, anchors = _judge_extent(text, idx, sent, ext, verdict, names)
    n_start, n_end, cand = ext.start, ext.end, ext.cand
    if turned_down is not None or anchors is None:  # anchors are read only for a name not yet turned down
        drop(doc, "official", turned_down or NO_ANCHOR, n_start, n_end)
        return None
    mention = _anchored_mention(text, sent, ext, anchors, names)
    _read_title(text, mention, anchors)
    if cand.foreign and ext.led_by is not None and anchors.tag_country is None:
        anchors.tag_country = ext.led_by  # "Chủ nhiệm Tổng cục Chính trị QĐND Lào Vongsone Inpanphim"
        mention.rules.append(COUNTRY_WORD)
    _resolve_country(text, idx, sent, mention, anchors, names)
    if cand.one_syllable and (mention.country in (None, VNM) or _ends_a_longer_name(doc.article.text, mention.name)
                              or _side_only_near(idx, sent, mention)):
        drop(doc, "official", ONE_WORD, n_start, n_end)  # no foreign side told: a Vietnamese given name told short
        return None
    return mention


def _anchored_mention(text: str, sent: Sentence, ext: _Extent, anchors: _Anchors, names: _Names) -> OfficialMention:
    """The mention of the name `ext` bounds, with the rules that anchor and bound it: a one-word
    name is a whole name (`_single_name_rule`) or a short form of a longer one (`short`), kept
    alone when a rank or a title shows it is a surname."""
    n_start, n_end, cand = ext.start, ext.end, ext.cand
    name = text[n_start:n_end]
    single = _single_name_rule(text, sent, ext, names) if " " not in name else None
    mention = OfficialMention(name=name, start=n_start, end=n_end, foreign=cand.foreign,
                              short=" " not in name and single is None, sentence=cand.sentence,
                              rules=anchors.rules())
    if single is not None:
        mention.rules.append(single)
    elif mention.short and _ranked_surname(text, sent.start, n_start, n_end):
        mention.rules.append(RANKED_SURNAME)
    elif mention.short and _titled_surname(text, sent.start, n_start, n_end, anchors, names):
        mention.rules.append(TITLED_SURNAME)
    elif mention.short and _country_titled_surname(text, sent.start, n_start, n_end, anchors):
        mention.rules.append(COUNTRY_TITLED_SURNAME)
    mention.rules += ext.rules
    mention.rules += [rule for ends, rule in ((names.cut_at, TITLE_STOPS_AT_NAME),
                                              (names.closed_by_body, TITLE_CLOSED_BY_BODY),
                                              (names.lower_title_ends, LOWER_TITLE_AFTER_DASH)) if n_end in ends]
    if cand.one_syllable:
        mention.rules.append(ONE_SYLLABLE)
    return mention


def _one_syllable_named(text: str, sent: Sentence, n_start: int, n_end: int, anchors: _Anchors, names: _Names) -> bool:
    """A one-syllable word after a rank names a person when the clause sets it off as one: a
    title after a comma ("Trung tá Xổm, Phó Chỉ huy trưởng ..."), a bracketed country, the
    delegation it leads ("do Đại tá Phăn dẫn đầu"), or a whole title closed by a comma before
    the rank, the name closing its clause ("..., Tham mưu trưởng Bộ Chỉ huy Quân sự tỉnh X,
    Trung tá Xổm.")."""
    if anchors.appositive or anchors.tag_country is not None:
        return True
    if PATTERNS["leads-delegation-after"].match(text, n_end, sent.end) is not None:
        return True
    if PATTERNS["single-name-closes-clause"].match(text, n_end, sent.end + 1) is None:
        return False
    if anchors.comma_title:
        return True
    found = _comma_clause_before(text, sent.start, n_start)
    # "phía Campuchia có Phó Chỉ huy trưởng ..., Thượng tá X.": the clause holds a title and no other name
    return found is not None and position_re().search(text, found[1], found[0]) is not None \
        and not names.start_in(found[1], found[0])


def _side_only_near(idx: DocIndex, sent: Sentence, mention: OfficialMention) -> bool:
    """A one-syllable name's country read from the paragraph, its own sentence naming no foreign
    country ("Đoàn ... Lào thăm Lữ đoàn 147. Tiếp đoàn có Đại tá Hùng, Chính ủy ..."): the host's
    officer may be told by his given name, so nothing shows the name is foreign."""
    return COUNTRY_NO_SURNAME in mention.rules and all(
        c.code != mention.country for c in idx.countries_in(sent.start, sent.end))


def _ends_a_longer_name(article_text: str, word: str) -> bool:
    """The page as written (its headline and captions too) gives the word as the last of a
    Vietnamese name ("Phan Văn Giang" beside "Đại tướng Giang"): the short form of that name."""
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", article_text):
        before = article_text[max(0, m.start() - 30) : m.start()].split()[-3:]
        if any(w in surnames() for w in before):
            return True
    return False


def _judge_extent(text: str, idx: DocIndex, sent: Sentence, ext: _Extent, verdict: Optional[str],
                  names: _Names) -> tuple[Optional[str], Optional[_Anchors]]:
    """The rule that turns the name's extent down, or None and what anchors it; may move the
    extent's start past an envoy's posting country."""
    n_start, n_end, cand = ext.start, ext.end, ext.cand
    turned_down = verdict if (n_start, n_end) == (cand.start, cand.end) else _not_a_name(text, sent, n_start, n_end)
    if turned_down == PLACE_NAME and not cand.foreign:
        past = _past_posting_country(text, n_start, n_end)
        if past is not None:  # "Đại sứ Việt Nam tại Hàn Quốc Vũ Hồ": the posting, then the name
            ext.start, n_start, turned_down = past, past, None
            ext.rules.append(NAME_AFTER_POSTING)
    if turned_down == PLACE_NAME:
        past = _past_neighbour_place(text, n_start, n_end)
        if past is not None:  # "Tỉnh trưởng tỉnh Savannakhet Phetsamone Keomany": the province, then the name
            ext.start, n_start = past, past
            turned_down = _not_a_name(text, sent, n_start, n_end)
            ext.rules.append(NAME_AFTER_PROVINCE)
    if turned_down is None and _ends_a_country_name(text, sent.start, n_start, n_end):
        turned_down = COUNTRY_NAME_PART
    if turned_down is None and (cand.foreign and _ends_in_bare_initial(text, n_start, n_end)
                                or ELLIPSIS_ENDS_LINE_RE.match(text, n_end) or not text[n_end:].strip()):
        turned_down = CUT_SHORT  # "Trung tá Balinda W", "Chủ tịch Hồ Chí ...": a name cut off by the page
    if turned_down is not None:
        return turned_down, None
    anchors = _anchors(text, idx, sent, n_start, n_end, names)
    if cand.one_syllable and not _one_syllable_named(text, sent, n_start, n_end, anchors, names):
        return ONE_WORD, None
    return _unanchored(text, sent, n_start, n_end, cand.foreign or cand.one_syllable, anchors), anchors


def _single_name_rule(text: str, sent: Sentence, ext: _Extent, names: _Names) -> Optional[str]:
    """Why a one-word name is a whole name (after a title that takes one, a delegation's leader, a
    title set off by a comma), or None: then it is a short form of a longer one."""
    n_start, n_end, foreign = ext.start, ext.end, ext.cand.foreign
    if single_name_title_re().search(text, max(sent.start, n_start - 14), n_start) is not None:
        return SINGLE_NAME_TITLE
    # a Lao name in Vietnamese syllables joined by dashes ("Khăm-sỉ") is foreign too: no Vietnamese name has one
    if (foreign or "-" in text[n_start:n_end]) and _leads_delegation(text, sent.start, n_start, n_end):
        return SINGLE_NAME_LEADER
    if foreign and _named_after_comma_title(text, sent.start, n_start, n_end, names):
        return SINGLE_NAME_TITLED
    return None


_DASH_IN_NAME_RE = PATTERNS["dash-in-name"]
_FAMILY_NAME_CLOSES_RE = PATTERNS["family-name-closes"]


def _with_dashed_family_name(text: str, idx: DocIndex, n_start: int, n_end: int, hi: int) -> int:
    """End of a Lao name whose family name follows a spaced dash, as the Vietnamese
    press writes such names ("Thượng tướng Khăm Liêng – U Thạ Cay Sỏn, Thứ trưởng";
    "Đại tá Bun Chăm - Sỉ Hả Vông, Chỉ huy trưởng ..."), else `n_end`. The given
    names follow a rank or an honorific, are Vietnamese-shaped syllables and open
    with no Vietnamese surname (a Vietnamese name never holds a dash: "Phan Văn
    Giang - Bộ trưởng" is a title); the family name is one to four capitalised words
    ("Phết Sỏn - In Sou Phăn"), no title word, country nor place among them, closed by
    punctuation, the line's end or a lower-case word ("... làm trưởng đoàn")."""
    dash = _DASH_IN_NAME_RE.match(text, n_end, hi)
    given = text[n_start:n_end].split(" ")
    if dash is None or given[0] in surnames() or not all(map(is_vn_syllable, given)):
        return n_end
    if rank_before(text, max(0, n_start - 30), n_start) is None and honorific_re().search(text, max(0, n_start - 12), n_start) is None:
        return n_end
    end, pos = n_end, dash.end()
    for k, w in enumerate(WORD_RE.finditer(text, pos, hi)):
        word = w.group()
        if w.start() != pos or k == 4 or not word[:1].isupper() or is_title_word(word):
            break
        end, pos = w.end(), w.end() + 1
    closed = _FAMILY_NAME_CLOSES_RE.match(text, end, hi) or text[end : end + 1] == " " and text[end + 1 : end + 2].islower() \
        or _dash_then_title(text, end, hi)
    if end == n_end or not closed or idx.countries_in(dash.end(), end) or place_mentions(text, dash.end(), end):
        return n_end
    return end


def _dash_then_title(text: str, pos: int, hi: int) -> bool:
    """A second spaced dash and a title after the family name: "Khăm Liêng - Ụ Thạ Kay
    Sỏn - Thứ trưởng Bộ Quốc phòng" (the dash closes the name as a comma would)."""
    dash = _DASH_IN_NAME_RE.match(text, pos, hi)
    return dash is not None and position_re().match(text, dash.end(), hi) is not None


def _past_country_word(text: str, n_start: int, n_end: int) -> tuple[int, Optional[str]]:
    """A foreign name read with a country's one-word name before it ("Nga Sergei
    Shoigu", "Lào Vongsone Inpanphim"): where the name itself starts, and that
    country. The country word is dropped only when two words of name remain."""
    first, _, rest = text[n_start:n_end].partition(" ")
    if rest.count(" ") < 1 or is_foreign_token(first) or not all(is_foreign_token(w) for w in rest.split()):
        return n_start, None  # "Chad Smith": a foreign-shaped first word is the name's
    code = lookup(first)
    if code is None:
        return n_start, None
    return n_start + len(first) + 1, code


def _past_posting_country(text: str, n_start: int, n_end: int) -> Optional[int]:
    """Where the name starts when a run read after "tại" opens with a country's name and
    a whole Vietnamese-shaped name of two words or more follows it ("tại Hàn Quốc Vũ Hồ":
    the envoy's posting, then his name; "Hàn" made the run one four-word name)."""
    words = text[n_start:n_end].split(" ")
    for k in range(1, min(3, len(words) - 2) + 1):
        rest = words[k:]
        if lookup(" ".join(words[:k])) is not None and len(rest) <= 4 and _vietnamese_shaped(" ".join(rest)):
            return n_start + len(" ".join(words[:k])) + 1
    return None


def _past_neighbour_place(text: str, n_start: int, n_end: int) -> Optional[int]:
    """Where the name starts when a run read after a place word opens with a neighbour's province
    or city (`country_places.tsv`) and goes on with a name of its own ("tỉnh Savannakhet Phetsamone
    Keomany", "tỉnh Khăm Muộn Khăm-sỉ"): the title's province, then the person; not a country."""
    places = [p for p in place_mentions(text, n_start, n_end) if p.start == n_start]
    if not places or text[places[0].end : places[0].end + 1] != " ":
        return None
    rest = text[places[0].end + 1 : n_end]
    if not rest or lookup(rest) is not None or place_mentions(text, places[0].end + 1, n_end):
        return None
    return places[0].end + 1


def _vietnamese_shaped(name: str) -> bool:
    """The words, read alone, make a whole Vietnamese-shaped name ("Nguyễn Văn Thắng")."""
    shape = name_in_words(tuple(name.split(" ")))
    return shape is not None and shape[0] == 0 and not shape[1]


def _before_a_glued_title(text: str, n_start: int, n_end: int) -> int:
    """End of a name that a hyphen glues to a title: "Phạm Mạnh Hùng-Phó Chính ủy"."""
    i = text.find("-", n_start, n_end)
    while i > n_start:
        if head_start_re().match(text, i + 1, n_end + 40):
            return i
        i = text.find("-", i + 1, n_end)
    return n_end


ELLIPSIS_ENDS_LINE_RE = PATTERNS["ellipsis-ends-line"]  # a teaser cut off mid-name


def _ends_in_bare_initial(text: str, n_start: int, n_end: int) -> bool:
    """A name of several words whose last is one capital letter with no dot after it."""
    words = text[n_start:n_end].split()
    return len(words) >= 2 and len(words[-1]) == 1 and words[-1].isupper() and text[n_end : n_end + 1] != "."


def _ends_a_country_name(text: str, floor: int, n_start: int, n_end: int) -> bool:
    """The words, alone or after the one or two words before them, are a country's name:
    "Hà Lan", "(tại) Bồ Đào Nha" (read from the text: the country layer may have dropped
    the mention as an envoy's posting)."""
    if lookup(text[n_start:n_end]):
        return True
    start = n_start
    for _ in range(2):
        if start - 1 <= floor or text[start - 1] != " ":
            return False
        start = text.rfind(" ", floor, start - 1) + 1 or floor
        word = text[start : n_start - 1].split(" ", 1)[0]
        if not word[:1].isupper():
            return False
        if lookup(text[start:n_end]):
            return True
    return False


def _stop_name_and_country(name: str) -> bool:
    """A listed place followed by a country's name: "Hạm đội Thái Bình Dương Mỹ" reads
    "Thái Bình Dương Mỹ" as a name; it is the Pacific and the country that owns the fleet."""
    words = name.split()
    for cut in range(2, len(words)):
        if norm_key(" ".join(words[:cut])) in stop_names() and lookup(" ".join(words[cut:])):
            return True
    return False


def _title_runs_past(text: str, sent: Sentence, n_start: int, n_end: int) -> bool:
    """A later word of the name opens a position that runs on past the name's end into lower-case
    words ("Đoàn Chủ" before "tịch" in "Ủy viên Đoàn Chủ tịch"): a body and its title, no name."""
    return _later_title_word(text, n_start, n_end, sent.end) is not None


def _not_a_name(text: str, sent: Sentence, n_start: int, n_end: int) -> Optional[str]:
    """The rule showing the words are no person's name at all, if one does."""
    name = text[n_start:n_end]
    if norm_key(name) in stop_names() or _stop_name_and_country(name):
        return STOPLIST
    title = position_re().match(text, n_start, sent.end) or rank_re().match(text, n_start, sent.end)
    if title is not None and title.end() > n_start + len(name.split(" ", 1)[0]):
        return TITLE_AS_NAME  # "Phó Tư lệnh", "Phó Chính ủy", a rank after a dash: "– Phó Đô đốc X"
    if _title_runs_past(text, sent, n_start, n_end):
        return TITLE_AS_NAME  # "Ủy viên Đoàn Chủ tịch ...": "Đoàn Chủ" then "tịch"
    if any(glued_title_words(w) for w in name.split()):
        return GLUED_TITLE_WORDS
    if after_location_word(text, max(sent.start, n_start - 15), n_start) \
            and not person_after_province_word(text, max(sent.start, n_start - 15), n_start, name):
        return PLACE_NAME
    if company_before_re().search(text, max(sent.start, n_start - 16), n_start) or company_re().search(name):
        return COMPANY_NAME
    if _PRESS_SOURCE_RE.match(name):
        return PRESS_SOURCE
    if " " in name and name.split(" ", 1)[0].casefold() in body_openers():
        return BODY_NAME
    nxt = _LOWER_WORD_AFTER_RE.match(text, n_end, sent.end)
    if nxt is not None and f"{name.rsplit(' ', 1)[-1]} {nxt.group(1)}".casefold() in org_compounds():
        return ORG_COMPOUND  # "Bí thư Đoàn Thanh niên ...": the Youth Union, not Mr Đoàn Thanh
    return None


def _anchors(text: str, idx: DocIndex, sent: Sentence, n_start: int, n_end: int, names: _Names) -> _Anchors:
    region_start = _left_region(text, n_start, sent.start, names)
    opened, chained = _title_before_body(text, sent.start, region_start, n_start, names)
    region_start = opened if opened is not None else region_start
    ranks = list(rank_re().finditer(text, region_start, n_start))
    if not ranks:  # a rank in lower case right before the name: "do trung tá Luc Regnier chỉ huy"
        ranks = [r for r in [rank_before(text, max(sent.start, n_start - 30), n_start)] if r is not None]
    anchors = _Anchors(
        region_start=region_start,
        ranks=ranks,
        heads=[h for h in position_re().finditer(text, region_start, n_start) if not _inside_a_body_name(text, h.start())],
        honorific=honorific_re().search(text, max(sent.start, n_start - 12), n_start),
        appositive=_appositive(text, n_end, sent.end, names),
        counterpart=_counterpart(text, idx, sent.start, n_start),
    )
    comma = _title_comma_before(text, sent.start, n_start, names)
    anchors.comma_title = comma is not None and region_start <= comma
    anchors.repeated_title = n_end in names.repeated_cut
    anchors.title_of_another = comma is None and _title_of_another_before(text, sent.start, n_start, names)
    anchors.title_then_body = opened is not None
    anchors.unit_chain = chained
    if not anchors.appositive:
        # "Đổng Quân (Dong Jun), Bộ trưởng ...", "Lưu Hải Phong (Trung Quốc), Tư lệnh ...":
        # the title follows a bracketed alias or country
        aside = ASIDE_AFTER_RE.match(text, n_end, sent.end)
        if aside is not None and not head_start_re().match(text, aside.start(1)):
            anchors.appositive = _appositive(text, aside.end(), sent.end, names)
            anchors.tag_country = bracketed_country(idx, aside)
    if anchors.appositive and _office_again(text, anchors.heads, anchors.appositive[0][0]):
        anchors.appositive, anchors.office_again_after = [], True
    return anchors


def _title_before_body(text: str, lo: int, region_start: int, start: int, names: _Names) -> tuple[Optional[int], bool]:
    """Where the name's title opens when the clause right before the name is a body's name (or a
    rank or honorific after one) set off by a comma from a whole title ("Quốc vụ khanh phụ trách
    lực lượng vũ trang, Bộ Quốc phòng Anh X", "Cục trưởng Cục A, Bộ Quốc phòng B, ông X"): the
    title and its body are the name's one title (`TITLE_THEN_BODY`), with whether other bodies'
    names stood between them (`TITLE_THEN_UNIT_CHAIN`); None otherwise."""
    if any(not _inside_a_body_name(text, h.start()) for h in position_re().finditer(text, region_start, start)):
        return None, False  # the name's own clause holds a title
    body = _body_before_name(text, lo, region_start, start, names)
    if body is None:
        return None, False
    comma = _comma_right_before(text, lo, body[0])
    for links in range(MAX_UNIT_CHAIN):
        if comma is None:
            return None, False
        title = _whole_title_before(text, lo, comma, names)
        if title is not None:
            return title, links > 0
        # "Chi đội trưởng Chi đội A, Tổng đội B, Cục C Trung Quốc X": a chain of units, each a body's
        # name set off by a comma, between the title and the name (`TITLE_THEN_UNIT_CHAIN`)
        link = _unit_link_before(text, lo, comma, names)
        comma = _comma_right_before(text, lo, link) if link is not None else None
    return None, False


def _unit_link_before(text: str, lo: int, comma: int, names: _Names) -> Optional[int]:
    """Where the clause closed by `comma` opens when it is one link of a chain of units, a body's
    name alone ("Tổng đội Quản lý biên giới B", "Quân khu 2"): short, opening as a body does, no
    title, break word, mark or other person's name in it; None otherwise."""
    seg = max(lo, text.rfind(",", lo, comma) + 1)
    while seg < comma and text[seg] == " ":
        seg += 1
    if seg == lo or comma - seg > MAX_BODY_AFTER_TITLE or not _BODY_OPENS_RE.match(text, seg, comma) \
            or names.start_in(seg, comma) or break_re().search(text, seg, comma) or BOUNDARY_CHARS.search(text, seg, comma) \
            or any(not _inside_a_body_name(text, h.start()) for h in position_re().finditer(text, seg, comma)):
        return None
    return seg


def _body_before_name(text: str, lo: int, region_start: int, start: int, names: _Names) -> Optional[tuple[int, int]]:
    """The bounds of the body's name right before the name at `start` (its clause from
    `region_start`), or before the comma closing it when a rank or an honorific alone opens the
    name's clause ("..., Bộ Quốc phòng B, ông X"): short, opening as a body does, holding no title,
    break word or other person's name; None when there is none."""
    body_start, body_end = region_start, start
    lead = text[region_start:start].strip()
    if not lead or honorific_re().fullmatch(lead + " ") or rank_re().fullmatch(lead):
        comma = _comma_right_before(text, lo, region_start)  # "..., Bộ Quốc phòng B, ông X"
        if comma is None:
            return None
        last = LAST_BOUNDARY_RE.match(text, lo, comma)
        body_start, body_end = last.end() if last else lo, comma
    while body_start < body_end and text[body_start] == " ":
        body_start += 1
    if body_end - body_start > MAX_BODY_AFTER_TITLE or not _BODY_OPENS_RE.match(text, body_start, body_end) \
            or names.start_in(body_start, body_end) or break_re().search(text, body_start, body_end) \
            or any(not _inside_a_body_name(text, h.start()) for h in position_re().finditer(text, body_start, body_end)):
        return None
    return body_start, body_end


def _whole_title_before(text: str, lo: int, comma: int, names: _Names) -> Optional[int]:
    """Where the whole title closed by the `comma` before a body's name opens (past a verb opening
    the sentence: "Tiếp Quốc vụ khanh ..."); None when the clause is no title or another person's
    ("A, Cục trưởng Cục X, Bộ Y, ông B")."""
    t_start = _left_region(text, comma, lo, names)
    while t_start < comma and text[t_start] == " ":
        t_start += 1
    clause = text[t_start:comma]
    verb = break_re().match(clause[:1].lower() + clause[1:])  # "Tiếp Quốc vụ khanh ...": a verb opening the sentence
    if verb is not None and clause[verb.end() : verb.end() + 1] == " ":
        t_start += verb.end() + 1
    if position_re().match(text, t_start, comma) is None or names.start_in(t_start, comma) \
            or _in_a_title_chain(text, t_start, lo, names):
        return None  # no whole title before the body, or another person's ("A, Cục trưởng Cục X, Bộ Y, ông B")
    return t_start


def _comma_right_before(text: str, lo: int, pos: int) -> Optional[int]:
    """Where the comma is that ends text[lo:pos] but for spaces, if one does."""
    j = pos
    while j > lo and text[j - 1] == " ":
        j -= 1
    return j - 1 if j > lo and text[j - 1] == "," else None


def _office_again(text: str, heads: list[re.Match[str]], after: int) -> bool:
    """The title after the name opens with an office the title before it holds already
    ("Bộ trưởng Quốc phòng Indonesia X, Bộ trưởng Quốc phòng Việt Nam đề nghị ...", "Bộ trưởng
    Quốc phòng Timor-Leste X, Bộ trưởng Thạc chúc mừng ..."): another minister, the subject
    of the clause after the comma, not the name's second title."""
    head = position_re().match(text, after)
    return head is not None and any(h.group().casefold() == head.group().casefold() for h in heads)


def _inside_a_body_name(text: str, head_start: int) -> bool:
    """A title word right after "Bộ" is the name of a command, not a title ("Bộ Chỉ huy
    Quân sự tỉnh ...", "Bộ Tư lệnh Vùng 2"): no person holds it."""
    return _BODY_BEFORE_RE.search(text, max(0, head_start - 4), head_start) is not None


_BODY_BEFORE_RE = PATTERNS["body-word-before-title"]
_BODY_OPENS_RE = PATTERNS["body-opens-clause"]
MAX_BODY_AFTER_TITLE = 90  # characters of a body's name between a title and the name it names
MAX_UNIT_CHAIN = 4  # bodies' names set off by commas between a title and the name ("Chi đội A, Tổng đội B, Cục C")
_CLAUSE_GOES_ON_RE = PATTERNS["clause-goes-on"]
_DASH_THEN_TITLE_RE = PATTERNS["dash-then-title"]
_NAME_PARTICLE_AFTER_RE = PATTERNS["name-particle-after"]
_SHIP_WORD_THEN_WORDS_RE = PATTERNS["ship-word-then-words"]


def _ranked_surname(text: str, s_lo: int, n_start: int, n_end: int) -> bool:
    """One foreign word right after a rank, the clause going on after it ("Đại tá
    Yanagihara, đại diện ...", "Đại tá Yanagihara chào mừng"): a whole officer's name;
    not a ship named for one ("tàu Nguyên soái Shaposhnikov")."""
    if n_end - n_start < 4 or not is_foreign_token(text[n_start:n_end]):
        return False
    rank = rank_before(text, max(s_lo, n_start - 24), n_start)
    if rank is None:
        return False
    ship = _SHIP_WORD_THEN_WORDS_RE.search(text, max(s_lo, rank.start() - 40), rank.start())
    if ship is not None and (not ship.group(1) or ship.group(1).islower()):
        return False  # a ship named for an officer
    return _CLAUSE_GOES_ON_RE.match(text, n_end) is not None or _dashed_title_after(text, n_end)


def _dashed_title_after(text: str, n_end: int) -> bool:
    """A dash, spaced or not, then a title after the name: "Phó Đô đốc X - Tư lệnh ...",
    "Đại tướng X-Phó Tư lệnh Hải quân" (the dash sets the title off as a comma would)."""
    dash = _DASH_THEN_TITLE_RE.match(text, n_end)
    return dash is not None and position_re().match(text, dash.end()) is not None


def _country_titled_surname(text: str, s_lo: int, n_start: int, n_end: int, anchors: _Anchors) -> bool:
    """One foreign name written in Vietnamese syllables joined by dashes, right after a title closed by
    a foreign country's name, the clause going on after it ("Phó Thủ tướng Thái Lan Pra-vít chủ trì
    ...", "Tổng thống I-xra-en R.Ri-vlin đã tiếp"): the official named by his name as the press
    transliterates it, the country ending the title he holds. A plain foreign word there ("Bộ trưởng
    Quốc phòng Brunei Haslan phát biểu") stays a short form (round 19)."""
    name = text[n_start:n_end]
    if n_end - n_start < 4 or "-" not in name or not is_foreign_token(name) or not anchors.heads:
        return False
    if _CLAUSE_GOES_ON_RE.match(text, n_end) is None or text[n_start - 1 : n_start] != " ":
        return False
    if _NAME_PARTICLE_AFTER_RE.match(text, n_end) is not None:
        return False  # "Bộ trưởng Quốc phòng Timor-Leste Donaciano do Rosário ...": the first word of a longer name
    start = n_start - 1
    for _ in range(3):  # the country's name: one to three words before the name
        start = text.rfind(" ", s_lo, start) + 1 or s_lo
        code = lookup(text[start : n_start - 1])
        if code is not None:
            return code != VNM and anchors.heads[-1].start() < start
        start -= 1
        if start <= s_lo:
            return False
    return False


def _titled_surname(text: str, s_lo: int, n_start: int, n_end: int, anchors: _Anchors, names: _Names) -> bool:
    """One foreign word right after a title or a rank closing an item of a list ("Thượng tướng
    Hendrawan; ...", "Chủ tịch Ủy ban ... Hendarto và Bộ trưởng ..."): a whole official's name;
    not the last word of another person's title ("X, Tư lệnh Căn cứ Hải quân Muara và ...")."""
    if n_end - n_start < 4 or not is_foreign_token(text[n_start:n_end]) or not (anchors.heads or anchors.ranks):
        return False
    if anchors.heads and (_after_a_name(text, anchors.heads[0].start(), s_lo, names)
                          or _in_a_title_chain(text, anchors.heads[0].start(), s_lo, names)):
        return False
    if PATTERNS["list-item-closes"].match(text, n_end) is not None:
        return True
    return _last_item_of_a_list(text, s_lo, n_end, anchors)


def _last_item_of_a_list(text: str, s_lo: int, n_end: int, anchors: _Anchors) -> bool:
    """The name closes its sentence and its title run opens after "và" or a semicolon, the last
    item of a list ("...; Chuẩn tướng X và Thiếu tướng, Tổng Giám đốc ... Chatchai.")."""
    if PATTERNS["sentence-closes"].match(text, n_end) is None:
        return False
    first = min(m.start() for m in anchors.ranks + anchors.heads)
    opens = PATTERNS["list-item-opens-before-rank"].search(text, max(s_lo, first - 40), first)
    if opens is not None and rank_re().fullmatch(opens.group(1)) is not None:
        return True  # "và Thiếu tướng, Tổng Giám đốc ...": a rank and a comma open the item
    return PATTERNS["list-item-opens"].search(text, max(s_lo, first - 6), first) is not None


def _counterpart(text: str, idx: DocIndex, s_lo: int, n_start: int) -> Optional[tuple[int, int]]:
    """The span from a counterpart phrase to the name ("người đồng cấp phía Anh là
    Huân tước "), if one stands right before it and holds no other clause."""
    lo = max(s_lo, n_start - 70)
    if text.find("đồng", lo, n_start) < 0:  # a plain search first: most names have no counterpart phrase
        return None
    m = counterpart_re().search(text, lo, n_start)
    if m is None:
        return None
    if not _only_country_and_rank(text, idx, m.start("rest"), m.end("rest")):
        return None  # "người đồng cấp Singapore bên lề Đối thoại X", "người đồng cấp đã tiếp ông X"
    return m.start(), n_start


def _only_country_and_rank(text: str, idx: DocIndex, lo: int, hi: int) -> bool:
    """True if text[lo:hi] holds nothing but country names, "là" and a rank or an
    honorific: "Nhật Bản", "phía Anh là Huân tước"."""
    rest = text[lo:hi]
    for c in reversed(idx.countries_in(lo, hi)):
        rest = rest[: max(0, c.start - lo)] + " " + rest[c.end - lo :]
    words = " ".join(w for w in rest.split() if w != "là")
    if not words:
        return True
    honorific = honorific_re().search(words + " ")
    return rank_re().fullmatch(words) is not None or (honorific is not None and honorific.start() == 0)


def _unanchored(text: str, sent: Sentence, n_start: int, n_end: int, foreign: bool, anchors: _Anchors) -> Optional[str]:
    """The rule turning the name down for want of an anchor, if one does."""
    if not anchors.any:
        return NO_ANCHOR
    first = min([m.start() for m in anchors.ranks + anchors.heads], default=None)
    if first is not None and former_before_re().search(text, max(sent.start, first - 6), first):
        return FORMER
    if _beside_the_founder(text, sent, min(first if first is not None else n_start, n_start), n_end):
        return FOUNDER
    if not (anchors.ranks or anchors.honorific or anchors.appositive) and OF_BEFORE_RE.search(
        text, max(sent.start, n_start - 8), n_start
    ):
        return TITLE_OF_ANOTHER  # "Giám đốc khu vực của Hanwha Aerospace"
    if " " not in text[n_start:n_end] and not foreign:
        return ONE_WORD
    return None


def _beside_the_founder(text: str, sent: Sentence, lo: int, n_end: int) -> bool:
    """ "do Chủ tịch Hồ Chí Minh và Chủ tịch X đặt nền móng", "được Thủ tướng X và Chủ tịch Hồ Chí Minh ...
    dày công vun đắp": the name (its title from `lo`) joined to President Hồ Chí Minh, the relation's founding told after."""
    beside = (BESIDE_FOUNDER_BEFORE_RE.search(text, max(sent.start, lo - 30), lo) is not None
              or BESIDE_FOUNDER_AFTER_RE.match(text, n_end, sent.end) is not None)
    return beside and FOUNDED_AFTER_RE.search(text, n_end, sent.end) is not None


def _read_title(text: str, mention: OfficialMention, anchors: _Anchors) -> None:
    """Rank (the one nearest the name) and positions (the title before the name
    from its first head, and each title segment after it)."""
    ranks, heads, n_start = anchors.ranks, anchors.heads, mention.start
    if ranks:
        rank = _clean_position(ranks[-1].group())
        mention.rank = rank[:1].upper() + rank[1:]  # "trung tá" as some papers write it: "Trung tá"
    if heads:
        p_start = heads[0].start()
        ptext = text[p_start:n_start]
        if ranks and ranks[-1].start() >= p_start:
            ptext = text[p_start : ranks[-1].start()]
        anchors.title_spans.append((p_start, n_start))
        pos = _without_compound_quyen(text, p_start, _clean_position(ptext), mention)
        if not dangling_title_words().isdisjoint(pos.split()[-1:]):
            mention.rules.append(TITLE_ENDS_ON_PREPOSITION)  # "dưới sự chỉ huy của Đại tá X"
        elif pos and not rank_re().fullmatch(pos):
            mention.positions.append(pos)
    elif ranks:
        anchors.title_spans.append((ranks[0].start(), n_start))
    if anchors.counterpart:
        anchors.title_spans.append(anchors.counterpart)
    for a, b in anchors.appositive:
        seg = _clean_position(text[a:b])
        rk = rank_re().match(seg)
        if rk and rk.end() == len(seg):
            mention.rank = mention.rank or seg
            continue
        add_unique(mention.positions, seg)
        anchors.title_spans.append((a, b))
    if any(" và " in p for p in mention.positions):  # `joins_one_name` kept the title whole
        mention.rules.append(JOINED_NAME)


def _without_compound_quyen(text: str, p_start: int, pos: str, mention: OfficialMention) -> str:
    """The title without a "quyền" that closes a noun before it ("chính quyền Tổng thống X":
    the President's administration, not an acting President)."""
    if pos[:6].casefold() != "quyền ":
        return pos
    before = text[max(0, p_start - 12) : p_start].split()
    if not before or before[-1].casefold() not in quyen_compounds():
        return pos
    mention.rules.append(QUYEN_IN_A_NOUN)
    return pos[6:].lstrip()


def _resolve_country(
    text: str, idx: DocIndex, sent: Sentence, mention: OfficialMention, anchors: _Anchors, names: _Names
) -> None:
    """The country the official represents, and how surely (`OfficialMention.strength`)."""
    found = _country_from_title(text, idx, sent, mention, anchors, names)
    if found is not None:
        mention.country, mention.strength = found[0], 3
        mention.rules.append(found[1])
        return
    if any(international_secretariat_re().search(p) for p in mention.positions):
        mention.country, mention.strength = None, 3  # "Phó Tổng thư ký ASEAN X": no member state's, said as surely as a title's
        mention.rules.append(INTERNATIONAL_SECRETARIAT)
        return
    side = _side_told(text, idx, sent, mention, names)
    by_rank = rank_countries().get(norm_key(mention.rank)) if mention.rank else None
    chinese = mention.name.split(" ", 1)[0] in chinese_only_surnames()
    if side:
        mention.country, mention.strength = side[0], 2
        mention.rules.append(side[1])
    elif by_rank:
        mention.country, mention.strength = by_rank, 2
        mention.rules.append(COUNTRY_RANK)
    elif mention.foreign or chinese or _no_vietnamese_surname(mention):
        chinese = _country_from_context(idx, sent, mention, names, chinese)
    if mention.country is None and not (mention.foreign or chinese):
        mention.country, mention.strength = VNM, 1
        mention.rules.append(COUNTRY_NAME_SHAPE)


def _side_told(
    text: str, idx: DocIndex, sent: Sentence, mention: OfficialMention, names: _Names
) -> Optional[tuple[str, str]]:
    """(country, rule) of the service, body, side or delegation the sentence puts the name in; never
    Vietnam for a foreign-shaped name ("Phía Việt Nam có ... Trưởng đoàn là Chuẩn Đô đốc Nishikawa
    Ryōsuke": the guests' head)."""
    side = _service_after(text, idx, mention.end, sent.end) or _country_after_of(text, idx, mention.end, sent.end) \
        or _body_after(text, idx, mention.end, sent.end, names) \
        or _side_of(text, idx, mention.start, sent.start) \
        or _own_delegation_after(text, idx, mention.end, sent.end, names)
    if side and side[0] == VNM and mention.foreign and mention.name.split(" ", 1)[0] not in surnames():
        mention.rules.append(FOREIGN_NAME_NOT_VIETNAMESE_SIDE)
        return None
    return side


def _country_from_context(idx: DocIndex, sent: Sentence, mention: OfficialMention, names: _Names, chinese: bool) -> bool:
    """A foreign, Chinese-looking or Lao/Khmer-shaped name's country from what is told near it (a
    country after the name counts only before the next person is named; a Lao or Khmer name in
    Vietnamese syllables takes a country told near it, not the article's). Whether the name stays
    Chinese."""
    nxt = min(sent.end, next((st for st in names.starts if st > mention.end), sent.end))
    others = _countries_of_other_titles(idx, sent, mention, names)
    mention.country = _context_country(idx, mention.start, sent.start, nxt, sent.end, {c.start for c in others})
    if others and mention.country is None:
        mention.rules.append(COUNTRY_OF_ANOTHER_TITLE)
        if len({c.code for c in others}) > 1:  # a roll of officials, each with his country: this one's is not told
            _settle_context_country(idx, mention, chinese)
            return chinese
    if mention.country is None and not (mention.foreign or chinese):
        mention.country = _dignitary_country(idx, mention)
    if mention.country is None and (mention.foreign or chinese):
        mention.country = _paragraph_before_country(idx, mention.start)
        if mention.country is not None:
            mention.rules.append(COUNTRY_PARAGRAPH_BEFORE)
        else:
            mention.country = _article_country(idx) if _story_under_way(idx, mention) else None
    if chinese and not mention.foreign and mention.country and mention.country not in chinese_name_countries():
        chinese = _far_country_of_chinese_name(idx, mention)
    _settle_context_country(idx, mention, chinese)
    return chinese


def _story_under_way(idx: DocIndex, mention: OfficialMention) -> bool:
    """Is the name in the story the article's most named country tells? Not when it is quoted
    with no rank in a paragraph that ends before the page names any foreign country (a pull quote
    above the headline, "“... chính quyền Tổng thống X ...”", often a line of another story):
    `COUNTRY_BEFORE_THE_STORY`. A headline or a caption above the story ("Tổng thống X kết thúc
    chuyến thăm ...") is the story's."""
    p_lo, p_hi = idx.paragraph_start(mention.start), idx.paragraph_end(mention.start)
    quoted = _OPEN_QUOTATION_RE.search(idx.doc.text[p_lo : mention.start]) is not None
    if mention.rank or not quoted or any(c.code != VNM for c in idx.countries_in(0, p_hi)):
        return True
    mention.rules.append(COUNTRY_BEFORE_THE_STORY)
    return False


def _countries_of_other_titles(idx: DocIndex, sent: Sentence, mention: OfficialMention,
                               names: _Names) -> list[CountryMention]:
    """The foreign countries of the sentence written right before another person's name ("Bộ
    trưởng Quốc phòng Mỹ A"): that person's title, not a country told for this name."""
    return [c for c in idx.countries_in(sent.start, sent.end)
            if c.code != VNM and c.end + 1 != mention.start and names.start_in(c.end + 1, c.end + 2)
            and idx.doc.text[c.end : c.end + 1] == " "]


def _settle_context_country(idx: DocIndex, mention: OfficialMention, chinese: bool) -> None:
    """Record which reading gave the country found near a name (or that none was told), then let a
    Korean name's own country win over it."""
    mention.strength = 2 if mention.country else 0
    if mention.country:
        mention.rules.append(COUNTRY_CONTEXT if mention.foreign else COUNTRY_CHINESE_SURNAME if chinese
                             else COUNTRY_NO_SURNAME)
    elif mention.foreign or chinese:
        mention.rules.append(COUNTRY_NOT_TOLD)
    korean = _korean_country(idx, mention) if mention.foreign else None
    if korean is not None and korean != mention.country:
        mention.country, mention.strength = korean, 2
        mention.rules.append(KOREAN_NAME)


def _dignitary_country(idx: DocIndex, mention: OfficialMention) -> Optional[str]:
    """A Lao or Khmer name in Vietnamese syllables after "ngài" (the press gives no Vietnamese
    official that honorific), its country told nowhere near it: the one foreign country of the
    paragraph before, else the article's, when that country names its people so ("Thủ tướng Vương
    quốc Campuchia bắt đầu thăm ..." then "Tham gia đoàn gồm có: ngài Va Kim Hông, Bộ trưởng Cao cấp
    ..."); None otherwise (the name stays Vietnam's by its shape)."""
    text = idx.doc.text
    if _FOREIGN_HONORIFIC_BEFORE_RE.search(text, max(0, mention.start - 40), mention.start) is None:
        return None
    country = _paragraph_before_country(idx, mention.start) or _article_country(idx)
    if country not in syllable_name_countries():
        return None
    mention.rules.append(COUNTRY_DIGNITARY_NO_SURNAME)
    return country


def _leads_delegation(text: str, s_lo: int, n_start: int, n_end: int) -> bool:
    """ "do <title> Hamzah dẫn đầu": a foreign word after a delegation's "do" and title, before
    "dẫn đầu", names the leader whole (an article gives no longer name to shorten)."""
    if n_end - n_start < 3 or not PATTERNS["leads-delegation-after"].match(text, n_end):
        return False  # (not an initial: "do ông X dẫn đầu")
    do = None
    for do in PATTERNS["do-opens-title"].finditer(text, max(s_lo, n_start - 200), n_start):
        pass
    if do is None or any(ch in ";:" for ch in text[do.end() : n_start]):
        return False
    # "do Ủy viên ..., Phó Tỉnh trưởng ..., Trưởng Ban ... Khăm-sỉ dẫn đầu": the leader's run of titles
    return all(position_re().match(seg.strip()) for seg in text[do.end() : n_start].split(",")[1:])


def _named_after_comma_title(text: str, s_lo: int, n_start: int, n_end: int, names: _Names) -> bool:
    """ "<title>, ông Hartono.": one foreign word after an honorific and a whole title closed by a
    comma, closing its clause, names the official whole (the article gives no longer name)."""
    if n_end - n_start < 3 or not PATTERNS["single-name-closes-clause"].match(text, n_end):
        return False
    if not PATTERNS["comma-honorific-before"].search(text, max(s_lo, n_start - 12), n_start):
        return False
    return _title_comma_before(text, s_lo, n_start, names) is not None


def _sino_countries_told(idx: DocIndex) -> list[str]:
    """The countries of the article whose people the press names in Sino-Vietnamese syllables."""
    return [code for code in idx.foreign_country_counts() if code in chinese_name_countries()]


def _far_country_of_chinese_name(idx: DocIndex, mention: OfficialMention) -> bool:
    """A Chinese family name given a country that does not write its people in Sino-Vietnamese
    ("Trung tướng Tiêu Văn Bình ... và Đại tá Pavel Dvořák, ... Séc": no Czech bears such a
    name): a country of the article that does, else none, and the name is Vietnamese. Without
    Văn or Thị in the middle, only a name of three Vietnamese syllables whose paragraph names no
    foreign country ("Chủ tịch nước Tiêu Hồng Phong tiếp Bộ trưởng ..."; the Philippines told
    in the article only); in a paragraph naming only such far countries, on a page naming no
    country that writes its people so, the name keeps no country ("Trung tướng Tiêu Đình Khải ...
    đoàn ... Mông Cổ": the article's other mentions decide). Whether the name stays Chinese."""
    words = mention.name.split(" ")
    if vietnamese_middle_names().isdisjoint(words[1:2]):
        # a country of its own paragraph stays ("trước khi Chủ tịch Tập Cận Bình đến thăm Ấn Độ")
        near = any(c.code != VNM for c in idx.countries_in(idx.paragraph_start(mention.start), idx.paragraph_end(mention.start)))
        vn_shaped = len(words) >= 3 and all(map(is_vn_syllable, words))
        if near:
            sino = _sino_countries_told(idx)  # "Chủ tịch Tập Cận Bình hội đàm với Thủ tướng Ấn Độ": China
            if sino or vn_shaped:  # "Trung tướng Tiêu Đình Khải ... đoàn Mông Cổ": no Mongolian bears it
                mention.country = sino[0] if sino else None
                if sino:
                    mention.rules.append(CHINESE_SURNAME_SINO_COUNTRY)
            return True
        if not vn_shaped:
            return True
    told = _sino_countries_told(idx)
    if told and vietnamese_middle_names().isdisjoint(words[1:2]):
        mention.country = told[0]
        mention.rules.append(CHINESE_SURNAME_SINO_COUNTRY)
        return True
    mention.rules.append(CHINESE_SURNAME_FAR)
    mention.country = None
    return False


def _korean_country(idx: DocIndex, mention: OfficialMention) -> Optional[str]:
    """Korea (the South, or the North when only it is named) for a name shaped as Korean
    ("Yoon Chang-ho": a family name of lex_korean_surnames.txt, then one hyphenated given name)
    on a page naming it; None otherwise."""
    words = mention.name.split(" ")
    if len(words) != 2 or words[0] not in korean_surnames() or not _KOREAN_GIVEN_RE.fullmatch(words[1]):
        return None
    told = idx.foreign_country_counts()
    return "KOR" if "KOR" in told else "PRK" if "PRK" in told else None


def _no_vietnamese_surname(mention: OfficialMention) -> bool:
    """A whole name of Vietnamese-shaped words opening with no Vietnamese surname
    ("Bun Bê", "Nếch Vị Khạ Chăn"): a Lao or Khmer name as the press writes it; not one of
    three words or more with Văn or Thị second ("Vì Văn X": a Vietnamese surname the list lacks)."""
    words = mention.name.split(" ")
    if ONE_SYLLABLE in mention.rules:
        return True  # "Trung tá Xổm": a one-syllable Lao or Khmer name
    if mention.short or len(words) < 2 or words[0] in surnames() or not all(map(is_vn_syllable, words)):
        return False
    if len(words) >= 3 and not vietnamese_middle_names().isdisjoint(words[1:2]):
        mention.rules.append(VIETNAMESE_MIDDLE_NAME)  # "Vì Văn X": a minority surname the list lacks
        return False
    return True


def _country_from_title(
    text: str, idx: DocIndex, sent: Sentence, mention: OfficialMention, anchors: _Anchors, names: _Names
) -> Optional[tuple[str, str]]:
    """(country, rule) when the title says it: a bracketed country after the
    name, else the first country named in a title span that is not a host
    ("tại Việt Nam"), else a title closed by a comma right before the rank
    and name ("Bộ trưởng Quốc phòng Trung Quốc, Thượng tướng Đổng Quân" -- not
    "..., Đoàn Việt Nam do Đại tướng X")."""
    if anchors.tag_country is not None:
        return anchors.tag_country, COUNTRY_BRACKET
    for a, b in anchors.title_spans:
        in_title = idx.countries_in(a, b)
        for i, c in enumerate(in_title):
            if not _host_country(text, c.start) and not _one_of_a_pair(text, in_title, i):
                return c.code, COUNTRY_TITLE
    for a, b in anchors.title_spans:
        code = place_country(text, a, b)
        if code is not None and code != VNM:
            return code, COUNTRY_PLACE
        hull = hull_prefix_re().search(text, a, b)
        if hull is not None:  # "Chỉ huy tàu USS Mustin": the ship's flag
            return ship_prefixes()[hull.group(1)], COUNTRY_SHIP
    before_rank = anchors.ranks[0].start() if anchors.ranks else mention.start
    if not text[anchors.region_start : before_rank].strip():
        code = _comma_title_country(text, idx, anchors.region_start, sent.start, names, mention.rules)
        if code:
            return code, COUNTRY_COMMA_TITLE
    return None


def _one_of_a_pair(text: str, cs: list[CountryMention], i: int) -> bool:
    """The i-th country is joined by a dash to the one before or after it: the pair
    is the office's subject ("phụ trách biên giới Việt Nam – Campuchia")."""
    before = i > 0 and PATTERNS["country-pair-dash"].fullmatch(text, cs[i - 1].end, cs[i].start)
    after = i + 1 < len(cs) and PATTERNS["country-pair-dash"].fullmatch(text, cs[i].end, cs[i + 1].start)
    return bool(before or after)


def _left_region(text: str, start: int, lo: int, names: Optional[_Names] = None) -> int:
    """Start of the title phrase that may precede a name at `start`."""
    seg_end = _segment_end(text, start, lo, names)
    last = LAST_BOUNDARY_RE.match(text, lo, seg_end)
    region_start = _past_break_words(text, last.end() if last else lo, seg_end, start, names)
    if names is not None:
        # "Bộ trưởng ... Việt Nam A - Bộ trưởng ... Hoa Kỳ B": B's title starts after A
        region_start = names.last_whole_end(region_start, start) or region_start
    return region_start


def _segment_end(text: str, start: int, lo: int, names: Optional[_Names]) -> int:
    """Where the stretch holding the title before the name at `start` ends: the name itself, or a
    dash, a comma after a rank, a bracketed aside or a comma after a title between them, which a
    title looks through."""
    seg_end = start
    probe = text[lo:start].rstrip()
    dash = _spaced_dash_before(text, lo, lo + len(probe))
    if dash is not None and (names is None or not names.start_in(lo, dash)):
        # "Tham mưu trưởng Hạm đội Đông Hải (Trung Quốc) - Vương Hồng Lý": look through the dash
        seg_end = dash
        probe = text[lo:dash].rstrip()
    if probe.endswith(",") and _rank_ends_at(text, max(lo, start - 40), lo + len(probe) - 1):
        seg_end = lo + len(probe) - 1  # "đồng chí Cảnh giám cấp 3, Đường Kiến Bình": look through the comma
    elif probe.endswith(")"):  # "(nay là Tổng Bí thư) Tô Lâm": look through the bracket
        j = text.rfind("(", lo, lo + len(probe))
        if j >= 0:
            seg_end = j
    if seg_end == start and names is not None:
        seg_end = _title_comma_before(text, lo, start, names) or seg_end
    return seg_end


def _past_break_words(text: str, region_start: int, seg_end: int, start: int, names: Optional[_Names]) -> int:
    """The title's start moved past the last break word ("và", "với", ...) that ends a clause
    before the name at `start`; not one inside the aside the title looks through (from `seg_end`)
    or inside a title ("Thư ký": "ký" signs only outside a title)."""
    heads: Optional[list[tuple[int, int]]] = None  # read only when a break word is found
    for m in break_re().finditer(text, region_start, start):
        if joins_one_name(text, m, names):
            continue
        if heads is None:
            heads = [h.span() for h in position_re().finditer(text, region_start, start)]
        if text[m.start() - 1 : m.start()].isspace() or m.start() == region_start:
            if not (seg_end < m.start() < start) and not _inside(m.span(), heads):
                region_start = m.end()
    return region_start


def _rank_ends_at(text: str, lo: int, end: int) -> bool:
    """True if a rank ends text[lo:end]."""
    return any(m.end() == end for m in rank_re().finditer(text, lo, end))


def _spaced_dash_before(text: str, lo: int, end: int) -> Optional[int]:
    """Where a dash with a space before it ends text[lo:end] (" - ", " – "), if one does."""
    if end - 2 >= lo and text[end - 1] in "-–—" and text[end - 2].isspace():
        return end - 1
    return None


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """True if `span` lies within one of `spans` (and is not all of it)."""
    return any(a <= span[0] and span[1] <= b and (a, b) != span for a, b in spans)


def _appositive(text: str, end: int, hi: int, names: _Names) -> list[tuple[int, int]]:
    """Spans of title segments right after a name ("X, Ủy viên ..., Thứ trưởng ..."),
    up to a segment that holds another person's name: "Thượng tướng A, T1, T2, Tư
    lệnh Lục quân Hoàng gia Thái Lan Đại tướng B dẫn đầu" -- the last segment is B's
    title."""
    m = APPOS_START.match(text, end, hi)
    if not m:
        return []
    out: list[tuple[int, int]] = []
    pos = m.end()
    while pos < hi:
        if _last_title_is_the_next(text, out, hi):
            out.pop()  # "A, ..., Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Quốc phòng Indonesia, Tướng B": B's title
            names.repeated_cut.add(end)
            break
        head = head_start_re().match(text, pos, hi) or _lower_title_after_dash(text, m, pos, hi, out)
        if not head:
            if out and out[-1][1] == pos - 2:
                _extend_by_body(text, pos, hi, names, out, end)
            break
        if head.group()[:1].islower() and not out:
            names.lower_title_ends.add(end)
        stop, by_break = _segment_stop(text, pos, hi, head, names)
        if names.start_in(pos, stop) or (by_break and _invited_by(text, end)) or _ends_in_a_name(text, pos, stop, names):
            names.cut_at.add(end)
            break
        out.append((pos, stop))
        if stop >= hi or text[stop : stop + 1] != ",":
            break
        pos = stop + 1
        while pos < hi and text[pos] == " ":
            pos += 1
    return out


def _ends_in_a_name(text: str, pos: int, stop: int, names: _Names) -> bool:
    """The title segment [pos, stop) after a name, opened by a title head, closes with another
    foreign name of two words or more that no rank or honorific introduces ("X, Thượng nghị sĩ
    Patrick Leahy..."): that person's title and name, not X's (`TITLE_STOPS_AT_NAME`). Not a pair
    of Vietnamese syllables: a title may close on a place ("Chi đội Quản lý biên giới Văn Sơn")."""
    return pos + len(text[pos:stop].rstrip()) in names.foreign_whole_ends


def _last_title_is_the_next(text: str, out: list[tuple[int, int]], hi: int) -> bool:
    """The last of the titles `out` read after a name repeats an earlier one and a comma, then a rank
    or an honorific, follows it: the next name's title (`REPEATED_TITLE`)."""
    return len(out) > 1 and _repeats_a_title(text, out[-1], out[:-1]) and _rank_after_comma(text, out[-1][1], hi)


def _segment_stop(text: str, pos: int, hi: int, head: re.Match[str], names: _Names) -> tuple[int, bool]:
    """Where the title segment opening at `pos` with `head` ends: at the first boundary
    character, or before a break word after the head that ends the clause (one inside the head
    is part of the title: "Thư ký", "Tổng Thư ký"); and whether a break word ended it."""
    b = BOUNDARY_CHARS.search(text, pos, hi)
    stop = b.start() if b else hi
    k = next((k for k in break_re().finditer(text, max(pos + 1, head.end()), stop)
              if not joins_one_name(text, k, names)), None)
    return (k.start(), True) if k else (stop, False)


def _invited_by(text: str, end: int) -> bool:
    """The name ending at `end` closes a fronted "Nhận lời mời của ..." phrase: a title segment after
    it that runs into a verb ("..., Tổng thống nước X và Phu nhân đã thăm ...") is the clause's
    subject, the guest, not the inviter's title."""
    return INVITED_BY_BEFORE.search(text, max(0, end - 120), end) is not None


REPEATED_TITLE = rule("official.repeated-title-is-the-next", "a title closing a run of titles after a name that repeats "
                      "one of the run ('Đại tướng A, ..., Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Quốc phòng nước Cộng hòa "
                      "Indonesia, Tướng B'), closed by a comma before a rank or honorific and a name, is that name's: "
                      "no one holds one office twice")


def _repeats_a_title(text: str, seg: tuple[int, int], before: list[tuple[int, int]]) -> bool:
    """Does the title `seg` open with the whole of one of the titles `before` it ("Bộ trưởng Bộ Quốc
    phòng nước Cộng hòa Indonesia" after "Bộ trưởng Bộ Quốc phòng")?"""
    own = norm_key(text[seg[0] : seg[1]])
    return any(own == k or own.startswith(k + " ") for k in (norm_key(text[a:b]) for a, b in before) if k)


def _rank_after_comma(text: str, pos: int, hi: int) -> bool:
    """A comma at `pos`, then a rank or an honorific opening a name ("..., Tướng (nghỉ hưu) B")."""
    if text[pos : pos + 1] != ",":
        return False
    nxt = pos + 1
    while nxt < hi and text[nxt] == " ":
        nxt += 1
    return rank_re().match(text, nxt, hi) is not None or _opens_with_honorific(text, nxt)


def _repeats_a_title_of_the_chain(text: str, seg_start: int, comma: int, s_lo: int) -> bool:
    """Does the title clause text[seg_start:comma] repeat one of the comma-set titles before it in
    the sentence (`REPEATED_TITLE`)?"""
    before: list[tuple[int, int]] = []
    end = seg_start
    for _ in range(MAX_TITLE_CHAIN):
        j = text.rfind(",", s_lo, end)
        if j < 0:
            break
        k = max(s_lo, text.rfind(",", s_lo, j) + 1)
        before.append((k, j))
        end = j
    return _repeats_a_title(text, (seg_start, comma), before)


def _lower_title_after_dash(text: str, opener: re.Match[str], pos: int, hi: int,
                            out: list[tuple[int, int]]) -> Optional[re.Match[str]]:
    """A title in lower case right after the dash that follows a name ("X - thứ trưởng ..."), or
    after its comma when a body's name in capitals follows the title ("ông X, giám đốc Cơ quan ...",
    "ông Y, phó giám đốc DAPA", as papers that write titles in lower case put it)."""
    mark = opener.group().strip()[:1]
    if out or mark not in "-–—,":
        return None
    head = lower_head_start_re().match(text, pos, hi)
    if head is not None and mark == "," and not _CAPITAL_WORD_AFTER_RE.match(text, head.end(), hi):
        return None
    return head


_CAPITAL_WORD_AFTER_RE = PATTERNS["capital-word-after"]
_FORCE_BODY_AFTER_RE = PATTERNS["force-body-after"]


def _extend_by_body(text: str, pos: int, hi: int, names: _Names, out: list[tuple[int, int]], end: int) -> None:
    """A body named after a comma closes the title before it: "Thiếu tướng X, quyền Cục
    trưởng Tổng cục Hậu cần, Bộ Quốc phòng Lào" -- the office is the Lao ministry's."""
    if not (org_head_re().match(text, pos, hi) or _FORCE_BODY_AFTER_RE.match(text, pos, hi)):
        return
    b = BOUNDARY_CHARS.search(text, pos, hi)
    stop = b.start() if b else hi
    k = next((k for k in break_re().finditer(text, pos, stop) if not joins_one_name(text, k, names)), None)
    if k:
        stop = k.start()
    if names.start_in(pos, stop):
        return
    out[-1] = (out[-1][0], stop)
    names.closed_by_body.add(end)


COMMA_TITLE = rule("official.title-before-comma", "a clause that is one whole title, closed by a comma before the rank or honorific and the name, is that name's title: 'Bộ trưởng Quốc phòng Nhật Bản, ông X'")
JOINED_NAME = rule("official.and-inside-a-name", "'và' between two capitalised words of one body's name continues a title: 'Bộ Khoa học và Công nghệ'")


def joins_one_name(text: str, k: re.Match[str], names: Optional[_Names]) -> bool:
    """Is the break word `k` a "và" joining two capitalised words of one body's
    name ("Bộ Khoa học và Công nghệ", "Ủy ban Đối ngoại và Quốc phòng"), not two
    people or two titles ("... Việt Nam và Thượng tướng B", "... và Bộ trưởng ...")?"""
    if k.group() != "và" or text[k.end() : k.end() + 1] != " ":
        return False
    nxt = k.end() + 1
    before = text[max(0, k.start() - 24) : k.start()].split()
    if not before or not before[-1].isalpha() or not text[nxt : nxt + 1].isupper():
        return False
    if head_start_re().match(text, nxt) or (names is not None and names.start_in(nxt, nxt + 1)):
        return False
    if side_word_re().match(text, nxt):
        return False  # "Bộ trưởng Bộ Quốc phòng và Đoàn đại biểu quân sự cấp cao ...": a second subject
    if rank_re().match(text, nxt) or _opens_with_honorific(text, nxt) or PATTERNS["academic-title"].match(text, nxt):
        return False  # "Thứ trưởng Bộ Quốc phòng Việt Nam và Ngài B", "... và Tiến sĩ B": a second person
    if any(c.start == 0 for c in find_countries(text[nxt : nxt + 40])):
        return False  # "Bộ trưởng Quốc phòng Việt Nam và Campuchia": two ministers
    return not any(c.isupper() for c in before[-1][1:])  # an acronym ("QĐND và ...") ends a title


def _opens_with_honorific(text: str, at: int) -> bool:
    """Does an honorific ("Ngài", "Ông", "Đồng chí", "Dato'") open the text at `at`?"""
    head = text[at : at + 12].casefold()
    return any(head.startswith(h + " ") for h in _HONORIFICS)


_HONORIFICS = frozenset(w.casefold() for w in load_lines("lex_honorifics.txt")) | title_honorifics()


def bracketed_country(idx: DocIndex, aside: re.Match[str]) -> Optional[str]:
    """The country a match of `ASIDE_AFTER_RE` holds, if the brackets hold just
    one country's name ("(Trung Quốc)"), not an alias or a remark."""
    tagged = idx.countries_in(aside.start(1), aside.end(1))
    if len(tagged) == 1 and (tagged[0].start, tagged[0].end) == aside.span(1):
        return tagged[0].code
    return None


def _host_country(text: str, c_start: int) -> bool:
    return bool(HOST_BEFORE.search(text, max(0, c_start - 12), c_start))


def _clean_position(s: str) -> str:
    # a dash may stand before the honorific the title ends on: "Tổng Lãnh sự Lào tại TP HCM - ông X"
    s = _without_trailing_honorifics(s.strip(" ,-–—()")).rstrip(" ,-–—")
    if s.count("(") > s.count(")"):
        s += ")"  # "Tư lệnh Hạm đội Đông Hải (Trung Quốc) - X": the bracket closes the title
    return SPACES_RE.sub(" ", s)


def _without_trailing_honorifics(s: str) -> str:
    """A title without the honorifics that close it before the name: "Bộ trưởng Quốc
    phòng Nhật Bản, ông", "Quốc vụ khanh Bộ Quốc phòng Anh Huân tước", "Bộ trưởng
    Quốc phòng Malaysia Dato' Seri Utama Haji" (they are no title)."""
    while True:
        lead = honorific_re().search(s + " ")
        if lead is not None and lead.start() > 0:
            s = s[: lead.start()].rstrip(" ,")
            continue
        words = s.rsplit(None, 1)
        if len(words) == 2 and words[1].casefold() in title_honorifics():
            s = words[0].rstrip(" ,")
            continue
        return s


_GLUED_AFTER_INITIAL_RE = PATTERNS["glued-after-initial"]
_CAPITALS_SURNAME_RE = PATTERNS["capitals-surname"]


def _with_glued_initial(text: str, n_start: int, n_end: int, hi: int) -> int:
    """End of a name whose last word follows an initial with no space: "Joseph Y.Yun"."""
    last = text[n_start:n_end].rsplit(" ", 1)[-1]
    m = _GLUED_AFTER_INITIAL_RE.match(text, n_end, hi) if len(last) == 1 and last.isupper() else None
    return m.end() if m else n_end


def _with_suffix(text: str, n_start: int, n_end: int, hi: int) -> int:
    """End of the name with its generational suffix as written ("Jr.", "III")."""
    last = text[n_start:n_end].rsplit(" ", 1)[-1]
    if last in suffixes() and text[n_end : n_end + 1] == "." and last + "." in suffixes():
        return n_end + 1  # the word scan stops before the dot of "Jr."
    m = suffix_after_re().match(text, n_end, hi)
    if m and last not in suffixes():
        return m.end()
    return n_end


def _title_comma_before(text: str, lo: int, start: int, names: _Names) -> Optional[int]:
    """The comma of "Bộ trưởng Quốc phòng, Đại tướng X" or "Bộ trưởng Quốc phòng Nhật
    Bản, ông X": a clause that is one whole title (a position head opens it, no
    person's name before it), closed by a comma right before the rank or honorific
    and the name, is that name's title."""
    found = _comma_clause_before(text, lo, start)
    if found is None:
        return None
    comma, seg_start = found
    opens = position_re().match(text, seg_start, comma)
    if opens is None or names.start_in(seg_start, comma):
        return None
    if _in_a_title_chain(text, seg_start, lo, names) and not _repeats_a_title_of_the_chain(text, seg_start, comma, lo):
        return None
    return comma


def _comma_clause_before(text: str, lo: int, start: int) -> Optional[tuple[int, int]]:
    """(comma, clause start) of the clause closed by a comma right before the rank or honorific
    that opens the name at `start`, if one is there."""
    head = text[max(lo, start - 40) : start]
    lead = rank_before_re().search(head) or honorific_re().search(head)
    if lead is None:
        return None
    comma = _comma_right_before(text, lo, start - len(head) + lead.start())
    if comma is None:
        return None
    last = LAST_BOUNDARY_RE.match(text, lo, comma)
    seg_start = last.end() if last else lo
    while seg_start < comma and text[seg_start] == " ":
        seg_start += 1
    return comma, seg_start


def _title_of_another_before(text: str, lo: int, start: int, names: _Names) -> bool:
    """Is the title clause right before the name's rank another person's, closing the run of
    titles after that person's name (`TITLE_CHAIN`)?"""
    found = _comma_clause_before(text, lo, start)
    return found is not None and position_re().match(text, found[1], found[0]) is not None \
        and _in_a_title_chain(text, found[1], lo, names)


# A run of comma-separated titles after one name is read back this many titles at most.
MAX_TITLE_CHAIN = 8
TITLE_CHAIN = rule("official.title-chain-of-another", "a title closing a run of titles set off by commas after "
                   "a name ('A, T1, T2, T3, Thượng tướng B dẫn đầu ...') is A's, as each title of the run is: "
                   "not B's, whose titles follow his name")


def _in_a_title_chain(text: str, pos: int, s_lo: int, names: _Names) -> bool:
    """The title at `pos` follows a name and a comma, or closes a run of titles, each opened by a
    position and set off by commas, that follows one (`TITLE_CHAIN`)."""
    for _ in range(MAX_TITLE_CHAIN):
        if _after_a_name(text, pos, s_lo, names):
            return True
        j = pos
        while j > s_lo and text[j - 1] == " ":
            j -= 1
        if j <= s_lo or text[j - 1] != ",":
            return False
        comma = j - 1
        seg = max(s_lo, text.rfind(",", s_lo, comma) + 1)
        while seg < comma and text[seg] == " ":
            seg += 1
        if seg == s_lo or position_re().match(text, seg, comma) is None or names.start_in(seg, comma) \
                or BOUNDARY_CHARS.search(text, seg, comma):
            return False
        pos = seg
    return False


def _after_a_name(text: str, pos: int, s_lo: int, names: _Names) -> bool:
    """A title at `pos` follows a name and a comma: it is that person's title. The name may
    carry its original spelling in brackets ("Ngài Xti-phen Xmít (Stephen Smith), Bộ trưởng
    ...")."""
    j = pos
    while j > s_lo and text[j - 1] in " -–(":
        j -= 1
    if j <= s_lo or text[j - 1] != ",":
        return False
    j -= 1
    while j > s_lo and text[j - 1] == " ":
        j -= 1
    if j > s_lo and text[j - 1] == ")":
        opened = text.rfind("(", max(s_lo, j - 62), j - 1)
        if opened >= 0 and "\n" not in text[opened:j]:
            j = opened
            while j > s_lo and text[j - 1] == " ":
                j -= 1
    return j in names.ends


def _comma_title_country(
    text: str, idx: DocIndex, region_start: int, s_lo: int, names: _Names, rules: list[str]
) -> Optional[str]:
    """Country of a title closed by a comma before the rank and name:
    "Bộ trưởng Quốc phòng Trung Quốc, Thượng tướng Đổng Quân"; not a title inside a fronted
    frame ("Tại buổi tiếp Tùy viên Quốc phòng New Zealand, Thượng tướng X": the guest's)."""
    comma = region_start - 1
    if comma <= s_lo or text[comma] != ",":
        return None
    lo = max(s_lo, comma - 120)
    heads = list(position_re().finditer(text, lo, comma))
    if not heads:
        return None
    h = heads[-1]
    if _in_a_title_chain(text, h.start(), s_lo, names):
        return None  # "Ngài A, Thứ trưởng ... Nhật Bản, Thượng tướng B": A's title, not B's; so is the last of
        # a run of A's titles ("A, Bí thư Đảng ủy, Tư lệnh Quân khu 9, Thiếu tướng B", `TITLE_CHAIN`)
    clause = max(s_lo, *(text.rfind(ch, s_lo, h.start()) + 1 for ch in ",;:"))
    if _FRONTED_FRAME_RE.fullmatch(text, clause, h.start()):
        rules.append(TITLE_IN_A_FRAME)
        return None
    if any(not joins_one_name(text, k, names) for k in break_re().finditer(text, h.end(), comma)) \
            or BOUNDARY_CHARS.search(text, h.end(), comma):
        return None
    cs = idx.countries_in(h.end(), comma)
    if not cs or text[cs[-1].end : comma].strip() or _host_country(text, cs[-1].start):
        return None
    return cs[-1].code


def _side_of(text: str, idx: DocIndex, pos: int, s_lo: int) -> Optional[tuple[str, str]]:
    """(country, rule) of the side the name is told on, if the sentence says it."""
    side = _side_country(text, idx, pos, s_lo)
    if side is not None:
        return side, COUNTRY_SIDE
    sender = _sending_country(text, idx, pos, s_lo)
    if sender is not None:
        return sender, COUNTRY_SENDS
    led = _led_delegation_country(text, idx, pos, s_lo) or _head_of_delegation_before(text, idx, pos, s_lo)
    return (led, COUNTRY_LED) if led is not None else None


_CLAUSE_CLOSE_RE = PATTERNS["clause-closes"]
_FRONTED_FRAME_RE = PATTERNS["fronted-frame-before-title"]
_SERVICE_AFTER_RE = PATTERNS["service-after"]


def _service_after(text: str, idx: DocIndex, end: int, s_hi: int) -> Optional[tuple[str, str]]:
    """The country of an armed service set off right after the name, closing the clause there
    ("..., đại tá Peter Olive, Hải quân Hoàng gia Anh.")."""
    m = _SERVICE_AFTER_RE.match(text, end, s_hi)
    if m is None:
        return None
    c = next(iter(idx.countries_in(m.start(1), min(s_hi, m.start(1) + 40))), None)
    if c is None or c.start != m.start(1) or _CLAUSE_CLOSE_RE.match(text, c.end) is None:
        return None
    return c.code, COUNTRY_SERVICE


_OF_COUNTRY_CLOSES_RE = PATTERNS["of-country-closes"]


def _country_after_of(text: str, idx: DocIndex, end: int, s_hi: int) -> Optional[tuple[str, str]]:
    """The country told right after the name and "của", closing its clause ("Đại tướng X của
    Campuchia, Đô đốc Y của Myanmar và ..."): the person's own, not the one the list told before."""
    of = OF_RE.match(text, end, s_hi)
    if of is None:
        return None
    c = next(iter(idx.countries_in(of.end(), min(s_hi, of.end() + 40))), None)
    if c is None or c.start != of.end() or _OF_COUNTRY_CLOSES_RE.match(text, c.end) is None:
        return None
    return c.code, COUNTRY_OF_AFTER


_BODY_LOWER_MAX = 3  # lower-case words a body's name may hold before its country ("Quốc phòng", "hoàng gia")


def _body_after(text: str, idx: DocIndex, end: int, s_hi: int, names: _Names) -> Optional[tuple[str, str]]:
    """The country named in a body right after the name and "của" ("Trung tá X của Bộ Tổng
    Tham mưu Quốc phòng Italia"): the body's words run with no comma or other name up to it."""
    of = OF_RE.match(text, end, s_hi)
    head = org_head_re().match(text, of.end(), s_hi) if of else None
    if head is None:
        return None
    c = next(iter(idx.countries_in(head.start(), min(s_hi, head.end() + 60))), None)
    if c is None or c.start < head.end() or names.start_in(head.end(), c.start):
        return None
    words = text[head.end() : c.start].split()
    if any(not w.isalpha() for w in words) or sum(not w[:1].isupper() for w in words) > _BODY_LOWER_MAX:
        return None
    return c.code, COUNTRY_BODY_AFTER


def _own_delegation_after(text: str, idx: DocIndex, end: int, s_hi: int, names: _Names) -> Optional[tuple[str, str]]:
    """"Thượng tướng X, Bộ trưởng Bộ Quốc phòng và Đoàn đại biểu quân sự cấp cao nước
    Cộng hòa Nhân dân Trung Hoa đã rời Việt Nam": the name and its own delegation,
    whose country a delegation word tells, in the clause after the name's title --
    not the guest's delegation after a host's verb and the guest's name ("X chủ trì
    lễ đón Trung tướng Y và Đoàn đại biểu ... Belarus")."""
    hi = min(s_hi, end + 160)
    joined = PATTERNS["and-own-delegation"].search(text, end, hi)
    if joined is None or PATTERNS["side-stretch-break"].search(text, end, joined.start()):
        return None
    if names.start_in(end, joined.start()) or side_switch_re().search(text, end, joined.start()):
        return None
    for c in idx.countries_in(joined.start(), hi):
        if side_cue_re().search(text, joined.start(), c.start):
            return c.code, COUNTRY_LED
        return None
    return None


# how far after "<country> cử" the name may stand (a rank or a short title between)
MAX_SENT_GAP = 60


def _sending_country(text: str, idx: DocIndex, pos: int, s_lo: int) -> Optional[str]:
    """ "; Trung Quốc cử Trung tướng X, ...": a country opening its clause, then "cử" and the
    name with only a rank or title between (no comma): the country sends its own official."""
    before = idx.countries_in(max(s_lo, pos - MAX_SENT_GAP - 40), pos)
    if not before:
        return None
    c = before[-1]
    sends = PATTERNS["country-sends"].match(text, c.end)
    if sends is None or pos - sends.end() > MAX_SENT_GAP or BOUNDARY_CHARS.search(text, sends.end(), pos) \
            or any(ch in ",;:" for ch in text[sends.end():pos]):
        return None
    if not PATTERNS["clause-opens-before"].search(text[s_lo:c.start]):
        return None
    return c.code


def _head_of_delegation_before(text: str, idx: DocIndex, pos: int, s_lo: int) -> Optional[str]:
    """"Đoàn đại biểu Bộ Quốc phòng Trung Quốc đã sang thăm Việt Nam. Trưởng đoàn là
    Trung tướng X, ...": the head named at the opening of a sentence leads the
    delegation whose country the sentence before tells."""
    opens = PATTERNS["delegation-head-opens"].match(text, s_lo, pos)
    if opens is None or (text[opens.end() : pos].strip() and rank_before(text, opens.end(), pos) is None):
        return None
    i = idx.sentence_at(s_lo)
    if i <= 0:
        return None
    before = idx.sentences[i - 1]
    for c in idx.countries_in(before.start, before.end):  # the first country a delegation word tells
        if side_cue_re().search(text, max(before.start, c.start - 70), c.start):
            return c.code
    return None


def _led_delegation_country(text: str, idx: DocIndex, pos: int, s_lo: int) -> Optional[str]:
    """The country of a delegation the name leads, told however long its
    description: "tiếp đoàn cán bộ, học viên Đại học Quốc phòng Quân Giải phóng
    nhân dân Trung Quốc do Thiếu tướng X, Phó Hiệu trưởng dẫn đầu". The name
    follows "do" (and a rank), the country stands right before "do", and a
    delegation word opens its stretch with no word between that passes to the
    other side ("tiếp", "với"), another country nor the end of a clause."""
    rank = rank_before(text, max(s_lo, pos - 40), pos)
    do = PATTERNS["led-by-do"].search(text, max(s_lo, pos - 60), rank.start() if rank else pos)
    if do is None:
        return None
    lo = max(s_lo, do.start() - 200)
    # a country, or a neighbour's province standing for it ("Ty Công an tỉnh Tbong Khmum do ...")
    cs = idx.countries_in(lo, do.start()) or place_mentions(text, lo, do.start())
    if not cs or not PATTERNS["country-then-do"].match(text[cs[-1].end : do.start()]):
        return None
    country = cs[-1]
    reach = max(s_lo, country.start - 160)
    cues = [*side_word_re().finditer(text, reach, country.start),
            *PATTERNS["ship-group-word"].finditer(text, reach, country.start)]
    cue = max(cues, key=lambda c: c.start(), default=None)  # the last; a ship group too ("Biên đội tàu ... X do")
    if cue is None:
        return country.code if _body_met_before(text, idx, country, s_lo) else None
    between = (cue.end(), country.start)
    if side_switch_re().search(text, *between) or PATTERNS["visit-word"].search(text, *between) \
            or PATTERNS["side-stretch-break"].search(text, *between) or idx.countries_in(*between):
        return None  # "đoàn ... sang thăm Trung Quốc do", "Đoàn Việt Nam dự Hội nghị ASEAN - Trung Quốc do"
    return country.code


def _body_met_before(text: str, idx: DocIndex, country: CountryMention, s_lo: int) -> bool:
    """"hội đàm với Quân phân khu X (tỉnh Vân Nam, Trung Quốc) do Đại tá Y làm trưởng
    đoàn": a body named right after the verb that meets it ("với", "tiếp", "đón") and
    told with its country is the delegation the name leads, as an "đoàn" would be."""
    c_start = country.start
    lo = max(s_lo, c_start - 120)
    switch = None
    for switch in side_switch_re().finditer(text, lo, c_start):
        pass
    if switch is None or not org_head_re().match(text, switch.end() + 1):
        return False
    between = (switch.end(), c_start)
    others = [c for c in idx.countries_in(*between) if c.code != country.code]  # "tỉnh Hủa Phăn (Lào)": one country
    return not (PATTERNS["visit-word"].search(text, *between) or PATTERNS["side-stretch-break"].search(text, *between)
                or others)


def _side_country(text: str, idx: DocIndex, pos: int, s_lo: int) -> Optional[str]:
    """Country of the side whose members are listed before `pos` in the sentence:
    "Đoàn Trung Quốc có Thượng tướng X, ...; ông Y", "phía Hoa Kỳ có ông Z", or
    a delegation from a neighbour's province ("Đoàn đại biểu Bộ Chỉ huy Quân sự
    tỉnh Hủa Phăn do Đại tá X")."""
    for c in reversed(idx.countries_in(s_lo, pos)):
        if not side_cue_re().search(text, max(s_lo, c.start - 70), c.start):
            continue
        if side_switch_re().search(text, c.end, pos):
            return None  # "Đoàn Trung Quốc hội đàm với Đại tướng ...": the other side
        if PATTERNS["side-reopens"].search(text, c.end, pos) or _segment_opens_on_country(text, idx, c.end, pos):
            return None  # "đoàn ... Ấn Độ do X dẫn đầu; đoàn ... Lào do Y": another delegation's
        if idx.first_date_in(c.end, pos) is not None:
            return None  # "* Tiếp các đoàn Hàn Quốc: Chiều 3/12, Đại tướng X, ...": a list tells no day
        return c.code
    lo = max(s_lo, pos - 150)
    places = place_mentions(text, lo, pos)  # the fast scan first: most sentences name no such place
    if not places:
        return None
    cue = None
    for cue in side_word_re().finditer(text, lo, pos):
        pass
    if cue is None or side_switch_re().search(text, cue.end(), pos):
        return None
    for place in places:
        if place.start >= cue.end() and not _host_country(text, place.start):
            return place.code  # not "Đoàn ... sang thăm Đông Hưng": the place visited
    return None


_LIST_SEGMENT_RE = PATTERNS["list-segment-opens"]


def _segment_opens_on_country(text: str, idx: DocIndex, lo: int, hi: int) -> bool:
    """A segment of a list opens on a country between `lo` and `hi` ("các đoàn Thái Lan do A dẫn đầu;
    Singapore do B dẫn đầu"): the side told before it is not the side of a name after it."""
    for semi in _LIST_SEGMENT_RE.finditer(text, lo, hi):
        opening = idx.countries_in(semi.end(), hi)
        if opening and opening[0].start == semi.end():
            return True
    return False


def _context_country(idx: DocIndex, pos: int, s_lo: int, s_hi: int, sent_end: Optional[int] = None,
                     skip: frozenset[int] | set[int] = frozenset()) -> Optional[str]:
    """A foreign name's country from its sentence (up to `s_hi`: what follows the
    next person named is that person's; nor the topic after "về"), then paragraph
    (the paragraph before and the article are the caller's next steps); never a
    country starting at one of `skip` (another person's title)."""
    before = [c for c in idx.countries_in(s_lo, pos) if c.code != VNM and c.start not in skip]
    if before:
        return before[-1].code
    for stop in (TOPIC_RE.search(idx.doc.text, pos, s_hi), NEXT_CONJUNCT_RE.search(idx.doc.text, pos, s_hi)):
        if stop is not None:
            s_hi = min(s_hi, stop.start())
    after = [c for c in idx.countries_in(pos, s_hi) if c.code != VNM and c.start not in skip]
    if after:
        return after[0].code
    others = (s_hi, sent_end if sent_end is not None else s_hi)  # another person's part of the sentence, or its topic
    p_lo, p_hi = idx.paragraph_start(pos), idx.paragraph_end(pos)
    para = [c for c in idx.countries_in(p_lo, p_hi)
            if c.code != VNM and not others[0] <= c.start < others[1] and c.start not in skip]
    if para:
        return para[0].code
    return None


def _paragraph_before_country(idx: DocIndex, pos: int) -> Optional[str]:
    """The one foreign country the paragraph before names, its ships and forces included
    ("... đón tàu hộ vệ HTMS X - chiến hạm của Hải quân Hoàng gia Thái ..." then "Đoàn ... do Đại
    tá Y ... làm trưởng đoàn."), for a foreign name whose own paragraph names none."""
    p_lo = idx.paragraph_start(pos)
    while p_lo > 0 and not idx.doc.text[p_lo - 1 : p_lo].strip():  # past the blank lines between
        p_lo -= 1
    if p_lo == 0:
        return None
    codes = {c.code for c in idx.countries_in(idx.paragraph_start(p_lo - 1), p_lo) if c.code != VNM}
    return codes.pop() if len(codes) == 1 else None


def _article_country(idx: DocIndex) -> Optional[str]:
    """The foreign country the article names most, if no other is named as often."""
    counts = idx.foreign_country_counts()
    top = list(counts)
    if len(top) > 1 and counts[top[0]] == counts[top[1]]:
        return None  # "Việt Nam - Lào - Campuchia" told as often each: a tie tells no country
    return top[0] if top else None
