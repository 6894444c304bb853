"""When a page was written, from what real pages carry: a date stamp at the very
start ("date 2017-07"), a past month told in the body that the lead's day follows,
"đã và sắp ... năm 2013" (the year of writing), a signing year as history. Sentences
written for these tests."""

from __future__ import annotations

from kg.model import PartialDate as P
from kg.pipeline.dates import infer_publication_date


def _pub(text: str):
    return infer_publication_date(text, text.replace("date 2017-07 ", ""), [])


def test_a_date_stamp_at_the_start_dates_the_page_and_takes_the_leads_day():
    text = ("date 2017-07 Đại tướng Lê Văn Hòa tiếp Đại sứ Chile\n\nChiều 25/7, tại Hà Nội, Đại tướng Lê Văn Hòa "
            "tiếp ông Pablo Rojas. Hai bên nhắc lại Bản ghi nhớ đã ký năm 2013.")
    assert infer_publication_date(text, text, []) == P(2017, 7, 25)
    assert infer_publication_date("date 2019-12 Tàu CSB 9001 thăm Nhật Bản. Sáng 2/11, ...", "", []) == P(2019, 12)
    assert infer_publication_date(" date 2025-11-26 Chiều 26/11, ...", "", []) == P(2025, 11, 26)
    # a stamp must open the page; a date later in a line is no stamp
    assert infer_publication_date("Tin cũ date 2017-07 ...", "Tin cũ date 2017-07 ...", []) != P(2017, 7)


def test_a_signing_year_is_history_not_the_year_of_the_page():
    body = ("Chiều 25/7, Đại tướng Lê Văn Hòa tiếp ông Pablo Rojas. "
            "Hai bên nhắc lại Bản ghi nhớ giữa hai Bộ Quốc phòng đã ký năm 2013.")
    assert infer_publication_date(body, body, []) != P(2013, 7, 25)


def test_a_year_told_as_both_past_and_ahead_is_the_year_of_writing():
    body = ("Ngày 28/5, Thượng tướng Lê Văn Hòa tiếp ông Mark Stone. Ông điểm lại các sự kiện đã và sắp "
            "diễn ra trong năm 2013. Ông nhắc lại việc hai bên ký Biên bản hợp tác năm 2011.")
    assert infer_publication_date(body, body, []) == P(2013, 5, 28)


def test_the_leads_day_follows_a_past_month_told_in_the_body():
    body = ("Sáng nay (11/4), đoàn đại biểu Bộ Quốc phòng Lào đã nhập cảnh vào Việt Nam. Chương trình cụ thể hóa "
            "Tuyên bố chung ký trong chuyến thăm của Tổng Bí thư vào tháng 12/2023.")
    assert infer_publication_date(body, body, []) == P(2024, 4, 11)
    wish = "Chiều 24/10, Bộ trưởng tiếp đoàn. Bộ trưởng mong muốn đón đoàn sang dự Triển lãm vào tháng 12/2024."
    assert infer_publication_date(wish, wish, []) == P(2024, 10, 24)


def test_an_anniversary_stretch_dates_the_page_by_its_last_year():
    body = ("Tối 17/12, tại Hà Nội, Bộ Quốc phòng tổ chức Chiêu đãi kỷ niệm 82 năm Ngày thành lập Quân đội nhân dân "
            "Việt Nam (22/12/1944 - 22/12/2026) và 37 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2026).")
    assert infer_publication_date(body, body, []) == P(2026, 12, 17)
