"""How news tells the countries of a multilateral happening (issue 10, round 10, imitated
pages): a sentence with no event word of its own that lists the nations taking part
("các nước cử tàu tham gia gồm: ...", "thu hút 12 quốc gia tham dự bao gồm: ...") gives
them to the drill, forum or show told just before it; and a plan to hold a meeting
("xây dựng kế hoạch tổ chức hội nghị ...") is no meeting."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_the_nations_sending_ships_are_countries_of_the_drill_told_before():
    text = ("Tàu hải quân dự diễn tập đa phương\n\n"
            "Sáng 8/5, tại cảng Visakhapatnam, Hải quân Ấn Độ đã khai mạc Diễn tập Hải quân đa phương Milan 2027. "
            "Ngoài nước chủ nhà Ấn Độ, các nước cử tàu tham gia gồm: Thái Lan, Myanmar, Sri Lanka và Việt Nam. "
            "Hải quân Việt Nam cử 1 tàu với 100 thủy thủ.\n")
    found = events(text, published=PartialDate(2027, 5, 9), kind="Exercise")
    assert len(found) == 1
    assert set(found[0].countries) == {"VNM", "IND", "THA", "MMR", "LKA"}
    assert "event.members-told" in rules_of(found)


def test_a_count_of_nations_attending_lists_the_countries_of_the_show():
    text = ("Khai mạc triển lãm hàng không\n\n"
            "Ngày 20/2, tại Singapore, Triển lãm Hàng không Singapore 2028 đã khai mạc. "
            "Sự kiện thu hút 9 quốc gia tham dự bao gồm: Pháp, Nhật Bản, Hàn Quốc, Ấn Độ và Việt Nam.\n")
    found = events(text, published=PartialDate(2028, 2, 21), kind="Exhibition")
    assert len(found) == 1
    assert {"FRA", "JPN", "KOR", "IND", "VNM", "SGP"} <= set(found[0].countries)


def test_a_list_of_nations_before_any_event_is_told_gives_no_countries():
    text = ("Hợp tác quốc phòng khu vực\n\n"
            "Các nước tham gia gồm: Lào, Campuchia và Thái Lan đã cử đại diện. "
            "Ngày 3/4, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào đã hội đàm tại Hà Nội.\n")
    found = events(text, published=PartialDate(2027, 4, 4), kind="Talks")
    assert all("KHM" not in e.countries and "THA" not in e.countries for e in found)


def test_a_list_after_a_bilateral_meeting_is_not_its_sides():
    text = ("Tiếp xã giao\n\n"
            "Chiều 12/3, Thượng tướng Hoàng Xuân Chiến đã tiếp Đại sứ Nhật Bản Ito Naoki. "
            "Các nước tham gia gồm: Lào, Campuchia và Thái Lan sẽ cùng diễn tập vào năm sau.\n")
    found = events(text, published=PartialDate(2027, 3, 13), kind="Meeting")
    assert all("THA" not in e.countries and "KHM" not in e.countries for e in found)


def test_a_plan_to_hold_a_conference_is_no_conference():
    text = ("Tiếp đoàn tỉnh bạn\n\n"
            "Chiều 5/3, Chủ tịch UBND tỉnh Kon Tum đã tiếp đoàn đại biểu tỉnh Attapeu (Lào). "
            "Hai bên thống nhất giao các sở xây dựng kế hoạch tổ chức hội nghị tổng kết hợp tác năm 2026 giữa hai tỉnh vào quý III.\n")
    assert events(text, published=PartialDate(2027, 3, 6), kind="Conference") == []


def test_a_conference_held_on_a_day_under_a_plan_stays_news():
    text = ("Hội nghị sơ kết hợp tác\n\n"
            "Theo kế hoạch tổ chức đã thống nhất, ngày 12/6, tại Kon Tum đã diễn ra hội nghị tổng kết hợp tác năm 2026 "
            "giữa Bộ CHQS tỉnh Kon Tum và Bộ CHQS tỉnh Attapeu (Lào).\n")
    found = events(text, published=PartialDate(2026, 6, 13), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2026, 6, 12)]
