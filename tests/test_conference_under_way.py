"""A multilateral meeting told as under way after its name, on the day of a side meeting told in its
sentence: some day of the conference, dated by its month only (`event.conference-under-way`, round 41)."""

from kg.model import PartialDate

from tests.reading_helpers import events, of_type, rules_of

PUB = PartialDate(2023, 11, 16)


def test_side_meeting_day_is_not_the_conference_day():
    text = ("Chiều 16/11, bên lề Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 10 (ADMM+) đang diễn ra "
            "tại Gia-các-ta, In-đô-nê-xi-a, Đại tướng Trần Văn Bình đã gặp song phương Bộ trưởng Quốc phòng Úc Richard Roe.")
    found = events(text, PUB)
    confs = of_type(found, "Conference")
    assert len(confs) == 1
    assert confs[0].start == PartialDate(2023, 11)
    assert "event.conference-under-way" in rules_of(confs)
    meetings = of_type(found, "Meeting")
    assert [m.start for m in meetings] == [PartialDate(2023, 11, 16)]


def test_forum_being_held_takes_its_month():
    text = ("Sáng 3/6, trong khuôn khổ Đối thoại Shangri-La lần thứ 20 đang được tổ chức tại Xin-ga-po, "
            "Thượng tướng Lê Văn Cường đã gặp Bộ trưởng Quốc phòng Pháp Jean Dupont.")
    confs = events(text, PartialDate(2023, 6, 3), "Conference")
    assert [c.start for c in confs] == [PartialDate(2023, 6)]


def test_days_told_for_the_conference_still_win():
    text = ("Chiều 16/11, bên lề Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 10 (ADMM+) đang diễn ra "
            "tại Gia-các-ta, Đại tướng Trần Văn Bình đã gặp song phương Bộ trưởng Quốc phòng Úc Richard Roe. "
            "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 10 diễn ra từ ngày 15 đến 17/11.")
    confs = events(text, PUB, "Conference")
    assert [(c.start, c.end) for c in confs] == [(PartialDate(2023, 11, 15), PartialDate(2023, 11, 17))]


def test_a_conference_opened_on_its_day_keeps_it():
    text = "Sáng 16/11, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng lần thứ 10 (ADMM+) đã khai mạc tại Gia-các-ta."
    confs = events(text, PUB, "Conference")
    assert [c.start for c in confs] == [PartialDate(2023, 11, 16)]
