"""A page's date is never the first year of an anniversary its lead counts
("kỷ niệm 80 năm ... (22/12/1944-22/12/2024)")."""

from __future__ import annotations

from kg.pipeline import extract


def test_an_anniversary_stretch_in_the_lead_is_not_the_day_of_the_news():
    doc = extract("Kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944-22/12/2025) tại Pháp\n\n"
                  "Tối qua, tại Paris, Đại sứ quán Việt Nam tổ chức lễ kỷ niệm.", "t")
    assert doc.published is not None and doc.published.year == 2025


def test_a_stretch_over_new_year_is_still_the_news():
    doc = extract("Từ ngày 28/12/2025 - 3/1/2026, tàu hộ vệ HMAS Toowoomba thăm cảng Cam Ranh.", "t")
    assert doc.published is not None and doc.published.iso() == "2025-12-28"
