"""An event dated only by the date a page was stored with (' date 2024-03-14' opening the text) takes its
month: the text never tells that day as the happening's (round 38)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of


def test_reception_dated_by_the_stored_page_takes_its_month():
    text = (" date 2024-03-14 Thượng tướng Lê Văn Bình, Thứ trưởng Bộ Quốc phòng tiếp Tùy viên Quốc phòng "
            "Ba Lan Adam Kowalski. Hai bên trao đổi về hợp tác quốc phòng.")
    found = events(text, kind="Meeting")
    assert [f.start for f in found] == [PartialDate(2024, 3)]
    assert "event.month-of-the-stored-page" in rules_of(found)


def test_day_the_text_tells_is_kept():
    text = (" date 2024-03-14 Sáng 13/3, Thượng tướng Lê Văn Bình, Thứ trưởng Bộ Quốc phòng tiếp Tùy viên "
            "Quốc phòng Ba Lan Adam Kowalski.")
    assert [f.start for f in events(text, kind="Meeting")] == [PartialDate(2024, 3, 13)]


def test_the_leads_own_day_over_the_stored_page():
    text = (" date 2024-03-14 Ngày 13/3, đoàn đại biểu Bộ Quốc phòng Ba Lan do Thứ trưởng Adam Kowalski dẫn đầu "
            "đã đến Hà Nội.\n\nHai nước có quan hệ hữu nghị lâu đời.\n\nTại buổi tiếp, Thượng tướng Lê Văn Bình "
            "chào mừng Thứ trưởng Adam Kowalski và đoàn.")
    found = events(text, kind="Meeting")
    assert [f.start for f in found] == [PartialDate(2024, 3, 13)]
