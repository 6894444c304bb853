"""Officials (round 39): a title closing an inviter's run of titles that repeats one of them is the guest's
("Nhận lời mời của A, ..., Bộ trưởng Bộ Quốc phòng, Bộ trưởng Bộ Quốc phòng Vương quốc X, Tướng B"); a
Khmer name written in Vietnamese after a Vietnamese city of the stoplist ("Lãnh sự ... tại TP Cần Thơ Sóc
Vi-xét-na") is read whole, not cut to its hyphenated word."""

from tests.reading_helpers import officials_by_name, read, rules_of

INVITED = ("Nhận lời mời của Đại tướng Trịnh Quốc Bảo, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, "
           "Bộ trưởng Bộ Quốc phòng Vương quốc Thái Lan, Đại tướng Somsak Chaiyaporn dẫn đầu đoàn đại biểu "
           "thăm chính thức Việt Nam từ ngày 3 đến 5/7.")


def test_the_repeated_title_is_the_guest_s_and_the_host_stays_vietnamese():
    found = officials_by_name(read(INVITED))
    host = found["Trịnh Quốc Bảo"]
    assert host.country == "VNM"
    assert not any("Thái Lan" in p for p in host.positions)
    assert found["Somsak Chaiyaporn"].country == "THA"
    assert "official.repeated-title-is-the-next" in rules_of([host])


def test_a_run_of_different_titles_keeps_its_last_one():
    text = INVITED.replace("Bộ trưởng Bộ Quốc phòng Vương quốc Thái Lan, Đại tướng", "Ủy viên Hội đồng Quốc phòng và An ninh, Đại tướng")
    host = officials_by_name(read(text))["Trịnh Quốc Bảo"]
    assert any("Hội đồng Quốc phòng" in p for p in host.positions)
    assert "official.repeated-title-is-the-next" not in rules_of([host])


def test_a_khmer_name_after_a_vietnamese_city_is_read_whole():
    text = "Buổi gặp có sự tham dự của Lãnh sự Campuchia tại Đà Nẵng Sóc Vi-xét-na và đại diện các đơn vị."
    found = officials_by_name(read(text))
    assert "Sóc Vi-xét-na" in found
    assert found["Sóc Vi-xét-na"].country == "KHM"
    assert "Vi-xét-na" not in found
