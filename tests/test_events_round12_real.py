"""How real pages tell and date their events (issue 10, round 12, real sets r11 and r12 as
tuning): a day led by "hôm" that closes the sentence after a ship's arrival; (more below)."""

from kg.model import PartialDate
from reading_helpers import events


def _rules(found):
    return [r for e in found for rd in e.readings for r in rd.rules]


def test_a_day_led_by_hom_closing_the_sentence_dates_the_call():
    text = ("Tàu hải quân Ấn Độ thăm Việt Nam\n\n"
            "date 2027-08-20\n"
            "Biên đội tàu hải quân Ấn Độ với 300 sĩ quan, thủy thủ cập cảng Cam Ranh, tỉnh Khánh Hòa, hôm 12/8.\n\n"
            "Lễ đón được tổ chức đơn giản tại cầu cảng.\n")
    found = events(text, kind="PortCall")
    assert len(found) == 1
    assert found[0].start == PartialDate(2027, 8, 12)
    assert "event.date-told-after" in _rules(found)


def test_a_comma_led_day_opening_the_next_clause_is_still_not_the_calls():
    text = ("date 2027-08-20\n"
            "Trong khuôn khổ chuyến thăm, tàu INS Delhi cập cảng Tiên Sa, chiều 14/8, Thiếu tướng Nguyễn Văn Hùng "
            "tiếp Chuẩn Đô đốc Rajesh Kumar, Chỉ huy biên đội.\n")
    found = events(text, kind="PortCall")
    assert found and all(e.start != PartialDate(2027, 8, 14) for e in found)
    assert any(e.start == PartialDate(2027, 8, 14) for e in events(text, kind="Meeting"))
