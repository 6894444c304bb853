"""Dates, round 12 (issue 10): a weekday told without its date ("vào thứ Hai") dates the
happening whose clause it closes, counted back from the publication date, as a written
date after "vào" does. Sentences written for the test."""

from __future__ import annotations

from kg.pipeline import extract


def test_a_weekday_after_vao_dates_the_meeting_of_its_clause() -> None:
    text = ("Hợp tác quốc phòng Việt - Nga\n\nThứ Năm, ngày 14 tháng 3 năm 2024 09:10\n\n"
            "Tại buổi tiếp xúc với Đại sứ Nga Ivan Petrov tại Hà Nội vào thứ Hai, Thượng tướng "
            "Trần Văn Khải, Thứ trưởng Bộ Quốc phòng đề nghị hai bên thúc đẩy hợp tác.")
    doc = extract(text)
    weekday = [d for d in doc.dates if "thứ Hai" in d.surface]
    assert weekday and weekday[0].surface == "thứ Hai"
    assert str(weekday[0].date) == "2024-03-11"
    meetings = [e for e in doc.events if e.type == "Meeting"]
    assert meetings and str(meetings[0].start) == "2024-03-11"
