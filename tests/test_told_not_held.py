"""Things told that are no events of their own (round 48o, realev19): a press briefing introducing an
event does not date the event it introduces (the briefing itself stays a Meeting, as round 11c decided:
heldout6's gold lists one); a meeting held to prepare an event
does not date it either; a seminar told inside the visit or exchange that opens its sentence is an item
of it; a series described ("Giao lưu X là cơ hội ...") is no happening. Sentences of our own."""

from kg.model import PartialDate
from reading_helpers import events, of_type

PAGE = PartialDate(2026, 3, 2)


def test_press_briefing_leaves_the_event_undated():
    text = ("Chiều 2/3, tại Hà Nội, Bộ Quốc phòng tổ chức buổi gặp mặt báo chí, giới thiệu về Giao lưu hữu nghị "
            "quốc phòng biên giới Việt Nam - Lào lần thứ ba. Đoàn Lào gồm 25 đại biểu.")
    found = events(text, PAGE)
    exchanges = of_type(found, "Exchange")
    assert len(exchanges) == 1 and exchanges[0].start is None


def test_briefing_keeps_the_days_cued_for_the_event():
    text = ("Sáng 2/3, Bộ Quốc phòng tổ chức buổi gặp mặt báo chí, giới thiệu về Triển lãm Quốc phòng quốc tế Việt "
            "Nam 2026 diễn ra từ ngày 9 đến 12/3 tại Hà Nội.")
    shows = events(text, PAGE, "Exhibition")
    assert len(shows) == 1 and shows[0].start == PartialDate(2026, 3, 9)


def test_meeting_with_a_foreign_guest_is_still_a_meeting():
    text = "Chiều 2/3, tại Hà Nội, Thượng tướng Trần Văn Bình đã gặp mặt Đại sứ Lào tại Việt Nam Khampheng Vongsa."
    assert len(events(text, PAGE, "Meeting")) == 1


def test_preparatory_meeting_does_not_date_the_exchange():
    text = ("Ngày 2/3, tại tỉnh Quảng Trị, đã diễn ra cuộc họp của lãnh đạo hai tỉnh Quảng Trị (Việt Nam) và "
            "Savannakhet (Lào) nhằm thống nhất các nội dung phục vụ tổ chức Chương trình Giao lưu hữu nghị quốc "
            "phòng biên giới Việt Nam - Lào lần thứ ba.")
    exchanges = events(text, PAGE, "Exchange")
    assert all(e.start is None for e in exchanges)


def test_serving_at_the_exchange_on_its_days_keeps_them():
    text = ("Từ ngày 2-3/3, Bộ đội Biên phòng tỉnh tham gia phục vụ tổ chức Giao lưu hữu nghị quốc phòng biên "
            "giới Việt Nam - Lào lần thứ ba tại tỉnh Quảng Trị.")
    exchanges = events(text, PAGE, "Exchange")
    assert len(exchanges) == 1 and exchanges[0].start == PartialDate(2026, 3, 2)


def test_seminar_inside_a_visit_is_part_of_it():
    text = ("Trong khuôn khổ chuyến thăm Việt Nam của Đoàn sĩ quan trẻ Quân đội Thái Lan, chiều 2/3, tại Hà Nội, "
            "Đại tá Nguyễn Văn Hà, Trưởng đoàn sĩ quan trẻ Quân đội nhân dân Việt Nam và Đại tá Somchai Prasert, "
            "Trưởng đoàn sĩ quan trẻ Quân đội Thái Lan đã đồng chủ trì tọa đàm giữa hai đoàn.")
    assert events(text, PAGE, "Conference") == []


def test_seminar_told_on_its_own_is_a_conference():
    text = ("Chiều 2/3, tại Hà Nội, Viện Chiến lược Quốc phòng và Đại sứ quán Nhật Bản đồng chủ trì Tọa đàm An ninh "
            "biển lần thứ hai.")
    assert len(events(text, PAGE, "Conference")) == 1


def test_series_described_as_an_opportunity_is_no_exchange():
    text = ("Chiều 2/3, tại Hà Nội, diễn ra Giao lưu sĩ quan trẻ Việt Nam - Ấn Độ năm 2026. Phát biểu tại buổi giao "
            "lưu, Thượng tá Lê Minh cho biết, chương trình giao lưu SQT giữa quân đội hai nước là hoạt động trao đổi "
            "đoàn thường niên. “Giao lưu SQT là cơ hội tốt để sĩ quan trẻ hai nước chia sẻ kinh nghiệm”, ông nói.")
    exchanges = events(text, PAGE, "Exchange")
    assert len(exchanges) == 1 and exchanges[0].start == PartialDate(2026, 3, 2)


def test_edition_described_is_still_held():
    text = ("Tối 2/3, tại Hà Nội, Giao lưu sĩ quan trẻ Việt Nam - Ấn Độ năm 2026 đã diễn ra. Thượng tá Lê Minh cho "
            "biết, Giao lưu sĩ quan trẻ Việt Nam - Ấn Độ năm 2026 là dịp để sĩ quan trẻ hai nước chia sẻ kinh nghiệm.")
    exchanges = events(text, PAGE, "Exchange")
    assert len(exchanges) == 1 and exchanges[0].start == PartialDate(2026, 3, 2)
