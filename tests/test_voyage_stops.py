"""A ship's voyage told before the call at hand: the ports it left ("sau khi rời cảng A") and the
countries of the voyage ("Tiếp tục hành trình thăm xã giao A, B và C") are its stops, not sides of
the call, and the voyage's list opens no call of its own (event.voyage-of-several)."""

from tests.reading_helpers import events, of_type, read


def test_countries_of_the_voyage_are_no_sides_of_the_call():
    doc = read("Tiếp tục hành trình thăm xã giao Australia, New Zealand và Fiji, sáng 7/12, tàu 018 của Hải quân "
               "Việt Nam đã cập cảng Auckland, bắt đầu chuyến thăm xã giao New Zealand.")
    calls = of_type(doc.events, "PortCall")
    assert [set(e.countries) for e in calls] == [{"VNM", "NZL"}]
    assert doc.partners == {"NZL"}


def test_port_left_is_no_side_of_the_call():
    found = events("Hơn 3 ngày sau khi rời cảng Australia, sáng 7/12, tàu 018 của Hải quân Việt Nam đã cập cảng "
                   "Auckland, bắt đầu chuyến thăm New Zealand.", kind="PortCall")
    assert [set(e.countries) for e in found] == [{"VNM", "NZL"}]


def test_voyage_list_on_a_dated_page_opens_no_second_call():
    doc = read(" date 2024-12-08 Tiếp tục hành trình thăm xã giao Australia, New Zealand và Fiji, sáng 7/12, tàu 018 "
               "của Hải quân Việt Nam đã cập cảng Auckland, bắt đầu chuyến thăm xã giao New Zealand.")
    assert [(e.type, str(e.start)) for e in doc.events] == [("PortCall", "2024-12-07")]
    assert doc.partners == {"NZL"}


def test_one_country_after_the_voyage_word_is_still_the_visit():
    # "hành trình thăm" with one country: the visit itself, kept
    found = events("Ngày 5/3, tàu 018 của Hải quân Việt Nam bắt đầu hành trình thăm xã giao Australia.",
                   kind="PortCall")
    assert [set(e.countries) for e in found] == [{"VNM", "AUS"}]
