"""Round 28c (events on units' own sites): brief contacts named by title ("tiếp xúc (ngắn) (với)
<title>"), a sideline meeting's day told after the occasion it was held beside, a place's dateline
with its day in brackets ("HẢI PHÒNG (9/3) - ..."), a friendship programme joined ("tham gia chương
trình giao lưu") and an agreed "sớm tổ chức" (a plan)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

CONTACTS = (
    "Bên lề Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 12 tại Bangkok, Thái Lan, Thượng tướng "
    "Trần Quang Lâm, Thứ trưởng Bộ Quốc phòng Việt Nam đã dự phiên khai mạc. "
    "Thượng tướng Trần Quang Lâm còn có các cuộc tiếp xúc ngắn với Tư lệnh Lục quân Malaysia, Đại tướng "
    "Azlan Bin Harun; Tư lệnh Lục quân Singapore, Thiếu tướng Goh Kiat Beng và Tư lệnh Lục quân Brunei "
    "Pengiran Haji Rosli."
)


def test_brief_contacts_with_a_list_are_one_meeting_each():
    found = events(CONTACTS, PartialDate(2025, 3, 6), "Meeting")
    sides = sorted(tuple(sorted(e.countries)) for e in found)
    assert sides == [("BRN", "VNM"), ("MYS", "VNM"), ("SGP", "VNM")]
    assert "event.one-meeting-per-counterpart" in rules_of(found)


def test_contact_opening_a_sentence_with_a_title_is_a_meeting():
    text = ("Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Trần Quang Lâm dẫn đầu dự Hội nghị "
            "Tư lệnh Lục quân các nước ASEAN lần thứ 12 tại Bangkok. "
            "Tiếp xúc Tư lệnh Lục quân Hoàng gia Campuchia, Đại tướng Mao Sophan chiều 5/3, Thượng tướng "
            "Trần Quang Lâm đề nghị hai bên tăng cường trao đổi đoàn.")
    found = events(text, PartialDate(2025, 3, 6), "Meeting")
    assert [(sorted(e.countries), e.start) for e in found] == [(["KHM", "VNM"], PartialDate(2025, 3, 5))]


def test_meeting_voters_is_no_meeting():
    text = "Chiều 5/3, Thượng tướng Trần Quang Lâm tiếp xúc cử tri huyện Thủy Nguyên, thành phố Hải Phòng."
    assert events(text, PartialDate(2025, 3, 6), "Meeting") == []


def test_caption_day_after_the_occasion_dates_the_meeting():
    text = ("Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 12 diễn ra từ ngày 4 đến 6/3 tại Bangkok, "
            "Thái Lan. "
            "Thượng tướng Trần Quang Lâm gặp Tư lệnh Lục quân Malaysia, Đại tướng Azlan Bin Harun bên lề "
            "Hội nghị, chiều 5/3.")
    found = events(text, PartialDate(2025, 3, 7), "Meeting")
    assert [(sorted(e.countries), e.start) for e in found] == [(["MYS", "VNM"], PartialDate(2025, 3, 5))]


BORDER = (
    "HẢI PHÒNG (9/3) - Tại Nhà khách Quân khu 3, Bộ Chỉ huy Bộ đội Biên phòng thành phố (Việt Nam) và "
    "Trạm Kiểm soát biên phòng Đông Hưng (Trung Quốc) đã tổ chức hội đàm định kỳ quý I năm 2025.\n"
    "Tại hội đàm, hai bên thông báo tình hình quản lý biên giới trong quý.\n"
    "Chiều cùng ngày, hai đoàn tham gia chương trình giao lưu hữu nghị gồm thi đấu bóng bàn và văn nghệ."
)


def test_bracketed_dateline_dates_the_lead_happening():
    found = events(BORDER, PartialDate(2025, 3, 9), "Talks")
    assert [(sorted(e.countries), e.start) for e in found] == [(["CHN", "VNM"], PartialDate(2025, 3, 9))]


def test_programme_joined_the_same_day_is_the_exchange():
    found = events(BORDER, PartialDate(2025, 3, 9), "Exchange")
    assert [e.start for e in found] == [PartialDate(2025, 3, 9)]
    assert "event.programme-held" in rules_of(found)


def test_bracketed_dateline_needs_its_dash():
    text = BORDER.replace("HẢI PHÒNG (9/3) - Tại", "Hải Phòng (9/3 là ngày ký) tại")
    found = events(text, PartialDate(2025, 3, 12), "Talks")
    assert all(e.start != PartialDate(2025, 3, 9) for e in found)


def test_holding_soon_is_a_plan():
    text = ("Ngày 14/5, Thượng tướng Trần Quang Lâm đã hội đàm với Thứ trưởng Quốc phòng Indonesia Budi Santoso. "
            "Hai bên thống nhất thúc đẩy hợp tác hải quân, đào tạo, sớm tổ chức Đối thoại chính sách quốc "
            "phòng Việt Nam - Indonesia lần thứ 6 tại Jakarta.")
    assert events(text, PartialDate(2025, 5, 15), "Dialogue") == []
