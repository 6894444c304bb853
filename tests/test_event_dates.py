"""When an event happened: its own date, the date heading its sentence, "cùng ngày",
"sáng nay" against the publication date -- never a history clause."""

from __future__ import annotations

from kg.model import PartialDate
from kg.pipeline.dates import deictic_dates
from reading_helpers import events


def _events(text: str, published=PartialDate(2026, 7, 7)):
    return events(text, published)


def test_sang_nay_is_the_publication_day_and_hom_qua_the_day_before():
    found = deictic_dates("Sáng nay, tàu cập cảng. Chiều hôm qua, hai bên hội đàm. Hiện nay là thế.",
                          PartialDate(2026, 7, 7))
    assert [(d.surface, d.date.iso()) for d in found] == [("Sáng nay", "2026-07-07"), ("Chiều hôm qua", "2026-07-06")]
    assert deictic_dates("Chiều nay (6/7), hai bên hội đàm.", PartialDate(2026, 7, 7)) == []  # the written date wins
    assert deictic_dates("Sáng nay, tàu cập cảng.", PartialDate(2026, 7)) == []  # no day to count from


def test_sang_nay_in_capitals_or_across_a_line_break():
    found = deictic_dates("SÁNG NAY, tàu cập cảng.\nChiều hôm\nqua hai bên hội đàm; bây giờ thì nay khác.",
                          PartialDate(2026, 7, 7))
    assert [d.date.iso() for d in found] == ["2026-07-07", "2026-07-06"]


def test_a_port_call_dated_by_sang_nay_not_by_its_last_visit():
    [call] = [e for e in _events(
        "Sáng nay, tàu hộ vệ HMNZS Te Kaha của Hải quân Hoàng gia New Zealand cập cảng Tiên Sa, bắt đầu chuyến thăm. "
        "Đây là lần thứ ba tàu Hải quân New Zealand thăm thành phố, lần gần nhất vào tháng 10-2024.") if e.type == "PortCall"]
    assert call.start.iso() == "2026-07-07" and set(call.countries) == {"NZL", "VNM"}


def test_cung_ngay_dates_a_named_event_too():
    [expo] = [e for e in _events(
        "Ngày 12/5, Thiếu tướng Lê Văn Tâm tiếp Đại tá Jan Kowalski, Tùy viên Quốc phòng Ba Lan.\n\n"
        "Cùng ngày, tại Warsaw, Triển lãm Quốc phòng quốc tế Warsaw 2026 khai mạc và kéo dài đến hết ngày 15/5.")
        if e.type == "Exhibition"]
    assert expo.start.iso() == "2026-05-12"


def test_a_capitalised_trigger_inside_a_sentence_names_an_event():
    events = _events(
        "Từ ngày 8-10/9, lực lượng vũ trang hai bên đã tổ chức Diễn tập chung cứu hộ, cứu nạn khu vực biên giới năm 2026. "
        "Sáng 10/9, hai bên tổ chức Hội nghị rút kinh nghiệm diễn tập.")
    by_type = {e.type: e for e in events}
    assert by_type["Exercise"].start.iso() == "2026-09-08" and by_type["Exercise"].end.iso() == "2026-09-10"
    assert by_type["Conference"].start.iso() == "2026-09-10"
    assert len(events) == 2  # "diễn tập" inside the conference's name is not a second exercise


def test_a_capital_alone_after_a_named_event_refers_to_it():
    events = _events(
        "Triển lãm Quốc phòng quốc tế Việt Nam 2026 khai mạc sáng 9/12/2026. "
        "Đồng thời, Triển lãm quảng bá sản phẩm công nghiệp quốc phòng Việt Nam.")
    assert [e.label for e in events] == ["Triển lãm Quốc phòng quốc tế Việt Nam 2026"]


def test_joint_training_of_two_navies_is_an_exercise():
    [ex] = [e for e in _events(
        "Ngày 13/5, tàu HQ-264 của Vùng 3 Hải quân và tàu hộ vệ INS Kaveri của Hải quân Ấn Độ đã tổ chức "
        "luyện tập chung tìm kiếm cứu nạn trên biển.") if e.type == "Exercise"]
    assert ex.start.iso() == "2026-05-13" and "IND" in ex.countries


def test_a_visit_under_way_is_dated_by_its_month():
    [visit] = [e for e in _events(
        "Chiều 27/4, tại Hà Nội, Thượng tướng Lê Văn Tâm tiếp Đại tướng Agus Santoso, Tham mưu trưởng Không quân "
        "Indonesia đang thăm và làm việc tại Việt Nam.") if e.type == "Visit"]
    assert visit.start.iso() == "2026-04" and visit.end is None


