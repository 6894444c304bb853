"""A forum named "Đối thoại ..." (a Conference: Shangri-La, Seoul) told back by a bare "tại Đối thoại": that forum,
no bilateral dialogue of its own (realev22; merge `_forum_called_dialogue`, rule event.forum-called-dialogue)."""

from tests.reading_helpers import events, of_type, rules_of


FORUM = ("Từ ngày 30/5 đến 1/6/2025, đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Lê Minh Khang, Thứ trưởng "
         "Bộ Quốc phòng làm trưởng đoàn tham dự Đối thoại Shangri-La lần thứ 22 tại Singapore. ")


def test_bare_dialogue_after_a_forum_is_the_forum():
    found = events(FORUM + "Thượng tướng Lê Minh Khang có bài phát biểu tại Đối thoại.")
    assert [e.type for e in found] == ["Conference"]
    assert "event.forum-called-dialogue" in rules_of(found)


def test_bare_dialogue_after_a_meeting_of_another_name_stays_a_dialogue():
    # a conference not called "Đối thoại ...": the dialogue presupposed is the two sides' own, as before
    text = ("Ngày 12/6/2025, Thượng tướng Lê Minh Khang, Thứ trưởng Bộ Quốc phòng Việt Nam dự Hội nghị Quan chức "
            "Quốc phòng cấp cao ASEAN mở rộng tại Kuala Lumpur. Chiều cùng ngày, tại Đối thoại, Thượng tướng Lê "
            "Minh Khang và ông Peter Vance, Thứ trưởng Quốc phòng Australia trao đổi về hợp tác song phương.")
    found = events(text)
    assert len(of_type(found, "Dialogue")) == 1
    assert "event.forum-called-dialogue" not in rules_of(found)
