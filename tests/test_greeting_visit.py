"""A delegation's goodwill visit across the border, told by the greetings right after a bare "thăm"
("đã thăm, chúc Tết ...", "đã đến thăm và chúc mừng ..."), and the days an anniversary counts, which date
nothing (round 48c, realev15). Sentences of our own."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_border_guards_greet_units_abroad_after_an_occasion_of_that_country():
    text = ("Nhân dịp Tết cổ truyền Bunpimay của nước bạn Lào, ngày 14/4, Đoàn công tác Bộ Chỉ huy Bộ đội Biên phòng "
            "tỉnh Quảng Bình đã thăm, chúc Tết lực lượng vũ trang và nhân dân hai huyện giáp biên của tỉnh "
            "Khăm Muộn (Lào). Đoàn đã trao tặng nhiều phần quà ý nghĩa.")
    found = events(text, PartialDate(2025, 4, 15), "Visit")
    assert len(found) == 1
    assert set(found[0].countries) == {"LAO", "VNM"}
    assert str(found[0].start) == "2025-04-14"
    assert "event.greeting-visit" in rules_of(found)


def test_foreign_unit_headed_by_its_chief_comes_with_greetings():
    text = ("Ngày 3/2, Bộ Chỉ huy Quân sự tỉnh Sê Kông, nước CHDCND Lào do Đại tá Bun Mi Xay làm trưởng đoàn, "
            "đã đến thăm và chúc mừng Bộ Chỉ huy Quân sự tỉnh Quảng Nam nhân dịp Tết Nguyên đán.")
    found = events(text, PartialDate(2025, 2, 3), "Visit")
    assert len(found) == 1
    assert set(found[0].countries) == {"LAO", "VNM"}
    assert str(found[0].start) == "2025-02-03"


def test_undated_greeting_visit_told_as_done():
    text = ("Nhân dịp Tết cổ truyền Chol Chnam Thmay, đoàn công tác Bộ Chỉ huy Quân sự tỉnh Đắk Nông do Đại tá "
            "Trần Văn Long làm trưởng đoàn đã sang thăm, tặng quà và chúc tết lực lượng vũ trang tỉnh Mondulkiri "
            "(Campuchia).")
    found = events(text, None, "Visit")
    assert len(found) == 1
    assert set(found[0].countries) == {"KHM", "VNM"}


def test_days_of_an_anniversary_date_no_visit():
    text = ("Nhân kỷ niệm 75 năm Ngày thành lập Quân đội nhân dân Lào (20/1/1949 - 20/1/2024), Đoàn đại biểu Đồn "
            "Biên phòng Tây Sơn do Thiếu tá Lê Văn Hòa, Đồn trưởng làm trưởng đoàn đã đến thăm, tặng quà và chúc mừng Đại đội Biên phòng 305 thuộc Bộ Chỉ huy Quân sự "
            "tỉnh Bô-ly-khăm-xay (Lào).")
    found = events(text, PartialDate(2024, 1), "Visit")
    assert len(found) == 1
    assert set(found[0].countries) == {"LAO", "VNM"}
    assert found[0].start is None or found[0].start.year == 2024


def test_a_leader_greeting_units_at_home_is_no_visit():
    text = ("Nhân dịp Tết Nguyên đán, ngày 20/1, Chủ tịch UBND tỉnh Lạng Sơn đã đến thăm, chúc Tết cán bộ, chiến sĩ "
            "Đồn Biên phòng Chi Ma.")
    assert events(text, PartialDate(2025, 1, 20), "Visit") == []
