"""`is_capitals_line`'s fast path: a line with a letter a-z, or shorter than MIN_LETTERS, is not in
capitals without a look at each character; the answer is the per-character reading's, always."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.officials.capitals import MIN_LETTERS, is_capitals_line


def per_character(line: str) -> bool:
    """The definition: every cased letter in upper case, and MIN_LETTERS of them at least."""
    cased = [c for c in line if c.isalpha() and c.lower() != c.upper()]
    return len(cased) >= MIN_LETTERS and all(c.isupper() for c in cased)


def test_a_to_z_are_cased_letters_not_in_upper_case() -> None:
    for c in "abcdefghijklmnopqrstuvwxyz":
        assert c.isalpha() and c.lower() != c.upper() and not c.isupper()


def test_no_line_shorter_than_min_letters_holds_min_letters_cased_letters() -> None:
    assert not per_character("Ⅻ" * (MIN_LETTERS - 1))
    assert is_capitals_line("ĐẠI TƯỚNG CHỦ TRÌ LỄ ĐÓN ĐOÀN")


LINES = [
    "THƯỢNG TƯỚNG NGUYỄN VĂN A CHỦ TRÌ HỘI ĐÀM VỚI ĐOÀN BẠN",
    "THƯỢNG TƯỚNG NGUYỄN VĂN A CHỦ TRÌ HỘi ĐÀM VỚI ĐOÀN BẠN",
    "ĐẠI TƯỚNG ĐÓN ĐOÀN ĐẠI BIỂU QUÂN SỰ NƯỚC BẠN ß",
    "ĐẠI TƯỚNG ĐÓN ĐOÀN ĐẠI BIỂU QUÂN SỰ NƯỚC BẠN ǅ",
    "ĐẠI TƯỚNG ĐÓN ĐOÀN ĐẠI BIỂU QUÂN SỰ ⓐⓑ 2024",
    "Bộ trưởng tiếp đoàn đại biểu quân sự nước bạn tại Hà Nội.",
    "12/10/2024 — 14:30 — 1.234.567",
    "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨω",
    "",
]


def test_lines_read_as_the_definition_says() -> None:
    for line in LINES:
        assert is_capitals_line(line) == per_character(line), line


letters = st.sampled_from("AĐƯỚỘađướộßǅⓐⅫΣσ1 .-")


@settings(max_examples=400, deadline=None)
@given(st.text(letters, max_size=40) | st.text(max_size=40))
def test_any_line_reads_as_the_definition_says(line: str) -> None:
    assert is_capitals_line(line) == per_character(line)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("AĐƯỚaư ß\t\u00a0\u2003\n1"), max_size=60))
def test_spaces_collapsed_or_not_the_line_reads_the_same(line: str) -> None:
    # `_capitals_headings` tests each line as written, and collapses the spaces of those in capitals only
    assert is_capitals_line(line) == is_capitals_line(" ".join(line.split()))
