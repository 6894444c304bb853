"""A Chinese name read in Sino-Vietnamese looks Vietnamese; when its family name is one
no Vietnamese bears ("Tập", "Đổng", "Ngụy") and the title names no country, the official
takes the foreign country of the context, not Vietnam by the name's shape. A Vietnamese
name with a bare title stays Vietnamese."""

from __future__ import annotations

from kg.pipeline import extract

PAGE = (
    "Đoàn Bộ Quốc phòng Việt Nam thăm Trung Quốc\n\n"
    "Sáng 16/10, tại Bắc Kinh, Thượng tướng Nguyễn Văn Nghĩa hội đàm với Thượng tướng Hà Vệ Đông, "
    "Phó Chủ tịch Quân ủy Trung ương Trung Quốc.\n"
    "Thượng tướng Hà Vệ Đông nhấn mạnh, Chủ tịch Ngụy Kiến Minh và Chủ tịch nước Lương Cường đã "
    "thống nhất tăng cường hợp tác quốc phòng.\n"
)


def test_a_chinese_family_name_takes_the_country_of_the_context() -> None:
    doc = extract(PAGE)
    by_name = {o.name: o.country for o in doc.officials}
    assert by_name["Ngụy Kiến Minh"] == "CHN"
    assert by_name["Lương Cường"] == "VNM"
    assert by_name["Nguyễn Văn Nghĩa"] == "VNM"
