"""Units of Vietnam's neighbours named by their province, city or command, with
no country in the sentence: their officials stand for that country, and the
meeting gets it as a partner. Sentences written for the test."""

from kg.pipeline import extract
from kg.pipeline.countries import place_country


def _officials(text):
    return {o.name: o for o in extract(text).officials}


def test_military_region_of_a_chinese_province():
    doc = extract(
        "Chiều 5/4, Trung tướng Lê Văn Bình tiếp Thiếu tướng Mạnh Kiến Hoa, Tư lệnh Quân khu tỉnh Vân Nam "
        "dẫn đầu đoàn đại biểu sang thăm."
    )
    offs = {o.name: o for o in doc.officials}
    assert offs["Mạnh Kiến Hoa"].country == "CHN"
    assert offs["Lê Văn Bình"].country == "VNM"
    assert any("CHN" in e.countries for e in doc.events)


def test_theatre_command():
    offs = _officials("Thượng tướng Chu Hải Dương, Tư lệnh Chiến khu miền Nam đã hội đàm với Trung tướng Lê Văn Bình.")
    assert offs["Chu Hải Dương"].country == "CHN"


def test_cambodian_province_in_a_title():
    offs = _officials("Đại tá Lê Văn Bình hội đàm với Đại tá Chea Dara, Phó Chỉ huy trưởng Quân khu 2 tỉnh Svay Rieng.")
    assert offs["Chea Dara"].country == "KHM"


def test_border_unit_of_a_chinese_city():
    offs = _officials(
        "Đại tá Lê Văn Bình hội đàm với Đại tá Lưu Chí Viễn, Chi đội trưởng Chi đội quản lý biên giới Bằng Tường."
    )
    assert offs["Lưu Chí Viễn"].country == "CHN"


def test_delegation_of_a_lao_province_with_a_four_syllable_name():
    offs = _officials(
        "Đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng do Đại tá Bun Thăn Xổm Xay dẫn đầu đã sang thăm Quân khu 4."
    )
    assert offs["Bun Thăn Xổm Xay"].country == "LAO"


def test_place_visited_is_not_the_delegations():
    offs = _officials("Đoàn công tác tỉnh Quảng Ninh tại Đông Hưng, Đại tá Lê Văn Bình phát biểu.")
    assert offs["Lê Văn Bình"].country == "VNM"


def test_vietnamese_province_names_no_neighbour():
    text = "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn"
    assert place_country(text, 0, len(text)) is None


def test_a_neighbours_province_is_read_as_its_country():
    from kg.pipeline.countries import find_countries, with_places

    text = "Thiếu tướng Lê Văn Bình tiếp đoàn đại biểu Quân khu tỉnh Vân Nam sang thăm."
    codes = [c.code for c in with_places(text, find_countries(text))]
    assert codes == ["CHN"]


def test_place_words_inside_a_persons_name_are_no_country():
    from kg.pipeline.countries import find_countries, with_places

    text = "Đại tá Nguyễn Đông Hưng phát biểu tại hội nghị."
    assert with_places(text, find_countries(text)) == []


def test_reception_of_a_provincial_delegation_gets_the_partner():
    doc = extract(
        "Sáng 3/6/2025, Thiếu tướng Lê Văn Bình, Tư lệnh Quân khu 2 tiếp đoàn đại biểu Quân khu tỉnh Vân Nam "
        "sang thăm và làm việc."
    )
    assert "CHN" in doc.partners


def test_chinese_border_unit_type_gives_the_country():
    offs = _officials(
        "Thỏa thuận do Đại tá Trần Văn Long, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Lào Cai, và Đại tá Tạ Kiến Minh, "
        "Chi đội trưởng Chi đội Quản lý biên giới Văn Sơn, ký."
    )
    assert offs["Tạ Kiến Minh"].country == "CHN"
    assert offs["Trần Văn Long"].country == "VNM"
