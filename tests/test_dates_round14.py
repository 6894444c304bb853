"""Dates, round 14: a short head line naming a weekday and its full date stamps the page even
after a few words ("Số 214 - Thứ Hai, 14/04/2031"); "ngày 20, 21/3" is a stretch of two days; a page stating no date of its own is dated by its
address ("-20311205103000.htm"); a named event whose short name "diễn ra ngày 31/10" takes that day,
not the stretch of a trip told for two events at once; a dateline "(BP) - Nghệ An, 22/10 - " (the
paper's tag, the place, the day, no agency) is no part of the sentence's own words; a year opening
a sentence that tells a plan ("Năm 2032, tỉnh dự kiến ...") says nothing of the page's year.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.model import Article, Sentence
from kg.model import PartialDate as P
from kg.pipeline import Pipeline, extract
from kg.pipeline.dates import URL_STAMP, WEEKDAY_STAMP, find_dates, infer_publication_date, url_date
from kg.pipeline.events.merge import ALIAS_TAKES_PLACE
from kg.pipeline.when import sentence_head


def _published(body: str) -> P | None:
    return infer_publication_date(body, body, [])


@pytest.mark.parametrize("line", ["Số 214 - Thứ Hai, 14/04/2031", "Chuyên mục Biển đảo - Thứ 2, ngày 14/4/2031",
                                  "Báo in | Thứ hai 14.04.2031"])
def test_a_weekday_and_its_date_after_a_few_words_stamp_the_page(line: str) -> None:
    body = (f"BÁO BIÊN CƯƠNG\n{line}\n\nNhìn lại một năm đối ngoại\n\n"
            "Ngày 20/3, tàu của Hải quân nước bạn thăm cảng Tiên Sa. Năm 2032, tỉnh dự kiến đón thêm tàu.")
    assert _published(body) == P(2031, 4, 14)


def test_the_day_of_a_yearless_date_then_falls_in_the_stamped_year() -> None:
    doc = extract("BÁO BIÊN CƯƠNG\nSố 214 - Thứ Hai, 14/04/2031\n\nNhìn lại một năm\n\n"
                  "Ngày 20/3, tàu của Hải quân nước bạn thăm cảng Tiên Sa. Năm 2032, tỉnh dự kiến đón thêm tàu.")
    assert doc.published == P(2031, 4, 14)
    assert any(w.startswith(WEEKDAY_STAMP) for w in doc.warnings)
    assert P(2031, 3, 20) in [d.date for d in doc.dates]


@pytest.mark.parametrize("line", [
    # a sentence telling a happening on a weekday: too many words for a stamp
    "Hai đoàn đã gặp nhau tại cửa khẩu quốc tế vào Thứ Hai, 14/04/2031 để trao đổi",
    # a weekday that names no date
    "Số 214 - Thứ Hai - Tháng 4/2031",
])
def test_a_sentence_or_a_weekday_without_its_date_is_no_stamp(line: str) -> None:
    doc = extract(f"Tiêu đề của bài viết\n{line}\n\nHai bên trao đổi về hợp tác biển.")
    assert not any(w.startswith(WEEKDAY_STAMP) for w in doc.warnings)


@pytest.mark.parametrize("text, first, last", [
    ("Trong hai ngày 20, 21/3, đoàn đã thăm Học viện.", P(None, 3, 20), P(None, 3, 21)),
    ("Chuyến thăm dự kiến vào ngày 30, 31/10/2031.", P(2031, 10, 30), P(2031, 10, 31)),
])
def test_two_days_joined_by_a_comma_after_ngay_are_one_stretch(text: str, first: P, last: P) -> None:
    found = find_dates(text)
    assert [(d.date, d.end_date) for d in found] == [(first, last)]


@pytest.mark.parametrize("text", ["Đội bạn thắng với tỷ số 2, 3/4 số bàn là phạt đền.",
                                  "Các ngày 20, 23/3 đoàn nghỉ.", "Sáng 20, 21/3 là hai buổi tập."])
def test_a_comma_between_numbers_is_no_stretch_otherwise(text: str) -> None:
    assert all(d.end_date is None for d in find_dates(text))


def test_a_visit_told_over_two_days_joined_by_a_comma_takes_both() -> None:
    doc = extract("Học viện hai nước tăng cường hợp tác\nThứ Hai, 23/03/2031 | 08:15\n\n"
                  "Trong hai ngày 20, 21/3, Đoàn đại biểu Đại học Quốc phòng Pakistan do Trung tướng Asad Khan "
                  "làm Trưởng đoàn đã đến thăm và làm việc tại Việt Nam.")
    visits = [e for e in doc.events if e.type == "Visit"]
    assert [(e.start, e.end) for e in visits] == [(P(2031, 3, 20), P(2031, 3, 21))]


@pytest.mark.parametrize("url, day", [
    ("https://bao.example.vn/2031/12/05/tau-ban-tham-cang.html", P(2031, 12, 5)),
    ("https://bao.example.vn/quoc-phong/tau-ban-tham-cang-20311205103000.htm", P(2031, 12, 5)),
    ("https://bao.example.vn/tau-ban-tham-cang-20311205094512345.htm", P(2031, 12, 5)),
    ("https://bao.example.vn/20311205/tau-ban-tham-cang-1234.html", P(2031, 12, 5)),
])
def test_an_address_holding_a_day_gives_it(url: str, day: P) -> None:
    assert url_date(url) == day


@pytest.mark.parametrize("url", ["https://bao.example.vn/tau-ban-post203112.html",
                                 "https://bao.example.vn/tau-ban-1853112051234.htm",
                                 "https://bao.example.vn/tau-ban-20311399.htm", None])
def test_other_numbers_of_an_address_give_no_day(url: str | None) -> None:
    assert url_date(url) is None


_BODY = ("Tàu Hải quân nước bạn thăm cảng Cam Ranh\n\nNgày 28/12, tàu của Hải quân nước bạn cập cảng quốc tế "
         "Cam Ranh, bắt đầu chuyến thăm hữu nghị. Năm 2032, hai bên sẽ tổ chức luyện tập chung.")


def test_a_page_stating_no_date_is_dated_by_its_address() -> None:
    doc = Pipeline()(Article(id="a", text=_BODY, url="https://bao.example.vn/tau-ban-20320103081500.htm"))
    assert doc.published == P(2032, 1, 3)
    assert any(w.startswith(URL_STAMP) for w in doc.warnings)
    assert P(2031, 12, 28) in [d.date for d in doc.dates]  # the nearest 28/12 before the page


def test_a_page_stating_its_date_keeps_it_over_its_address() -> None:
    text = _BODY.replace("\n\n", "\nThứ Ba, 06/01/2032 | 10:20\n\n", 1)
    doc = Pipeline()(Article(id="a", text=text, url="https://bao.example.vn/tau-ban-20320103081500.htm"))
    assert doc.published == P(2032, 1, 6)
    assert not any(w.startswith(URL_STAMP) for w in doc.warnings)


def test_a_short_name_said_to_take_place_on_a_day_dates_its_event() -> None:
    doc = extract(
        "Bộ trưởng dự hội nghị tại Viêng Chăn\nThứ Bảy, 08/11/2031 | 10:00\n\n"
        "Từ ngày 5 đến 7/11, tại Viêng Chăn (Lào), Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng dẫn đầu "
        "đoàn tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 24 (ADMM-24).\n\n"
        "ADMM-24 diễn ra ngày 6/11 dưới sự chủ trì của Bộ trưởng Quốc phòng Lào.")
    conferences = [e for e in doc.events if e.type == "Conference"]
    assert [(e.start, e.end) for e in conferences] == [(P(2031, 11, 6), None)]
    assert any(ALIAS_TAKES_PLACE in r.rules for r in conferences[0].readings)


def test_a_short_name_with_other_words_before_the_day_keeps_its_stretch() -> None:
    doc = extract(
        "Bộ trưởng dự hội nghị tại Viêng Chăn\nThứ Bảy, 08/11/2031 | 10:00\n\n"
        "Từ ngày 5 đến 7/11, tại Viêng Chăn (Lào), Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng dẫn đầu "
        "đoàn tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 24 (ADMM-24).\n\n"
        "ADMM-24 diễn ra trong không khí hữu nghị, sau khi các trưởng đoàn gặp nhau ngày 6/11.")
    conferences = [e for e in doc.events if e.type == "Conference"]
    assert [(e.start, e.end) for e in conferences] == [(P(2031, 11, 5), P(2031, 11, 7))]


@pytest.mark.parametrize("text, words", [
    ("(QP) - Sơn La, 14/5 - Trong hai ngày 12-13/5, hai bên giao lưu.", "Trong hai ngày"),
    ("Sơn La, 14/5 - Sáng nay, hai bên giao lưu.", "Sáng nay"),
    ("Viêng Chăn, 14/5/2031 (PV) – 5 tàu cập cảng.", "5 tàu"),
])
def test_a_dateline_is_no_part_of_the_sentence_s_own_words(text: str, words: str) -> None:
    assert sentence_head(text, Sentence(text, 0, len(text))) == text.index(words)


@pytest.mark.parametrize("text", ["Sáng nay, 12/5 - 13/5 hai bên giao lưu.", "Hai bên, 12/5 - 13/5, giao lưu."])
def test_a_stretch_of_days_after_a_comma_is_no_dateline(text: str) -> None:
    assert sentence_head(text, Sentence(text, 0, len(text))) == 0


def test_the_stretch_after_a_paper_s_dateline_dates_the_event() -> None:
    doc = extract("Giao lưu hữu nghị biên giới\nCập nhật: 15/05/2031\n\n(QP) - Sơn La, 14/5 - Trong hai ngày 12-13/5, "
                  "tại tỉnh Sơn La (Việt Nam) và tỉnh Hủa Phăn (Lào) đã diễn ra Giao lưu hữu nghị Quốc phòng biên giới "
                  "Việt Nam - Lào lần thứ 5.\n\nNgày 13/5, các hoạt động giao lưu văn nghệ được tổ chức tại thị trấn.")
    exchanges = [e for e in doc.events if e.type == "Exchange"]
    assert [(e.start, e.end) for e in exchanges] == [(P(2031, 5, 12), P(2031, 5, 13))]


@pytest.mark.parametrize("opening", ["Năm 2032, tỉnh dự kiến đón thêm tàu.", "Trong năm 2032, hai bên sẽ luyện tập chung."])
def test_a_year_opening_a_plan_is_no_hint_of_the_page_s_year(opening: str) -> None:
    body = (f"Nhìn lại năm 2031 đối ngoại\n\nNgày 20/3, tàu của Hải quân nước bạn thăm cảng Tiên Sa, mở đầu các "
            f"hoạt động trong năm. {opening}")
    assert _published(body) == P(2031, 3, 20)


def test_a_year_opening_a_told_happening_still_dates_the_page() -> None:
    body = "Nhìn lại một năm đối ngoại\n\nNgày 20/3, tàu nước bạn thăm cảng. Năm 2032, tỉnh đã đón thêm hai tàu."
    assert _published(body) == P(2032, 3, 20)
