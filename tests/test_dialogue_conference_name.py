"""'hội nghị Đối thoại chính sách quốc phòng A - B lần thứ N': a conference named after a dialogue of two
sides is that dialogue (round 38)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of


def test_conference_of_a_bilateral_dialogue_is_a_dialogue():
    text = ("Đoàn đại biểu Bộ Quốc phòng Ba Lan do Thứ trưởng Adam Kowalski dẫn đầu đã đến Hà Nội dự hội nghị "
            "Đối thoại chính sách quốc phòng Việt Nam - Ba Lan lần thứ 2 từ ngày 4 đến 6-3.")
    found = events(text, PartialDate(2024, 3, 7))
    assert [(f.type, f.start) for f in found] == [("Dialogue", PartialDate(2024, 3, 4))]
    assert "event.conference-of-a-dialogue" in rules_of(found)


def test_forum_dialogue_conference_stays_a_conference():
    text = "Ngày 4/6, Thượng tướng Lê Văn Bình dự Hội nghị Đối thoại Shangri-La lần thứ 20 tại Singapore."
    assert [f.type for f in events(text, PartialDate(2024, 6, 5))] == ["Conference"]
