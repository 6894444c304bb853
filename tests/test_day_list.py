"""Days listed one by one ("ngày 3 và 5/6", "các ngày 3/6 và 5/6", "ngày 3, 4 và 7/6"): each a day (round 52h)."""

from kg.model import PartialDate
from tests.reading_helpers import read

_PUBLISHED = PartialDate(2024, 6, 10)


def _days(text: str) -> list[tuple]:
    return [(d.date, d.end_date) for d in read(text, _PUBLISHED).dates]


def test_days_listed_without_month_on_the_first():
    assert _days("Trong các ngày 3 và 5/6, đoàn Quân khu 9 làm việc với Bộ Tư lệnh Quân khu 4 Campuchia.") == [
        (PartialDate(2024, 6, 3), None), (PartialDate(2024, 6, 5), None)]


def test_days_listed_each_with_its_month():
    assert [d for d, _ in _days("Trong các ngày 3/6 và 5/6, hai bên tổ chức giao lưu ở tỉnh Kiên Giang.")] == [
        PartialDate(2024, 6, 3), PartialDate(2024, 6, 5)]


def test_three_days_listed_take_the_last_ones_year():
    assert [d for d, _ in _days("Trong ba ngày 3, 4 và 7/6/2023, hai bên tuần tra chung trên biển.")] == [
        PartialDate(2023, 6, 3), PartialDate(2023, 6, 4), PartialDate(2023, 6, 7)]


def test_two_days_in_a_row_stay_a_range():
    assert _days("Trong hai ngày 3 và 4/6, hai bên tổ chức hội đàm.") == [
        (PartialDate(2024, 6, 3), PartialDate(2024, 6, 4))]


def test_no_list_without_a_cue_word_nor_going_back():
    assert _days("Điều 3 và 5/6 của quy chế được sửa đổi.") == []
    assert [d for d, _ in _days("Trong các ngày 7 và 5/6, hai bên họp.")] == []
