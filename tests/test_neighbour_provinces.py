"""Every province of Laos and Cambodia, as the press spells it, stands for its country in a title
(country_places.tsv): a Lao or Khmer officer of a provincial command is that country's, and the
reception is Vietnam's with it."""

import pytest

from tests.reading_helpers import read


@pytest.mark.parametrize("province, code", [
    ("Xay Sổm Bun", "LAO"),
    ("Xaysomboun", "LAO"),
    ("Bô-ly-khăm-xay", "LAO"),
    ("Xay Nhạ Bu Ly", "LAO"),
    ("Chăm Pa Sắc", "LAO"),
    ("Attapư", "LAO"),
    ("Battambang", "KHM"),
    ("Xiêm Riệp", "KHM"),
    ("Prây Veng", "KHM"),
    ("Kông Pông Thom", "KHM"),
])
def test_officer_of_a_provincial_command_is_of_its_country(province, code):
    doc = read(f"Chiều 10/5, Đại tá Nguyễn Văn An, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An tiếp "
               f"Đại tá Khăm Phon Vilavong, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh {province}.")
    officer = next(o for o in doc.officials if o.name == "Khăm Phon Vilavong")
    assert officer.country == code
    assert doc.partners == {code}


def test_governor_of_a_new_province_is_read():
    doc = read("Sáng 3/2, Phó Chủ tịch nước Nguyễn Thị Lan tiếp Chủ tịch tỉnh Xaysomboun Bounthong Keola, "
               "đang thăm làm việc tại Việt Nam.")
    assert ("Bounthong Keola", "LAO") in {(o.name, o.country) for o in doc.officials}


def test_vietnamese_place_words_stay_vietnamese():
    # "Kép" (an airbase in Bắc Giang) and "Rạch Giá" are Vietnam's: no neighbour's province
    doc = read("Ngày 4/6, Trung tướng Lê Văn Bình thăm Sân bay Kép và làm việc tại Rạch Giá.")
    assert not doc.partners
