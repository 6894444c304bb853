"""Events: named events merge by name, anonymous ones need a fact."""

from kg.pipeline import extract


def test_named_exhibition_label_is_canonical_across_forms():
    doc = extract(
        "Triển lãm Quốc phòng quốc tế Việt Nam năm 2024 do Bộ Quốc phòng tổ chức, diễn ra từ ngày 19 - 22/12/2024 tại sân bay Gia Lâm.\n"
        "Nhiều đoàn đã tham dự Triển lãm Quốc phòng quốc tế Việt Nam 2024."
    )
    assert [e.label for e in doc.events] == ["Triển lãm Quốc phòng quốc tế Việt Nam 2024"]
    assert doc.events[0].start.iso() == "2024-12-19" and doc.events[0].end.iso() == "2024-12-22"


def test_numbered_dialogue_keeps_ordinal_and_dateline():
    doc = extract("Sáng 2/7/2025, tại Hà Nội đã diễn ra Đối thoại chính sách quốc phòng Việt Nam - Italia lần thứ 5.")
    ev = doc.events[0]
    assert ev.type == "Dialogue" and ev.ordinal == 5 and ev.start.iso() == "2025-07-02"
    assert set(ev.countries) == {"VNM", "ITA"}


def test_talks_with_participants_and_label():
    doc = extract(
        "Chiều 24/10/2024, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Thượng tướng Trương Hựu Hiệp, "
        "Phó Chủ tịch Quân ủy Trung ương Trung Quốc."
    )
    talks = [e for e in doc.events if e.type == "Talks"]
    assert talks and talks[0].label == "Hội đàm Phan Văn Giang - Trương Hựu Hiệp"
    assert set(talks[0].countries) == {"VNM", "CHN"}


def test_wish_list_mechanism_is_not_an_event():
    doc = extract(
        "Ngày 5/3/2024, Đại tướng Phan Văn Giang đề nghị duy trì các cơ chế như Giao lưu hữu nghị quốc phòng biên giới, "
        "Đối thoại chiến lược quốc phòng."
    )
    assert not [e for e in doc.events if e.type in ("Exchange", "Dialogue")]


def test_event_named_in_passing_without_fact_is_dropped():
    doc = extract("Bộ trưởng đánh giá cao Triển lãm Quốc phòng quốc tế Việt Nam 2024.")
    assert doc.events == []


def test_presence_at_named_event_is_participation_with_country():
    doc = extract("Bộ trưởng cảm ơn sự hiện diện của đoàn Italia tại Triển lãm Quốc phòng quốc tế Việt Nam 2024.")
    assert [e.label for e in doc.events] == ["Triển lãm Quốc phòng quốc tế Việt Nam 2024"]
    assert "ITA" in doc.events[0].countries


def test_evidence_is_substring():
    doc = extract("Hôm qua (15/3/2025), Đại tướng Phan Văn Giang hội kiến ông Richard Marles, Bộ trưởng Quốc phòng Australia.")
    assert doc.events
    for e in doc.events:
        assert all(s in doc.text for s in e.evidence)


# --------------------------------------------------------------------------- accuracy pass
def _types(doc):
    return [(e.type, e.start.iso() if e.start else None) for e in doc.events]


def test_courtesy_call_same_day_is_a_meeting():
    doc = extract(
        "Sáng 9/5/2025, tàu hộ vệ HMAS Anzac của Hải quân Australia cập cảng Tiên Sa, Đà Nẵng.\n"
        "Chiều cùng ngày, Đại tá Mark Smith và đoàn đã chào xã giao Thiếu tướng Nguyễn Văn Bình, Phó Tư lệnh Quân khu 5."
    )
    meetings = [e for e in doc.events if e.type == "Meeting"]
    assert meetings and meetings[0].start.iso() == "2025-05-09"
    assert "Nguyễn Văn Bình" in meetings[0].participants


def test_receiving_a_courtesy_call_same_day_takes_that_day():
    doc = extract(
        "Ngày 3/6/2025, tại Hà Nội, Bộ Quốc phòng Việt Nam khai mạc Diễn tập cứu hộ cứu nạn Việt Nam - Lào 2025 .\n"
        "Cùng ngày, Thượng tướng Nguyễn Tân Cương đã tiếp xã giao Trung tướng Khamlieng Outhakaysone tại trụ sở Bộ Quốc phòng."
    )
    assert ("Meeting", "2025-06-03") in _types(doc)


