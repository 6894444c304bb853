"""How news tells events (issue 10, round 11, imitated pages): a round-up's tally of routine
happenings ("46 cuộc tuần tra song phương", "hội đàm 6 lần") is a count, not one happening,
and the one dated happening told after it stands alone; the delegations of a multilateral
meeting listed after "trưởng đoàn của" or "đại diện" (an observer among them) are its
countries."""

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import PartialDate
from reading_helpers import drops, events, read


def test_a_tally_of_patrols_and_talks_in_a_round_up_makes_no_event():
    text = ("Biên phòng tỉnh tổng kết năm\n\n"
            "Trong năm, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn đã phối hợp với lực lượng biên phòng "
            "Trung Quốc tổ chức 52 cuộc tuần tra song phương; tổ chức 27 cuộc hội đàm, gặp gỡ ở cấp đồn.\n")
    doc = read(text, PartialDate(2025, 12, 20))
    assert doc.events == []
    assert drops(doc, "event").count("event.tallied") == 3


def test_a_count_after_the_happening_is_a_tally_too():
    text = ("Tuần tra chung\n\n"
            "Theo Thượng tá Hà Văn Minh, từ đầu năm, hai đồn đã phối hợp tuần tra song phương 9 lần và "
            "trao đổi nhiều thông tin về tội phạm với Đại đội Biên phòng 531 của Lào.\n")
    doc = read(text, PartialDate(2025, 4, 2))
    assert [e for e in doc.events if e.type == "Exercise"] == []
    assert "event.tallied" in drops(doc, "event")


def test_an_edition_number_is_no_tally():
    text = ("Hội đàm biên giới\n\n"
            "Sáng 14/5, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang và Cục Quản lý xuất nhập cảnh biên phòng "
            "Văn Sơn (Trung Quốc) tổ chức hội đàm lần thứ 2 năm 2025.\n")
    found = events(text, PartialDate(2025, 5, 15), kind="Talks")
    assert [e.start for e in found] == [PartialDate(2025, 5, 14)]


def test_the_dated_exercise_after_a_tally_is_its_own_event():
    text = ("Biên phòng tổng kết năm\n\n"
            "Trong năm, đơn vị đã phối hợp với lực lượng Lào tổ chức 30 cuộc tuần tra song phương.\n\n"
            "Đặc biệt, sáng 9/9, tại khu vực cửa khẩu Nậm Cắn, Bộ đội Biên phòng tỉnh phối hợp với lực "
            "lượng bảo vệ biên giới Lào tổ chức diễn tập liên hợp ứng phó sự cố cháy rừng.\n")
    found = events(text, PartialDate(2025, 12, 28), kind="Exercise")
    assert [e.start for e in found] == [PartialDate(2025, 9, 9)]


def test_delegation_heads_listed_after_the_meeting_word_are_its_countries():
    text = ("Hội nghị tại Kuala Lumpur\n\n"
            "Ngày 3/3, Hội nghị Tư lệnh Lục quân khu vực lần thứ 25 diễn ra tại Kuala Lumpur. "
            "Tham dự hội nghị có trưởng đoàn của Brunei, Campuchia, Indonesia, Lào, Malaysia, Philippines, "
            "Singapore, Thái Lan, Việt Nam, đoàn quan sát viên Đông Timor cùng các nước đối tác Australia, "
            "Nhật Bản và Hoa Kỳ.\n")
    found = events(text, PartialDate(2025, 3, 4), kind="Conference")
    assert len(found) == 1
    assert {"BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS", "AUS", "JPN", "USA"} <= set(found[0].countries)


def test_envoys_of_armies_listed_before_the_guests_are_countries_of_the_conference_too():
    text = ("Giao lưu quân y\n\n"
            "Sáng 12/6, tại Hà Nội, Cục Quân y tổ chức Hội thảo quân y quốc tế. Dự hội thảo có đại diện "
            "quân đội Ấn Độ, Nhật Bản cùng các nước Hàn Quốc, Singapore.\n")
    found = [e for e in events(text, PartialDate(2025, 6, 12)) if e.type == "Conference"]
    assert len(found) == 1
    assert {"IND", "JPN", "KOR", "SGP"} <= set(found[0].countries)


def test_a_single_country_after_a_delegation_word_is_no_list():
    text = ("Hội đàm\n\n"
            "Sáng 20/4, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với đoàn đại biểu Nhật Bản do Bộ trưởng "
            "Quốc phòng Nakatani Gen dẫn đầu.\n")
    found = events(text, PartialDate(2025, 4, 20), kind="Talks")
    assert len(found) == 1
    assert sorted(found[0].countries) == ["JPN", "VNM"]


