"""A page's stored date at its very start ("date 2025-11-14") is its day, whatever the footer holds.

Related-news lists after the story carry stamps of other stories ("12/03/2024 09:15");
they must not date the page, nor, through it, the events its lead tells without a year.
"""

from __future__ import annotations

from kg.model import Article, PartialDate
from kg.pipeline import Pipeline

LEAD = ("Ngày 14/11, tàu hộ vệ Vendémiaire thuộc Hải quân Pháp đã cập cảng Tiên Sa (Đà Nẵng), "
        "bắt đầu chuyến thăm Việt Nam.\n\n"
        "Chuyến thăm góp phần tăng cường hợp tác quốc phòng giữa hai nước.\n")
FOOTER = ("\nTin cùng chuyên mục\n\n"
          "Hải quân nhân dân Việt Nam tiếp đoàn sĩ quan Ấn Độ\n12/03/2024 09:15\n"
          "Đoàn đại biểu quân sự Lào thăm Học viện Quốc phòng\n11/03/2024 15:40\n")


def read(text: str):
    return Pipeline()(Article(id="stamp.txt", text=text))


def test_the_stamp_at_the_start_dates_the_page_and_its_lead():
    doc = read("date 2025-11-14\n" + LEAD + FOOTER)
    assert doc.published == PartialDate(2025, 11, 14)
    assert {(e.type, str(e.start)) for e in doc.events} == {("PortCall", "2025-11-14")}


def test_the_footer_changes_nothing_the_stamp_tells():
    with_footer = read("date 2025-11-14\n" + LEAD + FOOTER)
    without = read("date 2025-11-14\n" + LEAD)
    assert [(e.type, e.start, e.countries) for e in with_footer.events] == \
        [(e.type, e.start, e.countries) for e in without.events]


def test_a_stamp_of_a_month_alone_still_takes_the_day_from_the_lead():
    doc = read("date 2025-11\n" + LEAD)
    assert doc.published == PartialDate(2025, 11, 14)


BODY = ("Thứ trưởng Bộ Quốc phòng tiếp Đoàn đại biểu Bộ Quốc phòng Campuchia\n\n"
        "Sáng 6/3, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp "
        "Đoàn đại biểu Bộ Quốc phòng Campuchia do Đại tướng Nem Sowath dẫn đầu.\n\n"
        + "".join(f"Hai bên trao đổi về nội dung hợp tác thứ {n} trong năm 2025.\n\n" for n in range(1, 12)))
RELATED = ("Tin liên quan\n\n"
           "Bộ đội Biên phòng tỉnh An Giang giao lưu với lực lượng bảo vệ biên giới Campuchia\n"
           "04/03/2025 09:15\n"
           "Học viện Quốc phòng đón đoàn học viên Lào\n"
           "27/02/2025 15:40\n")


def test_a_stamp_under_a_related_headline_dates_that_story_not_the_page():
    doc = read(BODY + RELATED)
    assert doc.published != PartialDate(2025, 3, 4)
    assert {(e.type, str(e.start)) for e in doc.events} == {("Meeting", "2025-03-06")}
