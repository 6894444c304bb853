"""Scan hints (`*-hint` rows of date_patterns.tsv): a whole-text scan is skipped when the text's
casefold() lacks its hint, so every match of the scan must leave its hint in the casefold()."""

from __future__ import annotations

import random
import re
import sys

import pytest

from kg.model import PartialDate
from kg.pipeline.dates import PATTERNS, last_week_dates, weekday_dates

HINTS = {"weekday-deictic": "weekday-hint", "weekday-pair": "weekday-hint", "last-week": "last-week-hint",
         "publisher-line": "publisher-line-hint"}

EVERY_CHARACTER = "".join(chr(i) for i in range(sys.maxunicode + 1) if not 0xD800 <= i <= 0xDFFF)

SENTENCES = [
    "Hà Nội - Bộ trưởng hôm thứ Hai đã tiếp đoàn đại biểu quân sự nước bạn.",
    "Sáng THỨ BA TUẦN TRƯỚC, hai đoàn đã hội đàm tại trụ sở Bộ Quốc phòng.",
    "Vào Chủ Nhật tuần tới, tàu sẽ rời cảng sau chuyến thăm.",
    "Trong hai ngày thứ Bảy và Chủ nhật, hải quân hai nước tổ chức diễn tập chung.",
    "Các ngày thứ 5 và thứ 6 tuần trước, đoàn đã làm việc tại học viện.",
    "Tuần trước, tại thủ đô, hai Thứ trưởng đồng chủ trì cuộc đối thoại.",
    "Chuyến thăm hồi tuần   trước đã kết thúc tốt đẹp.",
    "Giấy phép số 12/GP-BTTTT cấp ngày 3/4/2020.",
    "© 2010 Bản quyền thuộc về tòa soạn. Thành lập năm 1950.",
    "Thứ trưởng chủ trì lễ đón; lần thứ hai đoàn sang thăm.",
]


@pytest.mark.parametrize("hint", sorted(set(HINTS.values())))
def test_every_case_variant_of_a_hint_letter_casefolds_to_it(hint: str) -> None:
    # why the hint is matched in casefold(): each letter's variants under IGNORECASE fold onto it
    for letter in set(re.findall(r"[^\W\d_]", PATTERNS[hint].pattern)):
        variants = re.findall("(?i:" + re.escape(letter) + ")", EVERY_CHARACTER)
        assert {v.casefold() for v in variants} == {letter}, (hint, letter, variants)


@pytest.mark.parametrize("scan", sorted(HINTS))
def test_every_match_leaves_its_hint(scan: str) -> None:
    rng = random.Random(7)
    for sentence in SENTENCES:
        for text in [sentence] + ["".join(rng.choice((c.upper(), c.lower())) for c in sentence) for _ in range(20)]:
            if PATTERNS[scan].search(text):
                assert PATTERNS[HINTS[scan]].search(text.casefold()), (scan, text)


def test_weekdays_and_last_week_read_in_any_case() -> None:
    published = PartialDate(2024, 5, 15)  # a Wednesday
    assert [d.date for d in weekday_dates("Hôm THỨ HAI, hai bên đã ký kết.", published)] == [PartialDate(2024, 5, 13)]
    pair = weekday_dates("Trong HAI NGÀY THỨ BẢY VÀ CHỦ NHẬT, đoàn đã thăm đơn vị.", published)
    assert [(d.date, d.end_date) for d in pair] == [(PartialDate(2024, 5, 11), PartialDate(2024, 5, 12))]
    assert [d.date for d in last_week_dates("TUẦN TRƯỚC, hai đoàn đã gặp nhau.", published)] == [PartialDate(2024, 5)]
    assert weekday_dates("Thứ trưởng chủ trì hội nghị.", published) == []


# ---- kg.pipeline.clean: byline-hint, the credit hint words, the lead dateline's dash

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.pipeline import clean  # noqa: E402
from kg.resources import data_rows  # noqa: E402

