"""Khmer and Lao names in Vietnamese syllables (no Vietnamese surname): after a bare title, and
in a foreign delegation's list after "ngài" (round 44c, realev9). Sentences of our own."""

from tests.reading_helpers import officials_by_name, read, rules_of


def test_name_after_a_bare_title_on_a_cambodian_page():
    text = ("Đại tướng Lê Văn Hòa cảm ơn Đảng Nhân dân Campuchia, đứng đầu là Chủ tịch Hun Sen, "
            "đã ủng hộ hợp tác quốc phòng.")
    found = officials_by_name(read(text))
    assert "Hun Sen" in found
    assert found["Hun Sen"].country == "KHM"
    assert found["Hun Sen"].positions == ["Chủ tịch"]


def test_three_syllables_after_a_deputy_title():
    text = ("Chiều 4/5, tại Phnom Penh, Phó Thủ tướng Campuchia đã tiếp đoàn Việt Nam; "
            "Phó Thủ tướng Men Sam An đánh giá cao kết quả hợp tác.")
    found = officials_by_name(read(text))
    assert found["Men Sam An"].country == "KHM"


def test_a_body_after_a_title_is_no_name_on_a_page_naming_neither_country():
    text = "Ông Trần Minh Khoa, Chủ tịch Hội Việt – Mỹ, cho biết Hoa Kỳ ủng hộ dự án."
    found = officials_by_name(read(text))
    assert "Hội Việt" not in found


def test_a_vietnamese_name_after_a_title_keeps_its_surname_reading():
    text = "Chủ tịch Nước Trần Văn Thắng tiếp Thủ tướng Campuchia tại Hà Nội."
    found = officials_by_name(read(text))
    assert "Trần Văn Thắng" in found and "Nước Trần Văn Thắng" not in found


def test_dignitaries_of_a_foreign_delegation_take_its_country():
    text = ("Thủ tướng Vương quốc Campuchia thăm chính thức Việt Nam\n\n"
            "Tham gia đoàn gồm có: ngài Đại tướng Xuôn Khon Vi, Phó Thủ tướng; ngài Mây Sa Rinh, "
            "Bộ trưởng Bộ Thương mại; ngài Chia Pho Rin, Bộ trưởng Bộ Y tế.")
    found = officials_by_name(read(text))
    for name in ("Xuôn Khon Vi", "Mây Sa Rinh", "Chia Pho Rin"):
        assert found[name].country == "KHM", name
    assert "official.country-of-foreign-dignitary" in rules_of([found["Mây Sa Rinh"]])


def test_without_the_dignitary_honorific_the_name_stays_vietnamese_by_shape():
    text = ("Đoàn công tác tỉnh Attapeu của Lào thăm tỉnh Kon Tum\n\n"
            "Tham dự có ông Y Lâm, Phó Chủ tịch UBND tỉnh Kon Tum.")
    assert officials_by_name(read(text))["Y Lâm"].country == "VNM"


def test_a_body_opening_after_a_title_is_no_name_on_a_lao_page():
    text = ("Đoàn Lào thăm Hà Nội. Tiếp đoàn có Thượng tướng Lê Văn Hòa, Chủ tịch Hội Cựu chiến binh "
            "Việt Nam, và Trung tá Lê Văn Nam, Chỉ huy trưởng Đội Hỗ trợ kỹ thuật.")
    found = officials_by_name(read(text))
    assert "Hội Cựu" not in found and "Đội Hỗ" not in found
