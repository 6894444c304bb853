"""How real news tells an event's day and its ship without the usual cues (issue 10, round 6):
a day after the event led by a time of day or told as just past, a year a series began,
a navy's unnamed ship docking, the year of a lunar new year, a meeting word for talks told."""

from kg.model import PartialDate
from reading_helpers import events, read


def test_a_day_after_the_docking_led_by_a_time_of_day_dates_the_call_once():
    text = ("Khinh hạm Anh thăm Thành phố Hồ Chí Minh\n\n"
            "Khinh hạm HMS Argyll cùng 200 thủy thủ của hải quân Anh cập bến tại cảng Sài Gòn sáng 14/6/2024, "
            "bắt đầu chuyến thăm hữu nghị 5 ngày đến Việt Nam.\n\n"
            "Chuyến thăm của tàu HMS Argyll góp phần tăng cường hợp tác hải quân hai nước.\n")
    found = events(text, published=PartialDate(2024, 6, 15))
    assert [(e.type, e.start) for e in found] == [("PortCall", PartialDate(2024, 6, 14))]
    assert "event.date-told-after" in [r for e in found for rd in e.readings for r in rd.rules]


def test_a_day_told_as_just_past_after_the_exercise_dates_it():
    text = ("Diễn tập tìm kiếm cứu nạn\n\n"
            "Trả lời phóng viên, Thượng tướng Trần Văn Nam cho biết hải quân Việt Nam và hải quân Thái Lan đã "
            "thực hiện thành công cuộc diễn tập tìm kiếm cứu nạn đầu tiên trên vùng biển giáp ranh ngày 12-3 vừa qua.\n")
    found = events(text, published=PartialDate(2023, 3, 20), kind="Exercise")
    assert [e.start for e in found] == [PartialDate(2023, 3, 12)]


def test_a_time_of_day_in_the_next_clause_does_not_date_the_talks():
    text = ("Hội đàm quốc phòng\n\n"
            "Sáng 5/3, Thượng tướng Trần Văn Nam đã hội đàm với Trung tướng Somsak Rattanakul, Tư lệnh Lục quân "
            "Thái Lan; chiều 6/3, đoàn đến thăm Học viện Hải quân.\n")
    found = events(text, published=PartialDate(2023, 3, 7), kind="Talks")
    assert [e.start for e in found] == [PartialDate(2023, 3, 5)]


def test_a_practice_since_a_year_is_no_patrol_of_that_year():
    text = ("Tuần tra chung trên biển\n\n"
            "Sáng 3/4/2025, biên đội tàu Hải quân Việt Nam và biên đội tàu Hải quân Campuchia đã tổ chức tuần tra chung "
            "trên vùng biển giáp ranh.\n\n"
            "Kể từ năm 2026, hoạt động tuần tra chung sẽ được hải quân hai nước tổ chức mỗi quý một lần.\n")
    found = events(text, published=PartialDate(2025, 4, 4), kind="Exercise")
    assert [e.start for e in found] == [PartialDate(2025, 4, 3)]
    drops = [d.rule for d in read(text, PartialDate(2025, 4, 4)).dropped if d.layer == "event"]
    assert "event.since-year-heads" in drops


def test_an_unnamed_ship_of_a_foreign_navy_docking_is_a_port_call():
    text = ("Tàu Hải quân Pháp thăm hữu nghị thành phố Hải Phòng\n\n"
            "Chiến hạm của Hải quân Pháp cập cảng Hải Phòng.\n\n"
            "Đón tàu tại cảng có lãnh đạo thành phố và Bộ Tư lệnh Vùng 1 Hải quân.\n")
    found = events(text)
    assert [(e.type, sorted(e.countries)) for e in found] == [("PortCall", ["FRA", "VNM"])]


def test_a_vietnamese_ship_docking_at_home_is_no_port_call():
    text = ("Tàu trở về\n\n"
            "Tàu của Hải quân nhân dân Việt Nam cập cảng Cam Ranh sau chuyến huấn luyện.\n")
    assert events(text, kind="PortCall") == []


