"""A span told after a list of named events a delegation attends is its stay: each event's own day wins."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

LIST = (
    "Đoàn đại biểu cấp cao Bộ Quốc phòng Việt Nam do Đại tướng Hoàng Minh Khải, Bộ trưởng Bộ Quốc phòng làm "
    "trưởng đoàn tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 21 (ADMM-21), Hội nghị Bộ trưởng "
    "Quốc phòng các nước ASEAN mở rộng (ADMM+) lần thứ 14 và các hoạt động liên quan tại Manila (Philippines) "
    "từ ngày 4-6/11."
)


def test_own_day_told_later_wins_over_the_stay():
    text = LIST + "\n\nSáng 5/11, Hội nghị ADMM-21 khai mạc dưới sự chủ trì của Bộ trưởng Quốc phòng Philippines."
    found = events(text, PartialDate(2027, 11, 5), kind="Conference")
    admm = [e for e in found if "lần thứ 21" in e.label or "ADMM-21" in e.label]
    assert admm and admm[0].start == PartialDate(2027, 11, 5)
    assert "event.time-of-a-list" in rules_of(admm)


def test_stay_kept_when_no_day_of_its_own():
    found = events(LIST, PartialDate(2027, 11, 4), kind="Conference")
    assert found and all(e.start == PartialDate(2027, 11, 4) for e in found)


def test_one_event_keeps_its_days_as_its_own():
    text = (
        "Đoàn đại biểu Bộ Quốc phòng Việt Nam tham dự Triển lãm Quốc phòng quốc tế Indo Defence 2028 tại "
        "Jakarta (Indonesia) từ ngày 4-7/11.\n\nNgày 5/11, Triển lãm Quốc phòng quốc tế Indo Defence 2028 "
        "đón nhiều đoàn khách."
    )
    found = events(text, PartialDate(2028, 11, 4), kind="Exhibition")
    assert found and found[0].start == PartialDate(2028, 11, 4) and found[0].end == PartialDate(2028, 11, 7)
