"""On a page whose text tells no date, a reception told by 'tiếp'/'gặp' and a title, and talks told by their
result, are the page's news: its month, as an unnamed happening told as taking place (round 48c, realev15).
Sentences of our own."""

from kg.model import PartialDate
from reading_helpers import events, of_type, rules_of


TEXT = ("Phó Chủ tịch nước Nguyễn Văn A tiếp Bộ trưởng Quốc phòng Mông Cổ Gursed Saikhanbayar. "
        "Bộ trưởng Gursed Saikhanbayar thông báo với Phó Chủ tịch nước về kết quả tốt đẹp của cuộc hội đàm với "
        "Bộ trưởng Bộ Quốc phòng Việt Nam, khẳng định hai bên sẽ tăng cường hợp tác đào tạo.")


def test_reception_on_an_undated_page_takes_its_month():
    found = events(TEXT, PartialDate(2024, 5))
    meetings = of_type(found, "Meeting")
    assert len(meetings) == 1
    assert str(meetings[0].start) == "2024-05"
    assert "event.month-of-an-undated-page" in rules_of(meetings)


def test_talks_told_by_their_result_take_the_month_too():
    talks = of_type(events(TEXT, PartialDate(2024, 5)), "Talks")
    assert [str(t.start) for t in talks] == ["2024-05"]


def test_a_page_telling_a_day_keeps_it():
    text = "Sáng 12/5, " + TEXT
    meetings = of_type(events(text, PartialDate(2024, 5, 12)), "Meeting")
    assert [str(m.start) for m in meetings] == ["2024-05-12"]
