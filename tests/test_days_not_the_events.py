"""Days a sentence tells that are not the event's own (round 48):
- "dự hội nghị và các hoạt động liên quan từ ngày 3-4/11": the delegation's programme; the meeting keeps
  the day the page gives it ("ngày 4/11, Hội nghị ... đã diễn ra");
- "Tuần qua (9 đến 15/6), ...; Đối thoại X diễn ra ...; tàu Y thăm Z": the week a round-up sums up, each
  item being told below with its own day (`event.week-of-a-round-up`);
- "kết quả hội đàm giữa A với B chiều qua": a day told against the page's, the time of day its own first
  word, dates the talks it follows, like "chiều 16/3" would (`event.date-told-after`)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of


def test_the_programme_days_are_not_the_meeting_s() -> None:
    text = ("Ngày 4/11, tại Vientiane, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp đã diễn ra dưới sự chủ trì "
            "của Bộ trưởng Quốc phòng Lào Chansamone Soulivong.\n\n"
            "Đoàn đại biểu Bộ Quốc phòng Việt Nam do Đại tướng Phan Văn Giang dẫn đầu tham dự hội nghị và các hoạt "
            "động liên quan từ ngày 3-4/11.")
    conferences = events(text, PartialDate(2024, 11, 5), kind="Conference")
    assert [(c.start, c.end) for c in conferences] == [(PartialDate(2024, 11, 4), None)]


def test_the_week_of_a_round_up_dates_no_item() -> None:
    text = ("Tuần qua (9 đến 15/6), lãnh đạo Bộ Quốc phòng có nhiều hoạt động đối ngoại; Đối thoại Chính sách Quốc "
            "phòng Việt Nam - Nhật Bản lần thứ 11 diễn ra tại Tokyo; tàu Hải quân Ấn Độ thăm Đà Nẵng.\n\n"
            "Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 11\n\n"
            "Ngày 12/6, tại Tokyo, Thượng tướng Hoàng Xuân Chiến và ông Masuda Kazuo, Thứ trưởng Quốc phòng Nhật "
            "Bản, đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - Nhật Bản lần thứ 11.\n\n"
            "Tàu Hải quân Ấn Độ thăm Đà Nẵng\n\n"
            "Từ ngày 13 - 16/6, tàu INS Kiltan của Hải quân Ấn Độ thăm thành phố Đà Nẵng.")
    found = events(text, PartialDate(2024, 6, 15))
    dialogues = [e for e in found if e.type == "Dialogue"]
    calls = [e for e in found if e.type == "PortCall"]
    assert [(d.start, d.end) for d in dialogues] == [(PartialDate(2024, 6, 12), None)]
    assert [(c.start, c.end) for c in calls] == [(PartialDate(2024, 6, 13), PartialDate(2024, 6, 16))]
    assert "event.week-of-a-round-up" in rules_of(dialogues)


def test_talks_told_yesterday_afternoon_are_of_that_day() -> None:
    text = ("Chiều 17-3, tại Hà Nội, Thủ tướng Phạm Minh Chính tiếp ông Richard Marles, Phó Thủ tướng, Bộ trưởng "
            "Quốc phòng Australia, đang thăm chính thức Việt Nam.\n\n"
            "Thủ tướng đánh giá cao kết quả hội đàm giữa Bộ trưởng Richard Marles với Đại tướng Phan Văn Giang chiều "
            "qua.")
    talks = events(text, PartialDate(2024, 3, 17), kind="Talks")
    assert [t.start for t in talks] == [PartialDate(2024, 3, 16)]
