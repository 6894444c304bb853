"""Border talks told in the morning, then (round 52f):
- "Buổi chiều, hai đoàn giao lưu văn nghệ ..." opening a sentence is that day's afternoon (`same-day`): the
  friendship exchange is dated and kept (before, dateless and with no one named, it was dropped as
  `event.nothing-to-attach`); a sentence opened by its own day keeps that day;
- "thống nhất năm 2026 phối hợp tổ chức tuần tra song phương ..." after the minutes signed is the sides' plan for the
  year (`agreed-for-a-time-before`, `event.wish-or-plan`), no patrol held; a patrol told held stays."""

from kg.model import PartialDate

from tests.reading_helpers import drops, events, read

PAGE_DAY = PartialDate(2026, 4, 22)

TALKS = """Sáng 21/4, tại Cửa khẩu quốc tế Na Mèo, Bộ Chỉ huy BĐBP tỉnh Thanh Hóa (Việt Nam) và Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào) tổ chức hội đàm định kỳ năm 2026.

Kết thúc hội đàm, hai bên đã ký Biên bản hội đàm, thống nhất năm 2026 phối hợp tổ chức tuần tra song phương ít nhất mỗi quý một lần.

Buổi chiều, hai đoàn cùng cán bộ, chiến sĩ Đồn Biên phòng Na Mèo và Đại đội bảo vệ biên giới 305 (Lào) giao lưu văn nghệ, thể thao hữu nghị tại khu vực cửa khẩu.
"""


def test_the_afternoon_exchange_after_morning_talks_is_that_day():
    exchanges = events(TALKS, PAGE_DAY, "Exchange")
    assert len(exchanges) == 1
    assert exchanges[0].start == PartialDate(2026, 4, 21)
    assert set(exchanges[0].countries) == {"VNM", "LAO"}


def test_patrols_agreed_for_the_year_are_no_patrol_held():
    doc = read(TALKS, PAGE_DAY)
    assert [e for e in doc.events if e.type == "Exercise"] == []
    assert "event.wish-or-plan" in drops(doc, "event")


OWN_DAY = """Sáng 21/4, tại Cửa khẩu quốc tế Na Mèo, Bộ Chỉ huy BĐBP tỉnh Thanh Hóa (Việt Nam) và Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào) tổ chức hội đàm định kỳ năm 2026.

Ngày 22/4, hai đoàn cùng cán bộ, chiến sĩ Đồn Biên phòng Na Mèo giao lưu văn nghệ, thể thao hữu nghị tại khu vực cửa khẩu.

Cùng ngày, hai bên đã phối hợp tổ chức tuần tra song phương trên tuyến biên giới.
"""


def test_an_exchange_told_with_its_own_day_keeps_it_and_a_held_patrol_stays():
    doc = read(OWN_DAY, PAGE_DAY)
    exchanges = [e for e in doc.events if e.type == "Exchange"]
    assert [e.start for e in exchanges] == [PartialDate(2026, 4, 22)]
    assert [e.type for e in doc.events if e.type == "Exercise"] == ["Exercise"]


def test_a_morning_told_after_afternoon_talks_is_not_that_day():
    # "Buổi sáng," after an afternoon is the next morning: not `same-day` (the guard DEVELOPERS 52f names)
    text = TALKS.replace("Sáng 21/4", "Chiều 21/4").replace("Buổi chiều,", "Buổi sáng,")
    assert PartialDate(2026, 4, 21) not in [e.start for e in events(text, PAGE_DAY, "Exchange")]
