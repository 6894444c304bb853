"""`kg.pipeline.when.sentence_head` works a sentence's head out once per text and span: the answer
is the text's own, whichever text was asked about before and however often."""

from __future__ import annotations

from kg.model import Sentence
from kg.pipeline.when import sentence_head

DATELINED = "Hà Nội, 23/4 (TTXVN) - Bộ trưởng đã tiếp đoàn đại biểu quân sự nước bạn."
SOURCED = "Báo Nhân Dân đưa tin, đoàn đại biểu quân sự nước bạn đã tới thăm học viện."
PLAIN = "Chiều nay, Bộ trưởng đã tiếp đoàn đại biểu quân sự nước bạn tại trụ sở Bộ."


def _whole(text: str) -> Sentence:
    return Sentence(text, 0, len(text))


def test_each_text_has_its_own_head_for_the_same_span() -> None:
    n = min(len(DATELINED), len(SOURCED), len(PLAIN))
    heads = {}
    for text in (DATELINED, SOURCED, PLAIN):
        heads[text] = sentence_head(text, Sentence(text[:n], 0, n))
    assert heads[DATELINED] == len("Hà Nội, 23/4 (TTXVN) - ")
    assert heads[SOURCED] == len("Báo Nhân Dân đưa tin, ")
    assert heads[PLAIN] == 0
    for _ in range(3):  # asked again, in another order
        for text in (PLAIN, DATELINED, SOURCED, DATELINED):
            assert sentence_head(text, Sentence(text[:n], 0, n)) == heads[text]


def test_an_equal_text_built_anew_and_another_span_of_the_same_text() -> None:
    two = DATELINED + " " + SOURCED
    second = Sentence(SOURCED, len(DATELINED) + 1, len(two))
    assert sentence_head(two, _whole(two)) == len("Hà Nội, 23/4 (TTXVN) - ")
    assert sentence_head(two, second) == second.start + len("Báo Nhân Dân đưa tin, ")
    rebuilt = "".join([DATELINED, " ", SOURCED])
    assert rebuilt is not two and sentence_head(rebuilt, second) == second.start + len("Báo Nhân Dân đưa tin, ")
