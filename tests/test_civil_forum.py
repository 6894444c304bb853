"""`event.civil-forum`: a business or trade forum of a state visit's programme is no meeting of the
graph's kind; a defence forum or conference named the same way still is."""

from __future__ import annotations

from reading_helpers import drops, events, read

from kg.model import PartialDate

DAY = PartialDate(2026, 4, 20)


def test_a_business_forum_of_a_state_visit_is_no_conference() -> None:
    text = ("Tiêu đề\n\nChiều 19/4, Tổng thống Indonesia Budi Santoso hội đàm với Chủ tịch nước tại Hà Nội. "
            "Sau đó, Tổng thống dự Diễn đàn Doanh nghiệp Việt Nam - Indonesia và kết thúc chuyến thăm.")
    assert events(text, DAY, "Conference") == []
    assert "event.civil-forum" in drops(read(text, DAY), "event")
    assert [e.type for e in events(text, DAY, "Talks")] == ["Talks"]


def test_an_investment_promotion_conference_is_no_conference() -> None:
    text = ("Tiêu đề\n\nSáng 18/4, Thủ tướng Malaysia đến Hà Nội. Chiều cùng ngày, hai Thủ tướng dự Hội nghị "
            "xúc tiến đầu tư Việt Nam - Malaysia tại Hà Nội.")
    assert events(text, DAY, "Conference") == []


def test_a_defence_forum_stays_a_conference() -> None:
    text = ("Tiêu đề\n\nNgày 15/4, Thượng tướng Lê Văn Hòa dự Diễn đàn Quốc phòng Hương Sơn lần thứ 12 tại "
            "Bắc Kinh, Trung Quốc.")
    assert [e.type for e in events(text, DAY, "Conference")] == ["Conference"]
