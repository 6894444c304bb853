"""How real news tells one event again by another name (issue 10, round 8): a show or a
meeting named later by the short name given to it in brackets, or described after "là";
a coast guard's joint inspection at sea told like a joint patrol."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_a_show_told_later_by_its_bracketed_short_name_is_that_show():
    text = ("Đoàn Việt Nam dự triển lãm ở nước ngoài\n\n"
            "Từ ngày 12 - 15/3/2024, đoàn đại biểu Bộ Quốc phòng do Thượng tướng Trần Văn Nam làm trưởng đoàn "
            "đã tham dự Triển lãm Quốc phòng và hàng không quốc tế Bandung 2024 (BIDEX 2024) tại Indonesia.\n\n"
            "Thượng tướng Trần Văn Nam và đoàn tham quan Triển lãm BIDEX.\n")
    found = events(text, published=PartialDate(2024, 3, 16), kind="Exhibition")
    assert [e.start for e in found] == [PartialDate(2024, 3, 12)]
    assert "event.told-by-short-name" in rules_of(found)


def test_a_conference_told_later_with_its_short_name_inside_a_longer_name_is_that_conference():
    text = ("Hội nghị trực tuyến của lực lượng phòng không\n\n"
            "Hội nghị Tư lệnh Phòng không các nước Đông Nam Á lần thứ 9 (SADC-9) diễn ra ngày 14/10 theo "
            "hình thức trực tuyến. Thiếu tướng Trần Văn Nam chủ trì Hội nghị.\n\n"
            "Các đại biểu tại Hội nghị trực tuyến SADC-9 đánh giá cao vai trò của nước chủ nhà.\n")
    found = events(text, published=PartialDate(2021, 10, 15), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2021, 10, 14)]
    assert "event.told-by-short-name" in rules_of(found)


def test_a_short_name_of_another_edition_is_not_that_event():
    text = ("Hai hội nghị\n\n"
            "Ngày 14/10/2021, Hội nghị Tư lệnh Phòng không các nước Đông Nam Á lần thứ 9 (SADC-9) diễn ra "
            "tại Hà Nội.\n\n"
            "Ngày 20/10/2021, Hội nghị SADC-10 chuẩn bị diễn ra tại Hà Nội.\n")
    found = events(text, published=PartialDate(2021, 10, 21), kind="Conference")
    assert "event.told-by-short-name" not in rules_of(found)


def test_a_name_after_la_describes_the_show_told_before():
    text = ("Việt Nam dự triển lãm\n\n"
            "Ngày 5/5/2023, đoàn Việt Nam đã tham dự Triển lãm Hàng hải quốc tế Bandung 2023.\n\n"
            "Bandung là triển lãm lớn nhất khu vực Đông Nam Á trong lĩnh vực hàng hải.\n")
    found = events(text, published=PartialDate(2023, 5, 6), kind="Exhibition")
    assert len(found) == 1
    assert "event.described-as" in rules_of(found)


def test_a_joint_inspection_of_two_coast_guards_is_a_joint_patrol():
    text = ("Cảnh sát biển hai nước kiểm tra nghề cá\n\n"
            "Sáng 12/5, Cảnh sát biển Việt Nam và Cảnh sát biển Trung Quốc bắt đầu chuyến kiểm tra liên hợp "
            "nghề cá trong vùng đánh cá chung vịnh Bắc Bộ.\n")
    found = events(text, published=PartialDate(2022, 5, 12), kind="Exercise")
    assert [e.start for e in found] == [PartialDate(2022, 5, 12)]
    assert set(found[0].countries) == {"VNM", "CHN"}


def test_a_rule_of_joint_inspection_is_no_inspection():
    text = ("Cảnh sát biển hai nước hội đàm\n\n"
            "Ngày 12/5, hai bên rà soát việc thực hiện Quy chế kiểm tra liên hợp nghề cá giữa Cảnh sát biển "
            "Việt Nam và Cảnh sát biển Trung Quốc.\n")
    assert events(text, published=PartialDate(2022, 5, 12), kind="Exercise") == []


def test_an_exchange_told_as_held_on_a_day_is_an_exchange():
    text = ("Biên phòng hai nước giao lưu\n\n"
            "Ngày 8.3, tại cột mốc 600, Đồn Biên phòng A Xing phối hợp Đại đội biên phòng 301, Bộ Chỉ huy quân sự "
            "tỉnh Salavan (Lào) tổ chức buổi giao lưu, trao đổi kinh nghiệm quản lý biên giới.\n")
    found = events(text, published=PartialDate(2024, 3, 9), kind="Exchange")
    assert [e.start for e in found] == [PartialDate(2024, 3, 8)]
    assert set(found[0].countries) == {"VNM", "LAO"}


def test_a_credit_in_capitals_closing_a_caption_names_no_second_exchange():
    text = ("Biên phòng hai nước giao lưu\n\n"
            "Ngày 8.3, tại cột mốc 600, Đồn Biên phòng A Xing phối hợp Đại đội biên phòng 301, Bộ Chỉ huy quân sự "
            "tỉnh Salavan (Lào) tổ chức buổi giao lưu, trao đổi kinh nghiệm quản lý biên giới.\n\n"
            "Cán bộ hai bên trao quà tại buổi giao lưu MINH HẢI\n\n"
            "Hai bên cũng thi đấu bóng chuyền hữu nghị.\n")
    found = events(text, published=PartialDate(2024, 3, 9), kind="Exchange")
    assert [e.start for e in found] == [PartialDate(2024, 3, 8)]
    assert "MINH" not in found[0].label


def test_a_ship_visiting_a_country_on_a_voyage_makes_a_call_there():
    text = ("Tàu 18 hoàn thành chuyến công tác\n\n"
            "Từ ngày 3-2 đến ngày 20-3, đoàn công tác Hải quân nhân dân Việt Nam do Đại tá Trần Văn Hòa làm "
            "Trưởng đoàn đi trên Tàu 18, tham gia chuỗi hoạt động diễn tập và thăm xã giao.\n\n"
            "Trong thời gian thăm xã giao Indonesia từ ngày 10 đến ngày 13-2, Tàu 18 và đoàn công tác đã đến "
            "chào xã giao Bộ Tư lệnh Hạm đội 2, Hải quân Indonesia.\n")
    found = events(text, published=PartialDate(2025, 3, 21), kind="PortCall")
    calls = [e for e in found if "IDN" in e.countries]
    assert [e.start for e in calls] == [PartialDate(2025, 2, 10)]
    assert all(e.type != "Meeting" or "IDN" not in e.countries for e in events(text, published=PartialDate(2025, 3, 21)))


def test_a_courtesy_visit_to_a_country_by_a_delegation_is_a_visit():
    text = ("Đoàn Học viện thăm Thái Lan\n\n"
            "Từ ngày 4 đến ngày 7/6, đoàn cán bộ Học viện Hải quân do Chuẩn Đô đốc Trần Văn Hòa dẫn đầu đã thăm "
            "xã giao Thái Lan.\n")
    found = events(text, published=PartialDate(2025, 6, 8))
    assert [(e.type, e.start) for e in found if "THA" in e.countries] == [("Visit", PartialDate(2025, 6, 4))]


def test_a_courtesy_call_on_a_command_stays_a_meeting():
    text = ("Tàu Hải quân Ấn Độ thăm Đà Nẵng\n\n"
            "Sáng 5/3, tàu INS Kavach của Hải quân Ấn Độ cập cảng Tiên Sa, bắt đầu chuyến thăm Đà Nẵng.\n\n"
            "Chiều cùng ngày, chỉ huy tàu đã thăm xã giao Bộ Tư lệnh Vùng 3 Hải quân.\n")
    found = events(text, published=PartialDate(2025, 3, 6))
    assert "event.courtesy-visit-of-a-country" not in rules_of(found)


def test_a_link_line_behind_a_single_arrow_opens_no_port_call():
    text = ("Tàu Hải quân Pháp thăm Hải Phòng\n\n"
            "Sáng 12/4, tàu tuần tra Commandant Blaison của Hải quân Pháp đã cập cảng Hải Phòng, bắt đầu chuyến "
            "thăm hữu nghị.\n\n"
            "> Tàu khu trục Hàn Quốc cập cảng Đà Nẵng\n\n"
            "Trong thời gian ở Hải Phòng, thủy thủ tàu sẽ giao lưu thể thao với Hải quân Việt Nam.\n")
    found = events(text, published=PartialDate(2024, 4, 12), kind="PortCall")
    assert [sorted(e.countries) for e in found] == [["FRA", "VNM"]]


def test_a_show_abroad_told_without_its_place_is_held_where_it_always_is():
    text = ("Việt Nam dự triển lãm hàng không\n\n"
            "Ngày 18/11/2025, đoàn Bộ Quốc phòng Việt Nam do Thượng tướng Trần Văn Nam dẫn đầu dự Triển lãm "
            "Hàng không Dubai 2025, tìm hiểu công nghệ hàng không.\n")
    found = events(text, published=PartialDate(2025, 11, 19), kind="Exhibition")
    assert [sorted(e.countries) for e in found] == [["ARE", "VNM"]]
    assert "event.host-of-show" in rules_of(found)


def test_a_headline_in_capitals_keeps_its_name():
    text = ("Đối thoại QUỐC PHÒNG VIỆT-NHẬT\n\n"
            "Ngày 3/6, Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 10 diễn ra tại Tokyo.\n")
    found = events(text, published=PartialDate(2024, 6, 4), kind="Dialogue")
    assert [e.start for e in found] == [PartialDate(2024, 6, 3)]
    assert "event.credit-not-a-name" not in rules_of(found)


def test_a_reception_of_attaches_written_in_lower_case_is_a_meeting():
    text = ("Tiếp tùy viên quân sự\n\n"
            "Sáng 5/5, Thượng tướng Trần Văn Nam đã tiếp tuỳ viên quân sự các nước Trung Quốc, Lào và Nga tại Hà Nội.\n")
    found = events(text, published=PartialDate(2024, 5, 6), kind="Meeting")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2024, 5, 5), ["CHN", "LAO", "RUS", "VNM"])]


def test_going_on_with_work_is_no_reception():
    text = ("Hội nghị\n\n"
            "Sáng 5/5, Thượng tướng Trần Văn Nam đề nghị các cơ quan tiếp tục tăng cường hợp tác với Lào.\n")
    assert events(text, published=PartialDate(2024, 5, 6), kind="Meeting") == []


def test_contacts_with_unnamed_people_of_many_countries_are_no_meeting():
    text = ("Việt Nam dự triển lãm\n\n"
            "Từ ngày 12 - 15/3/2024, đoàn Bộ Quốc phòng do Thượng tướng Trần Văn Nam làm trưởng đoàn đã tham dự "
            "Triển lãm Quốc phòng Bandung 2024 tại Indonesia.\n\n"
            "Trong khuôn khổ triển lãm, đoàn đã tham quan các gian hàng; đồng thời có các cuộc gặp gỡ, tiếp xúc "
            "với đại diện Bộ Quốc phòng và doanh nghiệp nhiều nước.\n")
    assert events(text, published=PartialDate(2024, 3, 16), kind="Meeting") == []


def test_a_meeting_with_a_named_countrys_delegation_stays():
    text = ("Việt Nam dự triển lãm\n\n"
            "Từ ngày 12 - 15/3/2024, đoàn Bộ Quốc phòng do Thượng tướng Trần Văn Nam làm trưởng đoàn đã tham dự "
            "Triển lãm Quốc phòng Bandung 2024 tại Indonesia.\n\n"
            "Ngày 13/3, Thượng tướng Trần Văn Nam đã có cuộc gặp với đại diện Bộ Quốc phòng Indonesia.\n")
    found = events(text, published=PartialDate(2024, 3, 16), kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2024, 3, 13)]
