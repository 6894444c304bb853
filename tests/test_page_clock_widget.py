"""A site's clock in a masthead bar (round 52e): a head line of fields one of which is a weekday and a full
date alone, beside a place's weather or a search box ("Cần Thơ ☀ 31°C | Thứ Ba, 08/12/2026"), shows the
day the page was viewed; the story's own stamp of an earlier day below it dates the page
(`date.widget-field-then-stamp`). A bar of the clock and a sea-weather forecast kept in the text is dropped
as a widget bar (`clean.widget-bar`): its day headed the story's undated happenings. Sentences are our own."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import read, removed

STORY = (
    "Tàu Hải quân Italia thăm thành phố Đà Nẵng\n\n"
    "{stamp}\n\n"
    "Sáng nay, tàu hộ vệ ITS Carlo Rossi thuộc Hải quân Italia đã cập Cảng Tiên Sa, bắt đầu chuyến thăm "
    "thành phố Đà Nẵng.\n\n"
    "Ngay sau lễ đón, Phó Chủ tịch UBND thành phố Lê Thị Mai Anh đã tiếp Trung tá Marco Bellini, Chỉ huy "
    "trưởng tàu."
)


def test_a_clock_field_beside_the_weather_loses_to_the_story_stamp() -> None:
    doc = read("Cần Thơ ☀ 31°C  |  Thứ Ba, 08/12/2026\n\n"
               + STORY.format(stamp="Cập nhật lúc 08:40, Thứ Tư, 14/10/2026 (GMT+7)"))
    assert doc.published == PartialDate(2026, 10, 14)
    assert {e.type: e.start for e in doc.events}["PortCall"] == PartialDate(2026, 10, 14)


def test_a_field_line_above_a_later_stamp_keeps_its_day() -> None:
    # a clock never shows a day before the story was written: a later day below is no stamp of this story
    doc = read("Quốc phòng  |  Thứ Tư, 14/10/2026\n\n"
               + STORY.format(stamp="Cập nhật lúc 08:40, Thứ Ba, 08/12/2026 (GMT+7)"))
    assert doc.published == PartialDate(2026, 10, 14)


def test_a_field_line_alone_still_dates_the_page() -> None:
    doc = read("Cần Thơ ☀ 31°C  |  Thứ Tư, 14/10/2026\n\n" + STORY.format(stamp="Tin: Hoàng Nam"))
    assert doc.published == PartialDate(2026, 10, 14)


SEA_BAR = "🔎  |  Thứ Ba, 08/12/2026 - 10:02  |  🌊 Dự báo thời tiết biển: vịnh Thái Lan gió Tây Nam cấp 5, biển động nhẹ"
LEAD = (
    "Chiều 16-10, sau 3 ngày thăm thành phố Đà Nẵng, tàu hộ vệ ITS Carlo Rossi của Hải quân Italia đã rời Cảng "
    "Tiên Sa.\n\n"
    "Trong thời gian tàu ở Đà Nẵng, thủy thủ hai nước đã giao lưu bóng đá, bóng chuyền."
)


def test_a_masthead_bar_of_clock_and_sea_weather_is_dropped() -> None:
    doc = read(SEA_BAR + "\n\nĐỐI NGOẠI\n\nTàu Italia rời Đà Nẵng\n\n17/10/2026 | 09:30\n\n" + LEAD)
    assert "clean.widget-bar" in removed(doc)
    assert not any(e.start is not None and e.start.year == 2026 and e.start.month == 12 for e in doc.events)


def test_a_bar_of_a_place_and_a_clock_is_no_weather_widget() -> None:
    doc = read("Đà Nẵng  |  Thứ Ba, 08/12/2026\n\n" + LEAD, PartialDate(2026, 10, 17))
    assert "clean.widget-bar" not in removed(doc)


def test_a_forecast_told_in_the_body_stays() -> None:
    text = ("Dự báo thời tiết trên vùng biển phía Nam có gió mạnh, vì vậy tàu ITS Carlo Rossi của Hải quân Italia "
            "rời Cảng Tiên Sa sớm hơn dự kiến một ngày.")
    doc = read(text, PartialDate(2026, 10, 17))
    assert "clean.widget-bar" not in removed(doc)
    assert "Dự báo thời tiết trên vùng biển" in doc.text
