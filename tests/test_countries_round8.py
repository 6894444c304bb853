"""Round 8 (issue 10): a city abroad that hosts a defence show, named for the
show without its country ("dự Triển lãm Hàng không Dubai 2025"), stands for
its country, so the show and Vietnam's delegation at it have a partner; the
same word inside a longer name ("Dubai Airshow") or in a person's name is not
one. Sentences written for the test."""

from kg.pipeline import extract
from kg.pipeline.countries import place_mentions, with_places, find_countries


def _codes(text):
    return [(c.code, c.surface) for c in with_places(text, find_countries(text))]


def test_show_cities_stand_for_their_country():
    assert _codes("Đoàn dự Triển lãm Hàng không Dubai 2025.") == [("ARE", "Dubai")]
    assert _codes("Triển lãm Hàng hải và Hàng không Langkawi khai mạc.") == [("MYS", "Langkawi")]
    assert _codes("Đoàn tham quan Triển lãm Hàng không Zhuhai 2024.") == [("CHN", "Zhuhai")]
    # "Chu Hải" is also a Vietnamese name: no place
    assert _codes("Thượng tá Chu Hải, Chỉ huy trưởng, phát biểu.") == []


def test_city_inside_a_longer_name_is_no_mention():
    assert _codes("Dubai Airshow là sự kiện hàng không hàng đầu.") == []


def test_capitals_are_not_places():
    assert place_mentions("Bắc Kinh và Mát-xcơ-va ra tuyên bố.", 0, 30) == []


def test_vietnam_at_a_show_abroad_has_its_country_as_partner():
    doc = extract("Ngày 17/11/2025, Đoàn Bộ Quốc phòng Việt Nam do Thượng tướng Nguyễn Văn An dẫn đầu "
                  "dự Triển lãm Hàng không Dubai 2025.")
    assert [(e.type, sorted(e.countries)) for e in doc.events] == [("Exhibition", ["ARE", "VNM"])]
    assert doc.partners == {"ARE"}


def test_press_spellings_of_country_names():
    """Transliterations and spacings the Vietnamese press writes (TTXVN's
    "Ti-mo Lét-xtê", "Bru-nei", "Ả Rập Xê Út" without hyphens, "Thổ Nhĩ Kì")."""
    for name, code in [("Ti-mo Lét-xtê", "TLS"), ("Timor Lexte", "TLS"), ("Bru-nei", "BRN"),
                       ("Ả Rập Xê Út", "SAU"), ("Thổ Nhĩ Kì", "TUR"),
                       ("Các Tiểu vương quốc Ả-rập Thống nhất", "ARE")]:
        found = [c.code for c in find_countries(f"Đoàn đại biểu quân sự {name} thăm Việt Nam.")]
        assert found == [code, "VNM"], name


def test_japans_maritime_force_written_tu_ve_tren_bien_flags_the_ship():
    doc = extract("Ngày 31/3/2025, tàu huấn luyện Kashima của lực lượng Tự vệ trên biển Nhật Bản đã cập "
                  "cảng Tiên Sa, Đà Nẵng, bắt đầu chuyến thăm 4 ngày.")
    assert [(e.type, sorted(e.countries)) for e in doc.events] == [("PortCall", ["JPN", "VNM"])]
    assert doc.partners == {"JPN"}
