"""A ship or unit stands for the country whose armed service is named before it
("tàu của Hải quân Hoàng gia Malaysia", "Cảnh sát biển Indonesia"), or its
hull prefix's ("Chỉ huy tàu USS Mustin"); Vietnamese units and ships stand for
Vietnam. Sentences written for the test."""

from kg.pipeline import extract


def _port_calls(text):
    return [e for e in extract(text).events if e.type == "PortCall"]


def test_royal_navy_without_a_hull_prefix():
    calls = _port_calls("Sáng 12/5, tàu hộ vệ Lekiu của Hải quân Hoàng gia Malaysia đã cập cảng Cam Ranh.")
    assert calls and calls[0].countries[:1] == ["MYS"]


def test_peoples_liberation_army_navy():
    calls = _port_calls(
        "Từ ngày 10-14/11, biên đội 2 tàu khu trục của Hải quân Quân Giải phóng Nhân dân Trung Quốc đã ghé thăm "
        "Cảng quốc tế Cam Ranh."
    )
    assert calls and "CHN" in calls[0].countries


def test_coast_guard_ship():
    calls = _port_calls("Ngày 3/10, tàu tuần tra Bakti của Cảnh sát biển Indonesia đã cập cảng Vũng Tàu.")
    assert calls and "IDN" in calls[0].countries


def test_maritime_self_defense_force():
    calls = _port_calls("Sáng 7/6, tàu Akizuki của Lực lượng Phòng vệ trên biển Nhật Bản cập cảng Tiên Sa.")
    assert calls and "JPN" in calls[0].countries


def test_a_country_far_from_any_service_is_no_flag():
    calls = _port_calls("Ngày 3/10, tàu Bakti cập cảng Vũng Tàu; đại diện Đại sứ quán Indonesia và Cảnh sát biển Việt Nam ra đón.")
    assert all(c.countries[:1] != ["IDN"] for c in calls)


def test_commander_of_a_ship_named_by_hull_prefix_stands_for_its_flag():
    doc = extract("Thuyền trưởng Lê Minh Quân, Chỉ huy tàu USS Carter Hall, đã dẫn tàu cập cảng Tiên Sa ngày 2/3.")
    offs = {o.name: o for o in doc.officials}
    assert offs["Lê Minh Quân"].country == "USA"


def test_vietnamese_hull_number_is_no_foreign_flag():
    doc = extract("Đại tá Trần Văn Hải, Hạm trưởng tàu HQ-016 Quang Trung, cho biết tàu đã sẵn sàng.")
    offs = {o.name: o for o in doc.officials}
    assert offs["Trần Văn Hải"].country == "VNM"


def test_vietnamese_ship_in_a_multilateral_drill_brings_vietnam_in():
    doc = extract("Ngày 20/2/2024, tàu 012-Lý Thái Tổ tham gia diễn tập Hải quân đa phương Komodo 2024 tại Indonesia.")
    assert "IDN" in doc.partners


def test_unit_followed_by_a_foreign_army_is_that_armys():
    from kg.pipeline.countries import find_countries, with_places

    text = "Đoàn Bộ đội Biên phòng Lào do Đại tá Khamphong dẫn đầu."
    assert [c.code for c in with_places(text, find_countries(text))] == ["LAO"]


def test_vietnamese_units_stand_for_vietnam():
    from kg.pipeline.countries import vietnamese_units

    text = "Lễ đón có đại diện Bộ Tư lệnh Vùng 3 Hải quân và Vùng Cảnh sát biển 2."
    assert [u.surface for u in vietnamese_units(text)] == ["Vùng 3 Hải quân", "Vùng Cảnh sát biển 2"]
