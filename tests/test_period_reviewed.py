"""Round 48b: the year whose results a meeting reviews ("Tại Hội nghị, hai bên đánh giá kết quả thực hiện
kế hoạch hợp tác trong năm 2023 ...") is the period reviewed, not the meeting's time: the meeting keeps the
day its lead gave. Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events


def test_the_year_of_the_results_reviewed_does_not_date_the_meeting() -> None:
    found = events("Tin quân khu\n\nNgày 12-3, tại Xiêng Khoảng (Lào) đã diễn ra Hội nghị giao ban thường niên "
                   "lần thứ 10 giữa Bộ Tư lệnh Quân khu 2 với Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng. Tại Hội nghị, "
                   "hai bên đã đánh giá kết quả thực hiện kế hoạch hợp tác trong năm 2023 và thống nhất phương "
                   "hướng năm 2024.", published=PartialDate(2024, 3, 14), kind="Conference")
    assert len(found) == 1 and found[0].start == PartialDate(2024, 3, 12)
