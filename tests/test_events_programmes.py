"""Events that are parts of another, or no defence happening, as news tells them (round 4 of
issue 10, read on unseen pages): the programme of a ship's or a delegation's stay listed
after "các hoạt động như", a civil ship (a yacht, a cruise ship) docking, a press
conference that closes talks, and a ship's "chuyến thăm" told with the days of its call.
All sentences are written for these tests."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events


def _of(found, etype):
    return [e for e in found if e.type == etype]


def _types(found):
    return sorted(e.type for e in found)


def test_items_of_a_port_calls_programme_are_no_events_of_their_own():
    found = events(
        "Sáng 3/4/2024, tàu hộ vệ Yamagiri của Lực lượng Phòng vệ Biển Nhật Bản đã cập cảng "
        "Cam Ranh, bắt đầu chuyến thăm hữu nghị tỉnh Khánh Hòa. Trong khuôn khổ chuyến thăm, từ "
        "ngày 3 đến 6/4/2024, thủy thủ tàu tham gia các hoạt động như chào xã giao lãnh đạo tỉnh, giao lưu bóng đá "
        "với cán bộ Vùng 4 Hải quân và luyện tập chung trên biển.")
    assert _types(found) == ["PortCall"]
    assert (found[0].start, found[0].end) == (PartialDate(2024, 4, 3), PartialDate(2024, 4, 6))


def test_a_planned_programme_split_by_semicolons_stays_a_programme():
    found = events(
        "Ngày 8/10/2024, tàu huấn luyện Bima Suci của Hải quân Indonesia cập cảng Nhà Rồng, "
        "bắt đầu chuyến thăm Thành phố Hồ Chí Minh. Đoàn sẽ tham gia các hoạt động như chào "
        "xã giao Bộ Tư lệnh Thành phố; giao lưu thể thao với Lữ đoàn 125 và rời cảng ngày 11/10.")
    assert _types(found) == ["PortCall"]


def test_a_meeting_told_outside_a_programme_list_still_counts():
    found = events(
        "Ngày 8/10/2024, tàu huấn luyện Bima Suci của Hải quân Indonesia cập cảng Nhà Rồng. "
        "Chiều 9/10/2024, Chuẩn Đô đốc Trần Văn Bình, Phó Tư lệnh Vùng 2 Hải quân đã tiếp "
        "Đại tá Agus Santoso, Chỉ huy tàu Bima Suci.")
    assert _types(found) == ["Meeting", "PortCall"]


def test_a_yacht_docking_is_no_port_call():
    found = events(
        "Trưa 21/6/2024, du thuyền Serenity của một tỷ phú Anh đã cập cảng Tiên Sa, bắt đầu "
        "chuyến tham quan thành phố. Sáng 22/6/2024, tàu du lịch biển Aurora chở 2.000 khách "
        "cập cảng Chân Mây.")
    assert _of(found, "PortCall") == []


def test_a_navy_ship_docking_after_a_cruise_ship_story_is_still_a_call():
    found = events(
        "Sáng 22/6/2024, tàu du lịch biển Aurora chở 2.000 khách cập cảng Chân Mây. "
        "Sáng 24/6/2024, tàu khu trục HMAS Toowoomba của Hải quân Hoàng gia Australia đã cập "
        "cảng Tiên Sa.")
    [call] = _of(found, "PortCall")
    assert call.start == PartialDate(2024, 6, 24) and "AUS" in call.countries


def test_the_press_conference_closing_talks_is_no_meeting():
    found = events(
        "Chiều 14/5/2024, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng "
        "Quốc phòng Campuchia Tea Seiha. Sau hội đàm, hai Bộ trưởng đồng chủ trì họp báo thông "
        "báo kết quả hội đàm. Hai bên cũng tổ chức họp báo chung.")
    assert _types(found) == ["Talks"]


def test_a_press_conference_of_its_own_is_still_a_meeting():
    found = events(
        "Sáng 5/3/2024, tại Hà Nội, Bộ Quốc phòng tổ chức họp báo về Triển lãm Quốc phòng quốc tế "
        "Việt Nam 2024. Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng chủ trì họp báo.")
    assert [e.start for e in _of(found, "Meeting")] == [PartialDate(2024, 3, 5)]


def test_a_ships_visit_on_the_days_of_its_call_is_the_call():
    found = events(
        "Ngày 10/5/2024, biên đội tàu hộ tống của Hải quân Nga cập cảng Tiên Sa, bắt đầu chuyến "
        "thăm hữu nghị thành phố Đà Nẵng. Trong khuôn khổ chuyến thăm, từ ngày 10 đến 14/5/2024, "
        "thủy thủ Nga tham quan thành phố.")
    [call] = found
    assert call.type == "PortCall"
    assert (call.start, call.end) == (PartialDate(2024, 5, 10), PartialDate(2024, 5, 14))


def test_a_visit_told_on_its_welcome_day_then_with_its_days_is_one_visit():
    found = events(
        "Sáng 15/10/2024, tại Phủ Chủ tịch, Chủ tịch nước chủ trì lễ đón Tổng thống Indonesia "
        "Joko Widodo thăm cấp Nhà nước đến Việt Nam. Tổng thống Joko Widodo đang có chuyến thăm "
        "cấp Nhà nước tới Việt Nam trong 2 ngày 14 và 15/10/2024.", kind="Visit")
    [visit] = found
    assert (visit.start, visit.end) == (PartialDate(2024, 10, 14), PartialDate(2024, 10, 15))


def test_a_visit_on_one_day_of_another_countrys_stay_stays_its_own():
    found = events(
        "Sáng 15/10/2024, Bộ trưởng Quốc phòng Lào Chansamone Chanyalath thăm Việt Nam. Bộ trưởng "
        "Quốc phòng Campuchia Tea Seiha thăm chính thức Việt Nam từ ngày 14 đến 16/10/2024.", kind="Visit")
    assert len(found) == 2


def test_the_country_closing_a_conferences_place_before_its_days_is_its_host():
    [conf] = events(
        "Đại tướng Phan Văn Giang dẫn đầu đoàn tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN "
        "(ADMM) lần thứ 18 tại Kuala Lumpur, Malaysia từ ngày 3 đến 5/11/2025.", kind="Conference")
    assert "MYS" in conf.countries and conf.start == PartialDate(2025, 11, 3)


def test_named_events_a_delegation_attends_share_the_time_told_after_the_list():
    found = events(
        "Đại tướng Phan Văn Giang dẫn đầu đoàn tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN "
        "(ADMM) lần thứ 19, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) lần thứ 12, "
        "các cuộc gặp không chính thức với Bộ trưởng Quốc phòng Hoa Kỳ tại Kuala Lumpur, Malaysia "
        "từ ngày 31/10 đến 2/11/2025.", kind="Conference")
    assert len(found) == 2
    for conf in found:
        assert (conf.start, conf.end) == (PartialDate(2025, 10, 31), PartialDate(2025, 11, 2))
        assert "MYS" in conf.countries


def test_the_days_of_a_visit_told_after_a_forum_are_not_the_forums():
    found = events(
        "Đại tướng Ngô Xuân Lịch dự Diễn đàn Hương Sơn Bắc Kinh lần thứ 8, sau đó thăm chính thức "
        "Trung Quốc từ ngày 24 đến 28/10/2017.", kind="Conference")
    assert [c.end for c in found] != [PartialDate(2017, 10, 28)]


def test_a_meeting_the_time_is_counted_from_is_history():
    found = events(
        "Ngày 1/6/2024, Bộ trưởng Quốc phòng Australia Richard Marles hội đàm với Bộ trưởng Quốc phòng "
        "Indonesia Prabowo Subianto bên lề Đối thoại Shangri-La tại Singapore. Đây là lần đầu tiên lãnh "
        "đạo quốc phòng hai nước đối thoại trực tiếp kể từ cuộc gặp tháng 11/2022 tại Jakarta giữa Bộ "
        "trưởng Quốc phòng Australia khi đó là ông Peter Dutton và người đồng cấp Indonesia Prabowo Subianto.")
    assert _of(found, "Meeting") == []
    assert [t.start for t in _of(found, "Talks")] == [PartialDate(2024, 6, 1)]


def test_the_day_a_founding_act_was_signed_does_not_date_the_page():
    from kg.pipeline.dates import infer_publication_date

    body = ("Sáng 15-4, biên đội tàu 264, 265 của Vùng 5 Hải quân đã cập cảng, kết thúc chuyến tuần "
            "tra chung lần thứ 47 với Hải quân Hoàng gia Thái Lan.\n\nTrước đó, từ ngày 12 đến 13-4, "
            "hai biên đội đã tuần tra chung theo Quy chế tuần tra chung đã được Tư lệnh Hải quân hai "
            "nước ký ngày 14-6-1999.")
    assert infer_publication_date(body, body, []) is None
    [patrol] = events(body, kind="Exercise")
    assert patrol.start == PartialDate(None, 4, 12)


def test_a_series_told_by_the_year_it_began_is_no_event():
    text = ("Chiều 23-11, tại Hà Nội, Thiếu tướng Trần Văn Minh tiếp đoàn Bộ Quốc phòng Nhật Bản do "
            "Chuẩn tướng Sato Kenji dẫn đầu. Hai nước đã tổ chức Đối thoại chiến lược Quốc phòng song "
            "phương cấp thứ trưởng từ năm 2012; diễn tập tìm kiếm cứu nạn được tổ chức 2 năm 1 lần "
            "bắt đầu từ năm 2014.")
    found = events(text)
    assert _types(found) == ["Meeting"]
    assert found[0].start == PartialDate(None, 11, 23)  # "từ năm 2012" does not date the page either


def test_an_edition_told_with_the_year_its_series_began_is_still_an_event():
    found = events(
        "Ngày 5/9/2024, hai bên tổ chức Đối thoại chính sách quốc phòng lần thứ 12, cơ chế được duy "
        "trì từ năm 2012.", kind="Dialogue")
    assert [d.start for d in found] == [PartialDate(2024, 9, 5)]


def test_the_chair_of_a_mechanism_is_no_event():
    found = events(
        "Dự hội nghị có trưởng nhóm chuyên gia các nước ASEAN và các nước đối tác. Hội nghị được tổ "
        "chức nhằm phát huy vai trò của Bộ Quốc phòng Việt Nam trên cương vị Chủ tịch Hội nghị Bộ "
        "trưởng Quốc phòng các nước ASEAN (ADMM) trong Năm Chủ tịch ASEAN 2020. Tại hội nghị, các đại "
        "biểu đã thảo luận kế hoạch hoạt động.", kind="Conference")
    assert [c.label for c in found if "Bộ trưởng" in c.label] == []


def test_a_document_named_after_a_happening_is_no_happening():
    found = events(
        "Nhiều năm qua, hải quân hai nước hợp tác tốt: Hải quân Việt Nam và Hải quân Hoàng gia Thái "
        "Lan thông qua quy chế tuần tra chung vào tháng 5-1998; Hải quân Hoàng gia Campuchia và Hải "
        "quân Việt Nam đã ký thỏa thuận tuần tra chung từ tháng 9-2002.", kind="Exercise")
    assert found == []


def test_the_host_who_speaks_of_a_visit_is_not_its_visitor():
    [visit] = events(
        "Chiều 10/10/2025, tại Viêng Chăn, Thượng tướng Khamlieng Outhakaysone, Bộ trưởng Quốc phòng "
        "Lào nhiệt liệt chào mừng đoàn công tác của Bộ đội Biên phòng Việt Nam sang thăm và làm việc "
        "tại Lào.", kind="Visit")
    assert "Khamlieng Outhakaysone" not in visit.participants