def test_planned_or_invited_happenings_are_not_events():
    doc = extract(
        "Ngày 4/4/2025, Đại tướng Phan Văn Giang hội đàm với ông Richard Marles, Bộ trưởng Quốc phòng Australia.\n"
        "Theo chương trình, ngày 5/4, ông Richard Marles sẽ chào xã giao Thủ tướng Phạm Minh Chính.\n"
        "Đoàn dự kiến làm việc với Bộ Tư lệnh Hải quân.\n"
        "Bộ trưởng mời Australia tham gia Triển lãm Quốc phòng quốc tế Việt Nam 2026."
    )
    assert _types(doc) == [("Talks", "2025-04-04")]


def test_one_exercise_under_several_names_and_its_phases():
    doc = extract(
        "Khai mạc diễn tập cứu trợ thảm họa Việt Nam - Nhật Bản SHIELD 2025\n"
        "Hơn 80 quân nhân tham gia Diễn tập chung cứu trợ thảm họa SHIELD 2025, diễn ra từ ngày 2 đến 12/6/2025 tại Đà Nẵng.\n"
        "Sáng 2/6, Bộ Quốc phòng Việt Nam khai mạc Diễn tập chung cứu trợ thảm họa Việt Nam - Nhật Bản lần thứ 3 (SHIELD 2025).\n"
        "Cuộc diễn tập gồm hai giai đoạn: diễn tập trên bản đồ (từ ngày 2 đến 5/6) và diễn tập thực địa (từ ngày 8 đến 12/6)."
    )
    ex = [e for e in doc.events if e.type == "Exercise"]
    assert len(ex) == 1
    assert ex[0].start.iso() == "2025-06-02" and ex[0].end.iso() == "2025-06-12"
    assert {"VNM", "JPN"} <= set(ex[0].countries)


def test_past_dialogue_dated_by_hoi_month():
    doc = extract(
        "Ngày 10/10/2025, hai bên đánh giá cao kết quả Đối thoại chính sách quốc phòng Việt Nam - Ấn Độ lần thứ 14 "
        "tổ chức tại New Delhi hồi tháng 6."
    )
    dia = [e for e in doc.events if e.type == "Dialogue"]
    assert dia and dia[0].start.iso() == "2025-06"
    assert dia[0].location == "New Delhi"


def test_cued_date_of_named_event_outranks_sentence_head():
    doc = extract(
        "Sáng 21-3-2025, tại Cửa khẩu Ma Lù Thàng, hai Bộ trưởng đồng chủ trì các hoạt động trong khuôn khổ "
        "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Trung Quốc lần thứ 9.\n"
        "Giao lưu diễn ra từ ngày 20 đến 21-3 với nhiều hoạt động."
    )
    ex = [e for e in doc.events if e.type == "Exchange"]
    assert len(ex) == 1 and ex[0].start.iso() == "2025-03-20" and ex[0].end.iso() == "2025-03-21"


def test_comment_on_the_visit_is_not_a_new_visit():
    doc = extract(
        "Sáng 15-3-2025, hai tàu của Hải quân Nhật Bản cập cảng quốc tế Cam Ranh.\n"
        "Đại sứ Ito Naoki cho rằng chuyến thăm là dịp để thủy thủ hai nước giao lưu."
    )
    assert not [e for e in doc.events if e.type == "Visit"]


def test_visitor_is_the_guest_not_the_host():
    doc = extract(
        "Chiều 20/11/2025, tại Mát-xcơ-va, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với "
        "ông An-đrây Bê-lâu-xốp, Bộ trưởng Quốc phòng Nga, trong khuôn khổ chuyến thăm chính thức Nga từ ngày 20 đến 22/11."
    )
    visits = [e for e in doc.events if e.type == "Visit"]
    assert visits and visits[0].participants == ["Phan Văn Giang"]
    assert visits[0].start.iso() == "2025-11-20"


