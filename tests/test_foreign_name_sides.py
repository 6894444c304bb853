"""A foreign-shaped name opening with no Vietnamese surname never takes Vietnam from the side it is told
on (`official.foreign-name-not-vietnamese-side`): "Phía Việt Nam có ... Trưởng đoàn là Chuẩn Đô đốc X"."""

from __future__ import annotations

from kg.pipeline import extract


def test_a_foreign_name_after_vietnams_side_keeps_its_own_country() -> None:
    text = ("Sáng 3/3, tàu khu trục Suzutsuki của Lực lượng Phòng vệ Nhật Bản cập cảng Cam Ranh. Phía Việt "
            "Nam có Đại tá Lã Văn Thành, Phó Tư lệnh Vùng 4 Hải quân. Trưởng đoàn là Chuẩn Đô đốc Takeda "
            "Haruki, Chỉ huy Hải đội hộ tống số 2.")
    countries = {o.name: o.country for o in extract(text).officials}
    assert countries["Takeda Haruki"] == "JPN" and countries["Lã Văn Thành"] == "VNM"


def test_a_vietnamese_khmer_name_on_vietnams_side_stays_vietnamese() -> None:
    # "Thạch" is a Vietnamese surname (the Khmer of the Mekong delta): the side holds
    text = ("Chiều 6/8, đoàn Tiểu khu Quân sự tỉnh Kampot (Campuchia) đến làm việc tại tỉnh Kiên Giang. Phía Việt "
            "Nam có Đại tá Thạch Sô Pheng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.")
    assert {o.name: o.country for o in extract(text).officials}["Thạch Sô Pheng"] == "VNM"
