"""A space the page lost inside a word: the name is read as it would be with the space back
(`official.lost-space`, `names._split_at_lost_spaces`)."""

from tests.reading_helpers import officials_by_name, read, rules_of


def test_honorific_glued_before_the_name():
    doc = read("Sáng 3/4, Chủ tịch UBND tỉnh Lê Văn Bình đã tiếp NgàiKen-ta Mô-ri - Đại sứ Nhật Bản "
               "tại Việt Nam.")
    found = officials_by_name(doc)
    assert "Ken-ta Mô-ri" in found and not any(n.startswith("Ngài") for n in found)
    assert found["Ken-ta Mô-ri"].country == "JPN"
    assert "official.lost-space" in rules_of([found["Ken-ta Mô-ri"]])


def test_name_glued_to_the_verb_after_it():
    doc = read("Hội đàm diễn ra tại Hà Nội. Trung tướng Trần Minh Đứcđánh giá cao kết quả hợp tác "
               "giữa quân đội hai nước Việt Nam và Thái Lan.")
    found = officials_by_name(doc)
    assert list(found) == ["Trần Minh Đức"]
    assert found["Trần Minh Đức"].country == "VNM"


def test_name_glued_to_the_next_headline():
    doc = read("Bộ trưởng Quốc phòng Trung Quốc Lưu Gia HòaMới Hội nghị năm nay khai mạc tại Bắc Kinh.")
    assert "Lưu Gia Hòa" in officials_by_name(doc)


def test_two_title_syllables_glued_make_no_name():
    doc = read("Đoàn do Đại tá Phạm Văn Long, Phó Tư lệnh Quânchủng Phòng không dẫn đầu thăm Campuchia.")
    assert list(officials_by_name(doc)) == ["Phạm Văn Long"]


def test_guard_a_lao_name_written_in_one_word_and_western_names_stay():
    doc = read("Đại tá Sổmxây Phônthavông, Tùy viên Quốc phòng Lào tại Việt Nam, và ông Mark DeSantis, "
               "Đại sứ Mỹ, dự lễ. Tàu USS John McCain cập cảng.")
    found = officials_by_name(doc)
    assert "Sổmxây Phônthavông" in found and "Mark DeSantis" in found
