"""Round 27: an event word written with a capital right after a body's head ("Quỹ Giao lưu Quốc tế
Hàn Quốc", "Trung tâm Giao lưu Văn hóa Pháp") names a body or a place, not a happening
(`event.word-about-it`); the same word told as a happening still is one."""

from __future__ import annotations

import pytest

from kg.model import PartialDate
from tests.reading_helpers import drops, events, read

DAY = PartialDate(2026, 4, 20)


@pytest.mark.parametrize("sentence", [
    "Ngày 18/4, Đại sứ Hàn Quốc Park Min-jun dự lễ trao giải cuộc thi viết tiếng Hàn do Quỹ Giao lưu Quốc tế "
    "Hàn Quốc phối hợp với Trường Đại học Ngoại ngữ tổ chức.",
    "Chiều 18/4, tại Trung tâm Giao lưu Văn hóa Pháp, Tổng Lãnh sự Pháp Jean Moreau đã khai mạc tuần phim "
    "Pháp dành cho sinh viên.",
])
def test_an_event_word_inside_a_body_name_is_no_exchange(sentence: str) -> None:
    assert events(sentence, DAY, kind="Exchange") == []
    assert "event.word-about-it" in drops(read(sentence, DAY), "event")


def test_an_exchange_told_as_held_stays() -> None:
    sentence = ("Ngày 18/4, tại Đà Nẵng, sĩ quan trẻ Hải quân Việt Nam và Hải quân Hàn Quốc đã giao lưu "
                "thể thao, văn nghệ trong khuôn khổ chuyến thăm của tàu ROKS Gwanggaeto.")
    assert events(sentence, DAY, kind="Exchange") or events(sentence, DAY, kind="PortCall")
