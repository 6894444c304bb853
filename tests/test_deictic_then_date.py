"""A deictic day followed by the date it names ("Hôm qua 26/5", "Hôm qua, 05/04/2024"): the written
date is the day, not the day before a publication date (round 40, realev4)."""

from kg.model import PartialDate

from tests.reading_helpers import events


def test_yesterday_then_its_date_is_that_date():
    text = ("Hải quân Malaysia và Ấn Độ tập trận chung\n\n"
            "Hôm qua 14/9, Hải quân Malaysia và Ấn Độ bắt đầu cuộc tập trận chung Samudra Laksamana 2023 "
            "ngoài khơi Langkawi, kéo dài 5 ngày.")
    found = events(text, kind="Exercise")  # no page date: the page is dated from that very 14/9
    assert [e.start.iso() for e in found] == ["2023-09-14"]


def test_yesterday_comma_then_a_full_date():
    text = ("Hôm qua, 08/03/2024, Bộ trưởng Quốc phòng Nhật Bản đã hội đàm với người đồng cấp "
            "Philippines tại Manila về hợp tác an ninh hàng hải.")
    found = events(text, PartialDate(2024, 3, 10), kind="Talks")
    assert [e.start.iso() for e in found] == ["2024-03-08"]


def test_bare_yesterday_still_counts_back_from_the_page():
    text = ("Hôm qua, Bộ trưởng Quốc phòng Nhật Bản đã hội đàm với người đồng cấp "
            "Philippines tại Manila về hợp tác an ninh hàng hải.")
    found = events(text, PartialDate(2024, 3, 10), kind="Talks")
    assert [e.start.iso() for e in found] == ["2024-03-09"]
