"""Papers that write titles in lower case ("ông X, giám đốc Cơ quan ..."): a lower-case title after
the name's comma, a body's name in capitals after it, is the name's title; and one foreign name written
with and without its hyphen ("Seung-woo", "Seung Woo") is one person (round 32)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read

DAY = PartialDate(2026, 3, 27)


def found(text: str) -> dict[str, object]:
    return {o.name: o for o in read(text, DAY).officials}


def test_a_lower_case_title_after_an_honorific_and_a_comma() -> None:
    got = found("Chiều 26-3, tại Hà Nội, thượng tướng Lê Văn Khánh, thứ trưởng Bộ Quốc phòng, đã tiếp ông Choi "
                "Min-jae, giám đốc Cơ quan Phát triển quốc phòng Hàn Quốc, đang thăm Việt Nam.")
    assert got.get("Choi Min-jae") is not None and got["Choi Min-jae"].country == "KOR"
    assert got["Choi Min-jae"].positions[0].startswith("giám đốc Cơ quan Phát triển quốc phòng")


def test_a_lower_case_word_after_a_comma_with_no_body_is_no_title() -> None:
    got = found("Ông Choi Min-jae, giám đốc một doanh nghiệp tư nhân, cho biết sẽ mở văn phòng tại Hà Nội.")
    assert "Choi Min-jae" not in got


def test_a_name_with_and_without_its_hyphen_is_one_official() -> None:
    got = found("Ngày 26-3, thượng tướng Lê Văn Khánh tiếp ông Choi Min-jae, giám đốc Cơ quan Phát triển quốc "
                "phòng Hàn Quốc. Thượng tướng Lê Văn Khánh và ông Choi Min Jae, giám đốc ADD, đã trao đổi về "
                "hợp tác.")
    assert [n for n in got if n.startswith("Choi")] == ["Choi Min-jae"]
