"""How real pages date and tell apart their events (issue 10, round 11, real pages): a day
told later for an event first dated by a year; a headline-less excerpt whose lead tells
its own day after the trip's purpose; the year of a day told with a named event of that
day; the first day of a stay told again alone; a ship that "vào vịnh" a port; and one
foreign guest whose name is spelled two ways."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_a_day_told_later_dates_talks_first_dated_by_a_year():
    text = ("Hợp tác biên phòng hai nước\n\n"
            "Tại hội đàm thường niên năm 2027 giữa lực lượng Biên phòng hai nước Việt Nam - Campuchia, hai bên "
            "thống nhất tăng cường tuần tra chung.\n\n"
            "Ngày 14/9, tại tỉnh Kampot (Campuchia), Thiếu tướng Trần Văn Hạnh, Phó Tư lệnh Bộ đội Biên phòng "
            "Việt Nam đã hội đàm với Trung tướng Sok Pheap, Tổng Cục trưởng Cục Cảnh sát biên giới Campuchia.\n")
    found = events(text, kind="Talks")
    assert len(found) == 1
    assert found[0].start == PartialDate(2027, 9, 14)
    assert "event.finer-day-told" in rules_of(found)


def test_a_day_of_another_month_does_not_refine_the_year():
    text = ("Hợp tác biên phòng hai nước\n\n"
            "Tại hội đàm thường niên năm 2027 giữa lực lượng Biên phòng hai nước Việt Nam - Campuchia, hai bên "
            "thống nhất tăng cường tuần tra chung.\n\n"
            "Ngày 14/9/2026, Thiếu tướng Trần Văn Hạnh đã hội đàm với Trung tướng Sok Pheap tại Kampot.\n")
    found = events(text, kind="Talks")
    assert all(e.start != PartialDate(2027, 9, 14) for e in found)
    assert "event.finer-day-told" not in rules_of(found)


def test_the_lead_day_after_the_trips_purpose_wins_over_the_page_stamp():
    text = ("date 2027-06-12\n"
            "Tiếp tục hành trình thăm xã giao Philippines và Indonesia, sáng 10/6, Tàu 016-Quang Trung thuộc "
            "Lữ đoàn 162, Vùng 4 Hải quân đã cập cảng Manila, bắt đầu chuyến thăm xã giao Philippines.\n\n"
            "Đại tá Reyes chủ trì lễ đón đoàn công tác tại cầu cảng.\n")
    found = events(text, kind="PortCall")
    assert len(found) == 1
    assert found[0].start == PartialDate(2027, 6, 10)


def test_a_day_without_year_takes_the_year_of_the_named_event_of_its_sentence():
    text = ("Tàu Hải quân Pháp thăm Cam Ranh\n\n"
            "Ngày 14/10, Hoạt động Giao lưu Hải quân Việt - Pháp thường niên lần thứ 3 được tiến hành với "
            "lễ đón tàu tại cảng Cam Ranh.\n\n"
            "Hai bên sẽ trao đổi kinh nghiệm về cứu hộ, cứu nạn trên biển.\n\n"
            "Các thủy thủ cũng tham gia hoạt động thể thao với cán bộ, chiến sĩ Vùng 4 Hải quân.\n\n"
            "Chương trình Giao lưu Hải quân 2029 gồm các buổi trao đổi chuyên môn về quân y.\n")
    calls = events(text, kind="PortCall")
    assert len(calls) == 1
    assert calls[0].start == PartialDate(2029, 10, 14)
    assert "event.year-of-the-same-day" in rules_of(calls)


def test_a_day_without_year_alone_stays_without_year():
    text = ("Lễ đón tàu tại Cam Ranh\n\n"
            "Ngày 14/10, lễ đón tàu Hải quân Pháp được tổ chức tại cảng Cam Ranh.\n")
    calls = events(text, kind="PortCall")
    assert calls and all(e.start is None or e.start.year is None for e in calls)
    assert "event.year-of-the-same-day" not in rules_of(calls)


def test_the_first_day_of_a_stay_told_again_keeps_its_stretch():
    text = ("Tàu huấn luyện Hàn Quốc thăm Đà Nẵng\n\n"
            "Từ ngày 3/4/2028 đến ngày 6/4/2028, tàu huấn luyện Hanbit của Hải quân Hàn Quốc có chuyến thăm "
            "xã giao thành phố Đà Nẵng.\n\n"
            "Tàu huấn luyện Hanbit của Hải quân Hàn Quốc vào Cảng Tiên Sa (Đà Nẵng) sáng 3/4/2028.\n")
    found = events(text, kind="PortCall")
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (PartialDate(2028, 4, 3), PartialDate(2028, 4, 6))
    assert "event.first-day-retold" in rules_of(found)


def test_a_ship_that_enters_a_bay_makes_a_port_call():
    text = ("Tàu bệnh viện Nhật Bản đến Khánh Hòa\n\n"
            "Sáng 9.7.2028, tàu bệnh viện của Lực lượng Phòng vệ Biển Nhật Bản mang tên JS Hikari đã vào "
            "vịnh Cam Ranh. Thủy thủ đoàn sẽ khám bệnh cho người dân trong 10 ngày.\n")
    found = events(text, kind="PortCall")
    assert len(found) == 1
    assert found[0].start == PartialDate(2028, 7, 9)
    assert "JPN" in found[0].countries
    assert "event.ship-arrives" in rules_of(found)


def test_people_who_enter_a_port_make_no_port_call():
    text = ("Kiểm tra an toàn tại cảng\n\n"
            "Sáng 9.7.2028, đoàn kiểm tra của Sở Giao thông vận tải đã vào cảng Quy Nhơn để kiểm tra.\n")
    assert events(text, kind="PortCall") == []


def test_one_guest_spelled_two_ways_makes_one_meeting():
    text = ("Đại tướng Lương Tam Quang hội kiến Bộ trưởng Quốc phòng Nga Andrei Belousov\n\n"
            "Chiều 5/3, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã hội kiến Bộ trưởng "
            "Quốc phòng Nga Andrey Belousov đang có chuyến thăm Việt Nam.\n")
    found = events(text, published=PartialDate(2029, 3, 6), kind="Meeting")
    assert len(found) == 1
    assert found[0].start == PartialDate(2029, 3, 5)


def test_two_guests_of_one_host_make_two_meetings():
    text = ("Tiếp khách quốc tế\n\n"
            "Chiều 5/3, tại Hà Nội, Đại tướng Lương Tam Quang đã hội kiến Bộ trưởng Quốc phòng Nga Andrey Belousov. "
            "Chiều 5/3, tại Hà Nội, Đại tướng Lương Tam Quang đã hội kiến Bộ trưởng Quốc phòng Lào Chansamone Chanyalath.\n")
    found = events(text, published=PartialDate(2029, 3, 6), kind="Meeting")
    assert len(found) == 2


def test_this_visit_after_a_ships_call_is_that_call():
    text = ("Tàu hải quân Pháp thăm TP Hồ Chí Minh\n\n"
            "Ngày 12/3/2029, tàu hộ vệ FS Vendémiaire của Hải quân Pháp, do Đại tá Luc Bernard làm Chỉ huy "
            "trưởng, đã cập cảng Sài Gòn, bắt đầu chuyến thăm hữu nghị TP HCM kéo dài từ ngày 12 đến 15/3/2029.\n\n"
            "Trả lời phỏng vấn trên tàu, Đại tá Luc Bernard nhấn mạnh: “Chuyến thăm lần này là dấu mốc quan "
            "trọng trong quan hệ hai nước.”\n")
    found = events(text)
    assert [e.type for e in found] == ["PortCall"]
    assert "event.this-visit-is-the-call" in rules_of(found)


def test_this_visit_with_no_call_told_is_a_visit():
    text = ("Bộ trưởng Quốc phòng Pháp thăm Việt Nam\n\n"
            "Ngày 12/3/2029, Bộ trưởng Quốc phòng Pháp Luc Bernard đã đến Hà Nội, bắt đầu chuyến thăm chính thức "
            "Việt Nam. Ông nhấn mạnh: “Chuyến thăm lần này là dấu mốc quan trọng trong quan hệ hai nước.”\n")
    found = events(text, kind="Visit")
    assert len(found) == 1
    assert "event.this-visit-is-the-call" not in rules_of(found)


def test_a_meeting_word_paired_with_an_exchange_word_is_the_exchange():
    text = ("Giao lưu đón Tết tại cửa khẩu\n\n"
            "Ngày 3/2/2030, Đoàn đại biểu Đồn Biên phòng Bát Xát (Việt Nam) tham dự Chương trình gặp gỡ, giao lưu "
            "Tết Nguyên đán 2030 do Trạm Kiểm soát biên giới Hà Khẩu (Trung Quốc) tổ chức.\n\n"
            "Tại buổi gặp mặt, Trung tá Lò Văn Sơn, Đồn trưởng Đồn Biên phòng Bát Xát chúc mừng năm mới "
            "lực lượng bảo vệ biên giới nước bạn.\n")
    found = events(text)
    assert [e.type for e in found] == ["Exchange"]
    rules = rules_of(found)
    assert "event.meeting-word-of-exchange" in rules


def test_a_reception_after_an_exchange_stays_a_meeting():
    text = ("Giao lưu đón Tết tại cửa khẩu\n\n"
            "Ngày 3/2/2030, Đoàn đại biểu Đồn Biên phòng Bát Xát (Việt Nam) tham dự Chương trình giao lưu "
            "Tết Nguyên đán 2030 do Trạm Kiểm soát biên giới Hà Khẩu (Trung Quốc) tổ chức.\n\n"
            "Ngày 5/2/2030, Thiếu tướng Nguyễn Văn Nam, Tư lệnh Bộ đội Biên phòng Việt Nam đã tiếp Thiếu tướng "
            "Lý Vĩ, Cục trưởng Cục Quản lý xuất nhập cảnh Vân Nam (Trung Quốc).\n")
    assert len(events(text, kind="Meeting")) == 1


def test_one_dialogue_told_by_two_names_on_its_day_is_one():
    text = ("Đối thoại ngoại giao - quốc phòng Việt Nam - New Zealand\n\n"
            "Ngày 6/5/2031, tại Wellington, Thứ trưởng Ngoại giao Lê Văn Thanh và Thứ trưởng Quốc phòng "
            "Nguyễn Văn Hòa đã cùng Thứ trưởng Ngoại giao Anna Clarke đồng chủ trì Đối thoại Chiến lược ngoại giao "
            "- quốc phòng Việt Nam - New Zealand lần thứ 3.\n\n"
            "Đoàn đại biểu Việt Nam và New Zealand tham gia Đối thoại Ngoại giao-Quốc phòng lần thứ 3 tại "
            "Wellington (6/5/2031).\n")
    found = events(text, kind="Dialogue")
    assert len(found) == 1
    assert found[0].start == PartialDate(2031, 5, 6)


def test_two_dialogues_of_other_editions_on_one_day_stay_two():
    text = ("Hai cuộc đối thoại\n\n"
            "Ngày 6/5/2031, tại Hà Nội, Việt Nam và Ấn Độ tổ chức Đối thoại Chính sách quốc phòng Việt Nam - Ấn Độ "
            "lần thứ 15.\n\n"
            "Cùng ngày 6/5/2031, hai bên tổ chức Đối thoại An ninh biển Việt Nam - Ấn Độ lần thứ 2.\n")
    assert len(events(text, kind="Dialogue")) == 2
