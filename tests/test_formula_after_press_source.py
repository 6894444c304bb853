"""An opening formula in lower case after the press source that tells the sentence ("Theo phóng viên
TTXVN tại X, nhận lời mời của ..., từ ngày ..., đoàn ... tham dự Y"): the date after the formula still
heads the sentence, as it does when the formula opens it (round 50a, `formula-opens-sentence`)."""

from tests.reading_helpers import events, rules_of

TEXT = ("Theo phóng viên TTXVN tại Jakarta, nhận lời mời của Bộ Quốc phòng Indonesia, từ ngày 4-6/3/2025, "
        "đoàn đại biểu Bộ Quốc phòng Việt Nam do Trung tướng Lê Văn Minh, Thứ trưởng Bộ Quốc phòng làm Trưởng "
        "đoàn đã đến Indonesia tham dự Diễn đàn An ninh Jakarta lần thứ 7.")


def test_formula_after_press_source_keeps_the_heading_date():
    found = events(TEXT, kind="Conference")
    assert len(found) == 1
    assert found[0].start is not None and found[0].start.iso() == "2025-03-04"
    assert "event.date-after-formula" in rules_of(found)


def test_formula_in_lower_case_mid_sentence_without_source_changes_nothing():
    text = ("Ngày 4/3/2025, đoàn đại biểu Bộ Quốc phòng Việt Nam do Trung tướng Lê Văn Minh làm Trưởng đoàn "
            "đã đến Indonesia tham dự Diễn đàn An ninh Jakarta lần thứ 7.")
    found = events(text, kind="Conference")
    assert found and found[0].start.iso() == "2025-03-04"
