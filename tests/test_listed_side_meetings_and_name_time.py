"""Side meetings announced for a day and then listed by counterpart, and an event's name followed by a
time phrase (round 39): "Ngày 14-6, A đã có các cuộc gặp song phương ..." then "A lần lượt gặp B; C và D"
(each listed meeting held that day); "Diễn đàn X năm nay do ... tổ chức" (the name ends before "năm nay")."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 6, 15)

ANNOUNCED_THEN_LISTED = """Bộ trưởng Quốc phòng gặp song phương bên lề Diễn đàn An ninh Hàng hải Đông Á lần thứ 7

Nhân dịp dự Diễn đàn An ninh Hàng hải Đông Á lần thứ 7 diễn ra từ ngày 13-6 đến 15-6 tại Manila, ngày 14-6, Đại tướng Trịnh Quốc Bảo, Bộ trưởng Bộ Quốc phòng Việt Nam đã có các cuộc gặp song phương với lãnh đạo quốc phòng một số nước.

Đoàn gồm đại diện một số cơ quan chức năng của Bộ Quốc phòng.

Diễn đàn An ninh Hàng hải Đông Á năm nay thu hút khoảng 300 đại biểu. Các phiên họp bàn về an ninh biển và cứu hộ, cứu nạn.

Tại khách sạn, Đại tướng Trịnh Quốc Bảo lần lượt gặp song phương với Bộ trưởng Quốc phòng Hàn Quốc Lee Dong-hyun; Bộ trưởng Quốc phòng Canada Martin Gagnon và Thứ trưởng Quốc phòng Ấn Độ Rakesh Verma.

Hai bên trao đổi về hợp tác hải quân và gìn giữ hòa bình.
"""


def test_each_listed_meeting_is_held_on_the_announced_day():
    meetings = events(ANNOUNCED_THEN_LISTED, PAGE_DAY, "Meeting")
    assert len(meetings) == 3
    assert [m.start for m in meetings] == [PartialDate(2026, 6, 14)] * 3
    assert all(m.end is None for m in meetings)
    assert "event.day-of-the-announced-meetings" in rules_of(meetings)


def test_a_list_with_no_announcement_before_it_keeps_its_own_dating():
    text = ANNOUNCED_THEN_LISTED.replace("ngày 14-6, Đại tướng", "Đại tướng").replace("đã có các cuộc gặp song phương", "đã phát biểu")
    assert "event.day-of-the-announced-meetings" not in rules_of(events(text, PAGE_DAY, "Meeting"))


def test_a_name_ends_before_this_year():
    text = ("Ngày 5/6, Hội thảo An ninh biển khu vực năm nay do Học viện Quốc phòng tổ chức tại Hà Nội, "
            "quy tụ đại biểu Việt Nam, Nhật Bản và Australia.")
    seminars = events(text, PAGE_DAY, "Conference")
    assert [s.label for s in seminars] == ["Hội thảo An ninh biển khu vực"]


def test_a_country_sending_a_delegation_to_the_forum_takes_part():
    text = ANNOUNCED_THEN_LISTED.replace(
        "Các phiên họp bàn về an ninh biển và cứu hộ, cứu nạn.",
        "Phát biểu tại phiên toàn thể có lãnh đạo quốc phòng Nhật Bản; Indonesia cử đoàn của Học viện Hải quân tham dự.")
    forum = events(text, PAGE_DAY, "Conference")[0]
    assert "IDN" in forum.countries
    assert "event.sends-delegation" in rules_of([forum])
