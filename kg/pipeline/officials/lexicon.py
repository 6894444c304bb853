"""What anchors a name as an official's: ranks, titles, honorifics, and the
words around a name that show it is a place or a ship instead.

Every list is a data file in `kg/data/` (`lex_ranks.txt`, `lex_positions.txt`,
`lex_honorifics.txt`, ...), compiled once into the regexes below.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from kg.pipeline.common import (
    compiled,
    first_char_phrase_pattern,
    load_lines,
    load_tsv,
    norm_key,
    phrase_pattern,
)
from kg.pipeline.patterns import named_patterns

# The patterns of `kg/data/official_patterns.tsv` (each with its comment there).
PATTERNS = named_patterns("official_patterns.tsv")
BOUNDARY_CLASS = PATTERNS["boundary-class"].pattern
BOUNDARY_CHARS = re.compile(BOUNDARY_CLASS)
LAST_BOUNDARY_RE = re.compile(r"(?s:.*)" + BOUNDARY_CLASS)  # greedy: through the last boundary character
HOST_BEFORE = PATTERNS["host-before"]
# Words after which a capitalised name is a place (`lex_location_words.txt`),
# matched case-insensitively; the name's window is searched for them reversed
# (see `after_location_word`).
_LOCATION_WORDS = load_lines("lex_location_words.txt")
_LOCATION_BEFORE_REVERSED = re.compile(r"\s+(?:" + "|".join(re.escape(w[::-1]) for w in _LOCATION_WORDS) + ")", re.I)
APPOS_START = PATTERNS["appositive-start"]
INVITED_BY_BEFORE = PATTERNS["invited-by-before"]
SPACES_RE = re.compile(r"\s+")
ACRONYM_WORD_RE = PATTERNS["acronym-word"]
OF_RE = PATTERNS["of"]
OF_BEFORE_RE = PATTERNS["of-before"]


@lru_cache(maxsize=1)
def rank_re() -> re.Pattern[str]:
    return compiled("lex_ranks.txt", first_upper=True)


_POSITION_PREFIXES = load_lines("lex_position_prefixes.txt")


@lru_cache(maxsize=1)
def position_re() -> re.Pattern[str]:
    r"""A title head, optionally with "Phó"/"Quyền"/"nguyên" before it.

    The plain form is `(?<!\w)(?:(?:[Pp]hó|[Qq]uyền|[Nn]guyên)\s+)?(?i:heads)`.
    The class-led form (see `first_char_phrase_pattern`) tries a bare head
    before a prefixed one, which matches the same unless a head itself may
    begin with a prefix word: then the plain form is used."""
    lines = load_lines("lex_positions.txt")
    heads = phrase_pattern(lines)
    plain = PATTERNS["position-prefix"].pattern + "(?i:" + heads + ")"
    if any(re.fullmatch("(?i:" + re.escape(h.split()[0]) + ")", w) for h in lines for w in _POSITION_PREFIXES):
        return re.compile(plain)
    prefixed = [(w[0], re.escape(w[1:]) + r"\s+(?i:" + heads + ")") for w in _POSITION_PREFIXES]
    return re.compile(first_char_phrase_pattern(lines, extra=prefixed) or plain)


@lru_cache(maxsize=1)
def head_start_re() -> re.Pattern[str]:
    """Position heads as they start an appositive: capitalised first letter."""
    heads = load_lines("lex_positions.txt") + load_lines("lex_ranks.txt")
    pat = phrase_pattern(heads, first_upper=True)
    return re.compile(PATTERNS["head-start-prefix"].pattern + "(?:" + pat + "|" + PATTERNS["deputy-any"].pattern + ")")


@lru_cache(maxsize=1)
def lower_head_start_re() -> re.Pattern[str]:
    """A position head in lower case, as some papers write a title after a dash ("X - thứ trưởng
    Bộ Quốc phòng Lào"); a rank is not one (after a dash it starts another person)."""
    heads = [h[:1].lower() + h[1:] for h in load_lines("lex_positions.txt")]
    return re.compile(PATTERNS["head-start-prefix"].pattern + phrase_pattern(heads))


@lru_cache(maxsize=1)
def org_head_re() -> re.Pattern[str]:
    """The head words that open an organisation's name ("Bộ", "Cục", "Bộ Tư lệnh")."""
    return compiled("lex_org_heads.txt", first_upper=True)


@lru_cache(maxsize=1)
def break_re() -> re.Pattern[str]:
    return compiled("lex_clause_breaks.txt")


@lru_cache(maxsize=1)
def rank_before_re() -> re.Pattern[str]:
    """A rank ending right before a name ("Đại tướng ")."""
    return re.compile(phrase_pattern(load_lines("lex_ranks.txt"), first_upper=True) + r"\s+$")


@lru_cache(maxsize=1)
def title_before_re() -> re.Pattern[str]:
    """A position head of lex_positions.txt, capitalised, ending right before a name ("Thủ tướng ",
    "Chủ tịch ", "Tỉnh trưởng ")."""
    return re.compile(phrase_pattern(load_lines("lex_positions.txt"), first_upper=True) + r"\s+$")


@lru_cache(maxsize=1)
def lower_rank_before_re() -> re.Pattern[str]:
    """A rank of two words or more in lower case ending right before a name, as some
    papers write it ("do trung tá Luc Regnier chỉ huy", "đại tướng Phan Văn Giang");
    one word ("tướng", "tá") is no rank there ("Thủ tướng Phạm Minh Chính")."""
    ranks = [r.casefold() for r in load_lines("lex_ranks.txt") if len(r.split()) >= 2]
    return re.compile(phrase_pattern(ranks) + r"\s+$")


def rank_before(text: str, lo: int, hi: int) -> Optional[re.Match[str]]:
    """The rank ending right before text[hi:] (from `lo`), capitalised or in lower
    case after a word that is not capitalised or ends in a comma (not inside "Phó Đô
    đốc", "Thủ tướng")."""
    found = rank_before_re().search(text, lo, hi)
    if found is not None:
        return found
    found = lower_rank_before_re().search(text, lo, hi)
    if found is None:
        return None
    before = text[max(lo, found.start() - 20) : found.start()].split()
    # a capitalised word closed by a comma ends another phrase ("tàu USNS Mercy, đại tá Peter
    # Olive"), it opens no title with the rank
    return found if not before or not before[-1][:1].isupper() or not before[-1][-1].isalnum() else None


@lru_cache(maxsize=1)
def chinese_name_countries() -> frozenset[str]:
    """Countries whose officials the press names in Sino-Vietnamese syllables (`lex_chinese_name_countries.txt`)."""
    return frozenset(load_lines("lex_chinese_name_countries.txt"))


@lru_cache(maxsize=1)
def body_openers() -> frozenset[str]:
    """First words of a body's name capitalised after a title that no title list holds ("Hội",
    "Đội", "Báo"), case-folded (`lex_body_openers.txt`)."""
    return frozenset(w.casefold() for w in load_lines("lex_body_openers.txt"))


@lru_cache(maxsize=1)
def syllable_name_countries() -> frozenset[str]:
    """Countries whose officials the press names in Vietnamese syllables with no Vietnamese surname
    (`lex_syllable_name_countries.txt`)."""
    return frozenset(load_lines("lex_syllable_name_countries.txt"))


@lru_cache(maxsize=1)
def vietnamese_middle_names() -> frozenset[str]:
    """Middle names that mark a Vietnamese name (`lex_vietnamese_middle_names.txt`)."""
    return frozenset(load_lines("lex_vietnamese_middle_names.txt"))


@lru_cache(maxsize=1)
def korean_surnames() -> frozenset[str]:
    """Korean family names as romanised in the press (`lex_korean_surnames.txt`)."""
    return frozenset(load_lines("lex_korean_surnames.txt"))


@lru_cache(maxsize=1)
def chinese_only_surnames() -> frozenset[str]:
    """Sino-Vietnamese readings of Chinese family names no Vietnamese bears (`lex_surnames_chinese_only.txt`)."""
    return frozenset(load_lines("lex_surnames_chinese_only.txt"))


@lru_cache(maxsize=1)
def former_before_re() -> re.Pattern[str]:
    """A word of `lex_former_markers.txt` ("cố", "Cựu") ending right before a title or rank."""
    words = "|".join(re.escape(w) for w in load_lines("lex_former_markers.txt"))
    return re.compile(r"(?<!\w)(?:" + words + r")\s+$")


@lru_cache(maxsize=1)
def dangling_title_words() -> frozenset[str]:
    """Words a title never ends on ("của", "cho"): before a name they make the title region a
    clause whose object is that person (`lex_position_dangling_words.txt`)."""
    return frozenset(load_lines("lex_position_dangling_words.txt"))


@lru_cache(maxsize=1)
def quyen_compounds() -> frozenset[str]:
    """Words that make a following "quyền" part of a noun ("chính quyền"), not "acting"
    (`lex_position_quyen_compounds.txt`), case-folded."""
    return frozenset(w.casefold() for w in load_lines("lex_position_quyen_compounds.txt"))


@lru_cache(maxsize=1)
def lead_honorifics() -> frozenset[str]:
    """Honorifics written as capitalised words in front of a foreign name ("Dato'", "Seri",
    "Pehin"), case-folded (`lex_name_lead_honorifics.txt`)."""
    return frozenset(w.casefold() for w in load_lines("lex_name_lead_honorifics.txt"))


@lru_cache(maxsize=1)
def inner_honorifics() -> frozenset[str]:
    """Honorifics that count as titles only after an opening one ("Utama", "Paduka", "Haji"
    in "Dato' Seri Utama Haji Mohamad"), case-folded (`lex_name_inner_honorifics.txt`)."""
    return frozenset(w.casefold() for w in load_lines("lex_name_inner_honorifics.txt"))


@lru_cache(maxsize=1)
def name_styles() -> tuple[str, frozenset[str]]:
    """The word that opens a style never part of a name ("Samdech") and every word of
    such styles ("Pichey", "Sena", "Techo"), case-folded (`lex_name_styles.txt`)."""
    words = [w.casefold() for w in load_lines("lex_name_styles.txt")]
    return words[0], frozenset(words)


@lru_cache(maxsize=1)
def title_honorifics() -> frozenset[str]:
    """Every honorific that may stand between a title and a name: the opening ones, those
    that follow them, and the styles never part of a name ("Samdech")."""
    return lead_honorifics() | inner_honorifics() | name_styles()[1]


@lru_cache(maxsize=1)
def honorific_re() -> re.Pattern[str]:
    """An honorific ending right before a name ("ông ", "ngài ")."""
    honorifics = load_lines("lex_honorifics.txt")
    lexicon = first_char_phrase_pattern(honorifics, case="exact") or phrase_pattern(honorifics)
    return re.compile(lexicon + r"\s+$")


@lru_cache(maxsize=1)
def counterpart_re() -> re.Pattern[str]:
    """A counterpart phrase, an optional side word, then up to 40 characters of
    clause (a country, "là", a rank) ending right before a name."""
    words = phrase_pattern(load_lines("lex_counterpart_titles.txt"))
    return re.compile("(?i:" + words + ")" + PATTERNS["counterpart-rest"].pattern)


@lru_cache(maxsize=1)
def single_name_title_re() -> re.Pattern[str]:
    """A title after which one word is a whole name ("Huân tước Astor "), ending right before it."""
    return re.compile(phrase_pattern(load_lines("lex_single_name_titles.txt")) + r"\s+$")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(load_lines("lex_surnames.txt"))


@lru_cache(maxsize=1)
def highland_surnames() -> frozenset[str]:
    """Central Highlands surnames spelt unlike Kinh syllables (`lex_name_highland_surnames.txt`)."""
    return frozenset(load_lines("lex_name_highland_surnames.txt"))


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    return frozenset(load_lines("lex_name_particles.txt"))


@lru_cache(maxsize=1)
def suffixes() -> frozenset[str]:
    return frozenset(load_lines("lex_name_suffixes.txt"))


@lru_cache(maxsize=1)
def suffix_after_re() -> re.Pattern[str]:
    """A generational suffix the word scan leaves out ("III", or the dot of "Jr.")."""
    alts = "|".join(re.escape(x) for x in sorted(suffixes(), key=len, reverse=True))
    return re.compile(r"(?:,?\s)?(?:" + alts + r")(?!\w)")


@lru_cache(maxsize=1)
def rank_countries() -> dict[str, str]:
    """Rank (normalised key) -> the one country whose forces hold it, from `country_ranks.tsv`."""
    return {norm_key(row[0]): row[1] for row in load_tsv("country_ranks.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def ship_prefixes() -> dict[str, str]:
    """Hull prefix ("USS") -> flag state code, from `lex_ship_prefixes.tsv`."""
    return {row[0]: row[1] for row in load_tsv("lex_ship_prefixes.tsv") if len(row) >= 2}


@lru_cache(maxsize=1)
def hull_prefix_re() -> re.Pattern[str]:
    """A hull prefix before a ship's capitalised name ("USS Mustin"): group 1 is the prefix."""
    alts = "|".join(re.escape(p) for p in sorted(ship_prefixes(), key=len, reverse=True))
    return re.compile(r"(?<!\w)(" + alts + r")\s+[A-ZĐ]")


@lru_cache(maxsize=1)
def _ship_before_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r"""A ship cue ("tàu khu trục"), maybe with a hull prefix or number after it, or a hull
    prefix alone ("USS"), ending right before a capitalised name.

    Two class-led regexes (see `first_char_phrase_pattern`): they scan the
    window before a name much faster than one alternation opening with a
    lookbehind, `(?:(?i:cues)\s+(?:prefixes\s+)?|(?<!\w)prefixes\s+)$`."""
    cues = load_lines("lex_ship_cues.txt")
    prefixes = sorted(ship_prefixes(), key=len, reverse=True)
    alts = "|".join(re.escape(p) for p in prefixes)
    cue = first_char_phrase_pattern(cues) or "(?i:" + phrase_pattern(cues) + ")"
    prefix = first_char_phrase_pattern(prefixes, case="exact") or r"(?<!\w)(?:" + alts + ")"
    # a hull number may join the cue to the name: "Tàu 015-Trần Hưng Đạo", "tàu 016 - Quang Trung"
    hull_number = r"(?:[A-Z]{1,4}-?)?\d{2,4}\s?[-–]\s?"
    return (re.compile(cue + r"\s+(?:(?:" + alts + r")\s+)?(?:" + hull_number + r")?$"),
            re.compile(prefix + r"\s+$"))


def after_ship_cue(text: str, lo: int, hi: int) -> bool:
    """True if text[lo:hi] ends with a ship cue or hull prefix and spaces."""
    cue, prefix = _ship_before_res()
    return cue.search(text, lo, hi) is not None or prefix.search(text, lo, hi) is not None


_SHIP_NAME_JOINED_BEFORE = PATTERNS["ship-name-joined-before"]


def after_joined_ship_name(text: str, lo: int, hi: int) -> bool:
    """True if text[lo:hi] ends with a ship's name after a ship cue, then "và" or a comma ("tàu hộ vệ
    Izumo và "): the name at `hi` is a second ship's."""
    joined = _SHIP_NAME_JOINED_BEFORE.search(text, lo, hi)
    return joined is not None and after_ship_cue(text, lo, joined.start("first"))


_PROVINCE_WORD_BEFORE = PATTERNS["province-word-before"]


@lru_cache(maxsize=1)
def no_province_surnames() -> frozenset[str]:
    """Surnames no province's name opens with (`lex_name_no_province_surnames.txt`)."""
    return frozenset(load_lines("lex_name_no_province_surnames.txt"))


def person_after_province_word(text: str, lo: int, hi: int, name: str) -> bool:
    """"tỉnh" right before a name of three words or more opening with a surname no province
    opens with: the province is unnamed and the words are a person ("UBND tỉnh Nguyễn Văn Hòa")."""
    words = name.split()
    return (3 <= len(words) <= 4 and words[0] in no_province_surnames()
            and _PROVINCE_WORD_BEFORE.search(text, lo, hi) is not None)


def after_location_word(text: str, lo: int, hi: int) -> bool:
    """True if text[lo:hi] ends with a location word and spaces ("tại ", "tỉnh ").

    Read backwards: the reversed window must start with spaces and a reversed
    location word, so the regex runs once, anchored, instead of at every
    position of the window (the words have no boundary to check)."""
    return _LOCATION_BEFORE_REVERSED.match(text[lo:hi][::-1]) is not None


ASIDE_AFTER_RE = PATTERNS["aside-after"]  # "(Dong Jun)", "(Trung Quốc)" right after a name
HULL_AFTER_RE = PATTERNS["hull-after"]  # "(LCC-19)", "(HQ-011)"


@lru_cache(maxsize=1)
def side_word_re() -> re.Pattern[str]:
    """A side word anywhere ("đoàn đại biểu", "phía"): where a delegation is named."""
    return re.compile("(?i:" + phrase_pattern(load_lines("lex_side_cues.txt")) + ")")


@lru_cache(maxsize=1)
def side_cue_re() -> re.Pattern[str]:
    """ "đoàn", "phía"... before a country mention, maybe with a few words saying
    which delegation between ("Đoàn đại biểu quân sự cấp cao Vương quốc
    Campuchia"), none of them a word that starts another phrase ("do", "của", ...)."""
    between = PATTERNS["side-cue-between"].pattern
    return re.compile("(?i:" + phrase_pattern(load_lines("lex_side_cues.txt")) + ")" + between + r"\s+$")


@lru_cache(maxsize=1)
def side_switch_re() -> re.Pattern[str]:
    return re.compile("(?i:" + phrase_pattern(load_lines("lex_side_switch.txt")) + ")")


@lru_cache(maxsize=1)
def stop_names() -> frozenset[str]:
    return frozenset(norm_key(n) for n in load_lines("lex_name_stoplist.txt"))


@lru_cache(maxsize=1)
def company_re() -> re.Pattern[str]:
    """A company marker of `lex_company_markers.txt` ("Tập đoàn", "PT", "Corporation")."""
    return re.compile(phrase_pattern(load_lines("lex_company_markers.txt")) + r"(?!\w)")


@lru_cache(maxsize=1)
def think_tank_re() -> re.Pattern[str]:
    """A research institute or think tank of `lex_think_tanks.txt` ("CSIS", "Viện Lowy")."""
    return re.compile(r"(?<!\w)" + phrase_pattern(load_lines("lex_think_tanks.txt")) + r"(?!\w)")


@lru_cache(maxsize=1)
def international_secretariat_re() -> re.Pattern[str]:
    """A title in an international organisation's secretariat ("Phó Tổng thư ký ASEAN", "Tổng thư
    ký thứ 12 của NATO", "Ban Thư ký Liên hợp quốc": `lex_international_bodies.txt`), in any case."""
    bodies = phrase_pattern(load_lines("lex_international_bodies.txt"))
    return re.compile(PATTERNS["secretariat-head"].pattern + r"(?i:" + bodies + r")(?!\w)", re.I)


@lru_cache(maxsize=1)
def company_before_re() -> re.Pattern[str]:
    """A company marker right before a name: "PT Len Industri", "Tập đoàn Hanwha"."""
    return re.compile(phrase_pattern(load_lines("lex_company_markers.txt")) + r"\s+$")


@lru_cache(maxsize=1)
def org_compounds() -> frozenset[str]:
    """Two-syllable words written "Capital lower" inside organisation names ("Quốc phòng",
    "Thanh niên"), case-folded: lex_org_compounds.txt."""
    return frozenset(w.casefold() for w in load_lines("lex_org_compounds.txt"))
