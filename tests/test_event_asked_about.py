"""A question about an event ('... lần đầu được tổ chức năm nào?', a quiz box's or an explainer's) tells nothing
as happening (round 33); the same words told as a statement still do."""

from kg.model import PartialDate

from tests.reading_helpers import events

PAGE_DAY = PartialDate(2026, 6, 6)
QUIZ = "Câu hỏi tuần này:\n\n- Diễn đàn An ninh Hương Sơn lần đầu được tổ chức năm nào?\n\n- Ai tham dự Diễn đàn An ninh Hương Sơn?"


def test_a_question_about_a_forum_is_no_event():
    assert events(QUIZ, PAGE_DAY, kind="Conference") == []


def test_the_forum_told_as_a_statement_stays():
    text = "Diễn đàn An ninh Hương Sơn lần thứ 12 đã được tổ chức tại Bắc Kinh. Bộ trưởng Quốc phòng Việt Nam tham dự."
    assert len(events(text, PAGE_DAY, kind="Conference")) == 1
