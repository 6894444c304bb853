"""Vietnamese date expressions, year completion and publication dates."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.dates import (
    date_in_span,
    dates_component,
    find_dates,
    header_date,
    infer_publication_date,
    resolve_year,
)
from kg.model import Article, Doc, PartialDate

P = PartialDate


def only(text: str, reference: PartialDate | None = None):
    found = find_dates(text, reference)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("diễn ra từ ngày 19 - 22/12/2024 tại Hà Nội", P(2024, 12, 19), P(2024, 12, 22)),
        ("từ ngày 20 đến 22/11, đoàn làm việc", P(None, 11, 20), P(None, 11, 22)),
        ("thăm Việt Nam từ ngày 24 đến 26/10.", P(None, 10, 24), P(None, 10, 26)),
        ("Hội chợ 19-22/12 thu hút khách", P(None, 12, 19), P(None, 12, 22)),
        ("trong 2 ngày (26 - 27/1), hội đồng", P(None, 1, 26), P(None, 1, 27)),
        ("diễn ra 30/11 - 2/12 tại Đà Nẵng", P(None, 11, 30), P(None, 12, 2)),
        ("kéo dài từ 28/12 - 2/1/2025", P(2024, 12, 28), P(2025, 1, 2)),
        ("từ ngày 30/11 đến ngày 2/12/2024", P(2024, 11, 30), P(2024, 12, 2)),
    ],
)
def test_ranges(text: str, start: PartialDate, end: PartialDate) -> None:
    dm = only(text)
    assert (dm.date, dm.end_date) == (start, end)
    assert text[dm.start : dm.end] == dm.surface


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chiều 24/10, tại Hà Nội", P(None, 10, 24)),
        ("Sáng 2-7, tại trụ sở", P(None, 7, 2)),
        ("Ngày 26/1, Bộ Quốc phòng", P(None, 1, 26)),
        ("tối 3/2 vừa qua", P(None, 2, 3)),
        ("hôm qua (15/3), đoàn đến", P(None, 3, 15)),
        ("hôm nay (1/7) là buổi làm việc đầu tiên", P(None, 7, 1)),
        ("sẽ diễn ra vào 5/9 tới", P(None, 9, 5)),
        ("ký kết ngày 5 tháng 3 năm 2024", P(2024, 3, 5)),
        ("ngày 5 tháng 3, hai bên", P(None, 3, 5)),
        ("nâng cấp quan hệ vào tháng 9/2023", P(2023, 9)),
        ("vào tháng 12/2024", P(2024, 12)),
        ("trong tháng 10 năm 2024", P(2024, 10)),
        ("cập nhật 22.11.2023 lúc", P(2023, 11, 22)),
        ("Nghị quyết ngày 31-12-2013 của", P(2013, 12, 31)),
        ("Từ ngày 1/7/2025, tỉnh", P(2025, 7, 1)),
        ("lúc 02/07/2025", P(2025, 7, 2)),
        ("Năm 2024 là năm bản lề", P(2024)),
        ("phát hành 2024-05-06 tại", P(2024, 5, 6)),
    ],
)
def test_single_dates(text: str, expected: PartialDate) -> None:
    dm = only(text)
    assert dm.date == expected and dm.end_date is None
    assert text[dm.start : dm.end] == dm.surface


def test_year_range_after_nam() -> None:
    dm = only("trong năm 2021 - 2025")
    assert (dm.date, dm.end_date) == (P(2021), P(2025))


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết số 806-NQ/QUTW của Quân ủy",
        "tiêm kích Su-30MK2 bay biểu diễn",
        "hợp tác với hơn 100 quốc gia",
        "mời hơn 2.000 đại biểu",
        "kỷ niệm 80 năm Ngày thành lập",
        "tăng 15% so với",
        "35 năm Ngày hội Quốc phòng toàn dân",
        "nhiệm kỳ 2026 - 2031 sẽ",
        "giai đoạn 2021-2025",
        "đội tuyển thắng 3-1 trước đối thủ",
        "khoảng 2/3 số đơn vị",
        "24/10",
        "2-7",
        "Nghị quyết 57-NQ/TW",
        "ngày 31/2 không có",
        "ngày 12/13 không có",
        "cao 1.200 m",
        "tỷ lệ 1:2",
        "lúc 14:19:00",
        "số hiệu 4/2024/TT-BQP",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_header_line_dates() -> None:
    assert only("Thứ 4, 22.11.2023 | 14:19:00").date == P(2023, 11, 22)
    assert only("Thứ Hai, 02/07/2025 08:30").date == P(2025, 7, 2)
    assert header_date("Thứ 4, 22.11.2023 | 14:19:00") == P(2023, 11, 22)
    assert header_date("Thứ Hai, 02/07/2025 08:30") == P(2025, 7, 2)
    assert header_date("Cập nhật: 05/03/2024") == P(2024, 3, 5)
    # a body sentence with a date is no header
    assert header_date("Từ ngày 1/7/2025, tỉnh vận hành mô hình chính quyền hai cấp.") is None
    # no four-digit year: never a header date, even with a weekday and a time
    assert header_date("Thứ 4, 22.11 | 14:19:00") is None
    assert header_date("Thứ Hai, 02/07 08:30") is None
    assert header_date("Cập nhật: 2024-03-05 08:30") == P(2024, 3, 5)


def test_several_dates_in_order() -> None:
    text = "Chiều ngày 1/7 và sáng ngày 2/7, tại xã, hội nghị năm 2025 diễn ra."
    found = find_dates(text)
    assert [d.date for d in found] == [P(None, 7, 1), P(None, 7, 2), P(2025)]


# ----------------------------------------------------------------- year completion


def test_yearless_stays_partial_without_reference() -> None:
    assert only("Chiều 24/10, tại").date == P(None, 10, 24)


def test_year_from_reference() -> None:
    assert only("Chiều 24/10, tại", P(2024, 10, 25)).date == P(2024, 10, 24)
    dm = only("từ ngày 24 đến 26/10", P(2024, 10, 25))
    assert (dm.date, dm.end_date) == (P(2024, 10, 24), P(2024, 10, 26))


def test_december_date_in_january_article_is_last_year() -> None:
    assert only("Ngày 28/12, đoàn đã", P(2025, 1, 5)).date == P(2024, 12, 28)
    assert resolve_year(P(None, 12, 28), P(2025, 1, 5)) == P(2024, 12, 28)
    assert resolve_year(P(None, 11), P(2025, 1)) == P(2024, 11)


def test_near_month_keeps_year() -> None:
    assert resolve_year(P(None, 3, 1), P(2025, 1, 5)) == P(2025, 3, 1)
    assert resolve_year(P(None, 1, 3), P(2024, 12, 30)) == P(2024, 1, 3)


def test_announced_date_lies_ahead() -> None:
    text = "Triển lãm dự kiến diễn ra từ ngày 19 - 22/12 tại sân bay"
    dm = only(text, P(2024, 1, 26))
    assert (dm.date, dm.end_date) == (P(2024, 12, 19), P(2024, 12, 22))
    assert only("Ngày 5/1 tới, đoàn sẽ sang", P(2024, 12, 20)).date == P(2025, 1, 5)


def test_past_cue_after_date() -> None:
    assert only("ngày 2/2 vừa qua", P(2024, 1, 26)).date == P(2023, 2, 2)


def test_resolve_year_keeps_given_year_and_unknown_reference() -> None:
    assert resolve_year(P(2020, 5, 1), P(2024, 1, 1)) == P(2020, 5, 1)
    assert resolve_year(P(None, 5, 1), None) == P(None, 5, 1)
    assert resolve_year(P(None, 5, 1), P(2024)) == P(2024, 5, 1)
    assert resolve_year(P(None, 2, 29), P(2023, 3, 1)) == P(None, 2, 29)  # not a leap year


# ----------------------------------------------------------------- publication date


def test_header_meta_line_wins() -> None:
    raw = "Tiêu đề\n\nThứ 4, 22.11.2023 | 14:19:00\n724 lượt xem\n\nSáng 22-11, hội nghị diễn ra."
    removed = ["Thứ 4, 22.11.2023 | 14:19:00", "724 lượt xem"]
    assert infer_publication_date(raw, "Tiêu đề\n\nSáng 22-11, hội nghị diễn ra.", removed) == P(2023, 11, 22)


def test_year_from_related_news_and_day_from_lead() -> None:
    body = "Đối thoại quốc phòng lần thứ 3\n\nSáng 2-7, tại Hà Nội, hai bên đã hội đàm."
    removed = ["Tin cùng chuyên mục", "Từ ngày 1/7/2025, tỉnh vận hành mô hình mới."]
    assert infer_publication_date(body, body, removed) == P(2025, 7, 2)


def test_lead_with_full_date() -> None:
    body = "Ngày 26/1/2024, tại Hà Nội, Bộ Quốc phòng tổ chức họp báo. Năm 2020 là mốc."
    assert infer_publication_date(body, body, []) == P(2024, 1, 26)


def test_latest_year_mention_and_goal_years_ignored() -> None:
    body = (
        "Ngày 26/1, tại Hà Nội, Bộ Quốc phòng tổ chức họp báo.\n\n"
        "Năm 2023, công ty có hàng trăm cuộc tiếp xúc. Trong năm 2024 có nhiều sự kiện lớn.\n\n"
        "Mục tiêu đến năm 2030 là hiện đại hóa."
    )
    assert infer_publication_date(body, body, []) == P(2024, 1, 26)


def test_planned_month_bounds_the_year() -> None:
    body = (
        "Chiều 24/10, tại Hà Nội, hai Bộ trưởng hội đàm.\n\n"
        "Công ước về Luật Biển năm 1982 được tôn trọng.\n\n"
        "Bộ trưởng mong muốn đón đoàn sang dự Triển lãm vào tháng 12/2024."
    )
    assert infer_publication_date(body, body, []) == P(2024, 10, 24)


def test_planned_month_before_lead_month_means_next_year_for_the_plan() -> None:
    body = "Sáng 20/11, hai bên hội đàm.\n\nHai bên sẽ tổ chức diễn tập vào tháng 3/2025."
    assert infer_publication_date(body, body, []) == P(2024, 11, 20)


def test_body_full_date_without_lead_gives_month() -> None:
    body = "Tiêu đề bài\n\nTriển lãm diễn ra từ ngày 19 - 22/12/2024 tại sân bay Gia Lâm. Đoàn Pháp tham dự."
    # the full date is in the lead -> the day itself
    assert infer_publication_date(body, body, []) == P(2024, 12, 19)
    body2 = "A\n\nB\n\nC\n\nD\n\nCác đoàn đã tham dự triển lãm ngày 20/12/2024 tại Hà Nội."
    assert infer_publication_date(body2, body2, []) == P(2024, 12)


def test_nothing_known() -> None:
    assert infer_publication_date("Chiều 24/10, hai bên hội đàm.", "Chiều 24/10, hai bên hội đàm.", []) is None
    assert infer_publication_date("", "", []) is None


# ----------------------------------------------------------------- component


def test_component_uses_given_published() -> None:
    art = Article(id="a", text="", published=P(2025, 1, 5))
    doc = Doc(article=art, text="Ngày 28/12, đoàn đã đến. Sáng 3/1, hai bên hội đàm.")
    dates_component(doc)
    assert doc.published == P(2025, 1, 5)
    assert [d.date for d in doc.dates] == [P(2024, 12, 28), P(2025, 1, 3)]
    span = doc.text.index("Sáng")
    dm = date_in_span(doc, span, len(doc.text))
    assert dm is not None and dm.date == P(2025, 1, 3)
    assert date_in_span(doc, 0, 5) is None


def test_component_infers_published() -> None:
    raw = "Tiêu đề\nThứ Hai, 02/07/2025 08:30\nSáng 2-7, hai bên hội đàm."
    doc = Doc(article=Article(id="a", text=raw), text="Tiêu đề\n\nSáng 2-7, hai bên hội đàm.",
              removed=["Thứ Hai, 02/07/2025 08:30"])
    dates_component(doc)
    assert doc.published == P(2025, 7, 2)
    assert doc.dates[0].date == P(2025, 7, 2)


# ----------------------------------------------------------------- properties


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_dates_never_crashes_and_surfaces_slice(text: str) -> None:
    for dm in find_dates(text, reference=P(2024, 6, 1)):
        assert text[dm.start : dm.end] == dm.surface


_DATEISH = st.lists(
    st.sampled_from(["ngày ", "Sáng ", "từ ", " đến ", "/", "-", ".", " ", "tháng ", "năm ", "(", ")",
                     "1", "2", "12", "24", "31", "2024", "1999", "0", "9"]),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_DATEISH, st.one_of(st.none(), st.just(P(2024, 1, 15)), st.just(P(2024))))
def test_find_dates_on_date_like_text(text: str, ref: PartialDate | None) -> None:
    for dm in find_dates(text, reference=ref):
        assert text[dm.start : dm.end] == dm.surface
        if dm.end_date is not None and dm.date.year is not None and dm.end_date.year is not None:
            assert (dm.date.year, dm.date.month or 0, dm.date.day or 0) <= (
                dm.end_date.year, dm.end_date.month or 0, dm.end_date.day or 0)


@pytest.mark.parametrize("text,iso", [
    ("Sáng 4.11, tại Hà Nội, hai bên đã hội đàm.", "2024-11-04"),
    ("Chiều 15.3, đoàn đến Hà Nội.", "2024-03-15"),
    ("Hai nước nâng cấp quan hệ vào tháng 11.2023.", "2023-11"),
])
def test_dotted_day_month_and_month_year(text, iso):
    found = find_dates(text, reference=PartialDate(2024, 11, 20))
    assert [d.date.iso() for d in found] == [iso]


@pytest.mark.parametrize("text", ["Phiên bản 4.11 của phần mềm", "tăng 2.5 lần", "có 2.000 người tham dự"])
def test_dotted_numbers_without_a_cue_are_not_dates(text):
    assert find_dates(text, reference=PartialDate(2024, 11, 20)) == []


def test_two_consecutive_days_joined_by_va_are_a_range():
    found = find_dates("Trong hai ngày 20 và 21/11/2024, hội nghị diễn ra tại Viêng Chăn.")
    assert [(d.date.iso(), d.end_date.iso() if d.end_date else None) for d in found] == [("2024-11-20", "2024-11-21")]


def test_two_separate_days_joined_by_va_are_not_a_range():
    found = find_dates("Các ngày 5/3/2024 và 7/3/2024, hai đoàn làm việc.")
    assert all(d.end_date is None for d in found)


def test_a_milestone_year_does_not_date_the_page():
    text = ("Hải quân hai nước hội đàm\n\nSáng 15/10, tại Manila, hai bên đã hội đàm. Quan hệ phát triển tốt đẹp "
            "kể từ khi hai nước thiết lập quan hệ Đối tác chiến lược năm 2015.")
    assert infer_publication_date(text, text, []) is None
    busy = text + "\n\nTrong năm 2024, hai bên đã có nhiều hoạt động hợp tác."
    assert infer_publication_date(busy, busy, []) == PartialDate(2024, 10, 15)


def test_a_range_end_takes_the_year_of_its_start():
    # in a paper of 10/3/2025, the past tense must not send "14/3" back to 2024
    (d,) = [m for m in find_dates("Biên đội tàu đã cập cảng Cam Ranh, thăm từ ngày 10 đến 14/3.", PartialDate(2025, 3, 10))]
    assert d.date == PartialDate(2025, 3, 10) and d.end_date == PartialDate(2025, 3, 14)
    (d,) = find_dates("Đoàn sẽ thăm từ ngày 2 đến 6/1.", PartialDate(2024, 12, 30))
    assert d.date == PartialDate(2025, 1, 2) and d.end_date == PartialDate(2025, 1, 6)


def test_an_anniversary_gives_the_year_of_an_undated_page() -> None:
    body = ("Nhân kỷ niệm 80 năm Ngày Quốc khánh 2/9 (1946-2026), ngày 28/8, đoàn đại biểu biên phòng "
            "hai bên đã gặp mặt tại cửa khẩu.")
    assert infer_publication_date(body, body, []) == PartialDate(2026, 8, 28)
    wrong = body.replace("(1946-2026)", "(1946-2020)")  # 80 years do not span these: no anniversary
    assert infer_publication_date(wrong, wrong, []) is None
