"""The extractors' fast paths match exactly what the plain forms they replace match.

Each speed-up (capitalised-run scanner, trie-shaped lexicon regexes, per-name
occurrence search, prefilters) is checked against a straightforward reference
implementation, on hand-picked traps and on generated text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st
from reference_runs import reference_runs

from kg.pipeline.common import flat_alternation, trie_pattern, load_lines, load_tsv, phrase_pattern
from kg.pipeline.events.lexicon import trigger_re as _trigger_re
from kg.pipeline.events.resolve import organizer as _organizer
from kg.pipeline.officials.merge import find_names
from kg.pipeline.officials.names import capitalised_runs
from kg.model import Article, Doc


# --------------------------------------------------------------------------- capitalised runs
RUN_TRAPS = [
    "Đại tướng Phan Văn Giang tiếp ông Marc Knapper.",
    "ngài Matteo Perego di Cremnago, Thứ trưởng",
    "lực lượng al-Qaeda và Al-Qaeda, Nam-Hàn",
    "a'b-Cde Fgh",  # a capital after a hyphen that a finished word cannot absorb
    "x -Cde Fgh",
    "NATO Tổng thư ký",
    "Ông  Hai   Ba",  # double spaces split runs
    "văn van Ba",  # a particle with no run open
    "Ông Lê di",  # a particle cannot end a run
    "ǅemal Ωmega ωmega 中国 𝐀bc",  # titlecase, Greek, CJK, non-BMP letters
    "Ông Nguyễn² Văn",
    "",
]


def test_runs_traps_match_reference():
    for text in RUN_TRAPS:
        assert capitalised_runs(text) == reference_runs(text), text


def test_runs_offsets_are_shifted():
    text = "Theo Đại tướng Phan Văn Giang"
    shifted = capitalised_runs(text, 100)
    assert [[(t.text, t.start - 100, t.end - 100) for t in r] for r in shifted] == [
        [(t.text, t.start, t.end) for t in r] for r in reference_runs(text)
    ]


RUN_ALPHABET = st.sampled_from(
    list("aAbBđĐ-‐' ,.\n1_ĐứcÂnXạ") + ["di", "van", "de", " ", "Al", "ǅ", "²", "Ω", "ω", "中", "𝐀", "ß", "İ", "Văn", "NATO"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(RUN_ALPHABET, max_size=30).map("".join))
def test_runs_equal_reference_on_generated_text(text):
    assert capitalised_runs(text) == reference_runs(text)


# --------------------------------------------------------------------------- trie-shaped lexicon regexes
def _flat(phrases, first_upper=False) -> str:
    unique = sorted(set(phrases), key=len, reverse=True)
    return r"(?<![\w])(?:" + flat_alternation(unique, first_upper) + r")(?![\w])"


WRAPPERS = ["{}", "(?i:{})", r"{}\s+$", r"(?i:{})\s*\w"]


def _same_matches(phrases, first_upper, text):
    for wrap in WRAPPERS:
        new = re.compile(wrap.format(phrase_pattern(phrases, first_upper)))
        old = re.compile(wrap.format(_flat(phrases, first_upper)))
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (phrases, wrap, text)


def test_trie_prefers_the_longest_phrase_that_ends_on_a_word_boundary():
    phrases = ["hội nghị", "hội nghị cấp cao", "hội đàm"]
    pat = re.compile(phrase_pattern(phrases))
    assert re.compile("(?i:" + phrase_pattern(phrases) + ")").search("Hội nghị cấp cao đã").group() == "Hội nghị cấp cao"
    assert pat.search("hội nghị cấp caoX").group() == "hội nghị"  # longest fails the boundary: back off
    assert pat.search("hội  nghị").group() == "hội  nghị"  # any run of spaces between words


def test_trie_with_case_variants_matches_flat():
    # "T"/"t" after "Tổng " clash under case folding: that node is listed flat, longest first
    phrases = ["Tổng trưởng", "Tổng Tham mưu trưởng", "Tổng Thư ký", "Bộ trưởng", "bộ trưởng quốc phòng"]
    for text in ["Tổng tham mưu trưởng Lê", "tổng Trưởng", "Bộ trưởng Quốc phòng Phan", "bộ trưởng"]:
        _same_matches(phrases, False, text)
        _same_matches(phrases, True, text)


def test_first_upper_keeps_the_capital_rule():
    pat = re.compile(phrase_pattern(["đại tướng", "đại tá"], first_upper=True))
    assert pat.search("Đại Tướng Phan").group() == "Đại Tướng"
    assert pat.search("đại tướng Phan") is None


def test_real_lexicons_become_tries_and_match_like_flat():
    text = (
        "Chiều 24/10, Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Italia; "
        "hai bên ký Bản ghi nhớ về hợp tác và nâng cấp quan hệ lên Đối tác chiến lược toàn diện. "
        "Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Hoa Kỳ tại Việt Nam. Tổng Tham mưu trưởng QĐND Việt Nam."
    )
    for name in ("lex_ranks.txt", "lex_clause_breaks.txt", "lex_positions.txt", "lex_org_heads.txt", "lex_honorifics.txt"):
        phrases = list(load_lines(name))
        for first_upper in (False, True):
            _same_matches(phrases, first_upper, text)
    for name in ("lex_event_triggers.tsv", "lex_agreement_types.tsv", "lex_partnership_levels.tsv"):
        phrases = [row[0] for row in load_tsv(name)]
        assert trie_pattern(sorted(set(phrases), key=len, reverse=True), False) is not None
        _same_matches(phrases, False, text)


PHRASE_WORDS = st.sampled_from(["hội", "Hội", "nghị", "đàm", "cấp", "cao", "a", "ab", "A", "b-c", "x.y", "Tổng", "tổng"])
PHRASES = st.lists(st.lists(PHRASE_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=6)
TEXT = st.lists(st.sampled_from(["hội", "Hội", "nghị", "đàm", "cấp", "cao", "a", "ab", "A", "b-c", "x.y", "Tổng",
                                 "tổng", " ", "  ", ",", "x", "\n"]), max_size=14).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(PHRASES, st.booleans(), TEXT)
def test_trie_equals_flat_on_generated_lexicons(phrases, first_upper, text):
    _same_matches(phrases, first_upper, text)


# --------------------------------------------------------------------------- official occurrences
def _lower_each(text):
    """Lower case character by character (a character whose lower case is longer stays)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _reference_names(text, names):
    """The definition: whole words of the text lower-cased character by character,
    an alternation of the names lower-cased the same way, leftmost first."""
    pat = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(_lower_each(n)) for n in names) + r")(?!\w)")
    return [m.span() for m in pat.finditer(_lower_each(text))]


