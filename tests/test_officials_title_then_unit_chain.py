"""A title, then a chain of units each set off by a comma, then the name ("Chi đội trưởng Chi đội A,
Tổng đội B, Cục C Trung Quốc X dẫn đầu"): border pages name a foreign commander by every unit above
his own; the title and its chain are the name's one title (round 48n)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read, rules_of

DAY = PartialDate(2026, 3, 12)


def found(text: str) -> dict[str, object]:
    return {o.name: o for o in read(text, DAY).officials}


def test_a_chinese_commander_after_three_units() -> None:
    got = found("Sáng 12/3, Bộ đội Biên phòng tỉnh Cao Bằng hội đàm với Chi đội Quản lý biên giới Tịnh Tây. "
                "Phía Trung Quốc do Chi đội trưởng Chi đội Quản lý biên giới Tịnh Tây, Tổng đội Quản lý biên "
                "giới Quảng Tây, Cục Quản lý Di dân Quốc gia Trung Quốc Hoàng Chí Viễn dẫn đầu. "
                "Ông Hoàng Chí Viễn cảm ơn sự đón tiếp chu đáo của phía Việt Nam.")
    assert "Hoàng Chí Viễn" in got
    assert got["Hoàng Chí Viễn"].country == "CHN"
    assert "official.title-then-unit-chain" in rules_of([got["Hoàng Chí Viễn"]])


def test_a_cambodian_brigade_commander_after_two_units() -> None:
    got = found("Chiều 12/3, đoàn công tác đã làm việc với Tư lệnh Lữ đoàn Bảo vệ biên giới 511, Quân khu 4, "
                "Quân đội Hoàng gia Campuchia Chum Sovannarith tại tỉnh Siem Reap.")
    assert "Chum Sovannarith" in got
    assert got["Chum Sovannarith"].country == "KHM"


def test_a_chain_after_another_persons_name_is_not_taken() -> None:
    # "A, Chỉ huy trưởng X, Tổng đội Y, B": the commander is A, and B stands in the list with no title of his own
    got = found("Dự hội đàm có Đại tá Nông Văn Tùng, Chi đội trưởng Chi đội Biên phòng Đông Hưng, Tổng đội "
                "Biên phòng Quảng Tây, Lục Minh Khang.")
    assert got["Nông Văn Tùng"].positions[0].startswith("Chi đội trưởng Chi đội Biên phòng Đông Hưng")
    assert "Lục Minh Khang" not in got or "official.title-then-unit-chain" not in rules_of([got["Lục Minh Khang"]])
