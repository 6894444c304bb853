"""A ship's history told in a port call's news ("được hạ thủy năm 2009", "được đưa vào biên chế
hoạt động ngày 3-4-1991") dates the ship, not the page: on a page stating no date of its own,
that year must not become the year of the call. Sentences written for these tests."""

from __future__ import annotations

from kg.model import PartialDate as P
from kg.pipeline.dates import infer_publication_date

from reading_helpers import events


def _published(body: str) -> P | None:
    return infer_publication_date(body, body, [])


COMMISSIONED = (
    "Tàu tuần tra Kaiyo của Lực lượng Bảo vệ bờ biển Nhật Bản ngày 8-6 đã cập cảng Quy Nhơn, "
    "bắt đầu chuyến thăm hữu nghị 4 ngày.\n"
    "Tàu Kaiyo được đưa vào biên chế hoạt động ngày 3-4-1991, dài 120 m."
)

LAUNCHED = (
    "Sáng 12/9, tàu hộ vệ HMNZS Tarawera của Hải quân New Zealand cập cảng Cái Mép, "
    "bắt đầu chuyến thăm Việt Nam.\n"
    "Tàu được hạ thủy năm 2009 và có thể mang theo một trực thăng."
)


def test_commissioning_day_gives_no_year():
    assert _published(COMMISSIONED) is None


def test_launch_year_gives_no_year():
    assert _published(LAUNCHED) is None


def test_port_call_keeps_its_day_without_the_ships_year():
    (call,) = events(COMMISSIONED, kind="PortCall")
    assert call.start is not None and call.start.year is None
    assert (call.start.month, call.start.day) == (6, 8)


def test_a_later_news_year_still_dates_the_page():
    body = LAUNCHED + "\nNăm 2031, Hải quân hai nước đã tổ chức giao lưu sĩ quan trẻ tại Hà Nội."
    published = _published(body)
    assert published is not None and published.year == 2031


PREVIOUS_CALL = (
    "Ngày 3/11, tàu huấn luyện Umitaka của Nhật Bản đã cập cảng Chân Mây, bắt đầu chuyến thăm ba ngày.\n"
    "Đây là lần thứ ba tàu Umitaka thăm Thừa Thiên Huế, lần gần đây nhất là tháng 10 năm 2017."
)


def test_the_series_last_time_gives_no_year():
    # the call before this one dates history, not the page
    assert _published(PREVIOUS_CALL) is None
    (call,) = events(PREVIOUS_CALL, kind="PortCall")
    assert call.start is not None and call.start.year is None


def test_a_month_of_this_years_news_still_counts():
    body = PREVIOUS_CALL.replace("lần gần đây nhất là", "chuyến trước đó đã bị hoãn; trong")
    published = _published(body)
    assert published is not None and published.year == 2017