def test_delegation_taking_part_in_named_event_adds_its_country():
    doc = extract("Đoàn Bộ Quốc phòng Ấn Độ đã tham gia Triển lãm Quốc phòng quốc tế Việt Nam 2024 tại sân bay Gia Lâm.")
    assert [e.label for e in doc.events] == ["Triển lãm Quốc phòng quốc tế Việt Nam 2024"]
    assert "IND" in doc.events[0].countries


def test_ordinal_label_kept_when_year_only_from_date():
    doc = extract("Đối thoại chiến lược quốc phòng Việt Nam - Nga lần thứ 10 diễn ra tại Hà Nội vào tháng 8/2025.")
    assert doc.events and doc.events[0].label.endswith("lần thứ 10")


def _ev(text):
    from kg.model import Article
    from kg.model import PartialDate as _PD
    from kg.pipeline import Pipeline as _P

    return _P()(Article(id="t", text=text, published=_PD(2025, 3, 10))).events


def test_port_call_by_a_foreign_navy_ship():
    evs = _ev("Sáng 8/3, tàu khu trục HMS Spey của Hải quân Anh cập cảng quốc tế Cam Ranh, bắt đầu chuyến thăm hữu nghị.")
    pc = [e for e in evs if e.type == "PortCall"]
    assert len(pc) == 1 and not [e for e in evs if e.type == "Visit"]
    assert set(pc[0].countries) == {"GBR", "VNM"}
    assert pc[0].label.startswith("Tàu HMS Spey thăm")


def test_bilateral_side_meetings_same_day_stay_apart():
    evs = _ev(
        "Sáng 9/3, Đại tướng Lê Minh Tuấn gặp Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru. "
        "Chiều cùng ngày, Đại tướng Lê Minh Tuấn gặp Bộ trưởng Quốc phòng Australia Richard Marles."
    )
    meets = [e for e in evs if e.type == "Meeting"]
    assert len(meets) == 2
    assert {tuple(sorted(e.countries)) for e in meets} == {("JPN", "VNM"), ("AUS", "VNM")}
    assert all(str(e.start) == "2025-03-09" for e in meets)


def test_glad_to_meet_is_no_meeting():
    evs = _ev("Ông Kihara Minoru, Bộ trưởng Quốc phòng Nhật Bản, vui mừng được gặp Đại tướng Lê Minh Tuấn.")
    assert not [e for e in evs if e.type == "Meeting"]


def test_conference_acronym_alias_merges_and_dates():
    evs = _ev(
        "Bộ trưởng dự Hội nghị ADSOM-20 tại Hà Nội.\n"
        "Ngày 6/3, tại Hà Nội, Hội nghị Quan chức quốc phòng cấp cao ASEAN lần thứ 20 (ADSOM-20) được tổ chức.\n"
        "Ngày 7/3, tại ADSOM-20, các đại biểu đã thảo luận."
    )
    confs = [e for e in evs if e.type == "Conference"]
    assert len(confs) == 1 and str(confs[0].start) == "2025-03-06"


def test_recalled_or_past_visit_is_not_an_event():
    evs = _ev(
        "Hai bên nhắc lại việc nâng cấp quan hệ năm 2023, nhân chuyến thăm Nhật Bản của Chủ tịch nước, kể từ năm 2014. "
        "Ông từng thăm Indonesia năm 2013."
    )
    assert not [e for e in evs if e.type == "Visit"]


def test_courtesy_call_by_unnamed_delegation_gets_vietnam():
    evs = _ev(
        "Sáng 9/3, Chuẩn Đô đốc Lê Văn Đạo hội đàm với Phó Đô đốc Jose Ador, Tư lệnh Hải quân Philippines. "
        "Ngày 10/3, đoàn đã chào xã giao Tướng Andres Centino Jr., Tham mưu trưởng Lực lượng vũ trang Philippines."
    )
    meet = [e for e in evs if e.type == "Meeting"]
    assert meet and set(meet[0].countries) == {"VNM", "PHL"}