def test_the_meeting_word_opening_a_sentence_after_talks_is_those_talks():
    text = ("Việt Nam - Malaysia tăng cường hợp tác quốc phòng\n\n"
            "Ngày 8.5, tại Kuala Lumpur, Tư lệnh Lục quân Malaysia Ahmad Hasbullah đã hội đàm với Thượng tướng "
            "Trần Văn Nam, Thứ trưởng Quốc phòng Việt Nam.\n\n"
            "Tại cuộc gặp, ông Ahmad Hasbullah cho rằng quan hệ hai quân đội đang phát triển tốt đẹp.\n")
    found = events(text, published=PartialDate(2024, 5, 9))
    assert [(e.type, e.start) for e in found] == [("Talks", PartialDate(2024, 5, 8))]


def test_a_meeting_told_on_its_own_after_talks_is_still_a_meeting():
    text = ("Việt Nam - Malaysia tăng cường hợp tác quốc phòng\n\n"
            "Ngày 8.5, tại Kuala Lumpur, Tư lệnh Lục quân Malaysia Ahmad Hasbullah đã hội đàm với Thượng tướng "
            "Trần Văn Nam, Thứ trưởng Quốc phòng Việt Nam.\n\n"
            "Chiều 9.5, Thượng tướng Trần Văn Nam đã gặp Bộ trưởng Quốc phòng Malaysia Mohamed Khaled Nordin.\n")
    found = events(text, published=PartialDate(2024, 5, 10), kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2024, 5, 9)]


def test_the_days_told_after_a_trips_purpose_are_the_trips():
    text = ("Bộ trưởng Quốc phòng Brunei thăm Việt Nam\n\n"
            "Nhận lời mời của Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, ông Halbi Mohammad Yussof, Bộ "
            "trưởng Quốc phòng Brunei thăm chính thức Việt Nam và tham dự Triển lãm Quốc phòng quốc tế Việt Nam "
            "năm 2024 từ ngày 18-21/12.\n")
    found = events(text, published=PartialDate(2024, 12, 19))
    visits = [e for e in found if e.type == "Visit"]
    assert [(e.start, e.end) for e in visits] == [(PartialDate(2024, 12, 18), PartialDate(2024, 12, 21))]
    assert [e.start for e in found if e.type == "Exhibition"] != [PartialDate(2024, 12, 18)]


def test_talks_right_after_a_welcome_ceremony_are_held_by_its_two_sides():
    text = ("Tăng cường hợp tác quốc phòng Việt Nam - Myanmar\n\n"
            "Tại thủ đô Naypyidaw, Tổng Tư lệnh Quân đội Myanmar Min Aung Hlaing đã chủ trì Lễ đón chính thức "
            "Bộ trưởng Phan Văn Giang và đoàn. Ngay sau lễ đón, hai bên đã tiến hành hội đàm.\n")
    found = events(text, kind="Talks")
    assert [sorted(e.countries) for e in found] == [["MMR", "VNM"]]


def test_talks_after_a_welcome_of_several_foreign_guests_open_nothing_unsure():
    text = ("Hội nghị\n\n"
            "Bộ trưởng Phan Văn Giang chủ trì lễ đón các trưởng đoàn Lào, Campuchia và Thái Lan. "
            "Ngay sau lễ đón, hai bên đã tiến hành hội đàm.\n")
    assert events(text, kind="Talks") == []


def test_an_exchange_told_as_taking_place_yesterday_afternoon_is_dated():
    text = ("Giao lưu sĩ quan trẻ\n\n"
            "(BTN) - Chiều qua 14.8, tại Hội trường Bộ Chỉ huy Quân sự tỉnh diễn ra buổi giao lưu giữa sĩ quan trẻ "
            "Bộ Chỉ huy Quân sự tỉnh Kon Tum với đoàn sĩ quan trẻ Bộ Chỉ huy Quân sự tỉnh Attapeu, Lào.\n")
    found = events(text, kind="Exchange")
    assert [(e.start.month, e.start.day) for e in found] == [(8, 14)]


def test_this_visit_told_by_two_foreign_officials_is_not_a_visit_to_vietnam():
    text = ("Bộ trưởng Quốc phòng Lào thăm Trung Quốc\n\n"
            "Đại tướng Chansamone Chanyalath, Bộ trưởng Quốc phòng Lào dẫn đầu đoàn thăm chính thức Trung Quốc từ "
            "ngày 3-6/9/2023.\n\n"
            "Trong chuyến thăm này, Bộ trưởng Quốc phòng Lào Chansamone Chanyalath và Bộ trưởng Quốc phòng Trung "
            "Quốc Lý Thượng Phúc sẽ đồng chủ trì cuộc họp.\n")
    found = events(text, kind="Visit")
    assert [sorted(e.countries) for e in found] == [["CHN", "LAO"]]


