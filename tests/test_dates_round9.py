"""Dates, round 9: a head line holding a date alone stamps the page; a dateline's date yields to
the deictic day after its dash; "8 tháng 6, 2031" keeps its year; a date after "kể từ khi ..." is
history; a day set off by commas may carry its place ("ngày 27/9 tại X, ..."); a programme or
training named with its year dates an undated page. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.model import PartialDate as P
from kg.pipeline import extract
from kg.pipeline.dates import (
    DATELINE_THEN_DEICTIC,
    SINCE_WHEN,
    STAMP_LINE,
    background_rule,
    find_dates,
    header_date,
    infer_publication_date,
)


def _published(body: str) -> P | None:
    return infer_publication_date(body, body, [])


@pytest.mark.parametrize("line", ["14/03/2031", "Tin Biển Đông 14/03/2031", "Báo Nam BộBáo Nam Bộ14/03/2031",
                                  "Các bài khác - 14/03/2031"])
def test_a_head_line_holding_a_date_alone_stamps_the_page(line: str) -> None:
    body = f"Hải quân hai nước giao lưu tại cảng\n{line}\n\nNgày 12/3, tàu của nước bạn cập cảng Tiên Sa."
    assert _published(body) == P(2031, 3, 14)


@pytest.mark.parametrize("line", ["Lễ ký kết ngày 14/3/2031", "Hôm qua 14/3/2031", "Đoàn về nước từ 14/3/2031"])
def test_a_short_sentence_with_a_date_is_no_stamp_line(line: str) -> None:
    body = f"Tiêu đề của bài viết về hợp tác\n{line}\n\nHai bên trao đổi về hợp tác biển."
    doc = extract(body)
    assert not any(w.startswith(STAMP_LINE) for w in doc.warnings)


def test_the_pipeline_tells_which_line_stamped_the_page() -> None:
    doc = extract("Hải quân hai nước giao lưu\nBáo Biển 14/03/2031\n\nSáng 12/3, tàu nước bạn cập cảng Tiên Sa.")
    assert doc.published == P(2031, 3, 14)
    assert any(w.startswith(STAMP_LINE) for w in doc.warnings)
    assert any(d.date == P(2031, 3, 12) for d in doc.dates)


def test_a_dateline_yields_to_the_deictic_day_after_its_dash() -> None:
    text = ("Hải quân hai nước tuần tra chung\n"
            "Quảng Ninh, ngày 10/4/2031 - Hôm qua, biên đội tàu hai nước đã tuần tra chung trên Vịnh Bắc Bộ.")
    doc = extract(text)
    assert P(2031, 4, 9) in [d.date for d in doc.dates]
    assert not any(d.date == P(2031, 4, 10) for d in doc.dates if d.start > text.index("Quảng Ninh"))
    assert any(x.rule == DATELINE_THEN_DEICTIC for x in doc.dropped)


def test_an_agency_dateline_counts_the_deictic_day_from_itself() -> None:
    text = ("Hai nước hội đàm\nHà Nội, 3/5/2031 (PV) - Sáng nay, hai Bộ trưởng đã hội đàm tại Hà Nội.\n"
            "Hà Nội, 6/5/2031 (PV) - Hôm qua, hai bên đã ký kết biên bản ghi nhớ.")
    doc = extract(text)
    days = [d.date for d in doc.dates]
    assert P(2031, 5, 3) in days and P(2031, 5, 5) in days
    assert P(2031, 5, 6) not in days


def test_a_dateline_without_a_deictic_day_stays() -> None:
    text = "Hai nước hội đàm\nQuảng Ninh, ngày 10/4/2031 - Biên đội tàu hai nước đã tuần tra chung."
    doc = extract(text)
    assert P(2031, 4, 10) in [d.date for d in doc.dates]
    assert not any(x.rule == DATELINE_THEN_DEICTIC for x in doc.dropped)


def test_a_worded_day_keeps_its_year_after_a_comma() -> None:
    found = find_dates("Tàu thăm thành phố trong 4 ngày, đến 9 tháng 7, 2031.", P(2035, 1, 1))
    assert [d.date for d in found] == [P(2031, 7, 9)]
    assert header_date("Thứ Tư, 9 tháng 7, 2031") == P(2031, 7, 9)


def test_a_count_after_a_worded_day_is_no_year() -> None:
    found = find_dates("Ngày 9 tháng 7, 2000 binh sĩ tham gia diễn tập.", P(2031, 7, 10))
    assert [d.date for d in found] == [P(2031, 7, 9)]


@pytest.mark.parametrize("text", [
    "Đây là lần thứ 9 kể từ khi hội chợ đầu tiên được tổ chức vào năm 1993.",
    "Quan hệ phát triển mạnh kể từ khi hai nước nâng cấp quan hệ năm 2011.",
    "Từ khi ra đời vào năm 2004, diễn đàn đã họp nhiều lần.",
])
def test_a_date_since_when_is_history(text: str) -> None:
    start = text.index("năm")
    assert background_rule(text, start, P(int(text[start + 4 : start + 8]))) == SINCE_WHEN


def test_a_date_after_since_when_in_another_clause_is_news() -> None:
    text = "Từ khi về nước, đoàn đã làm việc nhiều nơi. Ngày 5/3/2031, đoàn hội đàm với nước bạn."
    assert background_rule(text, text.index("5/3"), P(2031, 3, 5)) is None


def test_a_day_set_off_by_commas_with_its_place_dates_the_event() -> None:
    text = ("Đối thoại quốc phòng hai nước\n"
            "Thực hiện thỏa thuận giữa hai Bộ, ngày 14/9/2031 tại Canberra (Australia), Thứ trưởng Quốc phòng "
            "Việt Nam và Thứ trưởng Quốc phòng Australia đã đồng chủ trì Đối thoại Chính sách Quốc phòng lần thứ 4.")
    doc = extract(text)
    assert [e.start for e in doc.events if e.type == "Dialogue"] == [P(2031, 9, 14)]


@pytest.mark.parametrize("lead, year", [
    ("Tàu bệnh viện của nước bạn cập cảng, khởi động Chương trình Đối tác Thái Bình Dương 2031 tại tỉnh.", 2031),
    ("Chương trình Huấn luyện liên hợp Lục quân “Cùng tiến bước - 2032” khai mạc tại vùng biên giới.", 2032),
])
def test_a_programme_or_training_named_with_its_year_dates_an_undated_page(lead: str, year: int) -> None:
    assert _published(lead) == P(year)


def test_a_programme_of_a_period_gives_no_year() -> None:
    assert _published("Chương trình hợp tác giai đoạn 2031-2035 được hai bên thống nhất.") is None
