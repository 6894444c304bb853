"""Brief or private meetings told together ("các cuộc gặp ngắn với A; B và C"): one meeting with each
counterpart, as "các cuộc gặp song phương với ..." is read."""

from tests.reading_helpers import events

FORUM = ("Sáng 4/6, tại Kuala Lumpur, Thượng tướng Trịnh Văn Hòa dẫn đầu đoàn Việt Nam dự Hội nghị An ninh "
         "biển khu vực lần thứ 7.\n\n")


def test_brief_meetings_told_together_are_one_meeting_each():
    text = FORUM + ("Bên lề Hội nghị, Thượng tướng Trịnh Văn Hòa còn có các cuộc gặp ngắn với ông Lars Eriksen, "
                    "Bộ trưởng Quốc phòng Đan Mạch; Đô đốc Kenji Sato, Tham mưu trưởng Hải quân Nhật Bản và "
                    "Thứ trưởng Quốc phòng Chile Pablo Araya.\n")
    met = events(text, kind="Meeting")
    assert sorted(c for e in met for c in e.countries if c != "VNM") == ["CHL", "DNK", "JPN"]


def test_private_meetings_told_together_are_one_meeting_each():
    text = FORUM + ("Bên lề Hội nghị, Thượng tướng Trịnh Văn Hòa đã có các cuộc gặp riêng với Bộ trưởng Quốc phòng "
                    "Đan Mạch Lars Eriksen và Thứ trưởng Quốc phòng Chile Pablo Araya.\n")
    met = events(text, kind="Meeting")
    assert sorted(c for e in met for c in e.countries if c != "VNM") == ["CHL", "DNK"]


def test_brief_meetings_as_a_kind_stay_no_event():
    text = FORUM + "Các cuộc gặp ngắn bên lề giúp các nước hiểu nhau hơn.\n"
    assert events(text, kind="Meeting") == []
