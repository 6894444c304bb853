"""The UAE spelt with "Arab" ("Các Tiểu vương quốc Arab Thống nhất"), as some outlets write it:
the country, so a visit "tại" it has its host."""

from kg.countries import lookup
from tests.reading_helpers import events


def test_arab_spelling_is_the_uae():
    assert lookup("Các Tiểu vương quốc Arab Thống nhất") == "ARE"
    assert lookup("các tiểu Vương quốc Arab thống nhất") == "ARE"


def test_visit_to_the_uae_spelt_arab_has_its_host():
    text = ("Nhân chuyến công tác tại Các Tiểu vương quốc Arab Thống nhất, Trung tướng Trần Văn Bình, "
            "Thứ trưởng Bộ Quốc phòng Việt Nam, đã thăm và làm việc tại Các Tiểu vương quốc Arab Thống nhất "
            "từ ngày 3 đến 6/3/2024.")
    visits = events(text, kind="Visit")
    assert visits and set(visits[0].countries) == {"VNM", "ARE"}
