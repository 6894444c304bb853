"""Round 53c: a Lao name of five syllables whose first is also a Vietnamese surname ("Trung tá Vi Phon Sa Vẳn Thong,
Phó Chỉ huy trưởng ...", the press's "Vi-lay Lạ-khăm-phong" without hyphens), closed by a comma and a title on a
page naming Laos, is a name (`official.lao-name-of-a-vn-surname`): a Vietnamese surname capped such runs at four
syllables, so the name was lost. A five-word run with "Văn" second stays no Lao name. Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate

from reading_helpers import officials_by_name, read

LEAD = "Ngày 5/4/2026, Bộ đội Biên phòng tỉnh Quảng Trị hội đàm với Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào). "


def _officials(text: str) -> dict:
    return {n: o.country for n, o in officials_by_name(read(text, PartialDate(2026, 4, 6))).items()}


def test_five_syllables_opened_by_a_vietnamese_surname_make_a_lao_name() -> None:
    found = _officials(LEAD + "Cùng dự có Trung tá Vi Phon Sa Vẳn Thong, Phó Chỉ huy trưởng Bộ CHQS tỉnh Savannakhet "
                              "và Thượng tá Lê Anh Tuấn, Phó Chỉ huy trưởng BĐBP tỉnh Quảng Trị.")
    assert found.get("Vi Phon Sa Vẳn Thong") == "LAO"
    assert found.get("Lê Anh Tuấn") == "VNM"


def test_a_vietnamese_middle_name_keeps_it_no_lao_name() -> None:
    found = _officials(LEAD + "Cùng dự có Thượng tá Nguyễn Văn Minh Hoàng Anh, Phó Chỉ huy trưởng BĐBP tỉnh Quảng Trị.")
    assert "Nguyễn Văn Minh Hoàng Anh" not in found