def test_a_venue_named_trade_and_exhibition_centre_is_no_show():
    text = ("Doanh nghiệp quốc phòng dự triển lãm\n\n"
            "Từ ngày 10 đến 13-4, tại Trung tâm Hội nghị và Triển lãm quốc tế Jakarta, đoàn Tổng cục Công "
            "nghiệp quốc phòng đã tham dự Triển lãm Indo Defence 2025.\n")
    doc = read(text, PartialDate(2025, 4, 14))
    shows = [e for e in doc.events if e.type == "Exhibition"]
    assert [(e.label, e.start, e.end) for e in shows] == [
        ("Triển lãm Indo Defence 2025", PartialDate(2025, 4, 10), PartialDate(2025, 4, 13))]
    assert "event.venue-name" in drops(doc, "event")


def test_a_day_on_the_sidelines_of_a_show_leaves_the_show_its_days():
    text = ("Triển lãm quốc phòng\n\n"
            "(TTXVN) Từ ngày 10 đến 13-4, tại Trung tâm Hội nghị và Triển lãm quốc tế Jakarta, đoàn đại biểu Tổng cục Công nghiệp quốc phòng "
            "(Bộ Quốc phòng Việt Nam) do Trung tướng Hoàng Minh Tuấn, Phó Chủ nhiệm Tổng cục làm trưởng đoàn "
            "đã tham dự Triển lãm Indo Defence 2025.\n\n"
            "Ngày 11-4, bên lề triển lãm, Trung tướng Hoàng Minh Tuấn gặp Thứ trưởng Quốc phòng Indonesia "
            "Donny Ermawan.\n")
    doc = read(text, PartialDate(2025, 4, 14))
    shows = [e for e in doc.events if e.type == "Exhibition"]
    assert [(e.start, e.end) for e in shows] == [(PartialDate(2025, 4, 10), PartialDate(2025, 4, 13))]
    meetings = [e for e in doc.events if e.type == "Meeting"]
    assert [e.start for e in meetings] == [PartialDate(2025, 4, 11)]


def test_a_conference_told_on_its_own_day_of_a_two_day_stretch_takes_that_day():
    text = ("Hội nghị tại Viêng Chăn\n\n"
            "Trong hai ngày 20 và 21/11, tại Viêng Chăn, Bộ trưởng dự Hội nghị ADMM-18 và Hội nghị ADMM+.\n\n"
            "Sang ngày 21/11, Hội nghị ADMM+ diễn ra với chủ đề hợp tác quốc phòng.\n")
    doc = read(text, PartialDate(2024, 11, 22))
    days = {e.label: e.start for e in doc.events if e.type == "Conference"}
    assert days.get("Hội nghị ADMM+") == PartialDate(2024, 11, 21)


def test_the_next_day_after_a_told_day_dates_the_meeting():
    text = ("Hợp tác công nghiệp quốc phòng\n\n"
            "Ngày 14-6, tại Paris, Thượng tướng Lê Huy Vịnh gặp Thứ trưởng Bộ Quân đội Pháp Patricia Mirallès.\n\n"
            "Hôm sau, Thượng tướng Lê Huy Vịnh tiếp tục có cuộc gặp với Đại tướng Thierry Burkhard, Tổng Tham "
            "mưu trưởng Quân đội Pháp.\n")
    doc = read(text, PartialDate(2026, 6, 20))
    days = sorted(e.start for e in doc.events if e.type == "Meeting")
    assert days == [PartialDate(2026, 6, 14), PartialDate(2026, 6, 15)]
    assert any("event.next-day" in rd.rules for e in doc.events for rd in e.readings)


def test_the_next_day_across_a_month_end():
    text = ("Chuyến thăm Lào\n\n"
            "Sáng 31/10, tại Viêng Chăn, Đại tướng Phan Văn Giang hội đàm với Đại tướng Chansamone Chanyalath.\n\n"
            "Ngày hôm sau, Đại tướng Phan Văn Giang chào xã giao Thủ tướng Lào Sonexay Siphandone.\n")
    doc = read(text, PartialDate(2025, 11, 2))
    assert [e.start for e in doc.events if e.type == "Meeting"] == [PartialDate(2025, 11, 1)]


