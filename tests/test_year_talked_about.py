"""A bare year after unnamed talks whose sentence told a day before them (round 52g): "Chiều 12/3, hai đoàn tiến
hành hội đàm, cùng thông báo tình hình ... trong năm 2025" tells the period the sides talk about, not the talks'
time; the day heading the sentence stays (`event.year-talked-about`)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2025, 12, 14)
SIDES = ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị (Việt Nam) và Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) "
         "gặp gỡ tại cửa khẩu Lao Bảo. ")


def test_the_day_before_the_talks_beats_the_year_after_them():
    text = SIDES + ("Chiều 12/3, hai đoàn tiến hành hội đàm, cùng thông báo tình hình liên quan đến công tác quản lý "
                    "biên giới trong năm 2025 và bàn biện pháp phối hợp.")
    talks = events(text, PAGE_DAY, "Talks")
    assert [str(t.start) for t in talks] == ["2025-03-12"]
    assert "event.year-talked-about" in rules_of(talks)


def test_a_time_cued_after_talks_with_no_day_before_stays_theirs():
    text = SIDES + "Hai đoàn đã tiến hành hội đàm trong tháng 3/2025."
    talks = events(text, PAGE_DAY, "Talks")
    assert [str(t.start) for t in talks] == ["2025-03"]
    assert "event.year-talked-about" not in rules_of(talks)


# (from round 52e's test_period_talked_about, whose rule gave way to this one)
TALKS_DAY = PartialDate(2026, 10, 9)


def _talks_days(text: str) -> list:
    return [e.start for e in events(text, TALKS_DAY, "Talks")]


def test_two_years_reported_on_do_not_date_the_talks():
    text = ("Sáng 8/10, Bộ đội Biên phòng tỉnh Quảng Trị và Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) tiến hành "
            "hội đàm, thông báo kết quả phối hợp quản lý biên giới trong năm 2026 và thống nhất kế hoạch năm 2027.")
    assert _talks_days(text) == [PartialDate(2026, 10, 8)]


def test_a_month_holding_the_head_day_leaves_the_day():
    # (held before round 52 too: a guard, the rule reads bare years only)
    text = ("Sáng 8/10, Bộ đội Biên phòng tỉnh Quảng Trị và Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) tiến hành "
            "hội đàm, đánh giá kết quả tuần tra chung trong tháng 10/2026.")
    assert _talks_days(text) == [PartialDate(2026, 10, 8)]


def test_a_month_apart_from_the_head_day_still_dates_the_talks():
    text = ("Sáng 8/10, Bộ Chỉ huy Quân sự tỉnh Savannakhet (Lào) cho biết hai bên đã hội đàm với Bộ đội Biên phòng "
            "tỉnh Quảng Trị vào tháng 9/2026 tại thành phố Kaysone Phomvihane.")
    assert _talks_days(text) == [PartialDate(2026, 9)]
