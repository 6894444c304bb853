"""Round 24: the record closing a joint drill, signed by its two commanders ("ký Biên bản tổng
kết Luyện tập chung ..."), is Minutes, also when only a photo caption tells it. Sentences
written for the test."""

from __future__ import annotations

from reading_helpers import read


def test_closing_record_of_a_joint_drill_is_minutes() -> None:
    doc = read(
        "Luyện tập chung cứu hộ Việt Nam - Nhật Bản\n\n"
        "Từ ngày 3 đến 6/3/2026, tại Đà Nẵng, Quân khu 5 và Lục quân Nhật Bản tổ chức luyện tập chung cứu hộ.\n\n"
        "Ảnh 4. Chiều 6-3, Thiếu tướng Hà Văn Lâm và Thiếu tướng Sato Kenji ký Biên bản tổng kết Luyện "
        "tập chung cứu hộ năm 2026.")
    found = [(a.type, sorted(a.parties)) for a in doc.agreements]
    assert found == [("Minutes", ["JPN", "VNM"])]
