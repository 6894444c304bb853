"""Partnerships, round 11 (second part): the Vietnam-Korea "Đối tác hợp tác chiến lược" (2009-2022) is a
strategic level, not read as nothing, and the longer Vietnam-China name stays comprehensive strategic.
The sentences are written for these tests."""

from kg.pipeline import extract


def _levels(text: str) -> list[tuple[set[str], str]]:
    return [(set(p.countries), p.level) for p in extract(text).partnerships]


def test_strategic_cooperative_partnership_is_strategic() -> None:
    text = ("Tiếp Bộ trưởng Quốc phòng Hàn Quốc, Đại tướng Ngô Xuân Lịch khẳng định, kể từ khi thiết lập quan hệ "
            "Đối tác hợp tác chiến lược, quan hệ Việt Nam - Hàn Quốc phát triển mạnh mẽ.")
    assert _levels(text) == [({"VNM", "KOR"}, "StrategicPartnership")]


def test_strategic_cooperative_partnership_with_quotes_and_two_countries() -> None:
    text = ("Chuyến thăm của hai tàu Hải quân Hàn Quốc góp phần đưa quan hệ “Đối tác hợp tác chiến lược” giữa "
            "hai nước đi vào chiều sâu.")
    assert _levels(text) == [({"VNM", "KOR"}, "StrategicPartnership")]


def test_comprehensive_strategic_cooperative_partnership_keeps_its_level() -> None:
    text = "Hai bên coi trọng quan hệ Đối tác hợp tác chiến lược toàn diện Việt Nam - Trung Quốc."
    assert _levels(text) == [({"VNM", "CHN"}, "ComprehensiveStrategicPartnership")]


def test_pairs_with_vietnam_listed_before_the_level_each_get_it() -> None:
    text = ("Trong năm, quan hệ Việt Nam - Malaysia và Việt Nam - Philippines cùng được nâng lên Đối tác chiến lược "
            "toàn diện vào tháng 11-2024, mở ra nhiều cơ hội hợp tác quốc phòng.")
    doc = extract(text)
    assert sorted((sorted(p.countries), p.level) for p in doc.partnerships) == [
        (["MYS", "VNM"], "ComprehensiveStrategicPartnership"), (["PHL", "VNM"], "ComprehensiveStrategicPartnership")]
    assert all(p.since is not None and p.since.iso() == "2024-11" for p in doc.partnerships)
    rules = {r for p in doc.partnerships for reading in p.readings for r in reading.rules}
    assert "partnership.pairs-listed" in rules


def test_pairs_listed_in_another_clause_do_not_take_the_level() -> None:
    text = ("Hợp tác Việt Nam - Lào và Việt Nam - Campuchia được tăng cường, phù hợp với quan hệ Đối tác chiến lược "
            "toàn diện Việt Nam - Nhật Bản.")
    assert _levels(text) == [({"VNM", "JPN"}, "ComprehensiveStrategicPartnership")]
