"""A trip named with its work ("chuyến thăm và làm việc với <body of a country>") is one visit to that body's
country: its "làm việc với" opens no meeting of its own, and the body's country, told after the body's head in
the clause, is the country visited (round 50d, realev20). Sentences of our own."""

from reading_helpers import events, rules_of


def test_trip_with_its_work_is_one_visit_to_the_body_s_country():
    text = ("Ngày 18/6, đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Trần Văn Khải dẫn đầu bắt đầu chuyến "
            "thăm và làm việc với Bộ Quốc phòng Campuchia.")
    found = events(text)
    assert [e.type for e in found] == ["Visit"]
    assert set(found[0].countries) == {"KHM", "VNM"}
    assert (found[0].start.month, found[0].start.day) == (6, 18)
    assert "event.country-of-body-visited" in rules_of(found)


def test_ship_s_trip_with_its_work_makes_no_meeting():
    text = ("Giữa tháng 5, tàu CSB 8003 khởi đầu chuyến thăm và làm việc với Lực lượng Bảo vệ bờ biển Nhật Bản, "
            "do Đại tá Lê Minh Quang làm trưởng đoàn.")
    found = events(text)
    assert [e.type for e in found] == ["PortCall"]
    assert set(found[0].countries) == {"JPN", "VNM"}


def test_a_working_session_on_its_own_stays_a_meeting():
    text = ("Chiều 9/3, Đoàn đại biểu Hải quân Hoàng gia Malaysia do Chuẩn Đô đốc Ahmad Razak dẫn đầu đã làm "
            "việc với Bộ Tư lệnh Vùng 4 Hải quân.")
    found = events(text)
    assert [e.type for e in found] == ["Meeting"]
    assert set(found[0].countries) == {"MYS", "VNM"}


def test_a_country_past_a_clause_break_is_not_the_body_s():
    text = ("Ngày 18/6, đoàn cán bộ Quân khu 9 có chuyến thăm và làm việc với Bộ Tư lệnh Quân khu, sau đó "
            "tham quan một số di tích của Campuchia.")
    assert "event.country-of-body-visited" not in rules_of(events(text))
