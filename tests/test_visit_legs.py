"""A trip to several countries told leg by leg, each with its own days ('thăm chính thức A từ ngày 4-6/8 và B từ
7-9/8'): one visit to each country on its days (round 33), though the headline names both."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

TEXT = (
    "Thượng tướng Lê Quang Hòa thăm Tanzania, Kenya\n\n"
    "Đoàn Bộ Quốc phòng Việt Nam do Thượng tướng Lê Quang Hòa, Thứ trưởng Bộ Quốc phòng dẫn đầu thăm chính thức "
    "Tanzania từ ngày 4-6/8 và Kenya từ 7-9/8. Ngày 5/8, tại Dodoma, Thượng tướng Lê Quang Hòa hội đàm với Bộ trưởng "
    "Quốc phòng Tanzania."
)


def _visits(text):
    return events(text, PartialDate(2025, 8, 10), kind="Visit")


def test_each_leg_is_a_visit_on_its_days():
    visits = _visits(TEXT)
    got = sorted((v.start, v.end, sorted(v.countries)) for v in visits)
    assert got == [
        (PartialDate(2025, 8, 4), PartialDate(2025, 8, 6), ["TZA", "VNM"]),
        (PartialDate(2025, 8, 7), PartialDate(2025, 8, 9), ["KEN", "VNM"]),
    ], got
    assert "event.visit-legs" in rules_of(visits)


def test_countries_of_one_stretch_stay_one_visit():
    text = TEXT.replace("Tanzania từ ngày 4-6/8 và Kenya từ 7-9/8", "Tanzania và Kenya từ ngày 4-9/8")
    visits = _visits(text)
    assert len(visits) == 1
    assert "event.visit-legs" not in rules_of(visits)
