"""Side meetings told together with one title and many countries, attendants told after an
event told again later, a clause describing the event told, a trip to two countries, and a
date of a 'sau khi' clause."""

from kg.model import PartialDate
from reading_helpers import events


def test_side_meetings_with_one_title_and_many_countries_are_one_meeting_each():
    text = ("Từ ngày 3 đến 5/10/2024, tại Tokyo, Nhật Bản đã diễn ra Hội nghị Tư lệnh Lục quân Thái Bình "
            "Dương lần thứ 12. Trung tướng Nguyễn Văn Nghĩa, Phó Tổng Tham mưu trưởng QĐND Việt Nam tham dự "
            "hội nghị.\n\nBên lề hội nghị, Trung tướng Nguyễn Văn Nghĩa đã có các buổi gặp gỡ song phương với "
            "Tư lệnh Lục quân Hoa Kỳ, Ấn Độ, Thái Lan và Philippines.\n")
    met = {c for e in events(text, kind="Meeting") for c in e.countries}
    assert {"USA", "IND", "THA", "PHL"} <= met
    assert len(events(text, kind="Meeting")) == 4


def test_attendants_told_right_after_an_event_told_again_later_take_part_in_it():
    text = ("Hội nghị Tư lệnh Hải quân các nước ASEAN lần thứ 19\n\n"
            "Sáng 12-5, Hội nghị Tư lệnh Hải quân các nước ASEAN lần thứ 19 được tổ chức trực tuyến dưới sự "
            "chủ trì của nước chủ nhà Philippines. Tham dự, có Chuẩn Đô đốc Trần Văn Long, Phó Tư lệnh Hải quân "
            "Việt Nam.\n\nTại hội nghị, các đại biểu đã trao đổi về an ninh biển.\n")
    (conference,) = events(text, kind="Conference")
    assert {"PHL", "VNM"} <= set(conference.countries)
    assert "Trần Văn Long" in conference.participants


def test_a_clause_describing_the_event_told_is_no_other_event():
    text = ("Từ ngày 8 đến 10/4/2024, Chuẩn Đô đốc Trần Văn Long dự Hội nghị An ninh biển lần thứ 5 tại "
            "Singapore. Đây là Hội nghị thường niên do Hải quân Singapore tổ chức; là diễn đàn Hải quân "
            "đa phương lớn nhất khu vực.\n")
    assert len(events(text, kind="Conference")) == 1


def test_a_trip_to_two_countries_named_with_va_involves_both():
    text = ("Đoàn đại biểu quân sự cấp cao do Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng dẫn đầu "
            "đã sang thăm, làm việc tại Brunei và Malaysia từ ngày 2-8/3/2024.\n")
    (visit,) = events(text, kind="Visit")
    assert {"BRN", "MYS"} <= set(visit.countries)


def test_a_year_of_a_sau_khi_clause_does_not_date_the_conference():
    text = ("Sáng 14/9/2024, tại Jakarta, diễn ra Hội nghị Tư lệnh Không quân ASEAN lần thứ 21. Hội nghị "
            "Tư lệnh Không quân ASEAN lần này có chủ đề nâng cao năng lực phối hợp sau khi các nước ký "
            "kế hoạch chung vào năm 2015.\n")
    (conference,) = events(text, kind="Conference")
    assert conference.start == PartialDate(2024, 9, 14)


def test_the_country_chairing_an_online_conference_is_in_it():
    text = ("Sáng 3/3/2021, Hội nghị Hẹp Bộ trưởng Quốc phòng các nước ASEAN đã diễn ra theo hình thức trực tuyến "
            "với sự chủ trì của Brunei. Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam dự hội nghị.\n")
    (conference,) = events(text, kind="Conference")
    assert {"BRN", "VNM"} <= set(conference.countries)


def test_a_named_conference_told_for_an_upcoming_month_is_a_plan():
    text = ("Sáng 16/11/2020, các đại biểu đã thảo luận dự thảo Tuyên bố chung Hội nghị Bộ trưởng Quốc phòng "
            "các nước ASEAN Mở rộng lần thứ 7 được tổ chức theo hình thức trực tuyến vào tháng 12 tới.\n")
    assert events(text, kind="Conference") == []
