"""A name written wholly in capitals right after a rank in ordinary case (round 52h)."""

from tests.reading_helpers import officials_by_name, read


def test_capitals_name_with_spaced_hyphen_after_rank():
    doc = read("Sáng 3/4, tàu huấn luyện của Hải quân Hàn Quốc cập cảng Cam Ranh. Đoàn do Chuẩn Đô đốc "
               "PARK JI - HOON làm Trưởng đoàn.")
    found = officials_by_name(doc)
    assert "PARK JI - HOON" in found
    assert found["PARK JI - HOON"].country == "KOR"


def test_capitals_name_of_three_words_after_rank():
    doc = read("Ngày 9/10, Đại tá LEE SANG MIN, Tùy viên Quốc phòng Hàn Quốc, chào xã giao Tư lệnh Vùng 2 Hải quân.")
    assert "LEE SANG MIN" in officials_by_name(doc)


def test_acronym_after_rank_is_no_name():
    doc = read("Ngày 9/10, Đại tá QNCN HQ đến thăm Hàn Quốc.")
    assert not [o for o in doc.officials if o.name.isupper()]


def test_rank_in_a_capitals_line_is_not_read_so():
    doc = read("ĐẠI TÁ KIM HO JUNG THĂM VIỆT NAM\nNgày 9/10, đoàn Hải quân Hàn Quốc đến thăm Việt Nam.")
    assert not [o for o in doc.officials if o.name == "KIM HO JUNG THĂM"]


def test_vietnamese_name_in_capitals_after_rank_is_a_byline():
    doc = read("Ngày 9/10, đoàn Hải quân Hàn Quốc đến thăm Việt Nam.\n\nThượng tá TRẦN MINH KHOA, Cục Đối ngoại")
    assert "TRẦN MINH KHOA" not in officials_by_name(doc)
