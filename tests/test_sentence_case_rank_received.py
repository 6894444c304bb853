"""A rank written in sentence case after "tiếp" (round 39): "đã tiếp Chuẩn đô đốc X và đoàn chỉ huy tàu" is a
reception, as "tiếp Chuẩn Đô đốc X" and "tiếp chuẩn đô đốc X" are; "tiếp tục" stays no meeting."""

from kg.model import PartialDate

from tests.reading_helpers import events

PAGE_DAY = PartialDate(2026, 4, 9)

RECEPTION = ("Chiều 8/4, tại trụ sở UBND tỉnh, ông Lâm Văn Khải, Phó Chủ tịch UBND tỉnh Bình Định, đã tiếp "
             "Chuẩn đô đốc Arjun Mehra, chỉ huy biên đội tàu Hải quân Ấn Độ, và đoàn chỉ huy tàu.")


def test_a_rear_admiral_in_sentence_case_is_received():
    meetings = events(RECEPTION, PAGE_DAY, "Meeting")
    assert len(meetings) == 1
    assert sorted(meetings[0].countries) == ["IND", "VNM"]
    assert "Arjun Mehra" in meetings[0].participants


def test_a_vice_admiral_in_sentence_case_is_received():
    meetings = events(RECEPTION.replace("Chuẩn đô đốc", "Phó đô đốc"), PAGE_DAY, "Meeting")
    assert len(meetings) == 1
