"""A Vietnamese ship told as setting out on its visit to a foreign country, with no day told ("tàu ...
rời Quân cảng Cam Ranh, bắt đầu chuyến thăm Ấn Độ"): an undated port call abroad (round 40, realev4)."""

from tests.reading_helpers import events, rules_of


def test_a_ship_setting_out_on_its_visit_abroad_is_an_undated_port_call():
    text = ("Cán bộ, thủy thủ tàu hộ vệ tên lửa 012 - Lý Thái Tổ dự lễ thượng cờ, rời Quân cảng Cam Ranh "
            "bắt đầu chuyến thăm Ấn Độ.\nTrong hành trình, tàu sẽ giao lưu với Hải quân Ấn Độ.")
    calls = events(text, kind="PortCall")
    assert [(c.start, sorted(c.countries)) for c in calls] == [(None, ["IND", "VNM"])]
    assert "event.voyage-begun" in rules_of(calls)


def test_a_visit_begun_at_home_is_not_a_voyage_abroad():
    text = ("Đoàn cán bộ, thủy thủ tàu 012 dự lễ chào cờ rồi bắt đầu chuyến thăm "
            "các đơn vị của Vùng 4 Hải quân tại Khánh Hòa.")
    assert "event.voyage-begun" not in rules_of(events(text))


def test_a_voyage_to_begin_is_a_plan():
    text = "Theo kế hoạch, tàu hộ vệ tên lửa 012 sẽ rời Quân cảng Cam Ranh bắt đầu chuyến thăm Ấn Độ vào tuần tới."
    assert events(text, kind="PortCall") == []