CLEAN = clean.PATTERNS
BYLINES = [p for kind, p in (r for r in data_rows("boilerplate.tsv") if len(r) == 2) if kind == "byline"]
CREDIT_HINTS = [h for kind, h in (r for r in data_rows("boilerplate.tsv") if len(r) == 2) if kind == "credit_hint"]


def _letters_fold_to_themselves(text: str) -> None:
    for ch in set(text):
        if re.fullmatch(r"[^\W\d_]", ch):
            variants = re.findall("(?i:" + re.escape(ch) + ")", EVERY_CHARACTER)
            odd = [v for v in variants if v.casefold() != ch and not CLEAN["odd-case"].fullmatch(v)]
            assert odd == [], (text, ch, odd)
        else:
            assert ch.casefold() == ch, (text, ch)


def test_clean_hints_fold_to_themselves_but_for_odd_case() -> None:
    _letters_fold_to_themselves(CLEAN["byline-hint"].pattern.replace("\\", ""))
    for hint in CREDIT_HINTS:
        _letters_fold_to_themselves(hint.casefold())


def test_odd_case_is_every_letter_whose_variant_folds_elsewhere() -> None:
    # the Latin and Vietnamese letters a hint may use: only "i" has variants ("İ", "ı") folding elsewhere
    letters = "abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    odd = {v for ch in letters for v in re.findall("(?i:" + ch + ")", EVERY_CHARACTER) if v.casefold() != ch}
    assert odd == {"İ", "ı"} and all(CLEAN["odd-case"].fullmatch(v) for v in odd)


OWN_BYLINES = [
    "Bài và ảnh: Minh Khoa", "Nguyễn Lan/VOV.VN", "Trần Hải (TTXVN)", "Phóng viên Quốc Bảo", "PV",
    "Tác giả: Lê Minh Tâm", "Hà Phương (tổng hợp)", "(Hoàng Văn Nam)", "Thu Trang - QĐND", "Đọc bài gốc",
    "Người dịch: Bảo Ngọc", "Theo Báo Biên phòng", "(Theo Tạp chí Quốc phòng)", "Minh Đức (QĐND Online)",
    "Nguồn: Bộ Quốc phòng", "(VNA)", "Quang Huy (lược dịch: Kim Anh)", "(Hải Long) [TG]", "Văn Toàn tổng hợp",
    "NHÀ BÁO Trung Kiên", "TÍN (TTXVN)", "Tİn: Ngọc Mai", "Bài vıết của Lan Hương", "phóng vıên Hữu Tài",
    "Biên tập: Thu Hà | Quay phim: Minh Đức", "Quay phim: Văn Tú",
    "Hải Yến/VOV.VN (biên tập)", "Thu Hà, phóng viên RFA", "Xem tin gốc tại đây",
    "Hồng Vân/VOV-Huế; Đức Anh/VOV-Cần Thơ",
]
_BYLINE_PIECES = OWN_BYLINES + ["Bộ Quốc phòng", "ı", "İ", "K", "ß", " ", "(", ")", ":", "/", "-", "–", "Ảnh"]
byline_lines = st.one_of(
    st.sampled_from(OWN_BYLINES).map(lambda s: s),
    st.lists(st.sampled_from(_BYLINE_PIECES), max_size=5).map(" ".join),
    st.text(max_size=30),
)


def _cased(text: str, flips: list[bool]) -> str:
    return "".join(c.upper() if f else c.lower() for c, f in zip(text, flips + [False] * len(text)))


@settings(max_examples=1500)
@given(byline_lines, st.lists(st.booleans(), max_size=40))
def test_byline_hint_never_hides_a_byline(line: str, flips: list[bool]) -> None:
    line = _cased(line, flips)
    naive = len(line) <= clean.MAX_BYLINE_LEN and any(re.fullmatch(p, line, re.IGNORECASE) for p in BYLINES)
    assert clean.is_byline(line, line.casefold()) == naive


def test_every_byline_row_matches_an_own_line_and_leaves_its_hint() -> None:
    for pattern in BYLINES:
        found = [b for b in OWN_BYLINES if re.fullmatch(pattern, b, re.IGNORECASE)]
        assert found, pattern
        for b in found:
            assert clean.may_hold(CLEAN["byline-hint"], b, b.casefold()), (pattern, b)


