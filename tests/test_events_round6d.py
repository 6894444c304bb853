"""Happenings that real news tells without the usual cues (issue 10, round 6d): a joint patrol on
a page whose only year is the one a practice runs from."""

from kg.model import PartialDate
from reading_helpers import events


def _rules(found):
    return [r for e in found for rd in e.readings for r in rd.rules]


def test_a_patrol_on_a_page_dated_only_by_a_since_year_is_the_pages_event():
    text = ("Biên phòng Việt Nam - Lào tổ chức tuần tra chung\n"
            "Tham gia chuyến tuần tra chung có các tổ công tác của Bộ đội Biên phòng Việt Nam và Công an biên giới Lào.\n"
            "Kể từ năm 2025, hoạt động tuần tra chung sẽ được hai bên tổ chức mỗi tháng một lần.\n")
    found = events(text, kind="Exercise")
    assert [(e.start, sorted(e.countries)) for e in found] == [(None, ["LAO", "VNM"])]
    assert "event.page-tells-only-since-years" in _rules(found)


def test_a_page_with_a_month_besides_the_since_year_is_not_undated():
    text = ("Biên phòng Việt Nam - Lào tổ chức tuần tra chung\n"
            "Tham gia chuyến tuần tra chung có các tổ công tác của Bộ đội Biên phòng Việt Nam và Công an biên giới Lào.\n"
            "Trong tháng 3/2024, hai bên đã trao đổi thông tin về tình hình biên giới.\n"
            "Kể từ năm 2025, hoạt động tuần tra chung sẽ được hai bên tổ chức mỗi tháng một lần.\n")
    assert "event.page-tells-only-since-years" not in _rules(events(text, kind="Exercise"))


def test_a_patrol_planned_from_a_year_is_no_event():
    text = ("Kế hoạch tuần tra chung\n"
            "Kể từ năm 2025, Bộ đội Biên phòng Việt Nam và Công an biên giới Lào sẽ tổ chức tuần tra chung mỗi quý "
            "một lần.\n")
    assert events(text, kind="Exercise") == []
