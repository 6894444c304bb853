"""Days told after a named event a delegation travelled to hold or attend are the trip's; a day of the
event's own told later wins (round 38)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

TRIP = ("Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Lê Văn Bình, Thứ trưởng Bộ Quốc phòng làm trưởng "
        "đoàn sang Ba Lan tiến hành Đối thoại Chính sách quốc phòng Việt Nam - Ba Lan lần thứ 3, từ ngày 9-13/5. ")


def test_own_day_told_later_wins_over_the_trip():
    text = TRIP + ("Ngày 11/5, tại Trung tâm Hội nghị Quốc phòng, Thượng tướng Lê Văn Bình và Thứ trưởng Quốc "
                   "phòng Ba Lan Adam Kowalski đã đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Ba Lan lần thứ 3.")
    found = events(text, PartialDate(2023, 5, 14), "Dialogue")
    assert [(f.start, f.end) for f in found] == [(PartialDate(2023, 5, 11), None)]
    assert "event.days-of-the-trip-to-it" in rules_of(found)


def test_trip_days_kept_without_a_day_of_its_own():
    found = events(TRIP + "Hai bên trao đổi về tình hình khu vực.", PartialDate(2023, 5, 14), "Dialogue")
    assert [(f.start, f.end) for f in found] == [(PartialDate(2023, 5, 9), PartialDate(2023, 5, 13))]