def test_a_day_in_brackets_after_the_next_day_is_that_day():
    text = ("Thăm Mông Cổ\n\n"
            "Ngày 12/4, tại Ulaanbaatar, Thượng tướng Phạm Đức Thịnh hội đàm với Trung tướng Gankhuyag "
            "Batbold, Tổng Tham mưu trưởng Lực lượng vũ trang Mông Cổ.\n\n"
            "Hôm sau (13/4), Thượng tướng Phạm Đức Thịnh chào xã giao Thứ trưởng Bộ Quốc phòng Mông Cổ "
            "Tsogtbaatar Enkhbold.\n")
    doc = read(text, PartialDate(2025, 4, 15))
    assert [e.start for e in doc.events if e.type == "Meeting"] == [PartialDate(2025, 4, 13)]


def test_a_ship_group_under_way_at_a_reception_is_the_port_call_told_with_its_own_days():
    text = ("Tư lệnh Hải quân tiếp Chỉ huy trưởng biên đội tàu Nhật Bản\n\n"
            "Ngày 20/5, tại Bộ Tư lệnh Vùng 4 Hải quân, Chuẩn Đô đốc Trần Thanh Nghiêm, Tư lệnh Quân chủng "
            "Hải quân tiếp Đại tá Sato Kenji, Chỉ huy trưởng biên đội tàu Hải quân Nhật Bản đang thăm hữu "
            "nghị tỉnh Khánh Hòa.\n\n"
            "Biên đội gồm tàu khu trục JS Ise và tàu hộ vệ JS Takanami đã cập cảng quốc tế Cam Ranh sáng "
            "19/5, bắt đầu chuyến thăm kéo dài đến ngày 22/5.\n")
    doc = read(text, PartialDate(2025, 5, 21))
    calls = [e for e in doc.events if e.type == "PortCall"]
    assert [e.start for e in calls] == [PartialDate(2025, 5, 19)]
    assert [e.start for e in doc.events if e.type == "Meeting"] == [PartialDate(2025, 5, 20)]


def test_an_item_of_the_contents_agreed_is_a_plan_not_a_happening():
    text = ("Biên phòng gặp mặt lực lượng bảo vệ biên giới Campuchia\n\n"
            "Sáng 5/3, tại Cửa khẩu quốc tế Xa Mát, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh gặp mặt lực "
            "lượng bảo vệ biên giới tỉnh Tboung Khmum (Campuchia).\n\n"
            "Kết thúc buổi làm việc, hai bên thống nhất nội dung phối hợp trong quý II, trong đó có việc tổ "
            "chức tuần tra song phương tại khu vực mốc 120.\n")
    doc = read(text, PartialDate(2025, 3, 6))
    assert [e for e in doc.events if e.type == "Exercise"] == []
    assert "event.contents-item" in drops(doc, "event")


def test_a_named_exercise_followed_by_the_years_past_is_background():
    text = ("Hội đàm với Mông Cổ\n\n"
            "Ngày 12/4, tại Ulaanbaatar, Thượng tướng Phạm Đức Thịnh hội đàm với Trung tướng Gankhuyag Batbold.\n\n"
            "Trung tướng Gankhuyag Batbold cảm ơn Việt Nam đã cử sĩ quan tham gia Diễn tập gìn giữ hòa bình "
            "Khaan Quest những năm qua.\n")
    doc = read(text, PartialDate(2025, 4, 13))
    assert [e for e in doc.events if e.type == "Exercise"] == []
    assert "event.past-years" in drops(doc, "event")


def test_a_named_exercise_of_this_year_is_still_an_event():
    text = ("Diễn tập gìn giữ hòa bình\n\n"
            "Ngày 14/6, tại Ulaanbaatar, Diễn tập gìn giữ hòa bình Khaan Quest 2025 khai mạc với sự tham gia "
            "của sĩ quan Việt Nam.\n")
    found = events(text, PartialDate(2025, 6, 15), kind="Exercise")
    assert [e.start for e in found] == [PartialDate(2025, 6, 14)]


def test_a_day_joined_to_the_talks_noun_is_their_day():
    text = ("Biên phòng tổng kết năm\n\n"
            "Năm 2025, Bộ đội Biên phòng tỉnh Cao Bằng đã phối hợp với lực lượng Trung Quốc tổ chức 40 cuộc "
            "tuần tra song phương.\n\n"
            "Điểm nhấn là cuộc hội đàm định kỳ ngày 18-3 tại Cửa khẩu quốc tế Trà Lĩnh giữa Đại tá Lục Văn "
            "Thắng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Cao Bằng và Đại tá Lý Quân, Cục trưởng Cục Quản lý "
            "xuất nhập cảnh biên phòng Sùng Tả (Trung Quốc).\n")
    found = events(text, PartialDate(2025, 12, 20), kind="Talks")
    assert [e.start for e in found] == [PartialDate(2025, 3, 18)]