def test_find_names_takes_leftmost_then_first_listed():
    text = "Phan Văn Giang gặp phan văn giang; Văn Giang và Giang Văn"
    names = ["phan văn giang", "văn giang", "giang văn"]
    assert find_names(text, names) == _reference_names(text, names)
    assert find_names(text, ["văn giang", "phan văn giang"]) == _reference_names(
        text, ["văn giang", "phan văn giang"]
    )


NAME_WORDS = st.sampled_from(["Lê", "lê", "Văn", "An", "Ba", "an"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(NAME_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4, unique=True),
    st.lists(st.sampled_from(["Lê", "lê", "Văn", "An", "Ba", "an", " ", ",", "x"]), max_size=16).map(" ".join),
)
def test_find_names_equals_alternation(names, text):
    names = sorted(names, key=len, reverse=True)
    assert find_names(text, names) == _reference_names(text, names)


# Characters that lower-case oddly: "ı", "ſ", "İ" (lower-cases to two characters, so it
# stays), "K" (Kelvin sign), "ß", "µ"/"μ", a digit and "_" (word characters).
CASE_TRAPS = st.sampled_from(["Lê", "LÊ", "an", "AN", "ıan", "ſan", "İan", "Kim", "KIM", "kim", "ßa", "µa", "μa",
                              "Đ", "đ", "_", "1", " ", ",", "-", "\u0301"])


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.lists(CASE_TRAPS, min_size=1, max_size=3).map("".join), min_size=1, max_size=4, unique=True),
    st.lists(CASE_TRAPS, max_size=16).map(" ".join),
)
def test_find_names_equals_alternation_on_case_traps(names, text):
    names = sorted(names, key=len, reverse=True)
    assert find_names(text, names) == _reference_names(text, names)
    assert find_names(text, names) == _reference_names(text, names)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=4), min_size=1, max_size=3, unique=True), st.text(max_size=40))
