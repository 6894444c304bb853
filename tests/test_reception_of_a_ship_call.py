"""A city or province receiving a visiting ship's command, on a page with no year (round 48g, mend51)."""

from kg.model import PartialDate
from tests.reading_helpers import events, read, rules_of

# No year anywhere but a festival the city plans: the reception falls before that planned month
PLANNED_FESTIVAL = (
    "Tàu hộ vệ Talwar (Ấn Độ) thăm Quy Nhơn\n\n"
    "Sáng 12-6, Phó Chủ tịch UBND tỉnh Trần Quốc Bảo đã tiếp đoàn tàu hộ vệ Talwar của Hải quân Ấn Độ do Đại tá "
    "Rohan Mehta, Chỉ huy tàu làm Trưởng đoàn, nhân chuyến thăm và làm việc tại tỉnh.\n\n"
    "Phó Chủ tịch cho biết, năm 2025 tỉnh đón hơn 40.000 lượt khách Ấn Độ. Nối tiếp các mùa trước, tháng "
    "10-2026, tỉnh dự kiến sẽ tổ chức Tuần lễ văn hóa Ấn Độ với nhiều hoạt động giao lưu."
)


def test_a_planned_month_opening_a_clause_is_ahead_of_the_page():
    doc = read(PLANNED_FESTIVAL)
    assert doc.published is not None and doc.published.year == 2026
    meetings = [e for e in doc.events if e.type == "Meeting"]
    assert [m.start for m in meetings] == [PartialDate(2026, 6, 12)]


def test_a_month_told_as_past_after_it_still_counts_as_past():
    text = ("Sáng 12-6, Phó Chủ tịch UBND tỉnh Trần Quốc Bảo đã tiếp Đại sứ Ấn Độ Rahul Nair. Phó Chủ tịch nhắc lại, "
            "tháng 10-2025, hai bên đã tổ chức Tuần lễ văn hóa Ấn Độ, sau đó sẽ còn nhiều hoạt động khác.")
    doc = read(text)
    assert doc.published is not None and doc.published.year == 2026


def test_the_call_a_reception_is_held_on_the_occasion_of_began_before_it():
    calls = events(PLANNED_FESTIVAL, PartialDate(2026, 6, 12), kind="PortCall")
    assert [c.start for c in calls] == [PartialDate(2026, 6)]
    assert "event.visit-under-way" in rules_of(calls)


def test_a_call_told_with_its_own_day_keeps_it():
    text = ("Sáng 12-6, tàu hộ vệ Talwar của Hải quân Ấn Độ do Đại tá Rohan Mehta làm Trưởng đoàn đã cập cảng Quy "
            "Nhơn, bắt đầu chuyến thăm hữu nghị tỉnh Bình Định.")
    calls = events(text, PartialDate(2026, 6, 12), kind="PortCall")
    assert [c.start for c in calls] == [PartialDate(2026, 6, 12)]


def test_the_wife_who_accompanies_a_visit_is_no_occasion():
    text = ("Tối 28/10, nhân dịp tháp tùng Chủ tịch nước và Phu nhân thăm chính thức Cộng hòa Pháp, Đại tướng Phan "
            "Văn Giang, Bộ trưởng Bộ Quốc phòng đã gặp Bộ trưởng Quân đội Pháp Sébastien Lecornu.")
    visits = events(text, PartialDate(2025, 10, 28), kind="Visit")
    assert all(v.start == PartialDate(2025, 10, 28) for v in visits)


def test_a_ship_welcomed_told_as_a_verb_is_its_call():
    text = ("Sáng 3/7, UBND tỉnh Bình Định đã tổ chức đón tàu hộ vệ Te Kaha của Hải quân Hoàng gia New Zealand "
            "tại cảng Quy Nhơn.")
    calls = events(text, PartialDate(2026, 7, 3), kind="PortCall")
    assert [(c.start, sorted(c.countries)) for c in calls] == [(PartialDate(2026, 7, 3), ["NZL", "VNM"])]


def test_a_port_able_to_take_ships_tells_no_call():
    text = ("Theo lãnh đạo tỉnh, sau khi nâng cấp, cảng quốc tế Cam Ranh có thể đón tàu sân bay của Hoa Kỳ và các "
            "nước có trọng tải lớn.")
    assert events(text, PartialDate(2026, 7, 3), kind="PortCall") == []
