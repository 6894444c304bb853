"""One person named with and without a middle initial is one official; a name cut
off by a teaser's ellipsis at the end of a line is no official. Sentences written
for the test."""

from kg.pipeline import extract


def test_a_middle_initial_names_the_same_person():
    doc = extract("Đô đốc John C. Aquilino, Tư lệnh Bộ Tư lệnh Ấn Độ Dương - Thái Bình Dương Hoa Kỳ đã thăm Hà Nội. "
                  "Đô đốc John Aquilino cũng đã gặp Đại tướng Phan Văn Giang.")
    names = [o.name for o in doc.officials if "Aquilino" in o.name]
    assert names == ["John C. Aquilino"]


def test_two_people_sharing_a_surname_stay_two():
    doc = extract("Dự lễ có Đại sứ Mark Smith và Trung tá Anna Smith, Tùy viên Quốc phòng Anh.")
    assert {"Mark Smith", "Anna Smith"} <= {o.name for o in doc.officials}


def test_a_name_cut_off_by_a_teasers_ellipsis_is_dropped():
    doc = extract("Trung tướng Nguyễn Văn Nam thăm Bảo tàng.\n\nĐại sứ Anh bày tỏ cảm phục về Đại tướng Võ Nguyên ...\n")
    names = {o.name for o in doc.officials}
    assert "Võ Nguyên" not in names and "Nguyễn Văn Nam" in names


def test_a_title_glued_to_the_name_by_a_hyphen_ends_the_name():
    doc = extract("Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Kon Tum do Thượng tá Lê Văn Bình-Phó Chỉ huy trưởng "
                  "Bộ Chỉ huy Quân sự tỉnh làm trưởng đoàn.")
    offs = {o.name: o for o in doc.officials}
    assert "Lê Văn Bình" in offs and offs["Lê Văn Bình"].country == "VNM"
    assert not any("-" in name for name in offs)


def test_a_hyphenated_surname_stays_whole():
    doc = extract("Bà Sarah Wood-Jones, Đại sứ Anh tại Việt Nam, dự lễ.")
    assert "Sarah Wood-Jones" in {o.name for o in doc.officials}


def test_malay_and_bruneian_titles_before_the_name_are_not_the_name():
    doc = extract("Sáng 8/7/2025, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Malaysia Dato' Seri "
                  "Utama Haji Ahmad Bin Haji Yusof tại Hà Nội.")
    offs = {o.name: o.country for o in doc.officials}
    assert offs.get("Ahmad Bin Haji Yusof") == "MYS"
    doc = extract("Dự hội nghị có Bộ trưởng Quốc phòng thứ hai của Brunei Pehin Datu Lailaraja Dato Paduka Seri "
                  "Haji Awang Rahman bin Haji Omar.")
    offs = {o.name: o.country for o in doc.officials}
    assert offs.get("Awang Rahman bin Haji Omar") == "BRN"


def test_a_capitalised_particle_only_joins_foreign_words():
    doc = extract("Thượng tướng Nguyễn Văn Bin, Tư lệnh Quân khu 9 tiếp đoàn.")
    assert "Nguyễn Văn Bin" in {o.name for o in doc.officials}


def test_a_five_syllable_lao_name_after_a_rank_is_one_foreign_name():
    doc = extract("Sáng 8/1/2025, Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào) do Thượng tá Khăm Phăn Sổm "
                  "My Xay, Phó Chỉ huy trưởng làm trưởng đoàn đã sang thăm Bộ Chỉ huy Quân sự tỉnh Sơn La.")
    offs = {o.name: o.country for o in doc.officials}
    assert offs.get("Khăm Phăn Sổm My Xay") == "LAO"


def test_a_foreign_name_spelled_twice_in_an_article_is_one_official():
    doc = extract("Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào) do Trung tá Phăn Sỷ Sòn My Say, Phó Chính "
                  "ủy làm trưởng đoàn đã sang thăm tỉnh Thanh Hóa ngày 10/1/2025.\n\nTrung tá Phăn Sỷ Xòn My Xay, Phó "
                  "Chính ủy Bộ Chỉ huy Quân sự tỉnh Hủa Phăn tặng quà Bộ Chỉ huy Quân sự tỉnh Thanh Hóa.")
    laos = [o.name for o in doc.officials if o.country == "LAO"]
    assert laos == ["Phăn Sỷ Sòn My Say"]


def test_two_vietnamese_names_differing_in_marks_stay_two_people():
    doc = extract("Dự buổi lễ có Đại tá Lê Văn Hùng, Chính ủy Lữ đoàn và Đại tá Lê Văn Hưng, Lữ đoàn trưởng.")
    assert {"Lê Văn Hùng", "Lê Văn Hưng"} <= {o.name for o in doc.officials}


def test_a_vietnamese_name_slipped_without_its_tone_mark_and_title_is_the_same_official():
    doc = extract("Lễ ký diễn ra sau hội đàm giữa ngài Peter Grant và Thượng tướng Lê Huy Vịnh, Thứ trưởng Bộ Quốc "
                  "phòng ngày 9/4/2025. Bên cạnh buổi hội đàm với Thượng tướng Lê Huy Vinh, ngài Peter Grant còn "
                  "thăm Học viện Quốc phòng.")
    names = [o.name for o in doc.officials if o.country == "VNM"]
    assert names == ["Lê Huy Vịnh"]


def test_honorifics_closing_a_title_are_no_part_of_it():
    doc = extract("Lễ ký diễn ra sau hội đàm giữa Quốc vụ khanh Bộ Quốc phòng Anh Huân tước Peter Grant và Thượng "
                  "tướng Lê Huy Vịnh ngày 9/4/2025. Bộ trưởng Quốc phòng Malaysia Dato' Seri Utama Haji Ahmad Bin "
                  "Haji Yusof cũng dự.")
    positions = {o.name: o.positions for o in doc.officials}
    assert positions["Peter Grant"] == ["Quốc vụ khanh Bộ Quốc phòng Anh"]
    assert positions["Ahmad Bin Haji Yusof"] == ["Bộ trưởng Quốc phòng Malaysia"]


def test_a_group_introduced_by_gom_is_no_title_of_the_first_member():
    doc = extract("Trưởng đoàn hai phía tại chương trình giao lưu lần này gồm Đại tá Lê Văn Hòa - Phó Tư lệnh Vùng 4 "
                  "Hải quân Việt Nam, và Đại tá Enrique Santos - Phó Tư lệnh Hải quân miền Tây Philippines.")
    positions = {o.name: o.positions for o in doc.officials}
    assert positions["Lê Văn Hòa"] == ["Phó Tư lệnh Vùng 4 Hải quân Việt Nam"]


def test_a_name_that_opens_with_haji_keeps_it():
    """'Haji', 'Utama', 'Paduka' are titles only after an opening honorific (Dato', Pehin, Seri):
    a name that starts with one is whole."""
    doc = extract("Chiều 12/8, Chủ tịch nước đã hội kiến Quốc vương Brunei Haji Hassanal Bolkiah "
                  "đang ở thăm cấp Nhà nước tới Việt Nam.")
    assert "Haji Hassanal Bolkiah" in {o.name for o in doc.officials}
    doc = extract("Tiếp theo, Thượng tướng Hoàng Xuân Chiến tiếp Tư lệnh Lực lượng Vũ trang Hoàng gia Brunei, "
                  "Thiếu tướng Dato Seri Pahlawan Haji Rahim bin Bol Hassan.")
    assert "Rahim bin Bol Hassan" in {o.name for o in doc.officials}
