"""The years an anniversary counts are no days of the news: a national day's bracketed stretch in the lead
dates no visit, and an anniversary told as ahead ("hướng tới kỷ niệm 50 năm ... (1976-2026)") falls after
the page, so a yearless day is placed before it (round 48j, realev18). Sentences of our own."""

from kg.model import PartialDate
from kg.pipeline.dates import infer_publication_date
from reading_helpers import events


def test_national_day_stretch_dates_no_visit():
    text = ("Đoàn cán bộ Đồn Biên phòng cửa khẩu Cầu Treo do Trung tá Lê Văn Sơn, Chính trị viên làm trưởng đoàn "
            "đã sang thăm và chúc mừng Quốc khánh lần thứ 49 nước Cộng hòa dân chủ nhân dân Lào (02/12/1975 - "
            "02/12/2024) tại Trạm Biên phòng Nậm Phao (Lào).")
    found = events(text, None, "Visit")
    assert [(e.start, e.end, sorted(e.countries)) for e in found] == [(None, None, ["LAO", "VNM"])]


def test_national_day_stretch_leaves_the_lead_day_to_the_visit():
    # the first day of the lead that is no anniversary's is the visit's time (its month: another sentence's day)
    text = ("Đoàn cán bộ Đồn Biên phòng cửa khẩu Cầu Treo do Trung tá Lê Văn Sơn, Chính trị viên làm trưởng đoàn "
            "đã sang thăm và chúc mừng Quốc khánh lần thứ 49 nước Cộng hòa dân chủ nhân dân Lào (02/12/1975 - "
            "02/12/2024) tại Trạm Biên phòng Nậm Phao (Lào). Hai bên đã trao đổi tình hình quản lý biên giới "
            "trong buổi làm việc ngày 29/11.")
    found = events(text, None, "Visit")
    assert [(e.start, e.end) for e in found] == [(PartialDate(2024, 11), None)]


def test_anniversary_ahead_places_the_day_before_it():
    text = ("Chiều 14/10, tại Hà Nội, đoàn sĩ quan trẻ hai nước đã tọa đàm. Hoạt động diễn ra khi hai nước hướng "
            "tới kỷ niệm 50 năm Ngày thiết lập quan hệ ngoại giao (15/8/1976 - 15/8/2026).")
    assert infer_publication_date(text, text, []) == PartialDate(2025, 10, 14)


def test_anniversary_of_this_year_after_one_ahead_keeps_its_year():
    text = ("Chiều 14/10, tại Hà Nội, đoàn sĩ quan trẻ hai nước đã tọa đàm, hướng tới 50 năm quan hệ ngoại giao, "
            "kỷ niệm 10 năm quan hệ đối tác (20/3/2015 - 20/3/2025).")
    assert infer_publication_date(text, text, []) == PartialDate(2025, 10, 14)
