"""A day of the first ten of a month led by "mùng" ("sáng mùng 4/8", "diễn ra từ ngày mùng 3 đến 5 tháng 8"):
the day is read as after "ngày" (dates.tsv cue `mùng`, lex_event_patterns `date-cue`, round 50g, dates5); a
"mùng" before no day and month ("mùng 1 Tết") stays no date."""

from kg.model import PartialDate
from tests.reading_helpers import events, read


def test_a_day_led_by_mung_heads_the_sentence():
    found = events("Sáng mùng 4/8, Thượng tướng Lê Văn Hòa tiếp Đại sứ Indonesia tại Việt Nam Agus Salim.",
                   kind="Meeting")
    assert [e.start for e in found] == [PartialDate(None, 8, 4)]


def test_a_day_led_by_mung_after_ngay_keeps_its_day():
    found = events("Ngày mùng 6 tháng 8 năm 2024, tàu HMAS Warramunga của Hải quân Hoàng gia Australia cập cảng "
                   "Cam Ranh, bắt đầu chuyến thăm hữu nghị tỉnh Khánh Hòa.", kind="PortCall")
    assert [e.start for e in found] == [PartialDate(2024, 8, 6)]


def test_a_forum_taking_place_over_days_led_by_mung():
    found = events("Diễn đàn An ninh Jakarta lần thứ 5 đã diễn ra từ ngày mùng 3 đến 5 tháng 8 năm 2024 tại "
                   "Indonesia, với sự tham dự của đoàn Việt Nam.", kind="Conference")
    assert [(e.start, e.end) for e in found] == [(PartialDate(2024, 8, 3), PartialDate(2024, 8, 5))]


def test_mung_before_no_day_and_month_is_no_date():
    # the day in brackets is the sentence's one date
    doc = read("Sáng mùng 1 Tết Ất Tỵ (29/1/2025), cán bộ, chiến sĩ Đồn Biên phòng X chúc Tết nhân dân hai bên "
               "biên giới.")
    assert [d.date for d in doc.dates] == [PartialDate(2025, 1, 29)]
