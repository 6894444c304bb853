"""Dates, round 11 (issue 10): "hôm sau" / "hôm trước" with the day in brackets date the
sentence they open. The sentences are written for these tests."""

from __future__ import annotations

from kg.model import Article
from kg.pipeline import Pipeline


def _events(text: str) -> list[tuple[str, str]]:
    doc = Pipeline()(Article(id="t", text="Tin quốc phòng\n\n" + text))
    return sorted((e.type, e.start.iso() if e.start else "") for e in doc.events)


_TALKS = ("Ngày 8 tháng 9 năm 2025, tại Ulaanbaatar, Thượng tướng Nguyễn Tân Cương hội đàm với "
          "Trung tướng Dashzeveg Ganbat, Tổng Tham mưu trưởng Lực lượng vũ trang Mông Cổ. ")


def test_the_day_after_with_its_date_in_brackets() -> None:
    text = _TALKS + ("Hôm sau (9/9), Thượng tướng Nguyễn Tân Cương chào xã giao Bộ trưởng Quốc phòng "
                     "Mông Cổ Gursed Batsaikhan.")
    assert ("Meeting", "2025-09-09") in _events(text)
    assert ("Talks", "2025-09-08") in _events(text)


def test_the_day_after_inside_the_sentence() -> None:
    text = _TALKS + ("Thượng tướng Nguyễn Tân Cương hôm sau (9/9) chào xã giao Bộ trưởng Quốc phòng "
                     "Mông Cổ Gursed Batsaikhan.")
    assert ("Meeting", "2025-09-09") in _events(text)


def test_a_bracketed_fraction_without_a_cue_is_no_date() -> None:
    text = _TALKS + "Hai bên đánh giá khoảng (2/3) kế hoạch hợp tác năm 2025 đã hoàn thành."
    assert _events(text) == [("Talks", "2025-09-08")]
