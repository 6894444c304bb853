"""Round 31: side meetings and receptions told over several days (receptions "in turn", "Ngay sau đó",
a related-news box after the lead of a forum story). Sentences of our own."""

from kg.model import PartialDate

from tests.reading_helpers import events, read, rules_of


PUB = PartialDate(2027, 4, 15)


def _meetings(text: str) -> list:
    return events(text, PUB, kind="Meeting")


def test_receptions_in_turn_are_one_meeting_each():
    text = ("Chiều 14/4, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam lần lượt tiếp Bộ trưởng Quốc phòng Lào "
            "Bounmy Sayavong; Bộ trưởng Quốc phòng Campuchia Chea Sokhom và Thứ trưởng Quốc phòng Ba Lan "
            "Marek Nowicki. Hai bên trao đổi về hợp tác quốc phòng.")
    found = _meetings(text)
    assert sorted(next(c for c in e.countries if c != "VNM") for e in found) == ["KHM", "LAO", "POL"]
    assert all(e.start == PartialDate(2027, 4, 14) for e in found)
    assert "event.receives-in-turn" in rules_of(found)


def test_guests_received_together_stay_one_meeting():
    text = ("Chiều 14/4, tại Hà Nội, Thượng tướng Lê Văn Thành tiếp Đoàn đại biểu Quân đội Lào do Thiếu tướng "
            "Bounmy Sayavong dẫn đầu và Đoàn đại biểu Quân đội Campuchia do Thiếu tướng Chea Sokhom dẫn đầu. "
            "Tại buổi tiếp, Thượng tướng Lê Văn Thành cảm ơn hai đoàn.")
    assert len(_meetings(text)) == 1


def test_right_after_that_is_the_same_day():
    text = ("Trong hai ngày tại Jakarta, đoàn đại biểu Bộ Quốc phòng Việt Nam đã có nhiều hoạt động bên lề Hội nghị.\n\n"
            "Chiều 13/4, Thượng tướng Lê Văn Thành gặp Bộ trưởng Quốc phòng Peru Luis Vargas. "
            "Hai bên trao đổi về hợp tác gìn giữ hòa bình.\n\n"
            "Sáng nay (14/4), Thượng tướng Lê Văn Thành gặp Bộ trưởng Quốc phòng Ba Lan Marek Nowicki. "
            "Hai bên trao đổi về hợp tác đào tạo.\n\n"
            "Ngay sau đó, Thượng tướng Lê Văn Thành gặp Bộ trưởng Quốc phòng Chile Pablo Rojas. "
            "Hai bên nhất trí tăng cường trao đổi đoàn.")
    chile = [e for e in _meetings(text) if "CHL" in e.countries]
    assert len(chile) == 1 and chile[0].start == PartialDate(2027, 4, 14)
    assert "event.same-day" in rules_of(chile)


def test_story_goes_on_after_a_box_when_it_names_the_forum_of_the_lead():
    text = ("Hội nghị An ninh Biển Bali lần thứ 5: đoàn Việt Nam gặp nhiều đối tác\n\n"
            "Trong ba ngày tại Indonesia, bên cạnh việc dự Hội nghị An ninh Biển Bali lần thứ 5, đoàn đại biểu "
            "Bộ Quốc phòng Việt Nam đã có nhiều cuộc tiếp xúc song phương.\n\n"
            "Tin liên quan\n"
            "Khai mạc hội nghị an ninh biển tại Bali năm nay\n"
            "Những điểm nhấn của diễn đàn quốc phòng khu vực\n\n"
            "Hội nghị An ninh Biển Bali lần thứ 5 do Bộ Quốc phòng Indonesia tổ chức tại Bali từ ngày 12 đến 14/4, "
            "với hơn 300 đại biểu của 30 nước tham dự.\n\n"
            "Chiều 13/4, Thượng tướng Lê Văn Thành gặp Bộ trưởng Quốc phòng Ba Lan Marek Nowicki. Hai bên trao đổi "
            "về hợp tác đào tạo và gìn giữ hòa bình.")
    doc = read(text, PUB)
    assert "Marek Nowicki" in doc.text
    assert any("POL" in e.countries and e.type == "Meeting" for e in doc.events)


def test_a_box_closing_the_page_still_ends_it():
    text = ("Sáng 14/4, tại Hà Nội, Thượng tướng Lê Văn Thành tiếp Bộ trưởng Quốc phòng Ba Lan Marek Nowicki "
            "đang thăm chính thức Việt Nam. Hai bên trao đổi về hợp tác đào tạo.\n\n"
            "Thượng tướng Lê Văn Thành đề nghị hai bên tiếp tục trao đổi đoàn các cấp, mở rộng hợp tác trong các "
            "lĩnh vực quân y, gìn giữ hòa bình và đào tạo ngoại ngữ cho sĩ quan trẻ của hai quân đội.\n\n"
            "Tin liên quan\n"
            "Khai mạc hội nghị an ninh biển tại Bali năm nay\n"
            "Những điểm nhấn của diễn đàn quốc phòng khu vực\n\n"
            "Sáng 14/4, tại Đà Nẵng, Trung tướng Phạm Văn Hòa tiếp Đại sứ Chile tại Việt Nam Pablo Rojas nhân dịp "
            "ông đến chào xã giao và trao đổi về hợp tác giữa hai nước.")
    doc = read(text, PUB)
    assert "Pablo Rojas" not in doc.text


def test_meetings_told_by_an_opening_trigger_take_the_series_day():
    text = ("Sáng 13/4, tại Jakarta, Đô đốc Lê Văn Thành gặp Đô đốc Hải quân Peru Luis Vargas. Hai bên trao đổi "
            "về hợp tác gìn giữ hòa bình.\n\n"
            "Chiều 14/4, bên lề hội nghị, Đô đốc Lê Văn Thành đã gặp Đô đốc Hải quân Ba Lan Marek Nowicki. Hai bên "
            "trao đổi về hợp tác đào tạo.\n\n"
            "Tiếp Đô đốc Hải quân Chile Pablo Rojas, Đô đốc Lê Văn Thành đề nghị hai bên tăng cường trao đổi đoàn.")
    chile = [e for e in _meetings(text) if "CHL" in e.countries]
    assert len(chile) == 1 and chile[0].start == PartialDate(2027, 4, 14)
    assert "event.day-of-the-series" in rules_of(chile)