def test_a_day_after_a_named_conference_and_a_resolution_is_not_the_conference_day():
    text = ("Tổng kết nghị quyết\n\n"
            "Sáng 22/11, Đảng ủy Quân chủng tổ chức Hội nghị tổng kết 10 năm thực hiện Nghị quyết số "
            "806-NQ/QUTW ngày 31/12/2013 của Quân ủy Trung ương.\n")
    found = events(text, PartialDate(2023, 11, 22), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2023, 11, 22)]


def test_a_day_after_a_named_conferences_short_name_is_its_day():
    text = ("Đối ngoại quốc phòng năm 2025\n\n"
            "Tại Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 19 (ADMM-19) ngày 31-10 tại Kuala Lumpur "
            "(Malaysia), Đại tướng Phan Văn Giang đã phát biểu về hợp tác quốc phòng khu vực.\n")
    found = events(text, PartialDate(2025, 12, 25), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2025, 10, 31)]


def test_a_source_in_brackets_before_the_next_sentence_gives_no_day():
    text = ("An ninh cho hội nghị\n\n"
            "Campuchia triển khai 10.000 nhân viên an ninh phục vụ hội nghị ASEAN (Nguồn: khmertimes) Ngày "
            "25/10, Bộ Nội vụ Campuchia cho biết sẽ bảo đảm an ninh cho các hội nghị.\n")
    assert [e.start for e in events(text, PartialDate(2022, 10, 26), kind="Conference")
            if e.start == PartialDate(2022, 10, 25)] == []


def test_an_exchange_programme_held_with_a_capital_is_an_exchange():
    text = ("Giao lưu hữu nghị biên giới\n\n"
            "QK4 - Trong 2 ngày, từ ngày 15-16/8, tại tỉnh Nghệ An (Việt Nam) và tỉnh Xiêng Khoảng (Lào) đã diễn "
            "ra Chương trình giao lưu hữu nghị quốc phòng biên giới giữa Quân khu 4, Quân đội nhân dân Việt Nam "
            "và Quân khu 2, Quân đội nhân dân Lào.\n")
    found = events(text, PartialDate(2025, 8, 17), kind="Exchange")
    assert [e.start for e in found] == [PartialDate(2025, 8, 15)]
    assert "event.programme-held" in [r for e in found for rd in e.readings for r in rd.rules]


def test_a_programme_planned_is_still_no_exchange():
    text = ("Kế hoạch năm 2026\n\n"
            "Năm 2026, hai quân khu dự kiến tổ chức Chương trình giao lưu hữu nghị quốc phòng biên giới tại tỉnh "
            "Nghệ An.\n")
    assert events(text, PartialDate(2025, 12, 30), kind="Exchange") == []


def test_dialogue_partners_listed_where_the_short_name_tells_the_meeting_are_its_countries():
    text = ("Bộ trưởng dự ADMM+\n\n"
            "Từ ngày 30/10 đến 2/11, Đại tướng Phan Văn Giang dẫn đầu đoàn đại biểu Bộ Quốc phòng Việt Nam tham "
            "dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 12 (ADMM+ 12) tại Kuala Lumpur, "
            "Malaysia.\n\n"
            "Ngày 1/11, ADMM+ 12 diễn ra với sự tham dự của trưởng đoàn 11 nước ASEAN cùng 8 nước đối tác đối "
            "thoại: Australia, Trung Quốc, Ấn Độ, Nhật Bản, Hàn Quốc, New Zealand, Liên bang Nga và Hoa Kỳ.\n")
    found = events(text, PartialDate(2025, 11, 3), kind="Conference")
    assert len(found) == 1
    assert {"AUS", "CHN", "IND", "JPN", "KOR", "NZL", "RUS", "USA"} <= set(found[0].countries)
    assert "event.members-of-short-name" in [r for rd in found[0].readings for r in rd.rules]


@settings(max_examples=25, deadline=None)
@given(st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2030, 12, 30)))
def test_the_next_day_is_the_calendars_next_day(day):
    text = ("Chuyến thăm Lào\n\n"
            f"Sáng {day.day}/{day.month}/{day.year}, tại Viêng Chăn, Đại tướng Phan Văn Giang hội đàm với Đại tướng "
            "Chansamone Chanyalath.\n\n"
            "Ngày hôm sau, Đại tướng Phan Văn Giang chào xã giao Thủ tướng Lào Sonexay Siphandone.\n")
    after = day + datetime.timedelta(days=1)
    found = events(text, PartialDate(after.year, after.month, after.day), kind="Meeting")
    assert [e.start for e in found] == [PartialDate(after.year, after.month, after.day)]
