"""Dates, round 15: a trip told as ended with the day it began told after it ("ngày 25/7 đã kết
thúc chuyến thăm ... bắt đầu từ 23/7") began that day; two weekdays told together ("trong hai
ngày thứ Bảy và Chủ nhật") are one stretch against the publication date; a head line opened by
the word that makes it the page's stamp ("Phát sóng: ...") dates the page however long it is.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.model import PartialDate as P
from kg.pipeline import extract
from kg.pipeline.dates import WEEKDAY_STAMP, weekday_dates
from kg.pipeline.events.mentions import ENDED_BEGAN
from kg.pipeline.events.merge import CLOSING_DAY, CODE_NAME

HEAD = "Tin đối ngoại quốc phòng\n10:20 | 27/07/2031\n\n"


@pytest.mark.parametrize("sentence", [
    "Bộ trưởng Quốc phòng Ba Lan Jan Nowak ngày 25/7 đã kết thúc chuyến thăm chính thức Việt Nam kéo dài ba ngày, "
    "bắt đầu từ 23/7, theo thông báo của phía Ba Lan.",
    "Chiều 25/7, Bộ trưởng Quốc phòng Ba Lan Jan Nowak kết thúc chuyến thăm chính thức Việt Nam, bắt đầu ngày 23/7.",
])
def test_a_trip_told_as_ended_begins_on_the_day_told_after_it(sentence: str) -> None:
    doc = extract(HEAD + sentence)
    visits = [e for e in doc.events if e.type == "Visit"]
    assert [e.start for e in visits] == [P(2031, 7, 23)]
    assert any(ENDED_BEGAN in r.rules for r in visits[0].readings)


def test_a_trip_told_as_ended_without_its_first_day_is_not_dated_by_a_later_number() -> None:
    doc = extract(HEAD + "Ngày 25/7, Bộ trưởng Quốc phòng Ba Lan Jan Nowak kết thúc chuyến thăm chính thức Việt Nam, "
                  "chuyến thăm thứ 2 của ông.")
    assert all(e.start != P(2031, 7, 2) for e in doc.events)
    assert not any(ENDED_BEGAN in r.rules for e in doc.events for r in e.readings)


@pytest.mark.parametrize("text, first, last", [
    # published on a Monday: the Saturday and Sunday before it
    ("Cuối tuần qua, trong hai ngày thứ Bảy và Chủ nhật, hai bên tổ chức diễn tập.", P(2031, 7, 26), P(2031, 7, 27)),
    ("Các đơn vị đã luyện tập trong các ngày thứ Năm và thứ Sáu tuần trước.", P(2031, 7, 17), P(2031, 7, 18)),
    # a plan: the next ones
    ("Hai đoàn sẽ giao lưu trong hai ngày thứ Tư và thứ Năm.", P(2031, 7, 30), P(2031, 7, 31)),
])
def test_two_weekdays_told_together_are_one_stretch(text: str, first: P, last: P) -> None:
    found = weekday_dates(text, P(2031, 7, 28))
    assert [(d.date, d.end_date) for d in found] == [(first, last)]


@pytest.mark.parametrize("text", [
    "Ngày thứ hai và ngày thứ ba của chuyến thăm, đoàn làm việc tại Đà Nẵng.",
    "Trong hai ngày thứ Bảy và Chủ nhật (26 và 27/7), hai bên tổ chức diễn tập.",
])
def test_counted_days_or_weekdays_with_their_dates_are_no_weekday_pair(text: str) -> None:
    assert all(d.end_date is None for d in weekday_dates(text, P(2031, 7, 28)))


def test_an_exercise_told_over_last_weekend_takes_its_saturday() -> None:
    doc = extract("TRUYỀN HÌNH QUÂN KHU - BẢN TIN THỜI SỰ\n"
                  "Phát sóng: 19h45 thứ Hai, 28/7/2031 trên kênh QPVN và các đài phát thanh truyền hình tỉnh\n\n"
                  "Cuối tuần qua, trong hai ngày thứ Bảy và Chủ nhật, tại cửa khẩu Cầu Treo, Bộ Tư lệnh Quân khu 4 "
                  "phối hợp với Quân khu 3 Quân đội nhân dân Lào tổ chức diễn tập chung tìm kiếm cứu nạn.")
    assert doc.published == P(2031, 7, 28)
    assert any(w.startswith(WEEKDAY_STAMP) for w in doc.warnings)
    drills = [e for e in doc.events if e.type == "Exercise"]
    assert [(e.start, e.end) for e in drills] == [(P(2031, 7, 26), P(2031, 7, 27))]


def test_a_long_head_line_without_a_stamp_word_is_still_no_stamp() -> None:
    doc = extract("Tiêu đề của bài viết\nChương trình phát lúc 19h45 thứ Hai, 28/7/2031 trên kênh QPVN và các đài "
                  "phát thanh truyền hình tỉnh\n\nHai bên trao đổi về hợp tác biển.")
    assert not any(w.startswith(WEEKDAY_STAMP) for w in doc.warnings)


def test_an_exercise_told_again_at_its_closing_keeps_its_stretch() -> None:
    doc = extract(HEAD + "Từ ngày 21-23/7, tại vùng biển Cô Tô, Hải quân Việt Nam và Hải quân Ấn Độ đã tổ chức diễn tập "
                  "tìm kiếm cứu nạn trên biển.\n\nPhát biểu bế mạc chiều 23/7, Chuẩn Đô đốc Trần Văn Hải cho biết, diễn tập "
                  "giúp hai bên hoàn thiện cơ chế phối hợp.")
    drills = [e for e in doc.events if e.type == "Exercise"]
    assert [(e.start, e.end) for e in drills] == [(P(2031, 7, 21), P(2031, 7, 23))]
    assert any(CLOSING_DAY in r.rules for r in drills[0].readings)


def test_an_exercise_told_on_a_day_inside_its_stretch_without_closing_takes_that_day() -> None:
    doc = extract(HEAD + "Từ ngày 21-23/7, tại vùng biển Cô Tô, Hải quân Việt Nam và Hải quân Ấn Độ đã tổ chức diễn tập "
                  "tìm kiếm cứu nạn trên biển.\n\nSáng 23/7, hai bên tổ chức diễn tập thực binh trên biển.")
    drills = [e for e in doc.events if e.type == "Exercise"]
    assert not any(CLOSING_DAY in r.rules for e in drills for r in e.readings)


@pytest.mark.parametrize("name, told", [
    ("cuộc diễn tập gìn giữ hòa bình đa quốc gia Khaan Quest 2031", "Khaan Quest 2031 khai mạc sáng 20/7"),
    ("cuộc tập trận đa quốc gia Cobra Gold 2031", "Cobra Gold 2031 chính thức diễn ra ngày 20/7"),
])
def test_a_named_exercise_takes_the_day_its_code_name_opens(name: str, told: str) -> None:
    doc = extract(HEAD + f"Các sĩ quan Việt Nam đang tham gia {name} tại nước bạn.\n\n"
                  f"{told} tại trung tâm huấn luyện, với hơn 1.000 quân nhân của 20 nước.")
    drills = [e for e in doc.events if e.type == "Exercise"]
    assert [e.start for e in drills] == [P(2031, 7, 20)]
    assert any(CODE_NAME in r.rules for r in drills[0].readings)


def test_a_name_ending_in_a_country_or_a_vietnamese_word_has_no_code_name() -> None:
    doc = extract(HEAD + "Các sĩ quan tham gia Hội nghị Bộ trưởng Quốc phòng các nước ASEAN tại Kuala Lumpur.")
    assert not any(CODE_NAME in r.rules for e in doc.events for r in e.readings)
