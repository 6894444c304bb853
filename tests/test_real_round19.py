"""Fresh real pages, all fields (issue 10, round 19): a stay told as ended on a day with its
length after it ("kết thúc chuyến thăm hữu nghị trong 4 ngày") began that many days before; an
anniversary ahead ("hướng tới kỷ niệm 50 năm ...") frames the happening told after it, it is no
wish. Sentences written for these tests."""

from kg.model import PartialDate
from reading_helpers import drops, events, read, rules_of

PUBLISHED = PartialDate(2031, 3, 12)


def test_a_call_told_as_ended_with_its_length_began_that_many_days_before():
    text = ("Tàu hải quân Việt Nam rời cảng nước bạn\n\n"
            "Tàu hộ vệ 017 của Hải quân Việt Nam hôm 11/3 đã rời quân cảng Sattahip, Thái Lan và "
            "kết thúc chuyến thăm hữu nghị trong 4 ngày.\n")
    calls = events(text, PUBLISHED, kind="PortCall")
    assert [(c.start, c.end) for c in calls] == [(PartialDate(2031, 3, 8), PartialDate(2031, 3, 11))]
    assert {"VNM", "THA"} <= set(calls[0].countries)
    assert "event.ended-days-long" in rules_of(calls)


def test_the_length_may_be_written_in_words_and_cross_a_month():
    text = ("Đoàn Quân đội Lào về nước\n\n"
            "Ngày 2/3, Đoàn đại biểu Quân đội nhân dân Lào đã kết thúc chuyến thăm chính thức Việt Nam "
            "kéo dài ba ngày.\n")
    visits = events(text, PUBLISHED, kind="Visit")
    assert [(v.start, v.end) for v in visits] == [(PartialDate(2031, 2, 28), PartialDate(2031, 3, 2))]


def test_an_ended_stay_without_a_length_keeps_its_day():
    text = ("Tàu hải quân Việt Nam rời cảng nước bạn\n\n"
            "Tàu hộ vệ 017 của Hải quân Việt Nam hôm 11/3 đã rời quân cảng Sattahip, Thái Lan và "
            "kết thúc chuyến thăm hữu nghị.\n")
    calls = events(text, PUBLISHED, kind="PortCall")
    assert [c.start for c in calls] == [PartialDate(2031, 3, 11)]


def test_a_stay_told_as_begun_is_not_shortened_by_its_length():
    text = ("Tàu hải quân Ấn Độ thăm Việt Nam\n\n"
            "Ngày 9/3, tàu khu trục của Hải quân Ấn Độ cập cảng Tiên Sa, bắt đầu chuyến thăm hữu nghị "
            "thành phố Đà Nẵng trong 4 ngày.\n")
    calls = events(text, PUBLISHED, kind="PortCall")
    assert [c.start for c in calls] == [PartialDate(2031, 3, 9)]


def test_an_anniversary_ahead_before_a_visit_is_no_wish():
    text = ("Đoàn Hải quân thăm nước bạn\n\n"
            "Hướng tới kỷ niệm 60 năm thiết lập quan hệ ngoại giao hai nước, ngày 10/3, đoàn công tác "
            "Hải quân nhân dân Việt Nam đã thăm chính thức Indonesia.\n")
    doc = read(text, PUBLISHED)
    visits = [e for e in doc.events if e.type == "Visit"]
    assert [(v.start, "IDN" in v.countries) for v in visits] == [(PartialDate(2031, 3, 10), True)]
    assert "event.wish-or-plan" not in drops(doc, "event")
    assert "event.occasion-ahead" in rules_of(visits)


def test_a_count_of_years_ahead_is_an_anniversary_too():
    text = ("Đoàn Hải quân thăm nước bạn\n\n"
            "Nhân kỷ niệm 15 năm quan hệ đối tác, tiến tới 60 năm thiết lập quan hệ ngoại giao, ngày "
            "10/3, đoàn công tác Hải quân nhân dân Việt Nam đã thăm chính thức Indonesia.\n")
    visits = events(text, PUBLISHED, kind="Visit")
    assert [v.start for v in visits] == [PartialDate(2031, 3, 10)]


