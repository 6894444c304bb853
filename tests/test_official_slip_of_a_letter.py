"""Round 52b: a foreign name misspelt once, one letter more, less or other in a long word ("Rodrigo Valdivieso"
in a caption after "Rodrigo Valdiviesso"), of the same country and title, is the same official
(official.slip-of-a-letter), and his reception is not told twice. Sentences written for the test."""

from tests.reading_helpers import events, officials_by_name, read

TEXT = (
    "Chủ tịch nước tiếp Bộ trưởng Quốc phòng Chile\n\n"
    "Ngày 4-11, tại Hà Nội, Chủ tịch nước Đoàn Minh Quý tiếp Bộ trưởng Quốc phòng Chile Rodrigo Valdiviesso "
    "đang thăm chính thức Việt Nam.\n\n"
    "Chủ tịch nước Đoàn Minh Quý tiếp Bộ trưởng Quốc phòng Chile Rodrigo Valdivieso.\n\n"
    "Chủ tịch nước đề nghị hai bên tăng cường hợp tác trong đào tạo và gìn giữ hòa bình."
)


def test_a_name_misspelt_once_is_the_same_official():
    names = officials_by_name(read(TEXT))
    assert "Rodrigo Valdiviesso" in names
    assert "Rodrigo Valdivieso" not in names
    assert len(events(TEXT, kind="Meeting")) == 1


def test_two_names_a_short_word_apart_stay_two_people():
    text = ("Ngày 4-11, tại Hà Nội, Thượng tướng Hà Quang Minh tiếp Tùy viên Quốc phòng Argentina Mario Ruiz và "
            "Tùy viên Quốc phòng Argentina Maria Ruiz.")
    names = officials_by_name(read(text))
    assert "Mario Ruiz" in names and "Maria Ruiz" in names


def test_a_name_one_letter_apart_with_another_title_stays_another_official():
    # (the guard "no title of its own or one the official holds": two holders of two offices)
    text = ("Ngày 4-11, tại Hà Nội, Thượng tướng Hà Quang Minh tiếp Bộ trưởng Quốc phòng Chile Rodrigo Valdiviesso. "
            "Cùng ngày, Thượng tướng Hà Quang Minh tiếp Tư lệnh Hải quân Chile Rodrigo Valdivieso.")
    names = officials_by_name(read(text))
    assert "Rodrigo Valdiviesso" in names and "Rodrigo Valdivieso" in names
