"""A foreign-shaped name's country is not read from the clause after a semicolon: in a headline "Chủ tịch nước
tiếp Đại tướng X; Thủ tướng tiếp Bộ trưởng Quốc phòng Lào", Laos is the second guest's (`official.country-of-context`,
pattern next-conjunct). Sentences of our own."""

from kg.model import PartialDate
from tests.reading_helpers import read

TEXT = (
    "Chủ tịch nước tiếp Đại tướng Meas Sokhon; Thủ tướng tiếp Bộ trưởng Quốc phòng Lào\n\n"
    "Chiều 19/12, tại Phủ Chủ tịch, Chủ tịch nước đã tiếp Phó Thủ tướng, Bộ trưởng Quốc phòng Vương quốc Campuchia. "
    "Chủ tịch nước đề nghị hai bên thúc đẩy hợp tác quốc phòng Việt Nam - Campuchia. Cùng chiều, Thủ tướng Chính phủ "
    "đã tiếp Đại tướng Vilay Phommachak, Bộ trưởng Quốc phòng Lào.\n"
)


def test_name_before_a_semicolon_takes_no_country_from_the_clause_after():
    officials = {o.name: o.country for o in read(TEXT, PartialDate(2026, 12, 19)).officials}
    assert officials.get("Meas Sokhon") != "LAO"
    assert officials.get("Vilay Phommachak") == "LAO"
