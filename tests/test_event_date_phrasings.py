"""How the news tells the days of an event (round 22): a day told of a part of a named event
inside the days it runs, a closing day with the day it began, a day counted from the last told,
a wire dateline with a weekday. Sentences of our own."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def _named(text: str, kind: str, published: PartialDate):
    found = [e for e in events(text, published=published) if e.type == kind and e.label.startswith(("Hội", "Đối", "Diễn", "Triển"))]
    assert len(found) == 1, found
    return found[0]


def test_a_session_day_inside_the_stretch_keeps_the_stretch():
    text = ("Đoàn Việt Nam dự Diễn đàn An ninh Hàng hải Jakarta\n\n"
            "Từ ngày 12 đến 14/9, tại Jakarta, Trung tướng Phạm Văn Hòa dẫn đầu đoàn Việt Nam tham dự "
            "Diễn đàn An ninh Hàng hải Jakarta lần thứ 5.\n\n"
            "Phát biểu tại phiên toàn thể thứ hai sáng 13/9, Trung tướng Phạm Văn Hòa nêu quan điểm "
            "của Việt Nam về tự do hàng hải.\n")
    forum = _named(text, "Conference", PartialDate(2025, 9, 15))
    assert (forum.start, forum.end) == (PartialDate(2025, 9, 12), PartialDate(2025, 9, 14))
    # (the session's day is set apart by `event.session-day` or, failing it, by this rule)
    assert {"event.part-day-within-stretch", "event.session-day"} & set(rules_of([forum]))


def test_a_closing_day_with_the_day_it_began_after_it_is_a_stretch():
    text = ("Hội nghị An ninh Hàng hải Manila khép lại\n\n"
            "Hội nghị An ninh Hàng hải Manila lần thứ 7, diễn đàn thường niên do Viện Nghiên cứu Biển "
            "của Philippines tổ chức, đã bế mạc hôm thứ Bảy 18/10 tại Manila sau nhiều phiên thảo luận, "
            "bắt đầu từ sáng thứ Năm 16/10. Đoàn Việt Nam do Thiếu tướng Lê Văn Cường dẫn đầu.\n")
    forum = _named(text, "Conference", PartialDate(2025, 10, 19))
    assert (forum.start, forum.end) == (PartialDate(2025, 10, 16), PartialDate(2025, 10, 18))
    assert "event.closed-with-its-first-day" in rules_of([forum])


def test_a_closing_day_after_days_of_work_is_a_stretch():
    text = ("Bế mạc Hội thảo Hải dương học quân sự\n\n"
            "Hội thảo Hải dương học quân sự ASEAN lần thứ 3 đã kết thúc chiều 9/4 tại Đà Nẵng sau ba ngày "
            "làm việc với sự tham dự của đại biểu Lào, Campuchia và Thái Lan.\n")
    forum = _named(text, "Conference", PartialDate(2025, 4, 10))
    assert (forum.start, forum.end) == (PartialDate(2025, 4, 7), PartialDate(2025, 4, 9))


def test_a_closing_day_alone_is_no_stretch():
    text = ("Bế mạc Hội thảo Hải dương học quân sự\n\n"
            "Hội thảo Hải dương học quân sự ASEAN lần thứ 3 đã kết thúc chiều 9/4 tại Đà Nẵng với sự tham "
            "dự của đại biểu Lào, Campuchia và Thái Lan.\n")
    forum = _named(text, "Conference", PartialDate(2025, 4, 10))
    assert forum.end is None and "event.closed-with-its-first-day" not in rules_of([forum])


def test_a_named_event_told_a_day_before_the_day_last_told():
    text = ("Bộ trưởng Quốc phòng gặp song phương tại Bangkok\n\n"
            "Sáng 14/3, Bộ trưởng Quốc phòng Việt Nam đã gặp Bộ trưởng Quốc phòng Thái Lan Somchai Rattanakul "
            "tại Bangkok.\n\n"
            "Một ngày trước đó, Hội thảo An ninh Mekong lần thứ 4 đã thông qua báo cáo chung về an ninh "
            "nguồn nước.\n")
    forum = _named(text, "Conference", PartialDate(2025, 3, 15))
    assert forum.start == PartialDate(2025, 3, 13)
    assert "event.day-before" in rules_of([forum])


def test_a_named_event_told_the_day_after():
    text = ("Đoàn Việt Nam đến Jakarta\n\n"
            "Chiều 8/7, đoàn đại biểu Bộ Quốc phòng Việt Nam đến Jakarta.\n\n"
            "Hôm sau, Hội thảo An ninh Hàng hải Jakarta lần thứ 2 khai mạc với sự tham dự của đại biểu "
            "Indonesia, Malaysia và Việt Nam.\n")
    forum = _named(text, "Conference", PartialDate(2025, 7, 10))
    assert forum.start == PartialDate(2025, 7, 9)


def test_a_named_event_beside_which_a_dated_meeting_is_held_is_on_its_day():
    text = ("Bộ trưởng Quốc phòng Nhật Bản gặp đồng cấp tại Kuala Lumpur\n\n"
            "Kuala Lumpur, 6/2 (Kyodo) -- Bộ trưởng Quốc phòng Nhật Bản Kenji Sato hôm thứ Tư đã gặp "
            "Bộ trưởng Quốc phòng Việt Nam Trịnh Văn Hậu bên lề Hội nghị An ninh Hàng hải châu Á lần thứ "
            "6 tại đây.\n\n"
            "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực quân y.\n")
    forum = _named(text, "Conference", PartialDate(2025, 2, 6))
    assert forum.start == PartialDate(2025, 2, 5)


def _meetings(text: str, published: PartialDate):
    return sorted((e.start for e in events(text, published=published) if e.type == "Meeting"), key=str)


def test_a_yearless_day_after_a_full_date_of_an_earlier_year_is_of_that_year():
    text = ("Ghi chép: Hội nghị ADSOM năm trước\n\n"
            "Hội nghị Quan chức Quốc phòng cấp cao ASEAN (ADSOM) khai mạc tại Manila ngày 3/3/2024 dưới sự "
            "chủ trì của Philippines.\n\n"
            "Cũng trong ngày 4/3, Thượng tướng Lê Văn Cường gặp Trung tướng Quốc phòng Malaysia Azman Bakar.\n")
    assert _meetings(text, PartialDate(2025, 3)) == [PartialDate(2024, 3, 4)]


def test_a_full_date_after_the_story_days_is_background():
    text = ("Hội đàm Lục quân Việt Nam - New Zealand\n\n"
            "Ngày 10/4, tại Hà Nội, Thiếu tướng Lê Văn Cường đã gặp Chuẩn tướng Lục quân New Zealand Peter "
            "Hale. Hai bên đánh giá kết quả Hội đàm lần thứ 2 diễn ra ngày 2/4/2024 tại Wellington.\n\n"
            "Chiều 11/4, Thiếu tướng Lê Văn Cường tiếp Đại tá Lục quân New Zealand John Reid.\n")
    assert _meetings(text, PartialDate(2025, 4, 12)) == [PartialDate(2025, 4, 10), PartialDate(2025, 4, 11)]


def test_a_day_early_in_january_after_a_december_date_is_of_the_next_year():
    text = ("Giao lưu cuối năm\n\n"
            "Hải đội tàu Nhật Bản đến Cam Ranh ngày 30/12/2024 và ở lại đến đầu năm mới.\n\n"
            "Sáng 2/1, Chuẩn Đô đốc Trần Văn Hùng tiếp Chuẩn Đô đốc Hải quân Nhật Bản Kenji Ito.\n")
    assert _meetings(text, PartialDate(2025, 1, 3)) == [PartialDate(2025, 1, 2)]


def test_a_venue_named_after_an_event_word_does_not_cut_the_days_off():
    text = ("Đoàn Việt Nam dự Triển lãm Hàng hải Busan\n\n"
            "Thực hiện kế hoạch hợp tác năm 2025, đoàn công tác Quân chủng Hải quân do Chuẩn Đô đốc Trần Văn "
            "Hùng dẫn đầu đã tham dự Triển lãm Hàng hải quốc tế Busan (MADEX 2025) tại Trung tâm Triển lãm "
            "quốc tế BEXCO, thành phố Busan, "
            "từ ngày 4-7/6.\n")
    show = _named(text, "Exhibition", PartialDate(2025, 6, 9))
    assert (show.start, show.end) == (PartialDate(2025, 6, 4), PartialDate(2025, 6, 7))


def test_an_event_word_after_another_in_a_venue_name_is_no_event():
    text = ("Đoàn Việt Nam dự Triển lãm Hàng hải Busan\n\n"
            "Đoàn công tác Quân chủng Hải quân đã tham dự Triển lãm Hàng hải quốc tế Busan (MADEX 2025) tại "
            "Trung tâm Triển lãm và Hội nghị BEXCO, thành phố Busan, từ ngày 4-7/6.\n")
    assert "Conference" not in {e.type for e in events(text, published=PartialDate(2025, 6, 9))}


def test_a_plan_carried_out_puts_no_day_ahead():
    text = ("Hội đàm biên giới huyện Sìn Hồ và huyện Mường Khoa\n\n"
            "Thực hiện kế hoạch hợp tác năm 2024 giữa hai tỉnh, ngày 17/5, đoàn Ban Chỉ huy Quân sự huyện "
            "Mường Khoa (Lào) do Thiếu tá Bun Mi Xay-xa-na làm trưởng đoàn đã hội đàm với Trung tá Lò Văn "
            "Nam, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Sìn Hồ.\n")
    talks = [e for e in events(text, published=PartialDate(2024, 5, 20)) if e.type == "Talks"]
    assert [t.start for t in talks] == [PartialDate(2024, 5, 17)]


def test_a_plan_ahead_still_puts_the_day_ahead():
    text = ("Tin quốc phòng\n\n"
            "Theo kế hoạch, Bộ trưởng Quốc phòng Lào sẽ thăm Việt Nam ngày 17/1.\n")
    from kg.pipeline.dates import find_dates
    # a planned day takes the year nearest the page (round 52k): 17/1 told on 20/12 is next year's
    assert [d.date for d in find_dates(text, PartialDate(2024, 12, 20))] == [PartialDate(2025, 1, 17)]
