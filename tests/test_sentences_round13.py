"""Sentences, round 13: a full stop glued to the next sentence ("song phương.Thứ trưởng") ends a
sentence; addresses, numbers, abbreviations and runs of capitals stay whole. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import GLUED_STOP, split_sentences
from kg.pipeline.rules import registered_rules


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_glued_full_stop_ends_a_sentence() -> None:
    text = "Hai bên bàn về giao lưu song phương.Thứ trưởng hai bên nhất trí mở rộng hợp tác."
    assert _texts(text) == ["Hai bên bàn về giao lưu song phương.", "Thứ trưởng hai bên nhất trí mở rộng hợp tác."]
    assert _texts("Đoàn đến thăm Lào.Ngày 5/3, đoàn làm việc tại Viêng Chăn.")[1].startswith("Ngày 5/3")


def test_sentence_offsets_hold_after_a_glued_stop() -> None:
    text = "Tàu rời cảng.Sau đó, hai tàu diễn tập."
    assert all(text[s.start : s.end] == s.text for s in split_sentences(text))


@pytest.mark.parametrize(
    "text",
    [
        "Theo Ths.Nguyễn Văn An, hai bên nhất trí.",  # an abbreviation
        "Đoàn đến TP.Hồ Chí Minh sáng nay.",
        "Tại TP.HCM có 2.000 người dự lễ ngày 22.11.2023.",
        "Xem thêm tại baoquocte.vn.Theo đó hai bên nhất trí.",  # an address
        "Thư gửi về toasoan@qdnd.Vn trước ngày 5/3.",
        "Nguồn: qdnd.vn/Tin.Ong",
        "Phiên bản v2.Mới nhất đã ra.",  # a digit in the word before
    ],
)
def test_addresses_numbers_and_abbreviations_stay_whole(text: str) -> None:
    assert _texts(text) == [text]


def test_the_rule_is_declared() -> None:
    assert GLUED_STOP in registered_rules()
