"""Side meetings told with no day of their own ("Bên lề hội nghị, A đã có các cuộc gặp song phương với B, C"),
dated only by the days a forum was told over ("Từ ngày 14 đến 16/10, ... diễn ra Hội nghị X"): some day of that
forum, its month, not the forum's days (`event.some-day-of-the-forum`, round 50g, dates5); a meeting told again
in a clause opened by "khi gặp" after the sentence's day ("Chiều 15/10, khi gặp ..., A đề nghị ...")
takes that day, while "vui mừng khi gặp" opens no meeting."""

from kg.model import PartialDate
from tests.reading_helpers import events, of_type, rules_of

FORUM = ("Từ ngày 14 đến 16/10/2024, tại thành phố Darwin (Australia) đã diễn ra Hội nghị Tư lệnh Lục quân "
         "các nước Ấn Độ Dương - Thái Bình Dương lần thứ 9 với sự tham dự của đại biểu 25 nước. Thiếu tướng "
         "Nguyễn Văn Bình, Phó Tư lệnh Quân khu 7 dẫn đầu đoàn Việt Nam tham dự hội nghị. ")
SIDE = ("Bên lề hội nghị, Thiếu tướng Nguyễn Văn Bình đã có các cuộc gặp song phương với Trung tướng Simon "
        "Stuart, Tư lệnh Lục quân Australia và Đại tướng Randy George, Tham mưu trưởng Lục quân Hoa Kỳ.")


def test_side_meetings_take_the_month_of_the_forum():
    found = events(FORUM + SIDE)
    forum = [(e.start, e.end) for e in of_type(found, "Conference")]
    assert forum == [(PartialDate(2024, 10, 14), PartialDate(2024, 10, 16))]
    meetings = of_type(found, "Meeting")
    assert len(meetings) == 2
    assert all((e.start, e.end) == (PartialDate(2024, 10), None) for e in meetings)
    assert "event.some-day-of-the-forum" in rules_of(meetings)


def test_a_side_meeting_with_its_own_day_keeps_it():
    found = events(FORUM + SIDE.replace("Bên lề hội nghị, ", "Bên lề hội nghị, chiều 15/10, "))
    meetings = of_type(found, "Meeting")
    assert meetings and all(e.start == PartialDate(2024, 10, 15) for e in meetings)


def test_a_meeting_dated_by_other_days_is_not_the_forums():
    # the stretch heading the page is a visit's, not a forum's: no side meeting of it
    text = ("Từ ngày 14 đến 16/10/2024, Thiếu tướng Nguyễn Văn Bình, Phó Tư lệnh Quân khu 7 thăm làm việc tại "
            "Australia. " + SIDE.replace("Bên lề hội nghị, ", ""))
    assert "event.some-day-of-the-forum" not in rules_of(of_type(events(text), "Meeting"))


def test_a_meeting_told_again_in_a_when_clause_takes_its_day():
    text = (FORUM + SIDE + " Chiều 15/10, khi gặp Trung tướng Simon Stuart, Tư lệnh Lục quân Australia, "
            "Thiếu tướng Nguyễn Văn Bình đề nghị hai bên đẩy mạnh đào tạo tiếng Anh.")
    days = {e.start for e in of_type(events(text), "Meeting") if "AUS" in e.countries}
    assert days == {PartialDate(2024, 10, 15)}


def test_glad_to_meet_opens_no_meeting():
    text = "Sáng 14/10, Trung tướng Simon Stuart cho biết ông rất vui khi gặp Thiếu tướng Nguyễn Văn Bình tại Darwin."
    assert of_type(events(text), "Meeting") == []


def test_a_later_day_of_another_side_leaves_the_side_meetings_their_month():
    # "Tại cuộc gặp với người đồng cấp Lào hôm 15/10": a day of a meeting with Laos, none of the forum's
    # side meetings told before (with Australia, with the United States), whatever their month
    text = (FORUM + SIDE + " Tại cuộc gặp với người đồng cấp Lào hôm 15/10, hai bên nhất trí tăng cường "
            "hợp tác huấn luyện.")
    listed = [e for e in of_type(events(text), "Meeting") if set(e.countries) & {"AUS", "USA"}]
    assert len(listed) == 2 and all(e.start == PartialDate(2024, 10) for e in listed)
