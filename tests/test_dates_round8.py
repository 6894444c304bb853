"""Dates, round 8: a page that gives no date takes its year from the name of the happening its
lead tells ("dự Triển lãm Quốc phòng quốc tế Việt Nam 2024"), never from a goal or a span.
Sentences written for these tests."""

from __future__ import annotations

from kg.model import Article, PartialDate as P
from kg.pipeline import extract
from kg.pipeline.dates import STORY_NAME_YEAR, infer_publication_date


def _published(body: str) -> P | None:
    return infer_publication_date(body, body, [])


def test_exhibition_named_with_its_year_dates_an_undated_page() -> None:
    body = ("Nhận lời mời của Bộ trưởng Quốc phòng Việt Nam, Bộ trưởng Quốc phòng nước bạn dẫn đầu đoàn sang thăm "
            "chính thức Việt Nam và dự Triển lãm Quốc phòng quốc tế Việt Nam 2026.\n"
            "Sáng 9/12, tại Hà Nội, hai Bộ trưởng đã hội đàm.")
    assert _published(body) == P(2026, 12, 9)


def test_series_named_with_its_year_after_an_acronym() -> None:
    body = ("Diễn đàn an ninh Busan (BSF) 2031, một cơ chế thảo luận cấp thứ trưởng, khai mạc chiều 3/10 "
            "với đại biểu của nhiều nước.")
    assert _published(body) == P(2031, 10, 3)


def test_a_name_year_without_a_day_gives_the_year_alone() -> None:
    body = "Đoàn vận động viên quân đội lên đường dự Army Games 2029 tại nước bạn."
    assert _published(body) == P(2029)


def test_goal_years_spans_counts_and_history_are_no_year_of_the_story() -> None:
    for body in (
        "Hội nghị bàn về Chiến lược Tầm nhìn 2045 diễn ra chiều 4/5 tại Hà Nội.",
        "Diễn đàn hợp tác giai đoạn 2026-2030 diễn ra sáng 4/5.",
        "Hội thảo về kế hoạch đến 2040 khai mạc sáng 4/5.",
        "Chiều 4/5, cuộc diễn tập chung với 2000 binh sĩ hai nước bắt đầu.",
        "Sáng 4/5, buổi giao lưu kỷ niệm Cách mạng tháng Tám 1945 diễn ra tại Hà Nội.",
    ):
        assert _published(body) is None, body


def test_another_year_of_the_page_wins_over_the_name() -> None:
    body = ("Đoàn sang dự Triển lãm Hàng không Quốc tế 2030.\n"
            "Ngày 2/11/2029, đoàn đã tới sân bay và được đón tại đó.")
    assert _published(body) == P(2029, 11, 2)


def test_a_name_year_only_far_below_the_lead_dates_nothing() -> None:
    filler = "\n".join(f"Đoạn {i}: hai bên trao đổi về hợp tác trong nhiều lĩnh vực cùng quan tâm." for i in range(4))
    body = "Chiều 7/12, hai bên hội đàm tại Hà Nội.\n" + filler + "\nCả hai dự Triển lãm Quốc phòng 2022."
    assert _published(body) is None


def test_the_pipeline_tells_why_the_page_has_that_year() -> None:
    text = ("Bộ trưởng Quốc phòng nước bạn dẫn đầu đoàn sang thăm chính thức Việt Nam và dự Triển lãm Quốc phòng "
            "quốc tế Việt Nam 2026.\n"
            "Sáng 9/12, tại Trụ sở Bộ Quốc phòng, Đại tướng Phan Văn Giang chủ trì lễ đón chính thức đoàn. "
            "Ngay sau lễ đón, hai Bộ trưởng đã hội đàm.")
    doc = extract(text)
    assert doc.published == P(2026, 12, 9)
    assert any(w.startswith(STORY_NAME_YEAR) for w in doc.warnings)
    assert any(d.date == P(2026, 12, 9) for d in doc.dates)


def test_a_given_publication_date_is_kept_and_not_explained() -> None:
    from kg.pipeline import Pipeline

    text = "Đoàn dự Triển lãm Quốc phòng quốc tế Việt Nam 2026. Sáng 9/12, hai bên hội đàm."
    doc = Pipeline()(Article(id="a", text=text, published=P(2025, 12, 9)))
    assert doc.published == P(2025, 12, 9)
    assert not any(w.startswith(STORY_NAME_YEAR) for w in doc.warnings)
