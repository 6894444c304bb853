"""A title, a comma and the body it belongs to, then the name ("Quốc vụ khanh ..., Bộ Quốc phòng
Anh X"): the title and its body are the name's one title (round 32)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read, rules_of

DAY = PartialDate(2026, 6, 2)


def found(text: str) -> dict[str, object]:
    return {o.name: o for o in read(text, DAY).officials}


def test_a_body_glued_to_the_name_after_a_title_and_a_comma() -> None:
    got = found("Chiều 1/6, Thượng tướng Lê Văn Khánh lần lượt gặp Bộ trưởng Quốc phòng Ba Lan Tomasz Nowicki; "
                "Quốc vụ khanh phụ trách quốc phòng, Bộ Quốc phòng Anh Edward Thornbury và Bộ trưởng "
                "Quốc phòng Na Uy Lars Haugen.")
    assert "Edward Thornbury" in got
    assert got["Edward Thornbury"].country == "GBR"
    assert "official.title-then-body" in rules_of([got["Edward Thornbury"]])
    assert got["Edward Thornbury"].positions[0].startswith("Quốc vụ khanh phụ trách quốc phòng, Bộ Quốc phòng Anh")


def test_an_agency_after_a_department_head_then_a_korean_name() -> None:
    got = found("Ngày 1/6, Trung tướng Lê Văn Khánh gặp Cục trưởng Cục Hợp tác quốc tế, Cơ quan Phát triển "
                "quốc phòng Hàn Quốc Choi Min-jae và Thứ trưởng Quốc phòng Ba Lan Tomasz Nowicki.")
    assert got.get("Choi Min-jae") is not None and got["Choi Min-jae"].country == "KOR"


def test_a_body_then_an_honorific_before_the_name() -> None:
    got = found("Tiếp Quốc vụ khanh phụ trách hậu cần, Bộ Quốc phòng Anh, ông Edward Thornbury, hai bên nhất trí "
                "tăng cường hợp tác đào tạo.")
    assert got.get("Edward Thornbury") is not None and got["Edward Thornbury"].country == "GBR"


def test_a_title_of_another_person_before_the_body_is_not_taken() -> None:
    # "Đại tá Trần Văn Hòa, Cục trưởng Cục X, Bộ Quốc phòng Việt Nam, ông Y": the head of the department is Hòa
    got = found("Dự buổi làm việc có Đại tá Trần Văn Hòa, Cục trưởng Cục Đối ngoại, Bộ Quốc phòng Việt Nam "
                "và ông Edward Thornbury.")
    assert "Edward Thornbury" not in got or "official.title-then-body" not in rules_of([got["Edward Thornbury"]])
