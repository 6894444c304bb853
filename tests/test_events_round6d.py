"""Happenings that real news tells without the usual cues (issue 10, round 6d): a joint patrol on
a page whose only year is the one a practice runs from."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_a_patrol_on_a_page_dated_only_by_a_since_year_is_the_pages_event():
    text = ("Biên phòng Việt Nam - Lào tổ chức tuần tra chung\n"
            "Tham gia chuyến tuần tra chung có các tổ công tác của Bộ đội Biên phòng Việt Nam và Công an biên giới Lào.\n"
            "Kể từ năm 2025, hoạt động tuần tra chung sẽ được hai bên tổ chức mỗi tháng một lần.\n")
    found = events(text, kind="Exercise")
    assert [(e.start, sorted(e.countries)) for e in found] == [(None, ["LAO", "VNM"])]
    assert "event.page-tells-only-since-years" in rules_of(found)


def test_a_page_with_a_month_besides_the_since_year_is_not_undated():
    text = ("Biên phòng Việt Nam - Lào tổ chức tuần tra chung\n"
            "Tham gia chuyến tuần tra chung có các tổ công tác của Bộ đội Biên phòng Việt Nam và Công an biên giới Lào.\n"
            "Trong tháng 3/2024, hai bên đã trao đổi thông tin về tình hình biên giới.\n"
            "Kể từ năm 2025, hoạt động tuần tra chung sẽ được hai bên tổ chức mỗi tháng một lần.\n")
    assert "event.page-tells-only-since-years" not in rules_of(events(text, kind="Exercise"))


def test_a_patrol_planned_from_a_year_is_no_event():
    text = ("Kế hoạch tuần tra chung\n"
            "Kể từ năm 2025, Bộ đội Biên phòng Việt Nam và Công an biên giới Lào sẽ tổ chức tuần tra chung mỗi quý "
            "một lần.\n")
    assert events(text, kind="Exercise") == []


def test_a_ship_that_has_just_arrived_at_a_port_makes_a_port_call_of_its_flag():
    text = ("Tàu chiến Ấn Độ thăm Việt Nam\n\n"
            "Sáng 12/3, tàu khu trục tên lửa Ấn Độ vừa tới Cam Ranh, bắt đầu chuyến thăm 4 ngày.\n")
    found = events(text, published=PartialDate(2024, 3, 12), kind="PortCall")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2024, 3, 12), ["IND", "VNM"])]
    assert "event.ship-arrives" in rules_of(found)


def test_a_delegation_that_has_arrived_in_a_city_makes_no_port_call():
    text = ("Đoàn đại biểu Quân đội Ấn Độ thăm Việt Nam\n\n"
            "Sáng 12/3, Đoàn đại biểu Quân đội Ấn Độ đã tới Hà Nội, bắt đầu chuyến làm việc tại Bộ Quốc phòng.\n")
    assert events(text, published=PartialDate(2024, 3, 12), kind="PortCall") == []


def test_a_ship_arriving_to_visit_a_unit_is_told_by_its_visit_not_by_the_arrival():
    text = ("Thủy thủ tàu Ấn Độ giao lưu\n\n"
            "Sáng 13/3, thủy thủ tàu khu trục Ấn Độ đã tới thăm Học viện Hải quân.\n")
    assert "event.ship-arrives" not in rules_of(events(text, published=PartialDate(2024, 3, 13)))


def test_ships_of_two_flags_on_a_list_page_are_two_port_calls():
    text = ("Cảng quốc tế Cam Ranh\n"
            "-\n"
            "Tàu khu trục USS Mustin của Hải quân Hoa Kỳ cập cảng quốc tế Cam Ranh, Khánh Hòa.\n"
            "-\n"
            "Tàu hộ vệ Pháp vừa tới Cam Ranh trong chuyến thăm hữu nghị.\n")
    found = events(text, kind="PortCall")
    assert sorted(sorted(e.countries) for e in found) == [["FRA", "VNM"], ["USA", "VNM"]]
    assert "event.other-flag" in rules_of(found)


def test_a_second_telling_of_one_ships_call_stays_one_call():
    text = ("Tàu Hải quân Hoa Kỳ thăm Cam Ranh\n\n"
            "Tàu khu trục USS Mustin của Hải quân Hoa Kỳ cập cảng quốc tế Cam Ranh, Khánh Hòa.\n\n"
            "Tàu chiến Mỹ vừa tới Cam Ranh lần thứ hai trong năm.\n")
    assert [sorted(e.countries) for e in events(text, kind="PortCall")] == [["USA", "VNM"]]
