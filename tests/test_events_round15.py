"""How news tells events (issue 10, round 15, fresh real pages): a happening of an earlier
year told by its month in a background paragraph ("Tháng 3/2021, Bộ trưởng X đã thăm Y")
after the page's own happening told on its day is a recap, not news; a year's round-up,
which tells no happening on its day, keeps last year's months; talks whose sentences name
no side take the one foreign country of the headline and lead when the page names others later."""

from kg.model import PartialDate
from reading_helpers import drops, events, read, rules_of


def test_a_visit_of_an_earlier_year_told_by_its_month_after_a_dated_port_call_is_a_recap():
    text = ("Tàu Hải quân Úc thăm Cam Ranh\n\n"
            "Sáng 14/6, tàu khu trục HMAS Stuart của Hải quân Hoàng gia Australia đã cập Cảng quốc tế "
            "Cam Ranh, bắt đầu chuyến thăm hữu nghị Việt Nam.\n\n"
            "Quan hệ hai nước phát triển tốt đẹp trong những năm gần đây. Tháng 3/2021, Bộ trưởng Quốc "
            "phòng Australia Peter Dutton đã đến thăm Việt Nam và hội đàm với người đồng cấp.\n")
    doc = read(text, PartialDate(2027, 6, 15))
    assert [(e.type, e.start) for e in doc.events] == [("PortCall", PartialDate(2027, 6, 14))]
    assert "event.recap-of-an-earlier-year" in drops(doc, "event")


def test_a_year_round_up_keeps_the_months_of_the_year_it_sums_up():
    text = ("Đối ngoại quốc phòng năm 2026\n\n"
            "Năm qua, đối ngoại quốc phòng đạt nhiều kết quả. Tháng 9/2026, đoàn đại biểu quân sự cấp cao "
            "Việt Nam do Đại tướng Lê Văn Hải dẫn đầu đã thăm chính thức Cộng hòa Chile.\n")
    found = events(text, PartialDate(2027, 1, 8), "Visit")
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2026, 9), ["CHL", "VNM"])]


def test_a_month_of_the_same_year_as_the_page_s_happening_is_not_a_recap():
    text = ("Hội đàm quốc phòng\n\n"
            "Chiều 20/11, tại Hà Nội, Thượng tướng Trần Quang Minh hội đàm với Trung tướng Jan Novak, "
            "Tổng Tham mưu trưởng Quân đội Séc.\n\n"
            "Tháng 4/2027, Bộ trưởng Quốc phòng Séc đã thăm chính thức Việt Nam.\n")
    doc = read(text, PartialDate(2027, 11, 21))
    assert sorted((e.type, e.start) for e in doc.events) == [
        ("Talks", PartialDate(2027, 11, 20)), ("Visit", PartialDate(2027, 4))]


def test_talks_with_no_side_in_their_sentences_take_the_one_foreign_side_of_the_lead():
    text = ("Chuyến thăm của Trung tướng Amir Rahman diễn ra trong bối cảnh quan hệ Việt Nam - Malaysia "
            "phát triển tích cực.\n\n"
            "Thượng tướng Trần Quang Minh đón Trung tướng Amir Rahman tại trụ sở Bộ Quốc phòng.\n\n"
            "Sáng 5/5, Thượng tướng Trần Quang Minh đã hội đàm với đoàn về tình hình khu vực.\n\n"
            "Thượng tướng Trần Quang Minh đánh giá cao sáng kiến do Singapore và Thái Lan đề xuất.\n")
    (talks,) = events(text, PartialDate(2027, 5, 6), "Talks")
    assert sorted(talks.countries) == ["MYS", "VNM"]
    assert "event.foreign-side" in rules_of([talks])


def test_the_visit_of_the_delegation_a_host_speaks_of_is_the_guests_not_the_host_s():
    text = ("Hợp tác quốc phòng Việt Nam - Hungary\n\n"
            "Chiều 8/10, tại Hà Nội, Thượng tướng Trần Quang Minh đã tiếp đoàn đại biểu Bộ Quốc phòng Hungary.\n\n"
            "Thượng tướng Trần Quang Minh vui mừng trước quan hệ giữa Việt Nam và Hungary; tin tưởng chuyến "
            "thăm của đoàn góp phần tăng cường hiểu biết lẫn nhau.\n")
    doc = read(text, PartialDate(2027, 10, 9))
    visits = [e for e in doc.events if e.type == "Visit"]
    assert visits and all("Trần Quang Minh" not in v.participants for v in visits)
    assert all(sorted(v.countries) == ["HUN", "VNM"] for v in visits)
    assert "event.visitors-of-sentence" in rules_of(visits)


def test_a_named_delegation_after_cua_doan_is_left_to_its_own_name():
    text = ("Chiều 8/10, Thượng tướng Trần Quang Minh đã tiếp đoàn đại biểu Bộ Quốc phòng Hungary. "
            "Ông đánh giá cao chuyến thăm của Đoàn đại biểu Quân đội Hungary do Trung tướng Ferenc Kovacs "
            "dẫn đầu.\n")
    visits = events(text, PartialDate(2027, 10, 9), "Visit")
    assert all("event.visitors-of-sentence" not in rules_of([v]) for v in visits)


def test_a_seminar_co_chaired_with_a_foreign_command_is_held():
    text = ("An ninh hàng hải\n\n"
            "Ngày 12/6, tại Nha Trang, Cục Đối ngoại (Bộ Quốc phòng) và Bộ Tư lệnh Ấn Độ - Thái Bình Dương "
            "(Hoa Kỳ) chủ trì hội thảo về an ninh hàng hải khu vực. Dự hội thảo có đại biểu các nước ASEAN.\n")
    doc = read(text, PartialDate(2027, 6, 13))
    found = [e for e in doc.events if e.type == "Conference"]
    assert [e.start for e in found] == [PartialDate(2027, 6, 12)]
    assert "USA" in found[0].countries
    assert "event.chaired-with-foreign-cohost" in rules_of(found)


def test_a_domestic_meeting_chaired_by_a_vietnamese_official_stays_no_event():
    text = ("Chuẩn bị đón đoàn\n\n"
            "Ngày 27/8, Đại tá Phạm Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, chủ trì hội nghị triển "
            "khai kế hoạch đón đoàn Bộ Chỉ huy Quân sự tỉnh Hủa Phăn.\n")
    assert events(text, PartialDate(2027, 8, 28), "Conference") == []
