"""Round 52j: "Nhận lời mời của A, T1, T2, Tư lệnh Quân khu 9, Thiếu tướng B, ..., Quân đội Hoàng gia
Campuchia dẫn đầu ...": the title before B's comma closes a run of A's titles (`TITLE_CHAIN`), so it
does not give B its country (`official.country-of-title-before-comma`); B takes his own. A title told
right before a name with no name before it still does. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import officials_by_name, read


def test_last_title_of_a_run_gives_no_country_to_the_next_name() -> None:
    doc = read("Nhận lời mời của Thiếu tướng Lê Văn Hòa, Bí thư Đảng ủy, Tư lệnh Quân khu 9, Thiếu tướng Sok "
               "Pheara, Tư lệnh Quân khu 2, Quân đội Hoàng gia Campuchia dẫn đầu đoàn đại biểu thăm và làm việc "
               "tại Quân khu 9 từ ngày 3 đến 5/8/2026.")
    people = officials_by_name(doc)
    assert people["Sok Pheara"].country == "KHM"
    assert people["Lê Văn Hòa"].country == "VNM"


def test_title_with_country_before_a_comma_still_counts() -> None:
    doc = read("Sáng 4/8/2026, Bộ trưởng Quốc phòng Campuchia, Đại tướng Tea Vanna đã hội đàm với Đại tướng "
               "Nghiêm Văn Tú tại Hà Nội.")
    assert officials_by_name(doc)["Tea Vanna"].country == "KHM"
