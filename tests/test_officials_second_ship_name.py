"""A second ship's name joined by "và" or a comma to one right after a ship word ("đoàn Chỉ huy tàu khu trục
Kongo và Kirisame; ...") is a ship's, no person's, though a title ("Chỉ huy") comes before the ship word
(round 49, mend54)."""

from kg.model import PartialDate
from reading_helpers import officials_by_name, read

DAY = PartialDate(2024, 7, 5)
LEAD = ("Ngày 5/7, ông Trần Văn Lâm - Phó Chủ tịch UBND tỉnh Khánh Hòa tiếp đoàn Chỉ huy tàu khu trục Kongo và "
        "Kirisame (Nhật Bản) do Chuẩn Đô đốc Sato Kenji dẫn đầu.")


def test_second_ship_after_va_closing_a_clause_is_no_official():
    text = (LEAD + "\n\nTại buổi tiếp, ông Trần Văn Lâm hoan nghênh đoàn Chỉ huy tàu khu trục Kongo và Kirisame; "
            "đồng thời giới thiệu về tiềm năng du lịch của tỉnh.")
    names = officials_by_name(read(text, DAY))
    assert "Kirisame" not in names
    assert "Sato Kenji" in names and "Trần Văn Lâm" in names


def test_second_ship_after_a_comma_is_no_official():
    text = (LEAD + "\n\nTại buổi tiếp, ông Trần Văn Lâm hoan nghênh đoàn Chỉ huy tàu khu trục Kongo, Kirisame; "
            "đồng thời giới thiệu về tiềm năng du lịch của tỉnh.")
    assert "Kirisame" not in officials_by_name(read(text, DAY))