def test_agency_dateline_does_not_hide_the_event_date():
    doc = extract(
        "Giao lưu biên giới lần thứ 3\n\n"
        "Viêng Chăn, 14/3 (TTXVN) - Trong hai ngày 13 và 14/3/2025, tại tỉnh Hủa Phăn (Lào), Bộ Quốc phòng "
        "hai nước Việt Nam và Lào phối hợp tổ chức Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3."
    )
    exchange = [e for e in doc.events if e.type == "Exchange"]
    assert len(exchange) == 1
    assert (exchange[0].start.iso(), exchange[0].end.iso()) == ("2025-03-13", "2025-03-14")


def _events(text):
    return [(e.type, e.start.iso() if e.start else None) for e in extract(text).events]


def test_same_day_is_the_day_the_story_was_last_at():
    # "Cùng ngày" follows the sentence told just before, not the latest event created
    text = (
        "Vientiane, 22/11/2024\n\n"
        "Sáng 21/11, Hội nghị ADMM+ lần thứ 11 diễn ra tại Viêng Chăn.\n\n"
        "Chiều 20/11, Đại tướng Phan Văn Giang đã gặp Đại tướng Chănsamỏn Chănnhalạt, Bộ trưởng Quốc phòng Lào.\n\n"
        "Cùng ngày, Đại tướng Phan Văn Giang gặp Đại tướng Tea Seiha, Bộ trưởng Quốc phòng Campuchia."
    )
    meetings = [d for t, d in _events(text) if t == "Meeting"]
    assert meetings == ["2024-11-20", "2024-11-20"]


def test_same_day_after_an_end_date_is_not_that_end():
    text = (
        "Sáng 15-3-2025, tàu JS Ise cập cảng Cam Ranh, bắt đầu chuyến thăm kéo dài đến ngày 18-3.\n\n"
        "Chiều cùng ngày, Chuẩn Đô đốc Sato Kenji đã chào xã giao Phó Đô đốc Lê Văn Đạo, Tư lệnh Vùng 4 Hải quân."
    )
    assert ("Meeting", "2025-03-15") in _events(text)


def test_same_day_dates_a_meeting_without_named_people():
    text = (
        "Sáng 10/3/2025, tàu hộ vệ Sovershenny của Hải quân Nga cập cảng Cam Ranh, bắt đầu chuyến thăm.\n\n"
        "Chiều cùng ngày, đoàn đã đến chào xã giao lãnh đạo UBND tỉnh Khánh Hòa."
    )
    assert ("Meeting", "2025-03-10") in _events(text)


def test_time_of_day_later_in_the_sentence_dates_the_talks():
    text = (
        "Hà Nội, 6/6/2025\n\nTrước khi khai mạc Hội nghị, sáng 5/6, Đại tướng Lương Tam Quang và "
        "Thượng tướng Vi-lay Lạ-khăm-phoong, Bộ trưởng Bộ An ninh Lào đã hội đàm."
    )
    assert ("Talks", "2025-06-05") in _events(text)


def test_date_after_the_place_of_a_named_event():
    text = (
        "Hà Nội, 16/3/2025\n\nNhân dịp Đối thoại chính sách quốc phòng Việt Nam - Hàn Quốc lần thứ 9 diễn ra "
        "tại Hà Nội hôm qua (15/3), phóng viên đã trao đổi với Đại tá Kim Min-soo."
    )
    (ev,) = extract(text).events
    assert ev.type == "Dialogue" and ev.start.iso() == "2025-03-15" and ev.location == "Hà Nội"


def test_meeting_told_as_a_noun_after_a_report():
    text = (
        "Canberra, 12/6/2025\n\nAustralia sẽ tiếp tục hỗ trợ Việt Nam, Bộ trưởng Quốc phòng Australia Pat Conroy "
        "cho biết hôm 11/6, sau cuộc gặp với đoàn đại biểu Cục Gìn giữ hòa bình Việt Nam."
    )
    assert ("Meeting", "2025-06-11") in _events(text)


def test_a_plan_is_still_no_meeting():
    text = "Ngày 11/6/2025, hai bên cho biết sẽ tổ chức cuộc gặp với đoàn đại biểu Cục Gìn giữ hòa bình Việt Nam."
    assert not any(t == "Meeting" for t, _ in _events(text))


