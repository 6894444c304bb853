"""How news tells events (issue 10, round 12, imitated pages): the signed record of talks
("ký Biên bản hội đàm ...") names a document, not the talks again; "chuyến thăm, làm việc
tại X" is one phrase of an opening formula; a consultation between defence ministries is a
dialogue; a departure clause's day is the leaving's; a call made by someone posted in
Vietnam is no visit to a country; a visit to a foreign military command is a visit to its
country."""

from kg.model import PartialDate
from reading_helpers import drops, events, read


def test_the_record_of_talks_signed_on_the_last_day_keeps_the_first_day_of_the_talks():
    text = ("Hội đàm hải quân Việt Nam - Ấn Độ\n\n"
            "Trong hai ngày 3-4/9, tại Hải Phòng đã diễn ra Hội đàm cán bộ hải quân Việt Nam - Ấn Độ lần thứ 5.\n\n"
            "Chiều 4/9, Chuẩn Đô đốc Trần Minh Quý và Chuẩn Đô đốc Arjun Mehta đã ký Biên bản Hội đàm "
            "cán bộ hải quân lần thứ 5.\n")
    doc = read(text, PartialDate(2026, 9, 5))
    talks = [e for e in doc.events if e.type == "Talks"]
    assert len(talks) == 1
    assert talks[0].start == PartialDate(2026, 9, 3)
    assert "event.name-of-a-document" in drops(doc, "event")


def test_the_words_after_a_record_name_open_no_other_event():
    text = ("Tuần tra chung\n\n"
            "Ngày 12/3, Vùng 2 Hải quân và Hải quân Campuchia tổ chức tuần tra chung lần thứ 40.\n\n"
            "Ngày 14/3, hai bên đã ký biên bản hội đàm tuần tra chung lần thứ 40.\n")
    doc = read(text, PartialDate(2026, 3, 15))
    assert [e.start for e in doc.events if e.type == "Exercise"] == [PartialDate(2026, 3, 12)]


def test_a_visit_and_work_phrase_stays_inside_the_opening_formula():
    text = ("Đối thoại quốc phòng\n\n"
            "Jakarta, 8/10 (TTXVN) - Trong khuôn khổ chuyến thăm, làm việc tại Indonesia, chiều nay, "
            "Thượng tướng Phạm Hồng Lam và ông Budi Santoso đồng chủ trì Đối thoại Chính sách quốc phòng "
            "Việt Nam - Indonesia lần thứ 7.\n")
    found = events(text, PartialDate(2026, 10, 8), "Dialogue")
    assert [e.start for e in found] == [PartialDate(2026, 10, 8)]


def test_a_consultation_named_by_its_edition_is_a_dialogue():
    text = ("Tham vấn quốc phòng\n\n"
            "Ngày 21/9, tại Hà Nội, Thượng tướng Phạm Hồng Lam và ông Carlos Reyes đã đồng chủ trì "
            "Tham vấn quốc phòng Việt Nam - Philippines lần thứ 6.\n")
    found = events(text, PartialDate(2026, 9, 22), "Dialogue")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2026, 9, 21), ["PHL", "VNM"])]


def test_a_consultation_as_a_mechanism_word_is_no_event():
    text = ("Hợp tác quốc phòng\n\n"
            "Hai bên nhất trí duy trì các cơ chế tham vấn, đối thoại và trao đổi đoàn các cấp.\n")
    assert events(text, PartialDate(2026, 9, 22), "Dialogue") == []


def test_the_day_of_a_departure_clause_is_not_the_day_of_the_port_call():
    text = ("Tàu Hải quân thăm Malaysia\n\n"
            "Rời Quân cảng Cam Ranh ngày 2-6, sáng 5/6, tàu HQ-016 do Đại tá Lê Văn Tâm làm trưởng đoàn "
            "đã cập cảng Lumut (Malaysia).\n")
    doc = read(text, PartialDate(2026, 6, 6))
    calls = [e for e in doc.events if e.type == "PortCall"]
    assert [e.start for e in calls] == [PartialDate(2026, 6, 5)]
    assert any("event.departure-day" in r.rules for r in calls[0].readings)


