"""Whose country a name takes when another side's title, delegation or shape is told near it
(round 48f, realev16: officials on fresh real pages). Sentences of our own."""

from __future__ import annotations

from tests.reading_helpers import officials_by_name, read


def test_title_in_a_fronted_frame_is_the_guests():
    doc = read(
        "Chiều 12/3, tại Hà Nội, Thượng tướng Lê Quang Vinh, Thứ trưởng Bộ Quốc phòng đã tiếp Tùy viên "
        "Quốc phòng Canada tại Việt Nam.\n"
        "Tại buổi tiếp Tùy viên Quốc phòng Canada, Thượng tướng Lê Quang Vinh đã gặp Đại tá Brian Walsh, "
        "người vừa nhận nhiệm kỳ mới.\n"
    )
    found = officials_by_name(doc)
    assert found["Lê Quang Vinh"].country == "VNM"
    assert found["Brian Walsh"].country == "CAN"


def test_fronted_talks_with_a_titled_guest():
    doc = read(
        "Trong cuộc hội đàm với Bộ trưởng Quốc phòng Ba Lan, Đại tướng Trần Minh Khoa nhấn mạnh hai bên "
        "cần tăng cường hợp tác đào tạo.\n"
    )
    assert officials_by_name(doc)["Trần Minh Khoa"].country == "VNM"


def test_title_closed_by_a_comma_still_names_the_country():
    doc = read("Bộ trưởng Quốc phòng Ba Lan, ông Jan Kowalczyk đã thăm Học viện Quốc phòng ngày 4/5.\n")
    assert officials_by_name(doc)["Jan Kowalczyk"].country == "POL"


def test_western_name_with_a_bare_initial_after_a_lower_case_rank_is_foreign():
    doc = read(
        "Tàu BRP Andres Bonifacio của Hải quân Philippines, cùng 200 thủy thủ do đại tá Miguel Santos E "
        "Villareal làm thuyền trưởng, đã cập cảng Cam Ranh ngày 9/10.\n"
    )
    assert officials_by_name(doc)["Miguel Santos E Villareal"].country == "PHL"


def test_the_one_whose_hand_is_shaken_is_the_other_side():
    doc = read(
        "Đại tá Rodrigo Alvarez, trưởng đoàn Philippines, bắt tay thượng tá Đỗ Minh Tâm - phó chỉ huy "
        "trưởng Lữ đoàn 171, tại cảng Nhà Rồng ngày 3/6.\n"
    )
    found = officials_by_name(doc)
    assert found["Rodrigo Alvarez"].country == "PHL"
    assert found["Đỗ Minh Tâm"].country == "VNM"
