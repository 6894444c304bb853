"""Countries listed as the delegations of an exchange or meeting ("giao lưu với đại diện quân
đội các nước A, B và C", "các tùy viên quốc phòng, trong đó có A, B và C") are all its sides;
officials named in a later sentence about a reception and a conference's host stay on it."""

from kg.model import PartialDate
from reading_helpers import events


def _events(text: str, kind: str):
    return events(text, PartialDate(2026, 5, 20), kind)


def test_an_exchange_with_the_delegations_of_several_countries_involves_them_all():
    [exchange] = _events(
        "Ngày 14/5, tại Hà Nội, Bộ Quốc phòng tổ chức chương trình giao lưu văn hóa, thể thao với đại diện "
        "quân đội các nước Lào, Campuchia và Thái Lan. Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc "
        "phòng dự buổi giao lưu.", "Exchange")
    assert set(exchange.countries) == {"VNM", "LAO", "KHM", "THA"}
    assert any("event.delegations-met" in r.rules for r in exchange.readings)


def test_countries_after_trong_do_co_are_the_delegations_met():
    [meeting] = _events(
        "Ngày 14/5, tại Hà Nội, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng đã gặp mặt các tùy "
        "viên quốc phòng nước ngoài, trong đó có Lào, Campuchia và Thái Lan.", "Meeting")
    assert set(meeting.countries) == {"VNM", "LAO", "KHM", "THA"}


def test_countries_after_trong_do_co_attend_a_conference():
    [conf] = _events(
        "Ngày 14/5, Hội nghị Tư lệnh Lục quân khu vực đã khai mạc tại Hà Nội với sự tham dự của đại diện "
        "lục quân 3 nước, trong đó có: Lào, Campuchia và Thái Lan. Đại tá Nguyễn Văn An dự hội nghị.",
        "Conference")
    assert {"LAO", "KHM", "THA"} <= set(conf.countries)


def test_a_reception_keeps_the_officials_named_in_the_next_sentence():
    [meeting] = _events(
        "Chiều 14/5, tại Hà Nội, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng đã tiếp Đại tướng "
        "Somchai Wong, Tư lệnh Lục quân Thái Lan. Cùng dự buổi tiếp có Đại tá Kim Min-su, Tùy viên Quân sự "
        "Hàn Quốc.", "Meeting")
    assert set(meeting.countries) == {"VNM", "THA", "KOR"}
    assert "Kim Min-su" in meeting.participants


def test_a_conference_held_in_singapore_is_hosted_by_singapore():
    [conf] = _events(
        "Ngày 14/5, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng Việt Nam dự Hội nghị Tư lệnh "
        "Lục quân khu vực tại Singapore.", "Conference")
    assert set(conf.countries) == {"VNM", "SGP"}


def test_a_named_conference_told_again_in_a_country_is_hosted_there():
    [conf] = _events(
        "Ngày 14/5, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng Việt Nam dự Hội nghị Quan chức "
        "Quốc phòng cấp cao ASEAN mở rộng (ADSOM+). Hội nghị được tổ chức tại Singapore.", "Conference")
    assert set(conf.countries) == {"VNM", "SGP"}
    assert any("event.host-told-later" in r.rules for r in conf.readings)


def test_a_named_exercise_told_again_at_a_place_of_a_country_is_hosted_there():
    [drill] = _events(
        "Ngày 14/5, Đại tá Nguyễn Văn An dẫn đầu đoàn Việt Nam tham gia Diễn tập Hải quân đa phương Komodo "
        "2026. Cuộc diễn tập diễn ra tại vùng biển Bali, Indonesia.", "Exercise")
    assert "IDN" in drill.countries


def test_the_next_edition_or_an_earlier_year_hosts_nothing():
    for later in ("Hội nghị lần tới sẽ được tổ chức tại Lào.", "Năm 2024, hội nghị được tổ chức tại Lào."):
        [conf] = _events(
            "Ngày 14/5, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng Việt Nam dự Hội nghị Quan chức "
            "Quốc phòng cấp cao ASEAN mở rộng (ADSOM+). " + later, "Conference")
        assert "LAO" not in conf.countries, later


def test_a_named_conference_held_at_home_keeps_its_host():
    [conf] = _events(
        "Ngày 14/5, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng Việt Nam dự Hội nghị Quan chức "
        "Quốc phòng cấp cao ASEAN mở rộng (ADSOM+) tại Hà Nội. Năm ngoái, hội nghị được tổ chức tại Lào.",
        "Conference")
    assert "LAO" not in conf.countries
