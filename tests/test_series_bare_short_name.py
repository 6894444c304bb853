"""A series' bare short name on a page telling one of its editions (round 50k).

"Đối thoại Quốc phòng X lần thứ 9 (Đối thoại JDD-9)" records "JDD-9" as the edition's short name though the
brackets open with the event's word; "Đối thoại JDD năm nay ..." (the series' short name without its edition)
is that edition, not a second, undated dialogue. A bare short name of another year stays its own event."""

from reading_helpers import events, rules_of

EDITION = ("Từ ngày 3-5/10/2025, đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Nguyễn Văn An dẫn đầu "
           "đã sang Indonesia tham dự Đối thoại Quốc phòng Jakarta lần thứ 9 (Đối thoại JDD-9).\n\n")


def test_bare_series_name_is_the_edition_told() -> None:
    found = events(EDITION + "Đối thoại JDD năm nay có sự tham dự của nhiều đoàn.")
    assert [(e.type, str(e.start)) for e in found] == [("Conference", "2025-10-03")]
    assert "event.series-bare-name" in rules_of(found)


def test_bracket_opening_with_the_event_word_records_the_short_name() -> None:
    found = events(EDITION + "Ngày 4/10, tại JDD-9, Thượng tướng Nguyễn Văn An đã phát biểu.")
    assert len(found) == 1
    assert "event.people-of-short-name" in rules_of(found)


def test_bare_series_name_of_another_year_stays_apart() -> None:
    found = events(EDITION + "Trước đó, ngày 12/9/2023, Đối thoại JDD năm 2023 đã diễn ra tại Jakarta với sự "
                   "tham dự của nhiều đoàn.")
    assert sorted(str(e.start) for e in found) == ["2023-09-12", "2025-10-03"]
    assert "event.series-bare-name" not in rules_of(found)
