"""An agency dateline ('TOKYO, 5/9/2024 (TTXVN) -') dates what its sentence tells as done, when nothing else does."""

from kg.model import PartialDate
from reading_helpers import events

DIALOGUE = ("Thượng tướng Lê Minh Khang, Thứ trưởng Bộ Quốc phòng Việt Nam đã đồng chủ trì Đối thoại Chính sách "
            "Quốc phòng Việt Nam - Nhật Bản lần thứ 12 với ông Sato Ichiro, Thứ trưởng Quốc phòng Nhật Bản.")


def test_a_dialogue_told_as_done_takes_the_datelines_day():
    (event,) = events(f"Đối thoại quốc phòng\n\nOSAKA, 7/3/2025 (TTXVN) - {DIALOGUE}\n")
    assert (event.type, event.start) == ("Dialogue", PartialDate(2025, 3, 7))
    assert "event.wire-dateline" in event.readings[0].rules


def test_a_day_of_the_sentences_own_words_wins_over_the_dateline():
    text = f"Đối thoại quốc phòng\n\nOSAKA, 7/3/2025 (TTXVN) - Ngày 6/3, {DIALOGUE}\n"
    (event,) = events(text)
    assert event.start == PartialDate(2025, 3, 6)


def test_a_plan_under_a_dateline_is_not_dated_by_it():
    text = ("Đối thoại quốc phòng\n\nOSAKA, 7/3/2025 (TTXVN) - Hai bên nhất trí Đối thoại Chính sách Quốc phòng "
            "Việt Nam - Nhật Bản lần thứ 13 sẽ được tổ chức tại Hà Nội.\n")
    assert all(e.start != PartialDate(2025, 3, 7) for e in events(text))