def test_a_call_by_an_attache_posted_in_vietnam_is_no_visit():
    text = ("Tiếp Tùy viên Quốc phòng\n\n"
            "Ngày 9/10, Đại tá Lò Văn Hùng tiếp Đại tá Somsak Vongsa, Tùy viên Quốc phòng Lào tại Việt Nam "
            "đến thăm và làm việc tại Trường Quân sự tỉnh.\n")
    doc = read(text, PartialDate(2026, 10, 10))
    assert [e.type for e in doc.events] == ["Meeting"]
    assert "event.visitor-posted-here" in drops(doc, "event")


def test_a_delegation_from_abroad_still_makes_a_visit():
    text = ("Đoàn Lào thăm Việt Nam\n\n"
            "Ngày 9/10, Đoàn đại biểu Quân đội nhân dân Lào do Trung tướng Khamla Sithong dẫn đầu "
            "đến thăm và làm việc tại Việt Nam.\n")
    assert len(events(text, PartialDate(2026, 10, 10), "Visit")) == 1


def test_a_visit_to_a_foreign_military_command_is_a_visit_to_its_country():
    text = ("Đối ngoại quốc phòng\n\n"
            "Từ ngày 4-6/5, đoàn đại biểu Quân khu 7 do Thiếu tướng Trần Văn Bình làm trưởng đoàn "
            "thăm, làm việc tại Bộ Tư lệnh Quân khu 2, Quân đội Hoàng gia Campuchia.\n")
    found = events(text, PartialDate(2026, 5, 10), "Visit")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2026, 5, 4), ["KHM", "VNM"])]


def test_a_visit_told_as_the_occasion_of_a_reception_is_dated_by_its_month():
    text = ("Tiếp Tư lệnh Hải quân Indonesia\n\n"
            "Sáng 22/7, tại Hà Nội, Phó Đô đốc Trần Minh Quý đã tiếp Đô đốc Budi Hartono, Tham mưu trưởng "
            "Hải quân Indonesia, nhân dịp đoàn sang thăm chính thức Quân chủng Hải quân.\n")
    doc = read(text, PartialDate(2026, 7, 23))
    assert [e.start for e in doc.events if e.type == "Meeting"] == [PartialDate(2026, 7, 22)]
    assert [e.start for e in doc.events if e.type == "Visit"] == [PartialDate(2026, 7)]


def test_activities_of_a_port_call_told_in_the_plural_are_no_exchange():
    text = ("Tàu Hải quân Malaysia thăm Đà Nẵng\n\n"
            "Tháng 9, Vùng 3 Hải quân đón tàu KD Lekiu của Hải quân Hoàng gia Malaysia thăm thành phố Đà Nẵng; "
            "các hoạt động giao lưu thể thao, tham quan được tổ chức chu đáo.\n")
    doc = read(text, PartialDate(2026, 12, 1))
    assert [e.type for e in doc.events] == ["PortCall"]


def test_activities_in_the_plural_give_their_days_to_the_programme_told_before():
    text = ("Giao lưu sĩ quan trẻ\n\n"
            "Đoàn sĩ quan trẻ Quân đội nhân dân Việt Nam đã sang Thái Lan dự chương trình Giao lưu sĩ quan trẻ "
            "Việt Nam - Thái Lan lần thứ 4.\n\n"
            "Trong khuôn khổ chương trình, từ 12 - 15/9, đoàn đã tham gia các hoạt động giao lưu với sĩ quan trẻ "
            "Thái Lan tại nhiều đơn vị.\n")
    found = events(text, PartialDate(2026, 9, 20), "Exchange")
    assert [(e.start, e.end) for e in found] == [(PartialDate(2026, 9, 12), PartialDate(2026, 9, 15))]
    assert any("event.activities-in-the-plural" in r.rules for r in found[0].readings)


def test_one_friendly_exchange_told_alone_is_still_an_exchange():
    text = ("Giao lưu thể thao\n\n"
            "Chiều 14/8, cán bộ, chiến sĩ Đồn Biên phòng A Pa Chải và Đại đội Biên phòng Lào đã giao lưu "
            "bóng chuyền hữu nghị.\n")
    assert len(events(text, PartialDate(2026, 8, 15), "Exchange")) == 1
