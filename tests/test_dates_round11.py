"""Dates, round 11 (issue 10): "hôm sau" / "hôm trước" with the day in brackets date the
sentence they open. The sentences are written for these tests."""

from __future__ import annotations

from kg.model import Article
from kg.pipeline import Pipeline
from reading_helpers import read


def _events(text: str) -> list[tuple[str, str]]:
    doc = read("Tin quốc phòng\n\n" + text)
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


def _published(text: str):
    return Pipeline()(Article(id="t", text=text)).published


_PORT_CALL = ("Giao lưu Hải quân Việt - Úc tại Cam Ranh\n\n"
              "Ngày 14/10, tàu HMAS Warramunga của Hải quân Hoàng gia Australia cập cảng quốc tế Cam Ranh.\n\n"
              "Lễ đón diễn ra trang trọng tại cầu cảng, với sự tham dự của đại diện Vùng 4 Hải quân.\n\n"
              "Thủy thủ đoàn sẽ thăm Nha Trang và giao lưu thể thao với cán bộ, chiến sĩ Lữ đoàn 162.\n\n")


def test_the_only_year_of_a_page_in_a_story_name_past_the_lead_dates_it() -> None:
    text = _PORT_CALL + "Chương trình Giao lưu Hải quân 2019 gồm các hoạt động thể thao và thăm tàu."
    published = _published(text)
    assert published is not None and published.year == 2019


def test_a_story_name_year_past_the_lead_with_another_year_on_the_page_dates_nothing() -> None:
    text = _PORT_CALL + ("Chương trình Giao lưu Hải quân 2019 gồm các hoạt động thể thao. Hai nước thiết lập "
                         "quan hệ Đối tác chiến lược năm 2018.")
    published = _published(text)
    assert published is None or published.year != 2019
