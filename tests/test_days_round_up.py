"""A broadcaster's round-up of the day ("Tổng hợp một số hoạt động quốc phòng nổi bật trong ngày."): a happening its
items tell as held with no day anywhere is of the page's day (`event.day-of-the-days-round-up`, round 51a, mend66).
Sentences of our own."""

from kg.model import PartialDate
from reading_helpers import events, rules_of

BODY = ("Sáng nay, tại Hà Nội, Thượng tướng Kiều Văn Bình, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Australia tại "
        "Việt Nam Jane Holloway đến chào xã giao.\n\n"
        "Hội thảo Quân y Hải quân các nước ASEAN lần thứ 7 (ANMS-7) diễn ra theo hình thức trực tuyến do Quân y "
        "Hải quân Thái Lan chủ trì. Kết thúc Hội thảo, các đoàn đã thông qua kế hoạch hợp tác năm tới.")


def test_an_undated_item_of_the_days_round_up_is_of_the_pages_day():
    text = "Bản tin Quân sự: Thứ trưởng tiếp Đại sứ Australia\n\nTruyền hình QPVN - Tổng hợp các hoạt động quân sự nổi bật trong ngày.\n\n" + BODY
    found = events(text, PartialDate(2025, 11, 14), "Conference")
    assert len(found) == 1
    assert str(found[0].start) == "2025-11-14"
    assert "event.day-of-the-days-round-up" in rules_of(found)


def test_without_a_round_up_lead_the_item_keeps_no_day():
    text = "Thứ trưởng tiếp Đại sứ Australia\n\nTruyền hình QPVN - Các hoạt động đối ngoại quân sự tiếp tục được đẩy mạnh.\n\n" + BODY
    found = events(text, PartialDate(2025, 11, 14), "Conference")
    assert len(found) == 1
    assert found[0].start is None or str(found[0].start) != "2025-11-14"


def test_a_round_up_of_an_earlier_day_told_by_its_date_dates_nothing():
    text = "Điểm tin quốc phòng\n\nĐiểm lại các hoạt động nổi bật trong ngày 12/11.\n\n" + BODY
    found = events(text, PartialDate(2025, 11, 14), "Conference")
    assert len(found) == 1
    assert found[0].start is None or str(found[0].start) != "2025-11-14"


def test_todays_bulletin_of_the_days_before_dates_nothing():
    text = "Bản tin Quân sự\n\nBản tin hôm nay điểm lại các hoạt động quân sự nổi bật.\n\n" + BODY
    found = events(text, PartialDate(2025, 11, 14), "Conference")
    assert len(found) == 1
    assert found[0].start is None or str(found[0].start) != "2025-11-14"