def test_a_ships_visit_told_with_the_bare_verb_is_a_port_call():
    text = (
        "Từ ngày 19 đến 22/9/2025, tàu ICGS Sachet của Lực lượng Tuần duyên Ấn Độ đã thăm Bộ Tư lệnh "
        "Vùng Cảnh sát biển 3. Đoàn cũng thăm Bảo tàng Bà Rịa - Vũng Tàu."
    )
    doc = extract(text)
    (ev,) = doc.events
    assert ev.type == "PortCall" and ev.start.iso() == "2025-09-19" and ev.end.iso() == "2025-09-22"
    assert set(ev.countries) == {"IND", "VNM"}


def test_a_ships_past_visits_are_no_port_call():
    text = "Ông John Smith cho biết tàu HMS Tamar nhiều lần thăm các cảng của Việt Nam thời gian qua."
    assert _events(text) == []


def test_exchange_told_as_a_verb_of_fact():
    text = "Ngày 20/9/2025, cán bộ Vùng Cảnh sát biển 3 và thủy thủ tàu ICGS Sachet đã giao lưu thể thao."
    assert _events(text) == [("Exchange", "2025-09-20")]
    assert _events("Hai bên nhất trí tăng cường giao lưu thể thao giữa hai lực lượng.") == []


def test_earlier_edition_does_not_redate_the_named_one():
    text = (
        "Trong hai ngày 24 và 25-4-2025, Bộ Quốc phòng hai nước tổ chức Giao lưu hữu nghị quốc phòng biên giới "
        "Việt Nam - Lào lần thứ 3. Lần giao lưu thứ 2 được tổ chức vào tháng 5/2023."
    )
    (ev,) = extract(text).events
    assert ev.ordinal == 3 and ev.start.iso() == "2025-04-24"


def test_stretch_of_days_folds_into_the_day_of_the_exercise():
    text = (
        "Từ ngày 20 - 21/8/2025, Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang và Cảnh sát biên giới tỉnh Takeo "
        "(Campuchia) tổ chức hội đàm và diễn tập phối hợp cứu nạn.\n\n"
        "Sáng 21/8, lực lượng hai bên tổ chức diễn tập phối hợp cứu nạn tại cửa khẩu Tịnh Biên."
    )
    assert [d for t, d in _events(text) if t == "Exercise"] == ["2025-08-21"]


def test_past_cooperation_recap_opens_no_exercise():
    text = (
        "Chiều 19/9/2025, Thiếu tướng Lê Quang Đạo tiếp đoàn. Ông cho biết thời gian qua hai lực lượng duy trì "
        "trao đổi đoàn, huấn luyện chung và chia sẻ thông tin."
    )
    assert not any(t == "Exercise" for t, _ in _events(text))


def test_delegations_listed_after_one_cue_all_take_part():
    text = (
        "Triển lãm Quốc phòng quốc tế Việt Nam 2024 diễn ra từ ngày 19 - 22/12/2024. "
        "Bên cạnh các đoàn Hàn Quốc, Ấn Độ và Hoa Kỳ, triển lãm còn có doanh nghiệp của nhiều nước."
    )
    (ev,) = extract(text).events
    assert {"KOR", "IND", "USA"} <= set(ev.countries)


def test_visit_host_after_tai():
    text = "Từ ngày 9 đến 13/6/2025, đoàn công tác Cục Gìn giữ hòa bình Việt Nam thăm và làm việc tại Australia."
    (ev,) = extract(text).events
    assert ev.type == "Visit" and "AUS" in ev.countries


def test_previous_edition_does_not_redate_the_conference():
    text = (
        "Trong các ngày 13 và 14/5/2025, Hội nghị Bộ trưởng Quốc phòng về Gìn giữ hòa bình Liên hợp quốc năm 2025 "
        "đã được tổ chức tại Berlin. Hội nghị lần trước đã được tổ chức tại Accra (Ghana) vào tháng 12/2023."
    )
    (ev,) = extract(text).events
    assert ev.start.iso() == "2025-05-13"


def test_the_day_of_an_edition_outranks_the_year_the_series_began():
    text = (
        "Được khởi xướng từ năm 2016, Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào đã trở thành cơ chế "
        "quan trọng.\n\nTrong hai ngày 24 và 25-4-2025, hai Bộ Quốc phòng tổ chức Giao lưu hữu nghị quốc phòng "
        "biên giới Việt Nam - Lào lần thứ 4."
    )
    (ev,) = extract(text).events
    assert ev.start.iso() == "2025-04-24" and ev.ordinal == 4


