"""One level a pair: a lower level the article also tells for a pair it gives a higher one
(the higher told short, or the level it was raised from) is dropped
(`partnership.below-a-higher-level`); another pair's lower level stays."""

from kg.model import PartialDate
from tests.reading_helpers import drops, read

PUB = PartialDate(2024, 5, 10)


def levels(text: str) -> set[tuple[tuple[str, ...], str]]:
    return {(p.countries, p.level) for p in read(text, PUB).partnerships}


def test_the_higher_told_short_is_one_relation():
    text = ("Thượng tướng Lê Quang Minh đánh giá cao quan hệ Đối tác chiến lược toàn diện giữa Việt Nam "
            "và Hàn Quốc. Ông khẳng định Việt Nam coi Hàn Quốc là đối tác chiến lược quan trọng.")
    assert levels(text) == {(("KOR", "VNM"), "ComprehensiveStrategicPartnership")}
    assert "partnership.below-a-higher-level" in drops(read(text, PUB), "partnership")


def test_another_pairs_lower_level_stays():
    text = ("Quan hệ Việt Nam - Hàn Quốc là Đối tác chiến lược toàn diện. "
            "Quan hệ Việt Nam - Ba Lan là Đối tác toàn diện.")
    assert levels(text) == {(("KOR", "VNM"), "ComprehensiveStrategicPartnership"),
                            (("POL", "VNM"), "ComprehensivePartnership")}
