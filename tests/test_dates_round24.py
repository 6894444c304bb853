"""Dates, round 24: a paragraph's dateline read past the year of an opening formula ("Thực hiện
kế hoạch ... năm 2030, ngày 14/5, ..."), a day told as tomorrow ("sáng mai (15/5)") dating no other
sentence, and a caption's closing "..., ngày 3/4." dating what it shows.
Sentences written for these tests."""

from __future__ import annotations

from kg.model import PartialDate as P
from tests.reading_helpers import events, rules_of

STAMP = P(2030, 5, 16)


def test_the_paragraph_day_is_the_one_after_the_formula_not_the_plans_year() -> None:
    text = (
        "Thực hiện kế hoạch phối hợp năm 2030 giữa hai Bộ Chỉ huy Quân sự tỉnh, ngày 14/5, đoàn công tác "
        "tỉnh Xê Kông (Lào) do Trung tá Bun-mi Xay-xổm làm trưởng đoàn đã sang làm việc tại tỉnh Kon Tum. "
        "Tại trụ sở Bộ Chỉ huy, hai bên đã tổ chức hội đàm thường niên.\n\n"
        "Tham dự hội đàm, về phía tỉnh Kon Tum có Đại tá Hà Văn Thịnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh."
    )
    talks = events(text, STAMP, "Talks")
    assert [e.start for e in talks] == [P(2030, 5, 14)]


def test_a_plans_year_alone_still_heads_the_paragraph() -> None:
    text = (
        "Thực hiện kế hoạch hợp tác năm 2030 giữa hai Bộ Chỉ huy Quân sự tỉnh, đoàn công tác tỉnh Xê Kông "
        "(Lào) đã sang làm việc tại tỉnh Kon Tum. Tại trụ sở Bộ Chỉ huy, hai bên đã tổ chức hội đàm thường niên.\n\n"
        "Tham dự hội đàm, về phía tỉnh Kon Tum có Đại tá Hà Văn Thịnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh."
    )
    assert [e.start for e in events(text, STAMP, "Talks")] == [P(2030)]


def test_a_day_told_as_tomorrow_dates_no_later_entry() -> None:
    text = (
        "Hội thao quân sự biên giới hai nước lần thứ ba diễn ra trong hai ngày 16-17/5 tại tỉnh Cao Bằng.\n\n"
        "- Khép lại ngày thi đấu thứ nhất. Theo chương trình, sáng mai (17/5), hai đoàn sẽ sang thị trấn biên giới phía bên kia dự lễ bế mạc.\n\n"
        "- Tại trụ sở Tỉnh ủy, đồng chí Lý Văn Hào, Bí thư Tỉnh ủy, đã tiếp Thiếu tướng Vương Đức Thành và đoàn "
        "đại biểu Quân khu Quảng Tây (Trung Quốc).\n\n"
        "- Tại hội trường Bộ Chỉ huy, Thiếu tướng Nông Văn Tiến đã hội đàm với Thiếu tướng Vương Đức Thành."
    )
    found = events(text, STAMP)
    dated = {e.type: e.start for e in found if e.type in ("Meeting", "Talks")}
    assert dated == {"Meeting": P(2030, 5, 16), "Talks": P(2030, 5, 16)}


def test_a_captions_closing_day_dates_what_it_shows() -> None:
    text = (
        "Tàu hộ vệ của Hải quân Italia thăm Cảng Tiên Sa từ ngày 2 đến 5/4.\n\n"
        "Trung tá Paolo Ferri chào xã giao Chuẩn Đô đốc Lê Văn Tùng, Phó Tư lệnh Vùng 3 Hải quân, ngày 3/4."
    )
    meetings = events(text, P(2030, 4, 6), "Meeting")
    assert [e.start for e in meetings] == [P(2030, 4, 3)]
    assert "event.date-told-after" in rules_of(meetings)

