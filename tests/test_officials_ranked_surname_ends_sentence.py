"""One foreign word after a rank that closes its sentence ("... tại Việt Nam Đại tá Kerr."): an officer
named by his surname alone, as when the clause goes on after it (round 32)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read, rules_of

DAY = PartialDate(2026, 1, 20)


def found(text: str) -> dict[str, object]:
    return {o.name: o for o in read(text, DAY).officials}


def test_a_ranked_surname_closing_the_sentence_is_kept() -> None:
    got = found("Sáng 19/1, Thượng tướng Lê Văn Khánh tiếp Đại sứ Canada tại Việt Nam Sarah Whitmore. Cùng dự có "
                "Tùy viên Quốc phòng Đại sứ quán Canada tại Việt Nam Trung tá Dufresne.")
    assert got.get("Dufresne") is not None and got["Dufresne"].country == "CAN"
    assert "official.ranked-foreign-surname" in rules_of([got["Dufresne"]])


def test_a_ship_named_for_an_admiral_closing_the_sentence_is_no_person() -> None:
    got = found("Sáng 19/1, Hải quân Nga điều tàu khu trục Đô đốc Vinogradov. Chuẩn Đô đốc Lê Văn Khánh chủ trì "
                "lễ đón.")
    assert "Vinogradov" not in got
