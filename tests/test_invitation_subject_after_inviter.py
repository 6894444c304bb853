"""The name closing a fronted invitation ("Nhận lời mời của Chủ tịch nước A, ...") is not the
subject of the clause: a title segment after its comma that runs into the verb ("Tổng thống nước
X và Phu nhân đã thăm ...") is the unnamed guest, not A's title, and A keeps A's country.
A title segment closed by a comma stays A's. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read


def _official(text: str, name: str):
    doc = read("Tin thời sự\n\n" + text)
    return next(o for o in doc.officials if o.name == name)


def test_a_segment_running_into_the_verb_is_the_guest() -> None:
    o = _official("Nhận lời mời của Chủ tịch nước Trần Văn Khôi, Tổng thống nước Cộng hòa Peru và Phu nhân "
                  "đã thăm cấp Nhà nước Việt Nam từ ngày 3 đến 5/4/2026.", "Trần Văn Khôi")
    assert o.country == "VNM"
    assert not any("Peru" in p for p in o.positions)


def test_a_segment_closed_by_a_comma_stays_the_inviters_title() -> None:
    o = _official("Nhận lời mời của Đại tướng Trần Văn Khôi, Bộ trưởng Bộ Quốc phòng Việt Nam, đoàn đại biểu "
                  "quân sự Peru đã thăm chính thức Việt Nam từ ngày 3 đến 5/4/2026.", "Trần Văn Khôi")
    assert o.country == "VNM"
    assert "Bộ trưởng Bộ Quốc phòng Việt Nam" in o.positions