def test_find_names_equals_alternation_on_any_text(names, text):
    names = sorted(names, key=len, reverse=True)
    assert find_names(text, names) == _reference_names(text, names)


# --------------------------------------------------------------------------- events: trigger and organiser prefilters
def test_receive_trigger_needs_a_title_and_not_don_tiep():
    pat = _trigger_re()
    assert [m.group() for m in pat.finditer("Thượng tướng A tiếp Đại sứ Hoa Kỳ")] == ["tiếp "]
    assert [m.group() for m in pat.finditer("cảm ơn sự đón tiếp Đại sứ")] == []
    assert [m.group() for m in pat.finditer("Đón tiếp Đại sứ")] == []
    assert [m.group() for m in pat.finditer("xtiếp Đại sứ")] == []
    assert [m.group() for m in pat.finditer("tiếp tục hợp tác")] == []


def _doc(text: str) -> Doc:
    return Doc(article=Article(id="t", text=text), text=text)


def test_organizer_found_by_do_and_before_to_chuc():
    text = "Triển lãm do Bộ Quốc phòng Việt Nam tổ chức tại Hà Nội."
    doc = _doc(text)
    assert _organizer(doc, 0, 0, len(text)) == "Bộ Quốc phòng Việt Nam"
    text2 = "Hôm nay, Bộ Quốc phòng đã tổ chức Hội nghị ADMM."
    trig = text2.index("Hội nghị")
    assert _organizer(_doc(text2), 0, trig, len(text2)) == "Bộ Quốc phòng"
    text3 = "Hôm nay, Bộ Quốc phòng đã tổ chức\nHội nghị ADMM."
    assert _organizer(_doc(text3), 0, text3.index("Hội nghị"), len(text3)) == "Bộ Quốc phòng"
    text4 = "Hôm nay, Bộ Quốc phòng đã tổ chức các Hội nghị."
    assert _organizer(_doc(text4), 0, text4.index("Hội nghị"), len(text4)) is None


# --------------------------------------------------------------------------- bisect lookups of the shared index
@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=15), st.integers(-5, 70), st.integers(-5, 70))
def test_index_lookups_equal_their_plain_forms(starts, lo, hi):
    from kg.model import DateMention, PartialDate
    from kg.pipeline.common import doc_index
    from kg.pipeline.mentions import NameOccurrence

    text = "x" * 80
    doc = _doc(text)
    doc.dates = [DateMention(PartialDate(2025, 1, 1), "x", s, s + 1) for s in sorted(starts)]
    doc.name_occurrences = [NameOccurrence(f"n{s}", s, s + 2) for s in sorted(starts)]
    idx = doc_index(doc)
    plain = [d for d in doc.dates if lo <= d.start < hi]
    assert idx.dates_in(lo, hi) == plain
    assert idx.first_date_in(lo, hi) == (plain[0] if plain else None)
    assert idx.last_date_in(lo, hi) == (plain[-1] if plain else None)
    assert idx.names_in(lo, hi) == [o for o in doc.name_occurrences if lo <= o.start < hi]
