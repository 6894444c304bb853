"""A page whose text tells no date at all, only the stamp under its headline ("Thứ tư, 12/03/2025 09:15",
removed by the cleaning as page furniture) or the date it was stored with: an unnamed happening it tells
as taking place is its news, some day of the page's month (the real golds: "day not in the excerpt" ->
month only). A named event it only previews keeps no date. Sentences are our own (round 44)."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

RULE = "event.month-of-an-undated-page"


def test_a_visit_on_a_page_with_only_its_stamp_is_of_the_stamp_month() -> None:
    text = ("Thượng tướng Nguyễn Tân Cương đón Tổng Tham mưu trưởng Quân đội Hoàng gia Thái Lan\n"
            "Thứ tư, 12/03/2025 09:15\n"
            "Chuyến thăm chính thức Việt Nam của Đại tướng Songwit Noonpackdee nhằm thúc đẩy hợp tác quốc phòng "
            "song phương.\n"
            "Chuyến thăm diễn ra khi quan hệ hai nước đang phát triển tốt đẹp trên nhiều lĩnh vực.")
    found = events(text, kind="Visit")
    assert len(found) == 1
    assert found[0].start == PartialDate(2025, 3)
    assert RULE in rules_of(found)


def test_talks_on_a_page_given_its_date_only_by_the_reader_take_its_month() -> None:
    text = ("Đoàn đại biểu Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị do Đại tá Lê Văn Hòa làm trưởng đoàn đã "
            "hội đàm với đoàn Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) do Đại tá Khamla Sisouk làm trưởng đoàn.")
    found = events(text, published=PartialDate(2024, 10, 17), kind="Talks")
    assert len(found) == 1
    assert found[0].start == PartialDate(2024, 10)
    assert RULE in rules_of(found)


def test_a_page_that_tells_a_day_keeps_its_own_reading() -> None:
    text = ("Ngày 15/10, đoàn đại biểu Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị do Đại tá Lê Văn Hòa làm "
            "trưởng đoàn đã hội đàm với đoàn Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào).")
    found = events(text, published=PartialDate(2024, 10, 17), kind="Talks")
    assert [e.start for e in found] == [PartialDate(2024, 10, 15)]
    assert RULE not in rules_of(found)


def test_a_named_forum_the_page_previews_stays_undated() -> None:
    text = ("Đoàn đại biểu quân sự cấp cao Việt Nam tham dự Đối thoại Shangri-La lần thứ 22 tại Singapore. "
            "Đối thoại Shangri-La lần này có sáu phiên toàn thể.")
    found = events(text, published=PartialDate(2023, 5, 30), kind="Conference")
    assert found and all(RULE not in rules_of([e]) for e in found)
