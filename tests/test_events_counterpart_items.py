"""A ';' item telling a meeting of its own ends the counterparts listed before it (round 34)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

TEXT = (
    "Ngày 15/9, tại Manila (Philippines), Đại tướng Lê Văn Tâm, Bộ trưởng Bộ Quốc phòng, dự Hội nghị "
    "Bộ trưởng Quốc phòng các nước ASEAN hẹp. Bên lề Hội nghị, Bộ trưởng Lê Văn Tâm đã gặp song phương "
    "Bộ trưởng Quốc phòng Malaysia và Brunei; trước đó, tối 14/9, Bộ trưởng đã gặp người đồng cấp Thái Lan."
)


def _meetings(text: str) -> dict[str, str]:
    found = events(text, PartialDate(2025, 9, 16), "Meeting")
    return {next(c for c in e.countries if c != "VNM"): e.start.iso() for e in found}


def test_the_item_after_the_semicolon_is_a_meeting_of_its_own_day() -> None:
    assert _meetings(TEXT) == {"MYS": "2025-09-15", "BRN": "2025-09-15", "THA": "2025-09-14"}
    assert "event.counterparts-end-at-item" in rules_of(events(TEXT, PartialDate(2025, 9, 16), "Meeting"))


def test_a_counterpart_told_as_the_ministers_peer_is_met() -> None:
    text = "Chiều 14/9, tại Manila, Đại tướng Lê Văn Tâm, Bộ trưởng Bộ Quốc phòng, đã gặp người đồng cấp Thái Lan."
    assert _meetings(text) == {"THA": "2025-09-14"}


def test_a_semicolon_inside_the_list_goes_on_with_it() -> None:
    text = TEXT.replace("; trước đó, tối 14/9, Bộ trưởng đã gặp người đồng cấp Thái Lan", "; Bộ trưởng Quốc phòng Thái Lan")
    assert _meetings(text) == {"MYS": "2025-09-15", "BRN": "2025-09-15", "THA": "2025-09-15"}
