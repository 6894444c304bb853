"""A named event dated only where its short name is placed with a day after it, and the
meetings told beside it and "cùng ngày" after them (round 23)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

TEXT = (
    "Hải quân các nước khu vực bàn về an ninh hàng hải\n\n"
    "Lần đầu tiên, các Tư lệnh Hải quân trong khu vực gặp nhau theo hình thức thu hẹp.\n\n"
    "Hội nghị Tư lệnh Hải quân các nước Đông Nam Á thu hẹp (ANCM Retreat) đã diễn ra tại Đà Lạt, "
    "với sự tham dự của trưởng đoàn Hải quân Lào, Thái Lan, Singapore và Việt Nam. "
    "Đây là hội nghị đầu tiên của năm.\n\n"
    "Các trưởng đoàn dự tiệc chiêu đãi tại ANCM Retreat ở Đà Lạt ngày 14/3.\n\n"
    "Bên lề hội nghị, Đô đốc Trần Văn Khánh, Tư lệnh Hải quân Việt Nam, đã gặp Đô đốc Somchai Rattanakul, "
    "Tư lệnh Hải quân Thái Lan.\n\n"
    "Chiều cùng ngày, Đô đốc Trần Văn Khánh gặp Chuẩn Đô đốc Lim Wei Jie, Tư lệnh Hải quân Singapore."
)


def test_short_name_with_a_format_word_dates_its_event():
    found = events(TEXT, PartialDate(2027, 3, 16), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2027, 3, 14)]
    assert "event.short-name-placed-on-a-day" in rules_of(found)


def test_same_day_after_a_meeting_dated_late():
    found = events(TEXT, PartialDate(2027, 3, 16), kind="Meeting")
    by_country = {tuple(sorted(set(e.countries) - {"VNM"})): e for e in found}
    assert by_country[("THA",)].start == PartialDate(2027, 3, 14)
    assert by_country[("SGP",)].start == PartialDate(2027, 3, 14)
    assert "event.same-day-found-later" in rules_of([by_country[("SGP",)]])


def test_short_name_placed_without_a_day_dates_nothing():
    text = TEXT.replace(" ngày 14/3", "")
    found = events(text, PartialDate(2027, 3, 16), kind="Conference")
    assert "event.short-name-placed-on-a-day" not in rules_of(found)