def test_at_the_invitation_of_is_a_fact_not_an_invitation():
    text = (
        "Nhận lời mời của Đại tướng Álvaro López Miera, Bộ trưởng Bộ các Lực lượng vũ trang cách mạng Cuba, "
        "Đoàn đại biểu quân sự cấp cao Việt Nam do Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng dẫn đầu "
        "thăm chính thức Cộng hòa Cuba từ ngày 20 đến 23-11-2023."
    )
    doc = extract(text)
    (ev,) = doc.events
    assert ev.type == "Visit" and ev.start.iso() == "2023-11-20" and ev.end.iso() == "2023-11-23"
    assert {o.name: o.country for o in doc.officials}["Phan Văn Giang"] == "VNM"
    assert not [e for e in extract("Hai bên mời đoàn sang thăm chính thức Cuba từ ngày 20 đến 23-11-2026.").events]


def test_a_named_edition_planned_for_a_year_is_no_event():
    text = "Đối thoại Chính sách quốc phòng Việt Nam - Nhật Bản lần thứ 13 dự kiến sẽ được tổ chức tại Hà Nội vào năm 2026."
    assert extract(text).events == []
    announced = "Triển lãm Quốc phòng quốc tế Việt Nam 2026 sẽ diễn ra từ ngày 8 - 11/12/2026 tại sân bay Gia Lâm."
    (ev,) = extract(announced).events
    assert ev.start.iso() == "2026-12-08"


def test_a_quoted_title_names_an_exhibition():
    text = (
        "Hôm qua (15/3/2026), tại Bảo tàng Lịch sử Quân sự Việt Nam, Tổng cục Chính trị khai mạc triển lãm ảnh "
        "“Việt Nam - Campuchia: Tình hữu nghị bền chặt”."
    )
    (ev,) = extract(text).events
    assert ev.type == "Exhibition" and ev.start.iso() == "2026-03-15" and "KHM" in ev.countries


def test_named_conference_after_another_trigger_takes_the_head_date():
    text = (
        "Bên lề diễn tập, ngày 17/2/2025, Chuẩn Đô đốc Bùi Văn An tham dự Hội nghị chuyên đề An ninh "
        "hàng hải quốc tế (IMSS) lần thứ 4 tại Bali."
    )
    conf = [e for e in extract(text).events if e.type == "Conference"]
    assert len(conf) == 1 and conf[0].start.iso() == "2025-02-17" and conf[0].ordinal == 4


def test_a_ship_calling_on_a_port_is_a_port_call_and_the_navies_named_take_part():
    text = (
        "Từ ngày 15 đến 20/2/2025, tàu 016 - Quang Trung tham gia Diễn tập Hải quân đa phương Komodo 2025 "
        "cùng tàu của Hải quân Indonesia, Australia, Ấn Độ và Singapore.\n\n"
        "Kết thúc diễn tập, từ ngày 22 đến 24/2, tàu 016 - Quang Trung thăm xã giao cảng Muara, Brunei."
    )
    evs = {e.type: e for e in extract(text).events}
    assert {"IDN", "AUS", "IND", "SGP"} <= set(evs["Exercise"].countries)
    assert evs["Exercise"].end.iso() == "2025-02-20"
    assert evs["PortCall"].start.iso() == "2025-02-22" and "BRN" in evs["PortCall"].countries


def test_a_date_in_brackets_after_the_name_and_a_delegation_visiting_a_country():
    text = (
        "Tại Đối thoại chính sách quốc phòng Việt Nam - Australia lần thứ 7 (tháng 6/2025, Canberra), hai bên ký "
        "Tuyên bố tầm nhìn chung. Tháng 9/2025, đoàn Bộ Quốc phòng do Thượng tướng Đặng Văn Hòa, Thứ trưởng Bộ "
        "Quốc phòng dẫn đầu thăm Nhật Bản; hai bên ký Ý định thư về hợp tác quân y."
    )
    doc = extract(text)
    got = {(e.type, e.start.iso() if e.start else None) for e in doc.events}
    assert {("Dialogue", "2025-06"), ("Visit", "2025-09")} <= got
    assert {(a.type, tuple(sorted(a.parties))) for a in doc.agreements} == {
        ("JointStatement", ("AUS", "VNM")), ("LetterOfIntent", ("JPN", "VNM"))
    }


