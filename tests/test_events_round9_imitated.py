"""How local and trade news tell events (issue 10, round 9, imitated pages): the talks a
"Kết thúc hội đàm, ..." goes back to, the plans listed after "các nội dung trọng tâm:",
farewell calls, a multilateral meeting dated where its short name is said to open, and a
photo caption's month that gives way to the day the body tells."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_after_the_talks_is_the_day_of_the_talks_not_the_last_day_named():
    text = ("Hai tỉnh biên giới hội đàm\n\n"
            "Ngày 20/6, tại thành phố Lạng Sơn, Đại tá Trần Văn Nam, Chỉ huy trưởng Bộ CHQS tỉnh, đã tiếp "
            "Đại tá Vương Kiến Quốc, Phó Tư lệnh Quân khu Quảng Tây (Trung Quốc).\n\n"
            "Trước đó, ngày 19/6, Bộ CHQS tỉnh Lạng Sơn và Quân khu Quảng Tây đã tiến hành hội đàm thường niên. "
            "Đại tá Trần Văn Nam và Đại tá Vương Kiến Quốc đồng chủ trì hội đàm.\n\n"
            "Kết thúc hội đàm, hai bên đã ký biên bản ghi nhớ.\n")
    found = events(text, published=PartialDate(2024, 6, 21), kind="Talks")
    assert [e.start for e in found] == [PartialDate(2024, 6, 19)]
    assert "event.day-of-the-happening-told" in rules_of(found)


def test_after_talks_with_no_talks_told_keeps_the_last_day():
    text = ("Đoàn quân sự thăm tỉnh\n\n"
            "Ngày 20/6, Đại tá Trần Văn Nam, Chỉ huy trưởng Bộ CHQS tỉnh, đã tiếp Đại tá Somphone Keo, "
            "Chỉ huy trưởng Bộ CHQS tỉnh Champasak (Lào).\n\n"
            "Sau hội đàm, hai đoàn đã dâng hương tại Nghĩa trang liệt sĩ.\n")
    found = events(text, published=PartialDate(2024, 6, 21), kind="Talks")
    assert "event.day-of-the-happening-told" not in rules_of(found)


def test_an_exchange_listed_among_the_agreed_contents_is_no_exchange():
    text = ("Hai lực lượng ký thỏa thuận\n\n"
            "Ngày 15/4, tại Đông Hà, Bộ CHQS tỉnh Quảng Trị và Bộ CHQS tỉnh Savannakhet (Lào) đã hội đàm. "
            "Hai bên đã ký Bản thỏa thuận phối hợp năm 2025, với các nội dung trọng tâm: trao đổi thông tin; "
            "quản lý biên giới; giao lưu văn hóa, thể thao giữa các đơn vị kết nghĩa.\n")
    assert events(text, published=PartialDate(2025, 4, 16), kind="Exchange") == []


def test_an_exchange_before_a_contents_list_stays_an_exchange():
    text = ("Giao lưu hữu nghị\n\n"
            "Chiều 15/4, cán bộ, chiến sĩ hai bên giao lưu văn nghệ, thi đấu bóng chuyền với đoàn Quân đội "
            "Lào, với các nội dung chính: hát, múa và bóng chuyền hơi.\n")
    found = events(text, published=PartialDate(2025, 4, 16), kind="Exchange")
    assert [e.start for e in found] == [PartialDate(2025, 4, 15)]


def test_a_farewell_call_is_a_meeting():
    text = ("Tùy viên Quốc phòng chào từ biệt\n\n"
            "Chiều 11/8, tại Hà Nội, Đại tá Bunma Sisavat, Tùy viên Quốc phòng Lào tại Việt Nam, đã đến chào "
            "từ biệt Cục Đối ngoại, Bộ Quốc phòng và được Thiếu tướng Trần Văn Nam, Phó Cục trưởng, tiếp.\n")
    found = events(text, published=PartialDate(2025, 8, 12), kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2025, 8, 11)]


def test_a_farewell_call_received_is_one_meeting():
    text = ("Thứ trưởng tiếp Đại sứ chào từ biệt\n\n"
            "Chiều 3/9, tại Hà Nội, Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng, đã tiếp Đại sứ "
            "Hàn Quốc Park Min-soo đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.\n")
    found = events(text, published=PartialDate(2025, 9, 4), kind="Meeting")
    assert len(found) == 1


def test_a_short_name_said_to_open_after_the_head_date_dates_its_conference():
    text = ("Bộ trưởng dự hai hội nghị\n\n"
            "Từ ngày 14 đến 17/11, Đại tướng Trần Văn Nam dẫn đầu đoàn tham dự Hội nghị Tư lệnh Hải quân "
            "các nước ASEAN lần thứ 9 (ANCM-9) và Hội nghị Tư lệnh Hải quân các nước ASEAN mở rộng lần thứ 3 "
            "(ANCM+ 3) tại Bangkok, Thái Lan.\n\n"
            "Sáng 15/11, ANCM-9 khai mạc tại Bangkok.\n\n"
            "Ngày 16/11, ANCM+ 3 diễn ra với sự tham dự của các nước đối tác.\n")
    found = events(text, published=PartialDate(2024, 11, 18), kind="Conference")
    assert sorted(str(e.start) for e in found) == ["2024-11-15", "2024-11-16"]
    assert "event.day-its-short-name-opens" in rules_of(found)


def test_a_short_name_not_heading_its_sentence_does_not_move_the_date():
    text = ("Bộ trưởng dự hội nghị\n\n"
            "Ngày 14/11, Đại tướng Trần Văn Nam tham dự Hội nghị Tư lệnh Hải quân các nước ASEAN lần thứ 9 "
            "(ANCM-9) tại Bangkok, Thái Lan.\n\n"
            "Ngày 20/11, theo thông báo, lịch ANCM-9 diễn ra đã được công bố.\n")
    found = events(text, published=PartialDate(2024, 11, 21), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2024, 11, 14)]


def test_a_caption_like_headline_takes_the_day_the_lead_tells():
    text = ("Cập nhật lúc 08:15, Thứ Tư, 12/03/2025 (GMT+7)\n"
            "Tàu hộ vệ JS Ariake cập Cảng quốc tế Cam Ranh\n"
            "Sáng 11-3, tàu JS Ariake (DD-109) thuộc Lực lượng Phòng vệ Biển Nhật Bản đã cập Cảng quốc tế "
            "Cam Ranh, bắt đầu chuyến thăm hữu nghị đến hết ngày 14-3.\n")
    found = events(text, published=PartialDate(2025, 3, 12), kind="PortCall")
    assert [e.start for e in found] == [PartialDate(2025, 3, 11)]


def test_happenings_listed_as_the_contents_attended_stay_events():
    text = ("Giao lưu biên giới\n\n"
            "Trong 2 ngày 27 - 28/8, lãnh đạo Bộ Quốc phòng hai nước Việt Nam và Campuchia đã tham dự các nội "
            "dung: hội nghị phối hợp quản lý biên giới; tọa đàm hữu nghị và giao lưu văn hóa văn nghệ.\n")
    found = events(text, published=PartialDate(2019, 8, 29), kind="Exchange")
    assert len(found) == 1


def test_a_visit_to_a_state_named_by_its_form_is_a_visit_to_that_country():
    text = ("Đối ngoại quốc phòng năm 2023\n\n"
            "Từ ngày 4 - 6/9, Đại tướng Trần Văn Nam, Bộ trưởng Bộ Quốc phòng thăm chính thức Cộng hòa Pháp.\n\n"
            "Tháng 11, Thượng tướng Lê Văn Hùng thăm chính thức Vương quốc Campuchia.\n")
    found = events(text, published=PartialDate(2023, 12, 30), kind="Visit")
    assert sorted((str(e.start), tuple(sorted(e.countries))) for e in found) == [
        ("2023-09-04", ("FRA", "VNM")), ("2023-11", ("KHM", "VNM"))]
