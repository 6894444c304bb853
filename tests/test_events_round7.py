"""How real news tells one event twice or several at once (issue 10, round 7): a name that is
only the two sides, talks presupposed after a dialogue, bilateral meetings listed without
"với", a guest with a lower-case rank, a visit whose visitors only the sentence names."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_a_caption_naming_a_dialogue_by_its_two_sides_is_that_dialogue():
    text = ("Đối thoại quốc phòng Việt Nam - Nhật Bản lần thứ 9\n\n"
            "Sáng 14/5, Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 9 diễn ra tại Hà Nội, do "
            "Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng và ông Tanaka Hiroshi, Thứ trưởng Quốc phòng "
            "Nhật Bản đồng chủ trì.\n\n"
            "Đối thoại Việt Nam - Nhật Bản diễn ra tại Nhà khách Bộ Quốc phòng.\n")
    found = events(text, published=PartialDate(2024, 5, 15), kind="Dialogue")
    assert [e.start for e in found] == [PartialDate(2024, 5, 14)]
    assert "event.named-by-its-sides" in rules_of(found)


def test_a_patrol_named_by_its_two_sides_after_its_edition_is_that_patrol():
    text = ("Tuần tra liên hợp kết thúc\n\n"
            "Ngày 9/10, Tuần tra liên hợp lần thứ 30 Việt Nam - Campuchia trên vùng biển giáp ranh đã kết thúc.\n\n"
            "Trong hành trình, biên đội tàu tuần tra liên hợp Việt Nam - Campuchia đã tiến hành diễn tập thông tin.\n")
    found = events(text, published=PartialDate(2023, 10, 10), kind="Exercise")
    assert [e.start for e in found] == [PartialDate(2023, 10, 9)]


def test_a_name_of_two_other_sides_is_another_event():
    text = ("Hai cuộc đối thoại\n\n"
            "Sáng 14/5, Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 9 diễn ra tại Hà Nội.\n\n"
            "Chiều 16/5, Đối thoại Việt Nam - Ấn Độ diễn ra tại Hà Nội.\n")
    found = events(text, published=PartialDate(2024, 5, 17), kind="Dialogue")
    assert sorted(str(e.start) for e in found) == ["2024-05-14", "2024-05-16"]


def test_talks_presupposed_after_a_dialogue_are_that_dialogue():
    text = ("Đối thoại chiến lược\n\n"
            "Chiều 10/8, Đối thoại chiến lược quốc phòng Việt Nam - Ấn Độ lần thứ 12 diễn ra tại Hà Nội. "
            "Đoàn Việt Nam do Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng làm trưởng đoàn.\n\n"
            "Sau hội đàm, Đại tướng Lê Văn Bình, Bộ trưởng Bộ Quốc phòng tiếp xã giao đoàn đại biểu Bộ Quốc phòng Ấn Độ.\n")
    found = events(text, published=PartialDate(2023, 8, 11))
    assert sorted(e.type for e in found) == ["Dialogue", "Meeting"]
    assert "event.talks-word-of-dialogue" in rules_of(found)


def test_talks_told_on_their_own_after_a_dialogue_stay_talks():
    text = ("Đối thoại và hội đàm\n\n"
            "Chiều 10/8, Đối thoại chiến lược quốc phòng Việt Nam - Ấn Độ lần thứ 12 diễn ra tại Hà Nội.\n\n"
            "Sáng 11/8, Đại tướng Lê Văn Bình đã hội đàm với Bộ trưởng Quốc phòng Ấn Độ Rajan Kumar.\n")
    found = events(text, published=PartialDate(2023, 8, 12))
    assert sorted(e.type for e in found) == ["Dialogue", "Talks"]


def test_bilateral_meetings_listed_right_after_the_trigger_are_one_each():
    text = ("Gặp song phương bên lề diễn đàn\n\n"
            "Nhân dịp dự Diễn đàn An ninh khu vực lần thứ 8, chiều 4/6, Đại tướng Lê Văn Bình, Bộ trưởng Bộ Quốc phòng "
            "đã gặp song phương Đại tướng Somsak Rattanakul, Bộ trưởng Quốc phòng Thái Lan; Thượng tướng Kenji Sato, "
            "Bộ trưởng Quốc phòng Nhật Bản và Bộ trưởng Quốc phòng Ấn Độ Rajan Kumar.\n")
    found = events(text, published=PartialDate(2024, 6, 5), kind="Meeting")
    assert sorted(tuple(sorted(e.countries)) for e in found) == [("IND", "VNM"), ("JPN", "VNM"), ("THA", "VNM")]
    assert {e.start for e in found} == {PartialDate(2024, 6, 4)}
    assert "event.bilateral-list" in rules_of(found)


def test_one_counterpart_right_after_the_trigger_is_one_meeting():
    text = ("Gặp song phương\n\n"
            "Chiều 4/6, Đại tướng Lê Văn Bình đã gặp song phương Đại tướng Somsak Rattanakul, Bộ trưởng Quốc phòng "
            "Thái Lan.\n")
    found = events(text, published=PartialDate(2024, 6, 5), kind="Meeting")
    assert [sorted(e.countries) for e in found] == [["THA", "VNM"]]


def test_a_delegation_visiting_on_the_occasion_of_a_reception_is_the_visitor():
    text = ("Tiếp đoàn Bộ Chỉ huy Quân sự tỉnh bạn\n\n"
            "Sáng 9/11, ông Trần Văn Hải, Chủ tịch UBND tỉnh Hà Giang tiếp xã giao Đoàn đại biểu Bộ Chỉ huy Quân sự "
            "tỉnh Phông Sa Lỳ, nước Cộng hòa Dân chủ nhân dân Lào nhân dịp đoàn thăm và làm việc tại tỉnh.\n")
    found = events(text, published=PartialDate(2024, 11, 10), kind="Visit")
    assert [sorted(e.countries) for e in found] == [["LAO", "VNM"]]
    assert "event.visitors-of-sentence" in rules_of(found)


def test_a_named_foreign_visitor_still_makes_the_visit_his():
    text = ("Tiếp đoàn Lào\n\n"
            "Sáng 9/11, ông Trần Văn Hải tiếp Đại tá Bounmy Phommavong, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh "
            "Phông Sa Lỳ (Lào) nhân dịp đoàn thăm và làm việc tại Hà Giang.\n")
    found = events(text, published=PartialDate(2024, 11, 10), kind="Visit")
    assert all("event.visitors-of-sentence" not in rd.rules for e in found for rd in e.readings)


def test_a_reception_of_a_guest_with_a_lower_case_rank_is_a_meeting():
    text = ("Tiếp Tham mưu trưởng\n\n"
            "Sáng ngày 12/3/2024, Thượng tướng Trần Văn Nam, Tổng Tham mưu trưởng đã tiếp đại tướng Kenji Sato "
            "(Ken-di Xa-tô) - Tham mưu trưởng Lực lượng Phòng vệ Mặt đất Nhật Bản.\n")
    found = events(text, kind="Meeting")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2024, 3, 12), ["JPN", "VNM"])]


def test_a_lower_case_general_word_alone_opens_no_meeting():
    text = ("Tin tức\n\n"
            "Sáng 12/3, các chiến sĩ tiếp tục gặp tướng quân đội trong buổi giao ban thường lệ.\n")
    assert events(text, published=PartialDate(2024, 3, 13), kind="Meeting") == []


def test_an_exchange_the_sides_talked_about_at_a_reception_is_no_event():
    text = ("Tiếp Tùy viên Quốc phòng\n\n"
            "Sáng 28/3, Thượng tướng Trần Văn Nam, Thứ trưởng Bộ Quốc phòng tiếp Đại tá Lý Minh, Tùy viên Quốc phòng "
            "Trung Quốc tại Việt Nam.\n\n"
            "Về việc phối hợp tổ chức Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Trung Quốc lần thứ 11, hai bên "
            "thống nhất sớm làm công tác chuẩn bị.\n")
    found = events(text, published=PartialDate(2024, 3, 29))
    assert [e.type for e in found] == ["Meeting"]


def test_a_visit_to_a_foreign_province_takes_the_country_told_after_it():
    text = ("Tư lệnh Quân khu thăm tỉnh bạn\n\n"
            "Ngày 5-10, Thiếu tướng Trần Văn Nam, Tư lệnh Quân khu cùng đoàn công tác đã đến thăm và làm việc tại "
            "tỉnh Hủa Phăn (Nước Cộng hòa dân chủ nhân dân Lào).\n")
    found = events(text, published=PartialDate(2023, 10, 6), kind="Visit")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2023, 10, 5), ["LAO", "VNM"])]
    assert "event.country-of-place-visited" in rules_of(found)


def test_a_visit_to_a_province_of_vietnam_stays_no_visit():
    text = ("Tư lệnh Quân khu thăm tỉnh\n\n"
            "Ngày 5-10, Thiếu tướng Trần Văn Nam, Tư lệnh Quân khu đã đến thăm và làm việc tại tỉnh Quảng Ninh, "
            "Việt Nam.\n")
    assert events(text, published=PartialDate(2023, 10, 6), kind="Visit") == []


def test_contacts_summed_up_for_an_earlier_year_are_no_meeting():
    text = ("Tuần tra song phương\n\n"
            "Ngày 14/1/2018, Đồn Biên phòng Ia Mơ và Đại đội Biên phòng 432 (Campuchia) đã tổ chức tuần tra song phương.\n\n"
            "Được biết, trong năm 2017, hai bên đã thường xuyên duy trì trao đổi thông tin, phối hợp tuần tra, thăm hỏi, "
            "gặp gỡ, làm việc.\n")
    found = events(text, published=PartialDate(2018, 1, 15), kind="Meeting")
    assert found == []


def test_contacts_of_an_earlier_year_are_a_recap_on_a_page_dated_later():
    text = ("Hợp tác biên giới\n\n"
            "Được biết, trong năm 2017, hai bên đã thường xuyên duy trì trao đổi thông tin, phối hợp tuần tra, thăm hỏi, "
            "gặp gỡ, làm việc với Đại đội Biên phòng 432 (Campuchia).\n")
    assert events(text, published=PartialDate(2018, 1, 15), kind="Meeting") == []
    # on a page of that same year, the year's contacts are no recap of an earlier year
    assert [e.start for e in events(text, published=PartialDate(2017, 12, 30), kind="Meeting")] == [PartialDate(2017)]


def test_a_joint_patrol_told_with_only_vietnam_takes_the_foreign_side_of_its_sentence():
    text = ("Biên đội tàu cập cảng nước bạn\n\n"
            "Sáng 16/3, Biên đội Tàu 018, Tàu 019 thuộc Lữ đoàn 162 cùng đoàn công tác Hải quân nhân dân Việt Nam do "
            "Đại tá Trần Văn Nam làm trưởng đoàn đã cập cảng Sattahip (tỉnh Chonburi, Thái Lan), bắt đầu tham gia các "
            "hoạt động trong khuôn khổ Giao lưu hải quân Việt Nam - Thái Lan lần thứ 3 và tuần tra liên hợp lần thứ 12 "
            "trên vùng biển giáp ranh.\n")
    found = events(text, published=PartialDate(2024, 3, 17), kind="Exercise")
    assert [sorted(e.countries) for e in found] == [["THA", "VNM"]]


def test_a_drill_of_vietnam_alone_takes_no_foreign_side():
    text = ("Diễn tập khu vực phòng thủ\n\n"
            "Sáng 16/3, Bộ Chỉ huy Quân sự tỉnh An Giang đã tổ chức diễn tập khu vực phòng thủ năm 2024. "
            "Dự có đại diện Lãnh sự quán Campuchia tại An Giang.\n")
    found = events(text, published=PartialDate(2024, 3, 17), kind="Exercise")
    assert all("KHM" not in e.countries for e in found)
