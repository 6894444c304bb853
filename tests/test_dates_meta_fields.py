"""A page's meta line of fields ("Phnom Penh, ngày 28 tháng 4 năm 2025 — AKP | Lượt xem: 1.284",
"Được cung cấp bởi Báo X · 27/02/2025 · 3 phút đọc") dates the page by its bare date field."""

from __future__ import annotations

import pytest

from kg.model import PartialDate
from kg.pipeline.dates import field_stamp_date, header_date
from kg.reading import iter_articles


@pytest.mark.parametrize("line,day", [
    ("Viêng Chăn, ngày 3 tháng 9 năm 2025 — KPL | Lượt xem: 2.015", PartialDate(2025, 9, 3)),
    ("Nguồn: Báo Đất Mới · 14/05/2026 · 4 phút đọc", PartialDate(2026, 5, 14)),
    ("Quốc phòng • 02.01.2025 • 1.203 lượt đọc", PartialDate(2025, 1, 2)),
])
def test_a_bare_date_field_dates_the_meta_line(line: str, day: PartialDate) -> None:
    assert header_date(line) == day


@pytest.mark.parametrize("line", [
    "Ngày 12/3/2025, tàu Hải quân Ấn Độ cập cảng Tiên Sa",  # a sentence, no fields
    "Tin liên quan — Ngày 12/3/2025 tàu cập cảng",  # a field that is more than a date
    "Tin khác · Hội nghị tổng kết diễn ra ngày 12/3/2025",  # a field that is more than a date
])
def test_no_bare_date_field_no_stamp(line: str) -> None:
    assert header_date(line) is None


def test_a_weekday_widget_is_no_outlet_stamp() -> None:
    assert field_stamp_date("Thứ Hai · 07/12/2026 · Hà Nội 21°C") is None
    assert field_stamp_date("Nguồn: Báo Đất Mới · 14/05/2026 · 4 phút đọc") == PartialDate(2026, 5, 14)


def test_an_outlet_line_above_the_headline_dates_the_page(tmp_path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><body><div class='top'>Thứ Hai, 07/12/2026</div>"
        "<div class='provider'>Được cung cấp bởi <b>Báo Đất Mới</b> · 14/05/2026 · 4 phút đọc</div>"
        "<article><h1>Bộ trưởng Quốc phòng tiếp Đại sứ Pháp</h1>"
        "<p>Chiều 13/5, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã tiếp Đại sứ Pháp tại Việt Nam "
        "Olivier Brochet nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam. Hai bên trao đổi về hợp tác quốc phòng.</p>"
        "<p>Đại tướng Phan Văn Giang đánh giá cao những đóng góp của Đại sứ trong nhiệm kỳ vừa qua.</p>"
        "</article></body></html>", encoding="utf-8")
    (article,) = list(iter_articles([page]))
    assert article.published == PartialDate(2026, 5, 14)


@pytest.mark.parametrize("line,day", [
    ("Hà Nội | October 2, 2025", PartialDate(2025, 10, 2)),
    ("2 Oct 2025 · Thông cáo báo chí", PartialDate(2025, 10, 2)),
    ("Cập nhật: 2025年10月2日", PartialDate(2025, 10, 2)),
    ("Viêng Chăn, ngày 2 tháng 10 năm 2025", PartialDate(2025, 10, 2)),  # a press release's dateline alone
])
def test_foreign_written_stamps_and_a_lone_dateline(line: str, day: PartialDate) -> None:
    assert header_date(line) == day


def test_a_dateline_under_a_portal_s_long_menu_dates_the_page(tmp_path) -> None:
    menu = "\n".join(["Đại sứ quán Xứ Sở", "Trang chủ | Giới thiệu | Lãnh sự | Tin tức", "", "Tin tức > Thông cáo 2025",
                      "", "THÔNG CÁO BÁO CHÍ", "Bản dịch không chính thức.", "", "Thứ trưởng Quốc phòng Ba Lan thăm Việt Nam",
                      "", "Chia sẻ | In trang", "", "Lượt xem: 120", ""])
    page = tmp_path / "p.txt"
    page.write_text(menu + "\nHà Nội, ngày 18 tháng 11 năm 2025\n\nNgày 17/11, Thứ trưởng Quốc phòng Ba Lan Jan Kowalski "
                    "đã hội đàm với Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng. Hai bên sẽ tổ chức "
                    "các hoạt động kỷ niệm trong năm 2026.\n", encoding="utf-8")
    from reading_helpers import pipeline
    (article,) = list(iter_articles([page]))
    doc = pipeline()(article)
    assert doc.published == PartialDate(2025, 11, 18)
    assert [e.start for e in doc.events if e.type == "Talks"] == [PartialDate(2025, 11, 17)]
