"""A forum's second meeting told on the next day by its short name (round 52e): "Sang ngày 4/12, SDF+ 5
tiếp tục diễn ra với ..." dates that meeting (`event.day-its-short-name-opens`, "tiếp tục diễn ra" beside
"diễn ra"), and "Sang ngày" opens its sentence's day as "Ngày" does (date-opener): the side meetings told
after it ("Bên lề hội nghị, ...", "Trong cuộc gặp với Bộ trưởng X, ...") were held that day, not on the first day of the
stretch the lead told. Sentences are our own."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import read

PAGE = (
    "Hội nghị Bộ trưởng Quốc phòng các nước Đông Á lần thứ 8 (EADM-8) và Hội nghị Bộ trưởng Quốc phòng "
    "Đông Á mở rộng lần thứ 5 (EADM+ 5) diễn ra từ ngày 3-5/12 tại Bangkok, Thái Lan.\n\n"
    "Khai mạc hôm 3/12, EADM-8 có sự tham dự của các Bộ trưởng Quốc phòng 11 nước.\n\n"
    "{opener}, EADM+ 5 tiếp tục diễn ra với sự tham dự của 6 nước đối tác gồm Australia, Nhật Bản, Ấn Độ, "
    "Hàn Quốc, New Zealand và Hoa Kỳ.\n\n"
    "Bên lề hội nghị, Đại tướng Trịnh Văn Khoa, Bộ trưởng Bộ Quốc phòng Việt Nam đã gặp song phương với "
    "Bộ trưởng Quốc phòng Nhật Bản Sato Kenji và Bộ trưởng Quốc phòng Ấn Độ Arjun Mehta.\n\n"
    "Trong cuộc gặp với Bộ trưởng Quốc phòng New Zealand Peter Walsh, Đại tướng Trịnh Văn Khoa đề nghị thúc đẩy "
    "hợp tác gìn giữ hòa bình."
)


def _meetings(doc) -> dict:
    return {p: e.start for e in doc.events if e.type == "Meeting" for p in e.participants if p != "Trịnh Văn Khoa"}


def test_the_next_day_dates_the_second_forum_and_its_side_meetings() -> None:
    doc = read(PAGE.format(opener="Sang ngày 4/12"), PartialDate(2026, 12, 5))
    day = PartialDate(2026, 12, 4)
    assert _meetings(doc) == {"Sato Kenji": day, "Arjun Mehta": day, "Peter Walsh": day}
    assert day in {e.start for e in doc.events if e.type == "Conference"}


def test_without_a_day_of_its_own_the_meetings_keep_the_first_day() -> None:
    doc = read(PAGE.format(opener="Sau đó"), PartialDate(2026, 12, 5))
    first = PartialDate(2026, 12, 3)
    assert _meetings(doc) == {"Sato Kenji": first, "Arjun Mehta": first, "Peter Walsh": first}


FIRST_DAY = (
    "Hội nghị Bộ trưởng Quốc phòng các nước Đông Á lần thứ 8 (EADM-8), Hội nghị Bộ trưởng Quốc phòng Đông Á mở "
    "rộng lần thứ 5 (EADM+ 5) và các hoạt động liên quan diễn ra từ ngày 3-5/12 tại Bangkok, Thái Lan.\n\n"
    "Khai mạc hôm 3/12, EADM-8 {verb} Bộ Quốc phòng 11 nước thành viên.\n\n"
    "Sang ngày 4/12, EADM+ 5 tiếp tục diễn ra với sự tham dự của 6 nước đối tác."
)


def test_a_forum_gathering_the_leaders_on_its_opening_day_has_that_day() -> None:
    # "quy tụ lãnh đạo ..." tells the forum held, as "quy tụ các Bộ trưởng ..." does
    doc = read(FIRST_DAY.format(verb="quy tụ lãnh đạo"), PartialDate(2026, 12, 5))
    days = sorted(str(e.start) for e in doc.events if e.type == "Conference")
    assert days == ["2026-12-03", "2026-12-04"]


def test_a_forum_only_praised_is_not_held_by_it() -> None:
    doc = read(FIRST_DAY.format(verb="được đánh giá cao bởi lãnh đạo"), PartialDate(2026, 12, 5))
    assert "2026-12-03" not in {str(e.start) for e in doc.events if e.type == "Conference"}


HEADLINE = (
    "EADM+ 5: Bộ trưởng Trịnh Văn Khoa gặp song phương nhiều người đồng cấp\n\n"
    "Hội nghị Bộ trưởng Quốc phòng các nước Đông Á lần thứ 8 (EADM-8) và Hội nghị Bộ trưởng Quốc phòng "
    "Đông Á mở rộng lần thứ 5 (EADM+ 5) diễn ra từ ngày 3-5/12 tại Bangkok, Thái Lan.\n\n"
    "Khai mạc hôm 3/12, EADM-8 có sự tham dự của các Bộ trưởng Quốc phòng 11 nước.\n\n"
    "Sang ngày 4/12, EADM+ 5 tiếp tục diễn ra với sự tham dự của 6 nước đối tác gồm Australia, Nhật Bản, Ấn Độ, "
    "Hàn Quốc, New Zealand và Hoa Kỳ.\n\n"
    "{opener}, Đại tướng Trịnh Văn Khoa, Bộ trưởng Bộ Quốc phòng Việt Nam đã gặp song phương với "
    "Bộ trưởng Quốc phòng Nhật Bản Sato Kenji và Bộ trưởng Quốc phòng Ấn Độ Arjun Mehta."
)


def test_a_headline_meeting_retold_beside_the_forum_takes_its_day() -> None:
    # the headline's meeting, dated by the page alone, is the first of the list retold "bên lề hội nghị"
    doc = read(HEADLINE.format(opener="Bên lề hội nghị"), PartialDate(2026, 12, 5))
    day = PartialDate(2026, 12, 4)
    assert _meetings(doc) == {"Sato Kenji": day, "Arjun Mehta": day}


def test_a_headline_meeting_retold_without_the_forum_is_not_given_its_day() -> None:
    doc = read(HEADLINE.format(opener="Trong chuyến công tác"), PartialDate(2026, 12, 5))
    meetings = _meetings(doc)
    assert "Sato Kenji" in meetings and meetings["Sato Kenji"] != PartialDate(2026, 12, 4)
