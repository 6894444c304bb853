"""A live blog's day separators ("Thứ Sáu, 12/3/2027" on a line of its own above the entries of that day)
date the entries under them; a single such line is the page's stamp and goes."""

from kg.model import PartialDate

from tests.reading_helpers import read

BLOG = """Trực tiếp: Tổng thống Chile thăm cấp Nhà nước Việt Nam

Thứ Bảy, 13/3/2027

08:30

Tổng thống rời Hà Nội

Tổng thống Chile Matías Herrera kết thúc tốt đẹp chuyến thăm và rời Hà Nội về nước.

Thứ Sáu, 12/3/2027

20:10

Các cuộc tiếp

Chủ tịch Quốc hội Đặng Thành Vinh đã tiếp Tổng thống Matías Herrera tại Nhà Quốc hội.

Thứ Năm, 11/3/2027

10:00

Lễ đón chính thức

Chủ tịch nước Lương Văn Tâm chủ trì lễ đón Tổng thống Matías Herrera tại Phủ Chủ tịch."""


def test_an_entry_takes_the_day_of_the_separator_above_it():
    doc = read(BLOG, published=PartialDate(2027, 3, 11))
    met = [e for e in doc.events if e.type == "Meeting" and "Đặng Thành Vinh" in e.participants]
    assert met and met[0].start == PartialDate(2027, 3, 12)
    assert "Thứ Sáu, 12/3/2027" in doc.text


def test_a_lone_weekday_date_line_is_a_page_stamp():
    page = "\n\n".join(p for p in BLOG.split("\n\n") if p not in ("Thứ Bảy, 13/3/2027", "Thứ Năm, 11/3/2027"))
    doc = read(page, published=PartialDate(2027, 3, 11))
    assert "Thứ Sáu, 12/3/2027" not in doc.text
