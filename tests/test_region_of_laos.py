"""Laos named by a region of it ("các tỉnh Bắc Lào", "vùng Nam Lào") is Laos (country_places.tsv):
the capital of the compass word had made "Lào" read as the end of a name; "tỉnh Lào Cai" stays
a Vietnamese province."""

from kg.pipeline.countries import find_countries, with_places

from tests.reading_helpers import events

REGION = (
    "Tại hội đàm, lực lượng biên phòng các tỉnh Tây Nguyên, Việt Nam và các tỉnh Nam Lào cùng đánh giá "
    "tình hình an ninh biên giới năm qua cơ bản ổn định. Hai bên trao đổi Bản ghi nhớ tại Hội đàm."
)


def _codes(text):
    return {c.code for c in with_places(text, find_countries(text))}


def test_region_of_laos_names_laos():
    assert "LAO" in _codes("các tỉnh Bắc Lào và các tỉnh Tây Bắc Việt Nam")
    assert "LAO" in _codes("vùng Thượng Lào")


def test_lao_cai_is_no_region_of_laos():
    assert "LAO" not in _codes("Bộ đội Biên phòng tỉnh Lào Cai tuần tra biên giới")


def test_talks_with_the_provinces_of_a_region_are_with_laos():
    talks = events(REGION, kind="Talks")
    assert talks and "LAO" in talks[0].countries
