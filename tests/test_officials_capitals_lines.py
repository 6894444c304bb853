"""Names only in a line set in capitals (a post's first line, a bulletin's segment heading): read in
ordinary case for officials only, kept as a headline's official is (the body tells the person by
title alone)."""

from kg.pipeline.officials.capitals import is_capitals_line, recase
from tests.reading_helpers import read, rules_of

RULE = "official.capitals-line"


def test_recase_keeps_offsets_and_restores_titles_countries_and_names():
    line = "THIẾU TƯỚNG ĐẶNG QUỐC BẢO TIẾP TÙY VIÊN QUỐC PHÒNG NHẬT BẢN"
    out = recase(line)
    assert len(out) == len(line)
    assert out == "Thiếu tướng Đặng Quốc Bảo tiếp Tùy viên Quốc phòng Nhật Bản"


def test_a_service_word_is_no_family_name():
    assert "Lục quân" in recase("ĐÓN TƯ LỆNH LỤC QUÂN HOÀNG GIA THÁI LAN")
    assert not is_capitals_line("Đón Tư lệnh Lục quân Hoàng gia Thái Lan thăm Việt Nam")


def test_ranked_name_only_in_a_capitals_first_line():
    doc = read("Trang tin Quân khu 9\n\nTRUNG TƯỚNG ĐOÀN MINH KHÔI TIẾP ĐOÀN HẢI QUÂN HOÀNG GIA CAMPUCHIA\n\n"
               "Chiều 12/4, tại Cần Thơ, Tư lệnh Quân khu đã tiếp đoàn cán bộ Hải quân Hoàng gia Campuchia "
               "do Chuẩn Đô đốc Sok Vanna dẫn đầu.")
    found = {o.name: o for o in doc.officials}
    assert found["Đoàn Minh Khôi"].country == "VNM"
    assert RULE in rules_of([found["Đoàn Minh Khôi"]])


def test_titled_name_only_in_a_segment_heading():
    doc = read("Bản tin thời sự tối 8/4\n\nTin thứ nhất.\n\nPHÓ CHỦ TỊCH NƯỚC LÊ THU HÀ TIẾP ĐẠI SỨ NEW ZEALAND\n\n"
               "Sáng nay, tại Hà Nội, Phó Chủ tịch nước đã tiếp Đại sứ New Zealand Sarah Wills. "
               "Phó Chủ tịch nước đánh giá cao quan hệ hợp tác quốc phòng giữa hai nước.")
    found = {o.name: o for o in doc.officials}
    assert found["Lê Thu Hà"].country == "VNM"


def test_a_byline_in_capitals_names_nobody():
    doc = read("Sáng 3/5, Bộ Chỉ huy Quân sự tỉnh đã tiếp đoàn Lào.\n\nTHƯỢNG TÁ PHẠM VĂN QUYẾT BÁO CÁO")
    assert "Phạm Văn Quyết" not in {o.name for o in doc.officials}