def test_a_host_and_an_office_holder_acting_there_attend_a_conference():
    [conf] = [e for e in _events(
        "Theo lời mời của nước chủ nhà Brunei, Đại tướng Lê Văn Tâm dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN "
        "lần thứ 7 từ ngày 6 đến 8/5. Tại hội nghị, Tư lệnh Hải quân Indonesia giới thiệu về diễn tập chung.")
        if e.type == "Conference"]
    assert {"BRN", "IDN", "VNM"} <= set(conf.countries)


def test_a_day_told_in_the_lead_dates_the_article_when_no_sentence_opens_with_one():
    events = _events(
        "Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Mông Cổ đã ký Bản ghi nhớ về hợp tác quốc phòng tại Hà Nội "
        "ngày 19/4/2026 nhằm mở rộng quan hệ.\n\n"
        "Trong cuộc hội đàm, Thượng tướng Trần Quốc Hải và Trung tướng Batbold Dorj đã trao đổi về hợp tác song phương.",
        published=PartialDate(2026, 4, 25))
    [talks] = [e for e in events if e.type == "Talks"]
    assert talks.start.iso() == "2026-04-19"


def test_a_date_right_before_the_verb_dates_it():
    [call] = [e for e in _events(
        "Tin quốc phòng\n\nTrong chuyến công tác, tàu khu trục HMAS Sydney của Hải quân Hoàng gia Australia "
        "ngày 3/7 đã cập cảng Cam Ranh.") if e.type == "PortCall"]
    assert call.start.iso() == "2026-07-03" and set(call.countries) == {"AUS", "VNM"}


def test_a_named_exercise_told_after_the_days_first_sentence_takes_that_day():
    [drill] = [e for e in _events(
        "Tàu 015 về nước\n\nSáng 15/7, tàu 015-Trần Hưng Đạo rời cảng Visakhapatnam. Trên vùng biển ngoài khơi, "
        "tàu đã tiến hành diễn tập PASSEX với tàu hộ vệ INS Kamorta của Hải quân Ấn Độ.") if e.type == "Exercise"]
    assert drill.start.iso() == "2026-07-15"


def test_an_unnamed_drill_after_the_days_first_sentence_takes_that_day_but_not_a_stays_activity():
    events = _events(
        "Tàu rời Đà Nẵng\n\nSáng 5/7, tàu BRP Antonio Luna rời cảng Tiên Sa. Trên vùng biển ngoài khơi, tàu "
        "Philippines và tàu 015 - Trần Hưng Đạo của Hải quân Việt Nam đã tiến hành diễn tập trao đổi tín hiệu.")
    [drill] = [e for e in events if e.type == "Exercise"]
    assert drill.start.iso() == "2026-07-05"
    stay = _events(
        "Tàu thăm Brunei\n\nTừ ngày 2 đến 4/7, tàu 016 - Quang Trung thăm cảng Muara, Brunei. Trong thời gian thăm, "
        "thủy thủ tàu còn giao lưu thể thao với Hải quân Hoàng gia Brunei.")
    assert [e for e in stay if e.type == "Exchange"] == []


def test_a_clause_after_a_semicolon_is_dated_by_its_own_head():
    events = _events(
        "Tổng kết năm\n\nTháng 5/2026, Đô đốc John Carter, Tư lệnh Hạm đội Thái Bình Dương Hoa Kỳ đã thăm Việt Nam; "
        "tháng 6/2026, Đối thoại chính sách quốc phòng Việt Nam - Hoa Kỳ lần thứ 15 diễn ra tại Washington.")
    [dialogue] = [e for e in events if e.type == "Dialogue"]
    assert dialogue.start.iso() == "2026-06"


def test_a_named_exhibitions_stretch_outranks_a_day_inside_it_told_first():
    [expo] = [e for e in _events(
        "Tin triển lãm\n\nBên lề Triển lãm Quốc phòng quốc tế Việt Nam 2026, trong ngày 3/7, Thượng tướng Hoàng Xuân "
        "Chiến đã tiếp đoàn Belarus.\n\nTriển lãm Quốc phòng quốc tế Việt Nam 2026 do Bộ Quốc phòng tổ chức từ ngày "
        "2 - 5/7 tại sân bay Gia Lâm.") if e.type == "Exhibition"]
    assert (expo.start.iso(), expo.end.iso()) == ("2026-07-02", "2026-07-05")
