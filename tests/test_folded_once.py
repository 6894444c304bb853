"""The case-folded text computed once and handed on (a block's `folded` to `credit_start`,
the doc text's to the weekday and last-week hints) answers exactly as folding again."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.clean import CREDIT_WINDOW, credit_start
from kg.pipeline.dates import last_week_dates, weekday_dates
from kg.model import PartialDate

# pieces of captions and lines: credit words, case and length changing letters ("ß", "ﬁ", "İ")
_PIECES = ["Ảnh: ", "ẢNH: ", "Ảnh minh họa", "QĐND", "TTXVN", "Nguồn: ", "Đại tướng ", "tiếp ",
           "ß", "ﬁ", "İ", "Σ", "straße ", " ", ". ", "(", ")", "Bộ Quốc phòng ", "x" * 40]
_lines = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(_lines)
def test_credit_start_with_the_folded_line_answers_as_without(line: str) -> None:
    assert credit_start(line, line.casefold()) == credit_start(line)


def test_credit_start_reads_the_folded_window_of_a_long_caption() -> None:
    line = "Bộ trưởng Quốc phòng hai nước chụp ảnh chung trước hội đàm tại Hà Nội " * 3 + "Ảnh: QĐND"
    assert len(line) > CREDIT_WINDOW
    found = credit_start(line)
    assert found is not None and found >= len(line) - CREDIT_WINDOW
    assert credit_start(line, line.casefold()) == found


def test_credit_start_folds_again_when_folding_changes_the_length() -> None:
    # "ß" folds to "ss": the folded text's tail is no longer the window's
    line = "Straße " * 30 + "Ảnh: TTXVN"
    assert len(line.casefold()) != len(line)
    assert credit_start(line, line.casefold()) == credit_start(line)


_DAY = PartialDate(2024, 5, 16)  # a Thursday
_TEXTS = ["Bộ trưởng hôm thứ Hai đã hội đàm với người đồng cấp.",
          "Tuần trước, tại thủ đô, hai bên đã đồng chủ trì hội nghị.",
          "Trong hai ngày thứ Bảy và Chủ nhật, đoàn đã thăm đơn vị.",
          "Không có ngày nào được nói tới."]


def test_weekday_and_last_week_dates_with_the_folded_text_answer_as_without() -> None:
    for text in _TEXTS:
        folded = text.casefold()
        assert weekday_dates(text, _DAY, folded) == weekday_dates(text, _DAY)
        assert last_week_dates(text, _DAY, folded) == last_week_dates(text, _DAY)
    assert weekday_dates(_TEXTS[0], _DAY, _TEXTS[0].casefold())  # the hint is found in the folded text
