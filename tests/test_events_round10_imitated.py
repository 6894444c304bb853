"""How news tells the countries of a multilateral happening (issue 10, round 10, imitated
pages): a sentence with no event word of its own that lists the nations taking part
("các nước cử tàu tham gia gồm: ...", "thu hút 12 quốc gia tham dự bao gồm: ...") gives
them to the drill, forum or show told just before it."""

from kg.model import PartialDate
from reading_helpers import events


def _rules(found):
    return [r for e in found for rd in e.readings for r in rd.rules]


def test_the_nations_sending_ships_are_countries_of_the_drill_told_before():
    text = ("Tàu hải quân dự diễn tập đa phương\n\n"
            "Sáng 8/5, tại cảng Visakhapatnam, Hải quân Ấn Độ đã khai mạc Diễn tập Hải quân đa phương Milan 2027. "
            "Ngoài nước chủ nhà Ấn Độ, các nước cử tàu tham gia gồm: Thái Lan, Myanmar, Sri Lanka và Việt Nam. "
            "Hải quân Việt Nam cử 1 tàu với 100 thủy thủ.\n")
    found = events(text, published=PartialDate(2027, 5, 9), kind="Exercise")
    assert len(found) == 1
    assert set(found[0].countries) == {"VNM", "IND", "THA", "MMR", "LKA"}
    assert "event.members-told" in _rules(found)


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
