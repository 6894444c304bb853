"""The date a page was stored with (" date 2024-03-18 " opening the text) heading the paragraph of an
undated happening is not its day: its month only (`event.month-of-the-stored-page`), as for a dateline."""

from tests.reading_helpers import events, rules_of


def test_stored_date_heading_a_caption_gives_the_month():
    text = (" date 2024-03-18 Quang cảnh hội đàm. Ảnh: Minh Anh - TTXVN\n\n"
            "Chào mừng Bộ trưởng Quốc phòng Chile Pedro Soto và đoàn tới thăm Việt Nam, Đại tướng Nguyễn Văn Hòa "
            "nhấn mạnh chuyến thăm có ý nghĩa quan trọng.")
    talks = events(text, kind="Talks")
    assert len(talks) == 1 and talks[0].start is not None
    assert talks[0].start.iso() == "2024-03"
    assert "event.month-of-the-stored-page" in rules_of(talks)


def test_a_day_told_in_the_text_stays():
    text = (" date 2024-03-18 Sáng 15/3, Đại tướng Nguyễn Văn Hòa, Bộ trưởng Quốc phòng Việt Nam, hội đàm với "
            "Bộ trưởng Quốc phòng Chile Pedro Soto.")
    talks = events(text, kind="Talks")
    assert len(talks) == 1 and talks[0].start.iso() == "2024-03-15"


def test_recap_of_an_earlier_year_still_dropped():
    text = (" date 2024-03-18 Quang cảnh hội đàm. Ảnh: Minh Anh - TTXVN\n\n"
            "Chào mừng Bộ trưởng Quốc phòng Chile Pedro Soto và đoàn tới thăm Việt Nam, Đại tướng Nguyễn Văn Hòa "
            "nhấn mạnh chuyến thăm có ý nghĩa quan trọng. Tháng 5/2019, tàu huấn luyện Esmeralda của Hải quân "
            "Chile đã thăm cảng Sài Gòn.")
    assert [e.start.iso() for e in events(text, kind="PortCall")] == []
