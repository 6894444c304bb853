"""One-syllable Lao and Khmer names after a rank ("Trung tá Xổm", "Đại tá Phăn"): kept when the
clause sets the word off as a name and tells a foreign side; a Vietnamese given name told short
stays no official of its own."""

from tests.reading_helpers import read, rules_of

RULE = "official.ranked-one-syllable-name"


def _officials(text):
    return {o.name: o for o in read(text).officials}


def test_one_syllable_name_with_a_title_after_a_comma():
    found = _officials("Chiều 14/6, đoàn cán bộ Bộ Chỉ huy Quân sự tỉnh Xê Kông (Lào) do Trung tá Phết, "
                       "Phó Chính ủy dẫn đầu đã đến thăm Bộ Chỉ huy Quân sự tỉnh Quảng Nam.")
    assert found["Phết"].country == "LAO"
    assert found["Phết"].rank == "Trung tá"
    assert RULE in rules_of([found["Phết"]])


def test_one_syllable_name_whose_title_names_the_army():
    found = _officials("Dự buổi làm việc có Thiếu tướng Khăm, Phó Tư lệnh Quân khu 4 Quân đội nhân dân Lào.")
    assert found["Khăm"].country == "LAO"


def test_one_syllable_name_after_a_title_closed_by_a_comma():
    found = _officials("Tham dự hội đàm, phía Campuchia có Phó Chỉ huy trưởng Tiểu khu Quân sự tỉnh Kampot, Thượng tá Rin.")
    assert found["Rin"].country == "KHM"


def test_one_syllable_name_leading_a_delegation():
    found = _officials("Ngày 3/10, đoàn Hải quân Hoàng gia Campuchia do Đại tá Sóc dẫn đầu đã thăm Vùng 5 Hải quân.")
    assert found["Sóc"].country == "KHM"


def test_given_name_of_a_longer_name_is_no_official_of_its_own():
    found = _officials("Đại tướng Lê Minh Tâm tiếp đoàn Quân đội nhân dân Lào. Tại buổi tiếp, Đại tướng Tâm, "
                       "Bộ trưởng Bộ Quốc phòng, cảm ơn Lào.")
    assert set(found) == {"Lê Minh Tâm"}


def test_host_officer_by_given_name_takes_no_guests_country():
    found = _officials("Đoàn cán bộ Quân đội nhân dân Lào thăm Lữ đoàn 126. Tiếp đoàn có Đại tá Thành, "
                       "Chính ủy Lữ đoàn.")
    assert "Thành" not in found


def test_a_word_of_a_service_is_no_name():
    found = _officials("Đoàn Quân đội nhân dân Lào thăm Lữ đoàn 126. Đại tá Hải quân Trần Văn Tuấn, Lữ đoàn trưởng, đón đoàn.")
    assert set(found) == {"Trần Văn Tuấn"}


def test_one_syllable_name_with_no_comma_or_side_is_not_read():
    found = _officials("Thay mặt đoàn Lào, Trung tá Bun cảm ơn sự đón tiếp.")
    assert "Bun" not in found