def test_an_exercise_command_post_is_no_exercise():
    text = "Sáng 20/8/2025, Sở Chỉ huy diễn tập lập tức điều trực thăng EC-225 ra khu vực."
    assert extract(text).events == []


def test_a_sentence_opened_by_dip_nay_adds_to_the_happening():
    text = (
        "Chiều 18/12/2025, tại Hà Nội, Thượng tướng Phùng Văn Định chủ trì buổi gặp mặt Đoàn Tùy viên Quân sự "
        "nước ngoài tại Việt Nam.\n\nDịp này, Thượng tướng Phùng Văn Định trao Kỷ niệm chương tặng Đại tá Sok "
        "Chanthy, Tùy viên Quốc phòng Campuchia và Trung tá Sergei Orlov, Phó Tùy viên Quốc phòng Nga vì đã có "
        "nhiều đóng góp."
    )
    doc = extract(text)
    (ev,) = doc.events
    assert {"KHM", "RUS"} <= set(ev.countries) and "Sok Chanthy" in ev.participants
    assert {o.name: o.positions for o in doc.officials}["Sergei Orlov"] == ["Phó Tùy viên Quốc phòng Nga"]


def test_a_rehearsal_of_an_opening_is_not_the_event():
    from kg.model import Article, PartialDate
    from kg.pipeline import Pipeline

    doc = Pipeline()(Article(id="t", published=PartialDate(2026, 7, 7), text=(
        "Tin quốc phòng\n\nSáng 3/7, các lực lượng tổng duyệt Lễ khai mạc Triển lãm Quốc phòng quốc tế "
        "Việt Nam 2026 tại Hà Nội.")))
    assert [e for e in doc.events if e.type == "Exhibition"] == []


def test_receiving_a_capitalised_delegation_is_a_meeting():
    from kg.model import Article, PartialDate
    from kg.pipeline import Pipeline

    doc = Pipeline()(Article(id="t", published=PartialDate(2026, 7, 7), text=(
        "Tin quốc phòng\n\nSáng 3/7, Thượng tướng Hoàng Xuân Chiến tiếp Đoàn đại biểu Quân đội Hoàng gia Campuchia.")))
    [meeting] = [e for e in doc.events if e.type == "Meeting"]
    assert set(meeting.countries) == {"KHM", "VNM"} and meeting.start.iso() == "2026-07-03"


def _read(text: str, published=(2026, 7, 7)):
    from kg.model import Article, PartialDate
    from kg.pipeline import Pipeline

    return Pipeline()(Article(id="t", published=PartialDate(*published), text=text)).events


def test_an_exchange_told_by_its_activity_is_an_event_of_the_two_sides():
    events = _read(
        "Tàu Hải quân Philippines thăm Đà Nẵng\n\nSáng 3/7, tàu BRP Antonio Luna của Hải quân Philippines cập cảng "
        "Tiên Sa, bắt đầu chuyến thăm thành phố Đà Nẵng. Chiều 4/7, thủy thủ hai nước giao lưu bóng đá và kéo co.")
    [exchange] = [e for e in events if e.type == "Exchange"]
    assert exchange.start.iso() == "2026-07-04" and set(exchange.countries) == {"PHL", "VNM"}


def test_sau_hoi_dam_dates_what_follows_by_the_talks():
    events = _read(
        "Biên phòng hai nước hội đàm\n\nNgày 3/7, tại cửa khẩu, Đại tá Nguyễn Văn An, Chỉ huy trưởng Bộ đội Biên phòng "
        "tỉnh hội đàm với Đại tá Somsak Vongsa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào). "
        "Sau hội đàm, cán bộ, chiến sĩ hai bên giao lưu bóng chuyền hữu nghị.")
    [exchange] = [e for e in events if e.type == "Exchange"]
    assert exchange.start.iso() == "2026-07-03" and set(exchange.countries) == {"LAO", "VNM"}


