"""A page without a date whose latest year is that of a year's first months reported as gone by
("năm 2023 và 6 tháng đầu năm 2024") gives that year to a lead day after those months
(`date.part-of-year-reviewed`); a plan for a year's first months, or a lead day inside them,
gives none."""

from kg.model import PartialDate

from tests.reading_helpers import events, read

REVIEW = (
    "Hội đàm giữa Bộ đội Biên phòng tỉnh Nghệ An và Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng\n\n"
    "Sáng 20/10, tại thành phố Vinh, Bộ đội Biên phòng tỉnh Nghệ An tổ chức hội đàm với Bộ Chỉ huy "
    "Quân sự tỉnh Xiêng Khoảng. Thực hiện biên bản hội đàm đã ký kết, năm 2023 và 6 tháng đầu năm 2024, "
    "hai bên đã phối hợp tuần tra "
    "bảo vệ đường biên, mốc giới và trao đổi thông tin kịp thời."
)

# the same page with the period as a plan ahead: the year is not the page's
PLAN = REVIEW.replace("năm 2023 và 6 tháng đầu năm 2024, ",
                      "kế hoạch năm 2023 và 6 tháng đầu năm 2024, ")

# the lead day falls inside the months reported: no year from them
INSIDE = REVIEW.replace("Sáng 20/10", "Sáng 20/3")


def _talks_start(text):
    talks = events(text, kind="Talks")
    assert talks
    return talks[0].start


def test_first_months_reported_date_a_later_yearless_day():
    assert _talks_start(REVIEW) == PartialDate(2024, 10, 20)
    assert "date.part-of-year-reviewed" in " ".join(read(REVIEW).warnings)


def test_first_months_planned_date_nothing():
    assert _talks_start(PLAN).year is None


def test_day_inside_the_months_takes_no_year_from_them():
    assert _talks_start(INSIDE).year is None
