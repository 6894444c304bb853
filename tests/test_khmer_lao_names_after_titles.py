"""Khmer and Lao names in Vietnamese syllables (no Vietnamese surname): after a bare title, and
in a foreign delegation's list after "ngài" (round 44c, realev9). Sentences of our own."""

from tests.reading_helpers import read, rules_of


def _by_name(text: str) -> dict:
    return {o.name: o for o in read(text).officials}


def test_name_after_a_bare_title_on_a_cambodian_page():
    found = _by_name("Đại tướng Lê Văn Hòa cảm ơn Đảng Nhân dân Campuchia, đứng đầu là Chủ tịch Hun Sen, "
                     "đã ủng hộ hợp tác quốc phòng.")
    assert "Hun Sen" in found
    assert found["Hun Sen"].country == "KHM"
    assert found["Hun Sen"].positions == ["Chủ tịch"]


def test_three_syllables_after_a_deputy_title():
    found = _by_name("Chiều 4/5, tại Phnom Penh, Phó Thủ tướng Campuchia đã tiếp đoàn Việt Nam; "
                     "Phó Thủ tướng Men Sam An đánh giá cao kết quả hợp tác.")
    assert found["Men Sam An"].country == "KHM"


def test_a_body_after_a_title_is_no_name_on_a_page_naming_neither_country():
    found = _by_name("Ông Trần Minh Khoa, Chủ tịch Hội Việt – Mỹ, cho biết Hoa Kỳ ủng hộ dự án.")
    assert "Hội Việt" not in found


def test_a_vietnamese_name_after_a_title_keeps_its_surname_reading():
    found = _by_name("Chủ tịch Nước Trần Văn Thắng tiếp Thủ tướng Campuchia tại Hà Nội.")
    assert "Trần Văn Thắng" in found and "Nước Trần Văn Thắng" not in found


def test_dignitaries_of_a_foreign_delegation_take_its_country():
    text = ("Thủ tướng Vương quốc Campuchia thăm chính thức Việt Nam\n\n"
            "Tham gia đoàn gồm có: ngài Đại tướng Xuôn Khon Vi, Phó Thủ tướng; ngài Mây Sa Rinh, "
            "Bộ trưởng Bộ Thương mại; ngài Chia Pho Rin, Bộ trưởng Bộ Y tế.")
    found = _by_name(text)
    for name in ("Xuôn Khon Vi", "Mây Sa Rinh", "Chia Pho Rin"):
        assert found[name].country == "KHM", name
    assert "official.country-of-foreign-dignitary" in rules_of([found["Mây Sa Rinh"]])


def test_without_the_dignitary_honorific_the_name_stays_vietnamese_by_shape():
    text = ("Đoàn công tác tỉnh Attapeu của Lào thăm tỉnh Kon Tum\n\n"
            "Tham dự có ông Y Lâm, Phó Chủ tịch UBND tỉnh Kon Tum.")
    assert _by_name(text)["Y Lâm"].country == "VNM"


def test_a_body_opening_after_a_title_is_no_name_on_a_lao_page():
    found = _by_name("Đoàn Lào thăm Hà Nội. Tiếp đoàn có Thượng tướng Lê Văn Hòa, Chủ tịch Hội Cựu chiến binh "
                     "Việt Nam, và Trung tá Lê Văn Nam, Chỉ huy trưởng Đội Hỗ trợ kỹ thuật.")
    assert "Hội Cựu" not in found and "Đội Hỗ" not in found