def test_a_wish_for_exchanges_is_no_event():
    assert _read("Tin\n\nHai bên nhất trí tăng cường giao lưu văn hóa giữa hai đơn vị, giao lưu thể thao.") == []


def test_a_visit_told_around_a_dated_signing_takes_the_month_and_a_peer_short_name():
    events = _read(
        "Hợp tác quốc phòng Anh - Việt Nam\n\nAnh và Việt Nam ký Bản ghi nhớ về hợp tác quốc phòng tại Hà Nội ngày "
        "12/3/2026.\n\nLễ ký diễn ra sau hội đàm giữa Quốc vụ khanh Bộ Quốc phòng Anh Huân tước Peter Ashdown và "
        "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng.\n\nChuyến thăm của Huân tước Ashdown đến Việt Nam "
        "là chuyến thăm đầu tiên của một lãnh đạo Bộ Quốc phòng Anh kể từ năm 2012.")
    [visit] = [e for e in events if e.type == "Visit"]
    assert visit.start.iso() == "2026-03" and set(visit.countries) == {"GBR", "VNM"}
    assert "Peter Ashdown" in visit.participants


def test_a_stop_inside_a_port_call_is_no_second_port_call():
    events = _read(
        "Tàu 015 thăm Ấn Độ\n\nSáng 12/7, tàu 015-Trần Hưng Đạo thuộc Vùng 4 Hải quân đã cập cảng Visakhapatnam, "
        "bắt đầu chuyến thăm hữu nghị Ấn Độ từ ngày 12 đến 15/7.\n\nTrong hai ngày 13 và 14/7, cán bộ, chiến sĩ "
        "tàu 015-Trần Hưng Đạo đến thăm Học viện Hải quân Ấn Độ.", published=(2026, 7, 20))
    [call] = [e for e in events if e.type == "PortCall"]
    assert call.start.iso() == "2026-07-12" and set(call.countries) == {"IND", "VNM"}


def test_a_visit_to_a_city_written_with_a_dot_keeps_its_dates():
    events = _read("Tin\n\nĐoàn tùy viên quốc phòng các nước có chuyến thăm và làm việc tại TP.HCM từ ngày 23 đến 26/10.",
                   published=(2025, 10, 27))
    [visit] = [e for e in events if e.type == "Visit"]
    assert (visit.start.iso(), visit.end.iso()) == ("2025-10-23", "2025-10-26")


def test_one_more_guest_at_the_reception_is_no_second_meeting():
    events = _read(
        "Quân khu tiếp đoàn tùy viên\n\nChiều 24/10, Trung tướng Lê Xuân Thành, Tư lệnh Quân khu 7, đã tiếp Đại tá "
        "Richard Whitcombe, Tùy viên Quốc phòng Anh. Cùng dự buổi tiếp, Đại tá Thomas Bauer, Tùy viên Quốc phòng Đức, "
        "cho biết quan hệ quốc phòng phát triển tốt.", published=(2025, 10, 27))
    [meeting] = [e for e in events if e.type == "Meeting"]
    assert meeting.start.iso() == "2025-10-24" and {"GBR", "DEU", "VNM"} <= set(meeting.countries)


def test_a_dated_visit_of_a_foreign_delegation_to_a_vietnamese_unit():
    events = _read(
        "Tin\n\nTrong hai ngày 5 và 6/6, đoàn đại biểu quân sự tỉnh Hủa Phăn (Lào) do Đại tá Bun-mi Phon-xa-vẳn, "
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hủa Phăn dẫn đầu đã thăm và làm việc tại Bộ Tư lệnh Quân khu 2. "
        "Thiếu tướng Nguyễn Văn Bình, Tư lệnh Quân khu 2, chủ trì buổi đón.", published=(2025, 6, 8))
    [visit] = [e for e in events if e.type == "Visit"]
    assert visit.start.iso() == "2025-06-05" and set(visit.countries) == {"LAO", "VNM"}


def test_a_vietnamese_general_inspecting_a_unit_is_no_visit_event():
    events = _read("Tin\n\nSáng 5/6, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng, đã thăm và làm việc tại "
                   "Sư đoàn 3.", published=(2025, 6, 8))
    assert [e for e in events if e.type == "Visit"] == []
