"""Round 23: a reception of 'vị khách' (the visitor told before), an exchange attended ('Dự đêm giao lưu
có ...') and the day after an opening formula that holds a plan's year. Sentences of our own."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events, rules_of

STAMP = PartialDate(2025, 6, 21)


def test_reception_of_the_guest_told_before() -> None:
    text = (
        "Thứ trưởng Quốc phòng Ba Lan Jan Nowicki thăm chính thức Việt Nam từ ngày 16-18/6.\n\n"
        "Sáng 17/6, Đại tướng Nguyễn Văn An, Bộ trưởng Bộ Quốc phòng Việt Nam, tiếp vị khách Ba Lan."
    )
    meetings = events(text, STAMP, "Meeting")
    assert [str(m.start) for m in meetings] == ["2025-06-17"]
    assert sorted(meetings[0].countries) == ["POL", "VNM"]


def test_evening_of_exchange_attended_was_held() -> None:
    text = (
        "Tối 18/6, tại Nhà hát Lớn Hà Nội, Đoàn Quân nhạc Bộ Quốc phòng và ban nhạc Hải quân Pháp cùng biểu diễn. "
        "Dự đêm giao lưu có Đại tá Trần Văn Bình, Phó Cục trưởng Cục Đối ngoại và Đại tá Pierre Martin, Tùy viên "
        "Quốc phòng Pháp tại Việt Nam."
    )
    exchanges = events(text, STAMP, "Exchange")
    assert [str(e.start) for e in exchanges] == ["2025-06-18"]
    assert "event.programme-held" in rules_of(exchanges)


def test_year_inside_an_opening_formula_is_the_plans() -> None:
    text = (
        "Thực hiện chương trình năm 2025 giữa Bộ Chỉ huy Quân sự tỉnh Lai Châu và Bộ Chỉ huy Quân sự "
        "tỉnh Phông Sa Lỳ, ngày 19/6, đoàn công tác Bộ Chỉ huy Quân sự tỉnh Phông Sa Lỳ (Lào) do Đại tá Bun Mi "
        "làm trưởng đoàn đã sang thăm và làm việc tại tỉnh Lai Châu."
    )
    visits = events(text, STAMP, "Visit")
    assert [str(v.start) for v in visits] == ["2025-06-19"]
    assert "event.year-inside-formula" in rules_of(visits)