def test_dateline_head_is_the_widest_outlet_or_bracketed_name() -> None:
    from re import _parser  # the widths re itself computes

    parsed = _parser.parse(CLEAN["lead-dateline"].pattern)
    (at, _), (branch, names) = parsed.data[:2]
    assert str(at) == "AT" and str(branch) == "BRANCH"
    assert _parser.SubPattern(parsed.state, [(branch, names)]).getwidth()[1] == clean.DATELINE_HEAD
    assert CLEAN["lead-dateline"].pattern.count(CLEAN["dateline-dash"].pattern) == 1
    assert CLEAN["lead-dateline"].pattern.count("[-–—]") == 1  # the dash that ends the dateline
    # str.isspace and lstrip() are re's \s
    assert "".join(re.findall(r"\s", EVERY_CHARACTER)) == "".join(c for c in EVERY_CHARACTER if c.isspace())


def _naive_dateline_length(line: str) -> int:
    m = CLEAN["lead-dateline"].match(line)
    if m is None:
        return 0
    if m.group("bracketed"):
        return m.end()
    outlet = m.group("outlet").strip()
    known = clean.outlet_of(outlet) is not None or outlet.casefold().endswith((".vn", ".com", ".net", " online"))
    return m.end() if known or CLEAN["outlet-initials"].fullmatch(outlet) else 0


_DATELINE_PIECES = ["(QĐND)", "VOV.VN", "TPO", "(Ngày Nay)", "Báo Mới Online", "-", "–", "—", " ", "  \u2003 ",
                    "Sáng 12-3,", "Hà Nội", "(", ")", "x" * 20, "Chiều nay", "9"]


@settings(max_examples=1500)
@given(st.one_of(st.lists(st.sampled_from(_DATELINE_PIECES), max_size=6).map("".join), st.text(max_size=50)))
def test_the_dash_test_never_hides_a_dateline(line: str) -> None:
    assert clean.dateline_length(line) == _naive_dateline_length(line)


def test_datelines_of_own_leads() -> None:
    assert clean.dateline_length("(QĐND) - Sáng 5/3, đoàn đã tới.") == len("(QĐND) - ")
    assert clean.dateline_length("VOV.VN" + " " * 40 + "- Chiều 5/3, ...") == len("VOV.VN" + " " * 40 + "- ")
    assert clean.dateline_length("(" + "Báo Quân khu bốn ở miền Trung" + ")   \u2003— Hôm nay") > 0
    assert clean.dateline_length("Sáng nay, tại Hà Nội, Bộ trưởng đã tiếp đoàn - Lào.") == 0


def test_author_pair_and_correspondent_place_hold_the_characters_tested_first() -> None:
    # kg.pipeline.clean splits a line at `author-pair-dash` only when it holds "-" or "–", and
    # takes `correspondent-place` off only when it holds "(": each match holds one
    assert CLEAN["author-pair-dash"].pattern == r"\s+[-–]\s+"
    assert CLEAN["correspondent-place"].pattern.startswith(r"\s*\(")
    for text in ["Mạnh Hùng - Thu Hà", "A – B", "Lan  -  Huệ", "KIM THOA (từ Cebu)", "THANH HÀ ( TẠI Singapore ) "]:
        for m in CLEAN["author-pair-dash"].finditer(text):
            assert "-" in m.group() or "–" in m.group()
        for m in CLEAN["correspondent-place"].finditer(text):
            assert "(" in m.group()


@settings(max_examples=500)
@given(st.text(alphabet=" -–—(\t\u2003)TtừạiAB", max_size=30))
def test_every_author_dash_and_place_holds_its_character(text: str) -> None:
    assert all("-" in m.group() or "–" in m.group() for m in CLEAN["author-pair-dash"].finditer(text))
    assert all("(" in m.group() for m in CLEAN["correspondent-place"].finditer(text))
