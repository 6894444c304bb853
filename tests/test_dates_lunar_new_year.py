"""A lunar new year named with its year ("Tết Nguyên đán Canh Tý 2020") tells the year of the
greetings and visits around it, when the page gives no other."""

from kg.model import PartialDate
from kg.pipeline.dates import find_dates
from reading_helpers import events


def test_the_year_of_a_named_lunar_new_year_is_a_date():
    found = [(d.surface, d.date) for d in find_dates("Đoàn sang chúc Tết Nguyên đán Giáp Thìn 2024 tại Sơn La.")]
    assert ("2024", PartialDate(2024)) in found


def test_a_cyclical_name_without_tet_is_no_date():
    assert find_dates("Đồn Biên phòng Canh Tý 2020 đã hoàn thành nhiệm vụ.") == []


def test_greetings_before_the_new_year_are_dated_in_its_year():
    text = ("Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng thăm, chúc Tết\n\n"
            "Nhân dịp chuẩn bị đón Tết Nguyên đán Ất Tỵ 2025, chiều 20-1, đoàn công tác Bộ Chỉ huy Quân sự tỉnh "
            "Xiêng Khoảng, Lào do Thượng tá Bua Khăm làm trưởng đoàn đã sang thăm, chúc Tết Bộ Chỉ huy Quân sự "
            "tỉnh Nghệ An.\n")
    assert [e.start for e in events(text, kind="Visit")] == [PartialDate(2025, 1, 20)]
