"""How news tells events (issue 10, round 11d): the areas two sides work together in, listed after
"trên các mặt:" or "trên các lĩnh vực như", are kinds of work, not happenings; a sentence opened
by "Trước đó một ngày" or "Một ngày trước đó" tells the day before the one last told."""

from kg.model import PartialDate
from reading_helpers import drops, read


def test_a_patrol_listed_among_the_areas_of_work_is_no_exercise():
    text = ("Hội đàm giữa hai tỉnh\n\n"
            "Sáng 12/5, tại hội đàm, Bộ Chỉ huy Quân sự tỉnh Quảng Nam và Bộ Chỉ huy Quân sự tỉnh Sê Kông (Lào) "
            "đánh giá kết quả hợp tác năm qua trên các mặt: trao đổi thông tin, tuần tra song phương, "
            "quản lý biên giới và giao lưu văn hóa.\n")
    doc = read(text, PartialDate(2025, 5, 13))
    assert [e.type for e in doc.events if e.type in ("Exercise", "Exchange")] == []
    assert "event.area-of-work" in drops(doc, "event")


def test_the_areas_may_follow_nhu_without_a_colon():
    text = ("Tiếp Tùy viên Quốc phòng\n\n"
            "Chiều 3/4, Thiếu tướng Nguyễn Văn Nam tiếp Đại tá Marco Rossi, Tùy viên Quốc phòng Italia. Hai bên "
            "đánh giá cao hợp tác trên các lĩnh vực như trao đổi đoàn, huấn luyện, diễn tập cứu hộ cứu nạn.\n")
    doc = read(text, PartialDate(2025, 4, 4))
    assert [e.type for e in doc.events] == ["Meeting"]
    assert "event.area-of-work" in drops(doc, "event")


def test_an_exercise_told_as_held_is_still_one():
    text = ("Diễn tập chung\n\n"
            "Sáng 12/5, trên các tuyến biên giới, lực lượng vũ trang hai tỉnh Điện Biên (Việt Nam) và Phông Sa Lỳ "
            "(Lào) đã tổ chức diễn tập chung tìm kiếm cứu nạn.\n")
    doc = read(text, PartialDate(2025, 5, 13))
    assert [(e.type, e.start) for e in doc.events] == [("Exercise", PartialDate(2025, 5, 12))]


def test_a_meeting_a_day_before_the_dialogue_is_dated_the_day_before():
    text = ("Đối thoại quốc phòng tại Canberra\n\n"
            "Hôm thứ Năm 6/3/2025, tại Canberra, hai bên đã tổ chức Đối thoại chính sách quốc phòng Việt Nam - "
            "Australia lần thứ 7 dưới sự đồng chủ trì của Thượng tướng Lê Huy Vịnh và ông Hugh Jeffrey.\n\n"
            "Trước đó một ngày, Thượng tướng Lê Huy Vịnh đã có cuộc gặp với bà Jan Adams, Thứ trưởng Bộ Ngoại "
            "giao Australia.\n")
    doc = read(text, PartialDate(2025, 3, 8))
    assert [e.start for e in doc.events if e.type == "Meeting"] == [PartialDate(2025, 3, 5)]
    assert any("event.day-before" in rd.rules for e in doc.events for rd in e.readings)


def test_one_day_earlier_across_a_month_start():
    text = ("Hội đàm tại Hà Nội\n\n"
            "Sáng 1/12, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Campuchia Tea Seiha.\n\n"
            "Một ngày trước đó, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại tướng Tea Seiha tại sân bay.\n")
    doc = read(text, PartialDate(2025, 12, 2))
    assert [e.start for e in doc.events if e.type == "Meeting"] == [PartialDate(2025, 11, 30)]


def test_the_day_in_brackets_after_the_evening_before_wins():
    text = ("Hội đàm tại Hà Nội\n\n"
            "Sáng 10/6, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Lào Chansamone "
            "Chanyalath.\n\n"
            "Tối hôm trước (8/6), Thượng tướng Hoàng Xuân Chiến đã tiếp Đại tướng Chansamone Chanyalath.\n")
    doc = read(text, PartialDate(2025, 6, 11))
    assert [e.start for e in doc.events if e.type == "Meeting"] == [PartialDate(2025, 6, 8)]


def test_the_days_of_a_delegations_stay_yield_to_each_conferences_own_day():
    text = ("Dự hội nghị tại Kuala Lumpur\n\n"
            "Từ ngày 30/10 đến 1/11, tại Kuala Lumpur (Malaysia), Đoàn đại biểu Bộ Quốc phòng Việt Nam do Đại tướng "
            "Phan Văn Giang làm trưởng đoàn tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 19 và "
            "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 12.\n\n"
            "Sáng 31/10, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 19 khai mạc dưới sự chủ trì của "
            "Malaysia.\n\n"
            "Ngày 1/11, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 12 diễn ra.\n")
    doc = read(text, PartialDate(2025, 11, 2))
    days = sorted(e.start for e in doc.events if e.type == "Conference")
    assert days == [PartialDate(2025, 10, 31), PartialDate(2025, 11, 1)]
    assert "event.stretch-of-the-trip" in {r for e in doc.events for rd in e.readings for r in rd.rules}


def test_one_named_event_keeps_the_days_heading_its_sentence():
    text = ("Triển lãm quốc phòng\n\n"
            "Từ ngày 19 đến 22/12, tại sân bay Gia Lâm, Bộ Quốc phòng tổ chức Triển lãm Quốc phòng quốc tế Việt Nam "
            "2024 với sự tham gia của đoàn Nga và Pháp.\n\n"
            "Ngày 20/12, tại triển lãm, Đại tướng Phan Văn Giang tiếp Thứ trưởng Quốc phòng Nga Alexander Fomin.\n")
    doc = read(text, PartialDate(2024, 12, 23))
    show = [e for e in doc.events if e.type == "Exhibition"]
    assert [(e.start, e.end) for e in show] == [(PartialDate(2024, 12, 19), PartialDate(2024, 12, 22))]


def test_what_a_ship_once_took_part_in_is_its_past_however_far_the_event_word():
    text = ("Tàu 016 thăm Singapore\n\n"
            "Sáng 5/5, Tàu 016-Quang Trung của Hải quân nhân dân Việt Nam cập cảng Changi, bắt đầu chuyến thăm "
            "Singapore.\n\n"
            "Tàu 016-Quang Trung là tàu hộ vệ tên lửa lớp Gepard 3.9, từng tham gia nhiều hoạt động đối ngoại "
            "quốc phòng quan trọng như diễn tập đa phương AUMX tại Thái Lan.\n")
    doc = read(text, PartialDate(2025, 5, 6))
    assert [e.type for e in doc.events] == ["PortCall"]
    assert "event.history" in drops(doc, "event")
