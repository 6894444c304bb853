"""Round 24: "hai nước" in a sentence naming no country, after a sentence of its paragraph
that names the two sides only by their officials ("Thủ tướng X tiếp Bộ trưởng Y"), relates
Vietnam and that official's country. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read, rules_of


def test_the_two_countries_are_those_of_the_paragraphs_officials() -> None:
    doc = read(
        "Thủ tướng tiếp Bộ trưởng Quốc phòng Hàn Quốc\n\n"
        "Bộ trưởng Quốc phòng Hàn Quốc Park Min-jun thăm chính thức Việt Nam từ ngày 3 đến 5/6/2025.\n\n"
        "Chiều 4/6, Thủ tướng Trần Văn Sơn đã tiếp Bộ trưởng Park Min-jun. Thủ tướng khẳng định quốc "
        "phòng là trụ cột của quan hệ Đối tác chiến lược toàn diện mà hai nước xác lập từ tháng 12/2022.")
    found = [p for p in doc.partnerships if p.level == "ComprehensiveStrategicPartnership"]
    assert [tuple(sorted(p.countries)) for p in found] == [("KOR", "VNM")]
    assert "partnership.pair-of-paragraph-officials" in rules_of(found)


def test_officials_of_two_foreign_countries_tell_no_pair() -> None:
    doc = read(
        "Tin quốc tế\n\n"
        "Ngày 10/3/2025, Bộ trưởng Quốc phòng Hàn Quốc Kim Sung-ho và Bộ trưởng Quốc phòng Ấn Độ Rajesh "
        "Kumar dự hội thảo an ninh khu vực tại Hà Nội.\n\n"
        "Chiều 10/3, Bộ trưởng Kim Sung-ho gặp Bộ trưởng Rajesh Kumar. Hai ông nhắc lại quan hệ Đối "
        "tác chiến lược toàn diện mà hai nước xác lập từ năm 2015.")
    assert "partnership.pair-of-paragraph-officials" not in rules_of(doc.partnerships)
