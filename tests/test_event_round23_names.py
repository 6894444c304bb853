"""Round 23: a named event's edition told before its name, a show's days told after its venue, and a
headline's short name with its year folded into the full name given with it in brackets. Sentences of our own."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_edition_before_the_name() -> None:
    text = (
        "Ngày 14/3, tại Đà Nẵng, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Australia đồng chủ trì khai mạc "
        "Hội nghị lần thứ 12 Nhóm chuyên gia ADMM+ về Gìn giữ hòa bình. Hội nghị diễn ra trong hai ngày 14 và 15/3."
    )
    found = events(text, PartialDate(2025, 3, 16), "Conference")
    assert len(found) == 1
    conf = found[0]
    assert conf.ordinal == 12 and "Nhóm chuyên gia ADMM+" in conf.label
    assert (str(conf.start), str(conf.end)) == ("2025-03-14", "2025-03-15")
    assert "event.edition-before-name" in rules_of(found)


def test_edition_then_lower_case_words_is_no_name() -> None:
    text = "Ngày 14/3, tại Đà Nẵng, đã diễn ra hội nghị lần thứ 12 của hai bên về hợp tác biên giới."
    assert "event.edition-before-name" not in rules_of(events(text, PartialDate(2025, 3, 16)))


def test_days_after_a_venue_holding_an_event_word_are_the_shows() -> None:
    text = (
        "Được sự đồng ý của Thủ trưởng Bộ Quốc phòng, đoàn công tác Tổng cục Công nghiệp quốc phòng do Trung tướng "
        "Lê Văn Hòa làm trưởng đoàn đã tham dự Triển lãm Hàng hải và Hàng không quốc tế (LIMA 2025) tại Trung tâm "
        "Triển lãm và Hội nghị quốc tế Mahsuri (MIEC), đảo Langkawi, từ ngày 20-24/5."
    )
    found = events(text, PartialDate(2025, 5, 26))
    assert [(e.type, str(e.start), str(e.end)) for e in found] == [("Exhibition", "2025-05-20", "2025-05-24")]


def test_headline_short_name_with_its_year_is_the_full_name() -> None:
    text = (
        "Bộ Quốc phòng Việt Nam tham dự Triển lãm LIMA 2025\n\n"
        "Đoàn công tác Bộ Quốc phòng Việt Nam đã tham dự Triển lãm Hàng hải và Hàng không quốc tế (LIMA 2025) tại "
        "Langkawi, Malaysia, từ ngày 20-24/5."
    )
    shows = events(text, PartialDate(2025, 5, 26), "Exhibition")
    assert len(shows) == 1 and str(shows[0].start) == "2025-05-20"


def test_forum_closed_on_a_day_with_the_day_it_began() -> None:
    text = (
        "Diễn đàn Hương Sơn lần thứ 12, hội nghị an ninh thường niên do Hội Khoa học quân sự Trung Quốc tổ chức, "
        "đã bế mạc hôm thứ Bảy 20/9 tại Bắc Kinh sau ba ngày làm việc, bắt đầu từ chiều thứ Năm 18/9."
    )
    found = events(text, PartialDate(2025, 9, 22), "Conference")
    assert [(str(e.start), str(e.end)) for e in found] == [("2025-09-18", "2025-09-20")]
    assert "event.closed-with-its-first-day" in rules_of(found)


def test_forum_closed_on_a_day_after_its_length() -> None:
    text = "Diễn đàn Hương Sơn lần thứ 12 đã chính thức khép lại vào 20/9 sau ba ngày thảo luận về an ninh khu vực."
    found = events(text, PartialDate(2025, 9, 22), "Conference")
    assert [(str(e.start), str(e.end)) for e in found] == [("2025-09-18", "2025-09-20")]
