"""Four guards of round 52 that no test caught the removal of (review of round 52, "Left:"; round 53a). Each test
below fails with its guard removed or inverted (the failing output is in DEVELOPERS.md, round 53a):

- 52f `_segment_opens_on_country` (officials/mentions.py): a list's segment ends the side told before it only when it
  OPENS on a country ("; Singapore do B dẫn đầu"); a segment opening on a person whose words name another country
  further on ("; Đại tá B, từng công tác tại Campuchia") stays on the side before it.
- 52g the Vietnam check of `_bilateral_of_others` (events/merge.py): a bilateral drill Vietnam is a side of is not
  "a drill of two others" (`event.bilateral-of-others`). No fact can change without it (Vietnam is in the drill
  already, `_vietnam_takes_part` would add nothing): what changes is the explanation, which would say Vietnam does
  not take part in its own drill.
- 52g "not a host opened by an activity" in `_exchange_around` (events/merge.py): an exchange told by what was done
  (a volleyball tournament over three days, `event.exchange-activity`) is no programme, so the guests' visit on one of
  its days stays a Visit (`event.stop-of-an-exchange` does not fold it); and a programme with an activity folded into
  it still hosts a stop (the guard reads the host's first reading, not all of them).
- 52g the paragraph dateline of `event.month-of-the-week-round-up` (events/merge.py `_dateline_of_new`): in a weekly
  round-up, a happening with no day of its own in a paragraph whose earlier sentence is headed by a day takes that
  day, not the week's month.
"""

from kg.model import PartialDate

from tests.reading_helpers import events, officials_by_name, read, rules_of

# ---- 52f: a segment that opens on a person, naming another country further on

SIDE_LIST = (
    "Sáng 9/6, tại Hà Nội, Thượng tướng Lê Quang Hưng, Thứ trưởng Bộ Quốc phòng đã hội đàm với đoàn Trung Quốc. "
    "Đoàn Trung Quốc có Thượng tướng Zhao Weiming, Phó Tham mưu trưởng Bộ Tham mưu liên hợp; Đại tá Wang Lei, "
    "từng học tập tại Campuchia; ông Sun Haotian, Cục trưởng Cục Hợp tác quốc tế.\n"
)


def test_a_segment_naming_another_country_after_its_person_stays_on_the_side():
    officials = officials_by_name(read(SIDE_LIST, PartialDate(2026, 6, 10)))
    assert officials["Wang Lei"].country == "CHN"
    assert officials["Sun Haotian"].country == "CHN"  # KHM without the guard: "Campuchia" ended the Chinese side


# ---- 52g: a bilateral drill of Vietnam and one other country

VIETNAM_DRILL = (
    "Tàu khu trục INS Kolkata của Hải quân Ấn Độ đã rời cảng Tiên Sa, Đà Nẵng, kết thúc chuyến thăm Việt Nam. "
    "Trước đó, tàu đã tham gia cuộc tập trận hải quân song phương Việt Nam - Ấn Độ tại vùng biển miền Trung."
)


def test_a_bilateral_drill_vietnam_takes_part_in_is_not_of_others():
    drills = events(VIETNAM_DRILL, PartialDate(2026, 5, 14), "Exercise")
    assert [sorted(d.countries) for d in drills] == [["IND", "VNM"]]
    assert "event.bilateral-of-others" not in rules_of(drills)


# ---- 52g: an activity over several days is no programme; a programme with an activity folded in still is

PAGE_DAY = PartialDate(2026, 4, 14)
TOURNAMENT = (
    "Từ ngày 9-11/4, tại xã Hướng Lập, tỉnh Quảng Trị, Bộ đội Biên phòng tỉnh Quảng Trị (Việt Nam) và Bộ Chỉ huy "
    "Quân sự tỉnh Savannakhet (Lào) giao lưu bóng chuyền hữu nghị lần thứ 5.\n\n"
)
PROGRAMME = (
    "Trong 2 ngày 9-10/4, tại xã Hướng Lập, tỉnh Quảng Trị, Bộ đội Biên phòng tỉnh Quảng Trị (Việt Nam) và Bộ Chỉ "
    "huy Quân sự tỉnh Savannakhet (Lào) đã tổ chức chương trình giao lưu hữu nghị biên giới lần thứ 3.\n\n"
    "Tối 9/4, hai đoàn giao lưu văn nghệ tại Đồn Biên phòng Thanh.\n\n"
)
STOP = "Ngày 10/4, đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Savannakhet thăm Đồn Biên phòng Thanh và trồng cây lưu niệm."


def test_a_visit_on_a_day_of_a_tournament_stays_a_visit():
    found = events(TOURNAMENT + STOP, PAGE_DAY)
    assert sorted(e.type for e in found) == ["Exchange", "Visit"]
    assert "event.stop-of-an-exchange" not in rules_of(found)


def test_a_programme_with_an_activity_folded_in_still_takes_the_stop():
    found = events(PROGRAMME + STOP, PAGE_DAY)
    assert [e.type for e in found] == ["Exchange"]
    assert "event.stop-of-an-exchange" in rules_of(found)


# ---- 52g: a weekly round-up's item paragraph headed by its day

ROUND_UP = """Điểm lại một số hoạt động đối ngoại quốc phòng nổi bật trong tuần (từ 7-13/4).

1. Đối thoại Chính sách Quốc phòng Việt Nam - Hàn Quốc lần thứ 9

Ngày 10/4 tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng và ông Kim Min-su, Thứ trưởng Quốc phòng Hàn Quốc đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - Hàn Quốc lần thứ 9.

2. Tiếp Tùy viên Quốc phòng Australia

Chiều 8/4, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến tiếp Đại tá Mark Dalton, Tùy viên Quốc phòng Australia tại Việt Nam. Thượng tướng Hoàng Xuân Chiến cũng đã gặp Đại tá Lars Eriksen, Tùy viên Quốc phòng Na Uy.
"""


def test_a_meeting_under_its_paragraphs_day_keeps_that_day_in_a_weekly_round_up():
    meetings = [e for e in events(ROUND_UP, PAGE_DAY, "Meeting") if "NOR" in e.countries]
    assert [str(m.start) for m in meetings] == ["2026-04-08"]  # "2026-04" without the guard
    assert "event.month-of-the-week-round-up" not in rules_of(meetings)
