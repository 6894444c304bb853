"""A sentence opened by a count of days after the day last told (round 39): "Hai ngày sau, đơn vị tổ chức giao
lưu hữu nghị với ..." is on the day two days after it (event.next-day); "Hai ngày sau khi ..." is not."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2025, 8, 12)

MISSION = """Ngày 6/8, tại căn cứ của phái bộ, Đội Công binh số 9 đã làm lễ nhận bàn giao nhiệm vụ từ Đội Công binh số 8.

Hai ngày sau, Đội Công binh số 9 tổ chức giao lưu hữu nghị với Tiểu đoàn bộ binh Kenya đóng quân gần đó. Hai đơn vị thi đấu bóng chuyền.
"""


def test_two_days_after_the_day_told():
    exchanges = events(MISSION, PAGE_DAY, "Exchange")
    assert len(exchanges) == 1
    assert exchanges[0].start == PartialDate(2025, 8, 8)
    assert "event.next-day" in rules_of(exchanges)


def test_days_after_another_happening_are_not_counted_from_the_day_told():
    text = MISSION.replace("Hai ngày sau, Đội", "Hai ngày sau khi đến nơi, Đội")
    assert "event.next-day" not in rules_of(events(text, PAGE_DAY, "Exchange"))