def test_hướng_tới_before_anything_else_is_still_a_wish():
    text = ("Hai bên nhất trí tăng cường hợp tác\n\n"
            "Ngày 10/3, hai bên đã hội đàm. Hai bên hướng tới tổ chức diễn tập chung trên biển.\n")
    assert events(text, PUBLISHED, kind="Exercise") == []


def test_a_commodore_is_an_official_by_his_rank():
    text = ("Tàu Cảnh sát biển Việt Nam thăm Philippines\n\n"
            "Ngày 5/3, tàu CSB 8004 của Cảnh sát biển Việt Nam cập cảng Manila, Philippines. Đề đốc "
            "Rodel Santos phát biểu khi tiếp đón phái đoàn Cảnh sát biển Việt Nam tại cảng.\n")
    doc = read(text, PUBLISHED)
    found = [o for o in doc.officials if o.name == "Rodel Santos"]
    assert [(o.rank, o.country) for o in found] == [("Đề đốc", "PHL")]


def test_countries_listed_with_dashes_after_their_count_all_take_part():
    text = ("Bộ trưởng Quốc phòng ba nước gặp mặt\n\n"
            "Ngày 10/3, tại tỉnh Attapeu đã diễn ra Cuộc gặp thường niên Bộ trưởng Bộ Quốc phòng 3 nước "
            "Việt Nam - Lào - Campuchia lần thứ hai.\n")
    meetings = events(text, PUBLISHED, kind="Meeting")
    assert [(m.start, sorted(m.countries)) for m in meetings] == [(PartialDate(2031, 3, 10), ["KHM", "LAO", "VNM"])]


def test_the_delegations_told_at_a_conference_join_it():
    text = ("Hội nghị chuẩn bị diễn tập\n\n"
            "Sáng 10/3, Đại tá Somchai, Phó Cục trưởng Cục Tác chiến, Quân đội nhân dân Lào chủ trì hội nghị "
            "hiệp đồng.\n\n"
            "Tại hội nghị, đại diện quân đội ba nước Lào - Việt Nam - Campuchia đã thống nhất kế hoạch.\n")
    found = events(text, PUBLISHED, kind="Conference")
    assert [sorted(c.countries) for c in found] == [["KHM", "LAO", "VNM"]]


def test_a_dashed_pair_without_a_count_lists_nothing_more():
    text = ("Giao lưu hữu nghị\n\n"
            "Ngày 10/3, đã diễn ra Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ ba.\n")
    found = events(text, PUBLISHED, kind="Exchange")
    assert [sorted(e.countries) for e in found] == [["LAO", "VNM"]]


def test_a_named_exercise_held_in_one_country_every_edition_takes_its_host():
    text = ("Hải quân Việt Nam tham gia diễn tập đa phương\n\n"
            "Ngày 10/3, Bộ Quốc phòng Việt Nam cử 6 sĩ quan tham gia Diễn tập Pitch Black 2031 theo lời mời "
            "của Không quân nước chủ nhà.\n")
    found = events(text, PUBLISHED, kind="Exercise")
    assert [sorted(e.countries) for e in found] == [["AUS", "VNM"]]
    assert "event.host-of-show" in rules_of(found)


def test_a_place_told_with_the_exercise_still_wins_over_its_usual_host():
    text = ("Hải quân Việt Nam tham gia diễn tập đa phương\n\n"
            "Ngày 10/3, tàu 016 của Hải quân Việt Nam tham gia Diễn tập Komodo 2031 tổ chức tại Manado, "
            "Indonesia.\n")
    found = events(text, PUBLISHED, kind="Exercise")
    assert [sorted(e.countries) for e in found] == [["IDN", "VNM"]]


def test_a_condition_tells_no_happening():
    text = ("Hải quân hai nước sẵn sàng hợp tác\n\n"
            "Ngày 10/3, Tư lệnh Hải quân Australia cho biết cánh cửa luôn rộng mở nếu Hải quân Việt Nam "
            "muốn tham gia Diễn tập Kakadu.\n")
    doc = read(text, PUBLISHED)
    assert [e for e in doc.events if e.type == "Exercise"] == []
    assert "event.wish-or-plan" in drops(doc, "event")
