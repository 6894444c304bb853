"""A month told as a visit's time after it may be qualified by its part ("vào đầu/giữa/cuối tháng 10"): it
dates the visit as "vào tháng 10" does (round 50d, realev20; realev18 had one left undated). Sentences of our
own."""

from reading_helpers import events, rules_of


def test_part_of_the_month_after_the_visit_dates_it():
    text = "Đoàn đại biểu Bộ Tư lệnh Quân khu 4 có chuyến thăm và làm việc tại Lào vào cuối tháng 11."
    found = events(text, None, "Visit")
    assert len(found) == 1
    assert found[0].start is not None and found[0].start.month == 11 and found[0].start.day is None
    assert "event.date-cued" in rules_of(found)


def test_ship_s_visit_dated_by_the_start_of_a_month():
    text = ("Tàu Cảnh sát biển 8001 có chuyến thăm và làm việc với Lực lượng Bảo vệ bờ biển Indonesia vào "
            "đầu tháng 8.")
    found = events(text, None, "PortCall")
    assert len(found) == 1 and found[0].start is not None and found[0].start.month == 8


def test_a_month_of_a_later_plan_does_not_date_the_visit():
    text = ("Ngày 12/9, đoàn đại biểu Quân khu 7 thăm Campuchia; hai bên thống nhất tổ chức hội đàm vào cuối "
            "tháng 11.")
    found = events(text, None, "Visit")
    assert len(found) == 1 and (found[0].start.month, found[0].start.day) == (9, 12)
