"""A weekly round-up's items each tell their own day (round 52g): on a page whose lead presents its items as the week's
("Điểm lại một số hoạt động ... nổi bật trong tuần (từ 7-13/4)"), a call with no day of its own and none heading its
paragraph is not dated by the first item's day but by the week's month (`event.month-of-the-week-round-up`); on a
page with no such lead, the first day told still dates it."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 4, 14)
ITEMS = """1. Đối thoại Chính sách Quốc phòng Việt Nam - Hàn Quốc lần thứ 9

Ngày 10/4 tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và ông Kim Min-su, Thứ trưởng Quốc phòng Hàn Quốc đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - Hàn Quốc lần thứ 9.

2. Tàu Malaysia thăm Đà Nẵng

Chuyến thăm của tàu hộ vệ KD Lekiu của Hải quân Hoàng gia Malaysia tới thành phố Đà Nẵng diễn ra từ ngày 7-10/4. Đại tá Ahmad Faizal, Chỉ huy trưởng tàu, đã chào xã giao Bộ Tư lệnh Vùng 3 Hải quân.
"""


def _calls(text: str) -> list:
    return [e for e in events(text, PAGE_DAY, "Meeting") if "MYS" in e.countries]


def test_a_call_in_a_weekly_round_up_takes_the_weeks_month():
    calls = _calls("Điểm lại một số hoạt động đối ngoại quốc phòng nổi bật trong tuần (từ 7-13/4).\n\n" + ITEMS)
    assert [str(c.start) for c in calls] == ["2026-04"]
    assert "event.month-of-the-week-round-up" in rules_of(calls)


def test_without_the_round_up_lead_the_rule_does_not_apply():
    calls = _calls("Hoạt động đối ngoại quốc phòng.\n\n" + ITEMS)
    assert [str(c.start) for c in calls] == ["2026-04-10"]
    assert "event.month-of-the-week-round-up" not in rules_of(calls)
