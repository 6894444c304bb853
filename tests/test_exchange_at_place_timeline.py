"""A bare 'giao lưu' of people of the forces at a named place, and a timeline's entry kept as a milestone."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of


def test_exchange_at_a_named_place_is_a_happening():
    text = "Ngày 12/4/2025, học viên hải quân Việt Nam và Indonesia giao lưu tại Học viện Hải quân ở Nha Trang."
    found = events(text, PartialDate(2025, 4, 13), kind="Exchange")
    assert len(found) == 1 and found[0].start == PartialDate(2025, 4, 12)
    assert "event.exchange-at-a-place" in rules_of(found)


def test_exchange_at_a_place_as_a_plan_is_not():
    text = "Ngày 12/4/2025, hai bên nhất trí, học viên hải quân hai nước sẽ giao lưu tại Học viện Hải quân."
    assert not events(text, PartialDate(2025, 4, 13), kind="Exchange")


def test_timeline_entry_of_an_earlier_year_is_kept():
    text = (
        "Ngày 9/3/2026, tại Hà Nội, Đại tướng Phan Minh Quang hội đàm với Bộ trưởng Quốc phòng Indonesia Budi Hartono.\n"
        "3/2025: Thủy thủ hải quân hai nước giao lưu tại Cảng Tanjung Priok (Jakarta).\n"
    )
    found = events(text, PartialDate(2026, 3, 10), kind="Exchange")
    assert [e.start for e in found] == [PartialDate(2025, 3)]
    assert "event.timeline-entry" in rules_of(found)
