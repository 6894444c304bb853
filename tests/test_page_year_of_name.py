"""A page without a date that writes one year only, in an edition, a one-year period or a
plan, gives that year to the days it tells without one (`date.page-year-of-name`); a year
told as a past happening's ("ký năm 2016"), or one of two years, gives none."""

from kg.model import PartialDate

from tests.reading_helpers import events, read

EDITION = (
    "Hội nghị Chỉ huy Không quân các nước Đông Nam Á\n\n"
    "Ngày 14-9, tại Hà Nội, đã diễn ra Hội nghị Chỉ huy Không quân các nước Đông Nam Á lần thứ 9 "
    "với sự tham dự của Trung tướng Vũ Văn Kha, Tư lệnh Quân chủng Phòng không - Không quân Việt Nam "
    "và Chuẩn tướng Somchai Rattanawong, Tư lệnh Không quân Thái Lan. "
    "Nước chủ nhà cũng tổ chức Diễn tập cứu hộ đường không lần thứ 3 (SEARX 3-2019) bên lề hội nghị."
)

PERIOD = (
    "Hội thảo trực tuyến về quân y\n\n"
    "Ngày 3 và 4-11 đã diễn ra Hội thảo trực tuyến về quân y do Bộ Quốc phòng Nhật Bản tổ chức, "
    "với sự tham gia của đại biểu Cục Quân y, Bộ Quốc phòng Việt Nam. Các đại biểu đã thảo luận "
    "về Kế hoạch hoạt động giai đoạn 2019 của nhóm công tác quân y."
)


def _conference_start(text):
    confs = events(text, kind="Conference")
    assert confs
    return confs[0].start


def test_edition_year_dates_a_yearless_day():
    assert _conference_start(EDITION) == PartialDate(2019, 9, 14)
    assert "date.page-year-of-name" in " ".join(read(EDITION).warnings)


def test_one_year_period_dates_a_yearless_day():
    assert _conference_start(PERIOD) == PartialDate(2019, 11, 3)


def test_year_of_a_past_signing_dates_nothing():
    text = PERIOD.replace("Kế hoạch hoạt động giai đoạn 2019", "Bản ghi nhớ về hợp tác quân y ký năm 2016")
    assert _conference_start(text) == PartialDate(None, 11, 3)


def test_two_years_date_nothing():
    text = PERIOD + " Nhóm công tác được thành lập năm 2016."
    assert _conference_start(text) == PartialDate(None, 11, 3)