def test_the_frame_of_an_evenings_exchange_is_not_dated_by_that_evening():
    text = ("Giao lưu sĩ quan trẻ biên giới\n\n"
            "Tối 12/11, tại tỉnh An Giang đã diễn ra chương trình Giao lưu sĩ quan trẻ biên giới Việt Nam - "
            "Campuchia năm 2025. Sự kiện nằm trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới Việt Nam - "
            "Campuchia lần thứ 3 do Bộ Quốc phòng hai nước phối hợp tổ chức.\n")
    found = events(text, published=PartialDate(2025, 11, 13), kind="Exchange")
    starts = {e.label: e.start for e in found}
    assert starts.get("Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 3") != PartialDate(2025, 11, 12)
    assert PartialDate(2025, 11, 12) in starts.values()


def test_a_bilateral_border_patrol_on_a_day_is_a_joint_patrol():
    text = ("Tuần tra song phương biên giới Việt - Lào\n\n"
            "Ngày 9/3, Đồn Biên phòng Na Mèo (Bộ đội Biên phòng tỉnh Thanh Hóa) phối hợp với Đại đội 2 Bộ Chỉ huy "
            "Quân sự tỉnh Hủa Phăn (Lào) tổ chức tuần tra song phương trên tuyến biên giới Việt Nam - Lào.\n")
    found = events(text, published=PartialDate(2024, 3, 10), kind="Exercise")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2024, 3, 9), ["LAO", "VNM"])]


def test_a_japan_coast_guard_patrol_ship_flies_japans_flag():
    text = ("Tàu tuần tra Nhật Bản thăm Hải Phòng\n\n"
            "Tàu tuần tra PLH AKITSUSHIMA của LLBVBB Nhật Bản đến thăm xã giao thành phố Hải Phòng (cập cảng "
            "Hải Phòng) từ ngày 5 - 9/6/2024.\n")
    found = events(text, kind="PortCall")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2024, 6, 5), ["JPN", "VNM"])]


def test_on_a_page_with_no_day_a_patrol_done_with_one_foreign_side_is_its_event():
    text = ("Biên phòng hai nước Việt - Lào tuần tra chung\n\n"
            "Đồn Biên phòng Tam Hợp (Bộ đội Biên phòng tỉnh Nghệ An, Việt Nam) phối hợp với Đại đội 3 (Bộ Chỉ huy "
            "Quân sự tỉnh Bolikhamxay, Lào) tổ chức tuần tra song phương đoạn biên giới chung.\n\n"
            "Hai bên đã kiểm tra toàn bộ hệ thống cột mốc trên đoạn biên giới được phân công quản lý.\n")
    found = events(text, kind="Exercise")
    assert [(e.start, sorted(e.countries)) for e in found] == [(None, ["LAO", "VNM"])]


def test_on_a_page_with_no_day_a_planned_patrol_is_no_event():
    text = ("Kế hoạch tuần tra\n\n"
            "Đồn Biên phòng Tam Hợp (Việt Nam) và Đại đội 3 (Lào) sẽ tổ chức tuần tra song phương đoạn biên giới "
            "chung.\n")
    assert events(text, kind="Exercise") == []


def test_a_time_of_day_set_off_by_commas_after_a_frame_is_the_next_clauses():
    text = ("Bộ trưởng Quốc phòng hội kiến\n\n"
            "Trong khuôn khổ chuyến thăm chính thức Campuchia, chiều 16-1, Đại tướng Phan Văn Giang đã hội kiến với "
            "Đại tướng Chansamone Chanyalath, Bộ trưởng Quốc phòng Lào, đang ở thăm Campuchia.\n")
    found = events(text, published=PartialDate(2024, 1, 17), kind="Visit")
    assert PartialDate(2024, 1, 16) not in [e.start for e in found if "KHM" in e.countries and "LAO" not in e.countries]


def test_a_time_of_day_after_it_is_not_its_time_when_the_sentence_told_one_before():
    text = ("Tàu Nhật Bản thăm Đà Nẵng\n\n"
            "Sáng 5/6/2024, tàu JS Ise của Lực lượng Phòng vệ Biển Nhật Bản đã cập cảng Tiên Sa, Đà Nẵng "
            "và sẽ rời cảng sáng 8/6.\n")
    found = events(text, kind="PortCall")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2024, 6, 5), ["JPN", "VNM"])]
