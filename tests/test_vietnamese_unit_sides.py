"""When Vietnam's side of an event is a unit or body rather than a named official
("Bộ Tư lệnh Quân khu 7 đã tiếp đoàn ...", "Bộ Chỉ huy Quân sự tỉnh Tây Ninh",
"Học viện Quốc phòng"), the unit stands for Vietnam, so the event has Vietnam
and its foreign side, and the foreign country is a partner. A foreign country
named across a verb ("... đã tiếp đoàn ... Nhật Bản") is the other side's, not
the unit's. Sentences written for the test."""

from kg.pipeline import extract
from kg.pipeline.countries import find_countries, with_places


def _unit_codes(text):
    return [(c.surface, c.code) for c in with_places(text, find_countries(text)) if c.surface[0].isupper()]


def _events(text, etype):
    return [e for e in extract(text).events if e.type == etype]


def test_military_region_hosts_a_foreign_delegation():
    doc = extract("Sáng 5/3, Bộ Tư lệnh Quân khu 9 đã tiếp đoàn đại biểu Quân đội Hoàng gia Campuchia sang thăm và làm việc.")
    meetings = [e for e in doc.events if e.type == "Meeting"]
    assert meetings and set(meetings[0].countries) == {"VNM", "KHM"}
    assert "KHM" in doc.partners


def test_coast_guard_command_hosts_across_a_verb():
    meetings = _events("Ngày 30/3, Bộ Tư lệnh Cảnh sát biển đã tiếp đoàn Lực lượng Bảo vệ bờ biển Hàn Quốc.", "Meeting")
    assert meetings and set(meetings[0].countries) == {"VNM", "KOR"}


def test_provincial_command_by_its_province():
    assert ("Bộ Chỉ huy Quân sự tỉnh Quảng Trị", "VNM") in _unit_codes(
        "Bộ Chỉ huy Quân sự tỉnh Quảng Trị đã đón đoàn cán bộ tỉnh Savannakhet.")


def test_a_neighbours_provincial_command_is_not_vietnams():
    codes = dict(_unit_codes("Bộ Chỉ huy Quân sự tỉnh Attapeu hội đàm với Bộ đội Biên phòng tỉnh Kon Tum."))
    assert codes.get("Attapeu") == "LAO"
    assert "Bộ Chỉ huy Quân sự tỉnh Attapeu" not in codes


def test_an_academy_named_with_a_foreign_country_is_that_countrys():
    codes = _unit_codes("Đoàn cán bộ Học viện Quốc phòng Ấn Độ thăm Học viện Quốc phòng.")
    assert ("Ấn Độ", "IND") in codes
    assert codes.count(("Học viện Quốc phòng", "VNM")) == 1  # the second one, named alone


def test_only_regions_no_neighbour_numbers_so():
    codes = dict(_unit_codes("Quân khu 2 và Quân khu 7 tổ chức giao lưu."))
    assert codes.get("Quân khu 7") == "VNM" and "Quân khu 2" not in codes


def test_a_unit_told_without_a_foreign_side_adds_no_partner():
    doc = extract("Sáng 12/8, Bộ Tư lệnh Quân khu 7 đã tiếp đoàn đại biểu Tỉnh ủy Long An.")
    assert doc.partners == set()


def test_indonesian_coast_guard_hull_prefix_does_not_end_the_sentence():
    calls = _events("Ngày 4/11, tàu KN. Tanjung Datu của Cảnh sát biển Indonesia cập cảng Vũng Tàu, bắt đầu chuyến thăm Việt Nam.",
                    "PortCall")
    assert calls and set(calls[0].countries) == {"IDN", "VNM"}


def test_a_ships_crew_calling_on_a_command_is_its_flags_side():
    doc = extract("Ngày 14/9, các chỉ huy tàu HMAS Warramunga đã chào xã giao lãnh đạo Bộ Tư lệnh Vùng 4 Hải quân.")
    meetings = [e for e in doc.events if e.type == "Meeting"]
    assert meetings and set(meetings[0].countries) == {"AUS", "VNM"}


def test_a_ship_is_named_whole():
    text = "Thủy thủ tàu USS Blue Ridge giao lưu thể thao."
    assert ("USS Blue Ridge", "USA") in _unit_codes(text)


def test_a_rare_chinese_surname_after_a_rank():
    doc = extract("Ngày 9/4, Thiếu tướng Hồ Văn Lâm, Tư lệnh Vùng Cảnh sát biển 1 và Thiếu tướng Uất Minh, "
                  "Phó Cục trưởng Cục Cảnh sát biển Trung Quốc đồng chủ trì hội đàm.")
    offs = {o.name: o.country for o in doc.officials}
    assert offs.get("Uất Minh") == "CHN"


def test_a_title_ends_at_khi():
    doc = extract("Thượng tướng Nguyễn Văn Hải, Thứ trưởng Bộ Quốc phòng khi tiếp đoàn Hàn Quốc đã nhấn mạnh điều đó.")
    off = next(o for o in doc.officials if o.name == "Nguyễn Văn Hải")
    assert off.positions == ["Thứ trưởng Bộ Quốc phòng"]


def test_a_chinese_theatre_command_written_in_lower_case():
    doc = extract("Chiều 9/3, Thượng tá Nguyễn Văn Long tiếp đoàn sĩ quan trẻ do Đại tá Lưu Kiến Quân - Phó Chủ nhiệm "
                  "Bộ Tham mưu liên hợp chiến khu miền nam làm trưởng đoàn.")
    offs = {o.name: o.country for o in doc.officials}
    assert offs.get("Lưu Kiến Quân") == "CHN"


def test_vietnams_own_war_zone_of_old_is_no_chinese_command():
    codes = dict(_unit_codes("Bảo tàng Chiến khu miền Đông Nam Bộ đón khách."))
    assert "CHN" not in codes.values()


def test_a_title_ends_at_vui_mung():
    doc = extract("Thượng tá Trần Văn Hòa - Trưởng ban Thanh niên Quân đội vui mừng tiếp đón đoàn Lào.")
    off = next(o for o in doc.officials if o.name == "Trần Văn Hòa")
    assert off.positions == ["Trưởng ban Thanh niên Quân đội"]
