"""A delegation's stay told by the days heading its sentence ("Từ ngày 4 đến 6-3, đoàn ...
tham dự Hội nghị X") gives way to the conference's own opening day told later ("Sáng 5-3, Hội
nghị khai mạc"); the side meetings' counterpart told after "Với ..." is no title of the
Vietnamese minister's (round 50o)."""

from kg.model import PartialDate
from tests.reading_helpers import events, officials_by_name, read, rules_of

_STAY = (
    "Từ ngày 9 đến 11-10, đoàn đại biểu Bộ Quốc phòng Việt Nam do Đại tướng Tạ Quang Huy, Bộ trưởng Bộ Quốc phòng "
    "dẫn đầu tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng tại Kuala Lumpur, Malaysia.\n\n"
)


def test_the_opening_day_is_the_conference_start():
    text = _STAY + "Sáng 10-10, Hội nghị khai mạc dưới sự chủ trì của Bộ trưởng Quốc phòng Malaysia."
    found = events(text, published=PartialDate(2025, 10, 11), kind="Conference")
    assert [str(e.start) for e in found] == ["2025-10-10"]
    assert "event.stretch-of-the-trip" in rules_of(found)


def test_a_session_on_a_later_day_keeps_the_stretch():
    text = _STAY + "Sáng 10-10, Đại tướng Tạ Quang Huy phát biểu tại phiên toàn thể của Hội nghị."
    found = events(text, published=PartialDate(2025, 10, 11), kind="Conference")
    assert [str(e.start) for e in found] == ["2025-10-09"]


def test_days_the_conference_runs_are_its_own():
    text = (
        "Từ ngày 9 đến 11-10, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng diễn ra tại Kuala Lumpur.\n\n"
        "Sáng 10-10, Hội nghị khai mạc dưới sự chủ trì của Bộ trưởng Quốc phòng Malaysia."
    )
    found = events(text, published=PartialDate(2025, 10, 11), kind="Conference")
    assert [str(e.start) for e in found] == ["2025-10-09"]


def test_counterparts_after_with_are_not_the_ministers_title():
    text = _STAY + (
        "Với Bộ trưởng Quốc phòng Brunei và Bộ trưởng Quốc phòng Campuchia, Đại tướng Tạ Quang Huy trao đổi "
        "về hợp tác song phương."
    )
    doc = read(text, published=PartialDate(2025, 10, 11))
    assert officials_by_name(doc)["Tạ Quang Huy"].country == "VNM"


def test_in_the_capacity_of_is_the_name_own_title():
    text = "Với cương vị Bộ trưởng Quốc phòng Campuchia, Đại tướng Tea Seiha khẳng định hợp tác sẽ được thúc đẩy."
    doc = read(text, published=PartialDate(2025, 10, 11))
    assert officials_by_name(doc)["Tea Seiha"].country == "KHM"
