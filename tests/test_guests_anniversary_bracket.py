"""Round 46b: guests coming on an occasion whose brackets count an anniversary's years ("Nhân dịp kỷ
niệm 80 năm ... (2/9/1945 - 2/9/2025), Đoàn ... đã sang thăm ...") are not dated by the bracket's
day: the years counted, never the visit's day (`anniversary-bracket-before`). Sentences written for
the test."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read


def test_the_anniversary_bracket_does_not_date_the_guests_coming() -> None:
    text = ("Nhân dịp kỷ niệm 80 năm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025), "
            "Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào) do Đại tá Khamsing Vilaysouk làm trưởng "
            "đoàn đã sang thăm, làm việc tại Thanh Hóa.")
    visits = [m for m in read(text, PartialDate(2025, 8, 28)).event_mentions if m.etype == "Visit"]
    assert visits and all(m.date is None for m in visits)
