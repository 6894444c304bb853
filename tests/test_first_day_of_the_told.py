"""Round 53c: an event told as the first day on which a happening of its sentence was held ("Trong ngày đầu diễn ra
Giao lưu ... lần thứ 3, Bộ Quốc phòng hai nước đã hội đàm ...", the talks dated in the next paragraph) began that day
(`event.first-day-of-the-told`, pattern `first-day-before`); it had only the page's month. Told as a frame alone
("Trong khuôn khổ Giao lưu ...") it keeps no day of its own. Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate

from reading_helpers import events

BODY = ("\n\nTrong khuôn khổ chương trình, sáng 20/5, tại tỉnh Đồng Tháp, Đại tướng Lê Quang Minh, Bộ trưởng Bộ Quốc "
        "phòng Việt Nam đã hội đàm với Đại tướng Sok Vanna, Bộ trưởng Bộ Quốc phòng Campuchia.")
PAGE = PartialDate(2026, 5, 21)


def test_the_first_day_is_the_talks_day() -> None:
    text = ("Trong ngày đầu diễn ra Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Campuchia lần thứ 3, Đại tướng Lê "
            "Quang Minh đã hội đàm với Đại tướng Sok Vanna." + BODY)
    exchanges = events(text, PAGE, kind="Exchange")
    assert [str(e.start) for e in exchanges] == ["2026-05-20"]


def test_on_a_stored_page_of_that_month() -> None:
    text = (" date 2026-05-21 Trong ngày đầu diễn ra Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Campuchia lần "
            "thứ 3, Bộ Quốc phòng hai nước đã hội đàm." + BODY)
    exchanges = events(text, kind="Exchange")
    assert [str(e.start) for e in exchanges] == ["2026-05-20"]


def test_a_frame_alone_takes_no_day() -> None:
    text = ("Trong khuôn khổ Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Campuchia lần thứ 3, Bộ Quốc phòng hai "
            "nước đã hội đàm." + BODY)
    exchanges = events(text, PAGE, kind="Exchange")
    assert all(str(e.start) != "2026-05-20" for e in exchanges)
