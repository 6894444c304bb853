"""A Khmer given name spelt like a country's short name ("Uk") is no country."""

from kg.pipeline.countries import find_countries


def test_a_khmer_name_spelt_uk_is_no_country():
    text = "Trung tướng Uk Sophal, Cục trưởng Cục Phát triển, Bộ Quốc phòng Campuchia đến thăm Quân khu 7."
    assert "GBR" not in [c.code for c in find_countries(text)]


def test_uk_in_capitals_beside_another_country_is_still_britain():
    assert "GBR" in [c.code for c in find_countries("Đối thoại chiến lược Việt Nam - UK lần thứ 5.")]
