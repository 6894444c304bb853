"""How real pages tell and date their events (issue 10, round 12, real sets r11 and r12 as
tuning): a day led by "hôm" closing the sentence after a ship's arrival; "tiếp kiến"; the visit
the article tells described with its days; someone who "cùng tham gia" the talks told; visits
"lẫn nhau"; planned side meetings at a forum; a visit "đến" a country after its length; a port
call's foreign side told around it."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_a_day_led_by_hom_closing_the_sentence_dates_the_call():
    text = ("Tàu hải quân Ấn Độ thăm Việt Nam\n\n"
            "date 2027-08-20\n"
            "Biên đội tàu hải quân Ấn Độ với 300 sĩ quan, thủy thủ cập cảng Cam Ranh, tỉnh Khánh Hòa, hôm 12/8.\n\n"
            "Lễ đón được tổ chức đơn giản tại cầu cảng.\n")
    found = events(text, kind="PortCall")
    assert len(found) == 1
    assert found[0].start == PartialDate(2027, 8, 12)
    assert "event.date-told-after" in rules_of(found)


def test_a_comma_led_day_opening_the_next_clause_is_still_not_the_calls():
    text = ("date 2027-08-20\n"
            "Trong khuôn khổ chuyến thăm, tàu INS Delhi cập cảng Tiên Sa, chiều 14/8, Thiếu tướng Nguyễn Văn Hùng "
            "tiếp Chuẩn Đô đốc Rajesh Kumar, Chỉ huy biên đội.\n")
    found = events(text, kind="PortCall")
    assert found and all(e.start != PartialDate(2027, 8, 14) for e in found)
    assert any(e.start == PartialDate(2027, 8, 14) for e in events(text, kind="Meeting"))


def test_tiep_kien_is_a_reception_dated_by_its_sentence():
    text = ("date 2028-03-15\n"
            "Bộ trưởng Quốc phòng tiếp Tổng Tư lệnh Quân đội Thái Lan\n\n"
            "Sáng 14-3, Đại tướng Lê Minh Hải - bộ trưởng Bộ Quốc phòng - tiếp kiến Đại tướng Somchai Wongsa, "
            "Tổng Tư lệnh Quân đội Hoàng gia Thái Lan.\n\n"
            "Tại buổi tiếp kiến, hai bên trao đổi về hợp tác đào tạo.\n")
    found = events(text, kind="Meeting")
    assert len(found) == 1
    assert found[0].start == PartialDate(2028, 3, 14)
    assert set(found[0].countries) == {"VNM", "THA"}


def test_this_visit_described_with_its_days_takes_them():
    text = ("date 2028-03-15\n"
            "Tổng Tư lệnh Quân đội Thái Lan thăm Việt Nam\n\n"
            "Đại tướng Lê Minh Hải vừa có cuộc tiếp Đại tướng Somchai Wongsa trong khuôn khổ chuyến thăm chính thức "
            "Việt Nam - Ảnh: TRẦN AN\n\n"
            "Đây là chuyến thăm Việt Nam thứ hai của Đại tướng Somchai Wongsa trên cương vị Tổng Tư lệnh từ ngày "
            "13 đến 16-3.\n")
    found = events(text, kind="Visit")
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (PartialDate(2028, 3, 13), PartialDate(2028, 3, 16))
    assert "event.days-of-this-one" in rules_of(found)


def test_this_visit_without_days_keeps_the_days_told_before():
    text = ("Tổng Tư lệnh Quân đội Thái Lan thăm Việt Nam\n\n"
            "Từ ngày 13 đến 16-3-2028, Đại tướng Somchai Wongsa thăm chính thức Việt Nam.\n\n"
            "Đây là chuyến thăm Việt Nam thứ hai của Đại tướng Somchai Wongsa trên cương vị Tổng Tư lệnh.\n")
    found = events(text, kind="Visit")
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (PartialDate(2028, 3, 13), PartialDate(2028, 3, 16))


def test_an_officer_who_cung_tham_gia_the_talks_joins_them():
    text = ("Việt Nam - Hungary hội đàm quốc phòng\n\n"
            "Sáng 9/5/2028, Đại tướng Lê Minh Hải và đoàn đã tiến hành hội đàm với Đoàn đại biểu Bộ Quốc phòng "
            "Hungary do ngài Kovács Péter, Bộ trưởng Bộ Quốc phòng Hungary dẫn đầu. Đại tướng Szabó László, "
            "Tổng Tham mưu trưởng Quân đội Hungary, cùng tham gia hội đàm.\n")
    found = events(text, kind="Talks")
    assert len(found) == 1
    assert "event.attends-the-told" in rules_of(found)


def test_visits_lan_nhau_are_no_visit():
    text = ("date 2028-10-04\n"
            "Ngày 3/10, Thứ trưởng Bộ Quốc phòng Nhật Bản Sato Kenji và Thượng tướng Phan Văn Lâm đã đồng chủ trì "
            "Đối thoại chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 9 tại Tokyo. Hai bên cũng đã thảo luận về "
            "chuyến thăm lẫn nhau của Bộ trưởng Quốc phòng hai nước trong năm tới.\n")
    assert events(text, kind="Visit") == []
    assert len(events(text, kind="Dialogue")) == 1


def test_office_holders_of_planned_side_meetings_are_not_shown_at_the_forum():
    text = ("Ngày 20/4/2028, Chuẩn Đô đốc Trần Thanh Nghiêm tham dự Hội nghị Hải quân Tây Thái Bình Dương lần thứ 20. "
            "Bên lề hội nghị, Chuẩn Đô đốc Trần Thanh Nghiêm sẽ có các cuộc gặp song phương với Tư lệnh Hải quân "
            "Malaysia, Tư lệnh Hải quân Pháp.\n")
    found = events(text, kind="Conference")
    assert len(found) == 1
    assert found[0].countries == ["VNM"]
    assert "event.planned-not-present" in rules_of(found)


def test_an_office_holder_acting_at_the_forum_still_shows_his_country():
    text = ("Ngày 20/4/2028, Chuẩn Đô đốc Trần Thanh Nghiêm tham dự Hội nghị Hải quân Tây Thái Bình Dương lần thứ 20. "
            "Hội nghị còn được Tư lệnh Hải quân Malaysia giới thiệu về công tác tìm kiếm cứu nạn.\n")
    found = events(text, kind="Conference")
    assert len(found) == 1
    assert "MYS" in found[0].countries


def test_a_visit_den_a_country_after_its_length_goes_there():
    text = ("date 2028-06-07\n"
            "Theo đó, Bộ trưởng Quốc phòng Lê Minh Hải đã có một chuyến thăm ba ngày trong tuần này đến Ấn Độ. "
            "Chuyến thăm nhằm củng cố quan hệ giữa hai nước.\n")
    found = events(text, kind="Visit")
    assert len(found) == 1
    assert set(found[0].countries) == {"VNM", "IND"}


def test_talks_at_a_visit_den_vietnam_have_the_visitors_side():
    text = ("Vừa qua, Bộ trưởng Quốc phòng Mỹ John Carter đã có chuyến thăm chính thức tới Việt Nam. "
            "Bộ trưởng Quốc phòng Việt Nam Lê Minh Hải đã chủ trì lễ đón tại trụ sở Bộ Quốc phòng. "
            "Tại Hội đàm, hai Bộ trưởng đã thống nhất tăng cường hợp tác.\n")
    visits = events(text, kind="Visit")
    assert len(visits) == 1 and set(visits[0].countries) == {"VNM", "USA"}
    talks = events(text, kind="Talks")
    assert len(talks) == 1 and set(talks[0].countries) == {"VNM", "USA"}


def test_a_port_call_with_no_flag_takes_the_one_foreign_country_told_around_it():
    text = ("Hải quân hai nước luyện tập cứu hộ tàu ngầm\n\n"
            "Các bài tập diễn ra từ ngày 3 đến 9/11/2028, đại diện cho phía Nga là tàu cứu hộ Mikhail Rudnitsky "
            "của Hạm đội Thái Bình Dương.\n"
            "Ngày 03/11, tàu cứu hộ Mikhail Rudnitsky của Hạm đội Thái Bình Dương đã cập cảng Cam Ranh, Việt Nam.\n")
    found = events(text, kind="PortCall")
    assert len(found) == 1
    assert set(found[0].countries) == {"VNM", "RUS"}
    assert "event.foreign-side" in rules_of(found)


def test_a_named_exchange_told_undated_takes_the_days_of_the_one_exchange_told_by_them():
    text = ("date 2028-09\n"
            "Trong 2 ngày 14 - 15.9, lãnh đạo Bộ Quốc phòng 2 nước và gần 500 đại biểu các tỉnh biên giới Việt Nam - Lào "
            "đã tổ chức giao lưu văn hóa văn nghệ với chủ đề “Tình hữu nghị”.\n\n"
            "Trong khuôn khổ Chương trình Giao lưu hữu nghị biên giới Việt Nam - Lào 2028, cũng đã diễn ra lễ "
            "trồng cây hữu nghị tại cửa khẩu.\n")
    found = events(text, kind="Exchange")
    assert len(found) == 1
    assert found[0].start == PartialDate(2028, 9, 14)
    assert "Chương trình" in found[0].label or "Giao lưu hữu nghị" in found[0].label
    assert "event.named-takes-the-days" in rules_of(found)


def test_a_named_exchange_of_another_year_keeps_its_own():
    text = ("date 2028-09\n"
            "Ngày 14.9, lãnh đạo Bộ Quốc phòng 2 nước và đại biểu các tỉnh biên giới Việt Nam - Lào đã tổ chức giao lưu "
            "văn hóa văn nghệ.\n\n"
            "Chương trình Giao lưu hữu nghị biên giới Việt Nam - Lào 2026 đã để lại nhiều dấu ấn tại tỉnh "
            "Quảng Trị.\n")
    found = events(text, kind="Exchange")
    assert len(found) == 2
    assert "event.named-takes-the-days" not in rules_of(found)
