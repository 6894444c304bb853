"""Rare Sino-Vietnamese and minority family names: a Vietnamese officer's name, not a Chinese,
Lao or Khmer one (round 28d)."""

from __future__ import annotations

import pytest

from kg.model import PartialDate
from reading_helpers import read, rules_of

DAY = PartialDate(2026, 3, 12)


def countries(text: str) -> dict[str, object]:
    return {o.name: o.country for o in read(text, DAY).officials}


def test_tieu_is_a_vietnamese_family_name_beside_a_far_country() -> None:
    got = countries("Chiều 11/3, đoàn Bộ Quốc phòng Ba Lan đến thăm Tổng công ty. Tiếp đoàn có Thiếu tướng Tiêu "
                    "Minh Khôi - Phó Tổng Giám đốc Tổng công ty cùng lãnh đạo các phòng chức năng.")
    assert got.get("Tiêu Minh Khôi") == "VNM"


def test_a_chinese_official_of_that_family_name_keeps_the_country_of_his_title() -> None:
    got = countries("Ngày 11/3, Thượng tướng Lê Quang Đạo tiếp Phó Tư lệnh Hải quân Trung Quốc Tiêu Quảng Minh.")
    assert got.get("Tiêu Quảng Minh") == "CHN"


@pytest.mark.parametrize("surname", ["Ma", "Nịnh", "Lều", "Ngọ", "Đèo", "Thèn", "Tẩn"])
def test_a_minority_or_rare_surname_beside_laos_is_vietnamese(surname: str) -> None:
    got = countries(f"Ngày 11/3, Thượng tá {surname} Văn Khoa, Phó Chỉ huy trưởng Quân khu 2, đã tiếp đoàn cán bộ "
                    "Bộ Chỉ huy Quân sự tỉnh Luông Nặm Thà (Lào).")
    assert got.get(f"{surname} Văn Khoa") == "VNM"


def test_an_unlisted_surname_with_van_second_is_vietnamese_not_lao() -> None:
    doc = read("Ngày 11/3, Đại tá Vì Văn Sơn, Phó Chính ủy Quân khu 2, đã tiếp đoàn cán bộ Quân đội nhân dân "
               "Lào sang giao lưu.", DAY)
    found = [o for o in doc.officials if o.name == "Vì Văn Sơn"]
    assert found and found[0].country == "VNM"
    assert "official.vietnamese-middle-name" in rules_of(found)


def test_a_lao_name_in_vietnamese_syllables_stays_lao() -> None:
    got = countries("Ngày 11/3, Đại tá Bun Mi Xay, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào), đã thăm "
                    "Bộ Chỉ huy Quân sự tỉnh Sơn La.")
    assert got.get("Bun Mi Xay") == "LAO"


def test_lat_opens_a_chinese_name() -> None:
    got = countries("Ngày 11/3, Đại tướng Lê Quang Đạo hội kiến Phó Chủ tịch Quân ủy Trung ương Trung Quốc "
                    "Lật Kiến Dân.")
    assert got.get("Lật Kiến Dân") == "CHN"
