"""Two receptions of one visiting delegation on one day by different hosts, each a Meeting of its own
(round 27b): a second host told with "cũng" after the title's reception, a call on two leaders of the
state told in one sentence, a bare "Trước đó, ..." retelling the title's reception on the story's day."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2025, 3, 12)
DAY = PartialDate(2025, 3, 11)

SECRETARY_THEN_COMMANDER = """Bí thư Tỉnh ủy Lò Văn Phúc tiếp đoàn Bộ Chỉ huy Quân sự tỉnh Luang Namtha, Lào

Ngày 11/3, tại thành phố Điện Biên Phủ, Bộ Chỉ huy Quân sự tỉnh Điện Biên tổ chức hội đàm với đoàn đại biểu Bộ Chỉ huy Quân sự tỉnh Luang Namtha, Quân đội nhân dân Lào do Đại tá Khamphone Sisavath, Chỉ huy trưởng làm trưởng đoàn.

Trước đó, đồng chí Bí thư Tỉnh ủy Điện Biên đã tiếp xã giao đoàn. Đồng chí đề nghị hai bên tiếp tục phối hợp quản lý biên giới.

Chiều cùng ngày, tại Sơn La, Thiếu tướng Hà Quang Tuấn, Phó Tư lệnh Quân khu 2 cũng đã tiếp Đại tá Khamphone Sisavath và đoàn.
"""


def test_second_host_with_cung_is_a_meeting_of_its_own_and_the_title_keeps_the_day():
    meetings = events(SECRETARY_THEN_COMMANDER, PAGE_DAY, "Meeting")
    assert len(meetings) == 2
    assert [m.start for m in meetings] == [DAY, DAY]
    secretary, commander = meetings
    assert "Lò Văn Phúc" in secretary.participants and "Hà Quang Tuấn" not in secretary.participants
    assert "Hà Quang Tuấn" in commander.participants
    assert "event.other-host" in rules_of([commander])
    assert "event.earlier-that-day" in rules_of([secretary])


def test_earlier_with_its_own_day_keeps_that_day():
    text = SECRETARY_THEN_COMMANDER.replace("Trước đó, đồng chí", "Trước đó, ngày 10/3, đồng chí")
    meetings = events(text, PAGE_DAY, "Meeting")
    assert PartialDate(2025, 3, 10) in [m.start for m in meetings]
    assert "event.earlier-that-day" not in rules_of(meetings)


def test_earlier_after_a_day_that_is_not_the_story_s_is_left():
    text = """Bí thư Tỉnh ủy Lò Văn Phúc tiếp đoàn Bộ Chỉ huy Quân sự tỉnh Luang Namtha, Lào

Ngày 11/3, tại Điện Biên, Bộ Chỉ huy Quân sự tỉnh Điện Biên tổ chức hội đàm với đoàn Bộ Chỉ huy Quân sự tỉnh Luang Namtha, Lào do Đại tá Khamphone Sisavath làm trưởng đoàn.

Sáng 12/3, hai đoàn thăm cột mốc 130.

Trước đó, đồng chí Bí thư Tỉnh ủy Điện Biên đã tiếp xã giao đoàn.
"""
    assert "event.earlier-that-day" not in rules_of(events(text, PartialDate(2025, 3, 13), "Meeting"))


def test_call_on_two_leaders_in_one_sentence_is_two_meetings():
    text = """Sáng 11/3, tại Hà Nội, Bộ trưởng Quốc phòng Lào, Đại tướng Chansamone Chanyalath lần lượt chào xã giao Chủ tịch nước Lương Cường và Thủ tướng Phạm Minh Chính.

Tiếp Bộ trưởng, Chủ tịch nước Lương Cường đánh giá cao quan hệ quốc phòng hai nước.
"""
    meetings = events(text, PAGE_DAY, "Meeting")
    assert len(meetings) == 2
    assert all(m.start == DAY for m in meetings)
    president, premier = meetings
    assert "Lương Cường" in president.participants and "Phạm Minh Chính" not in president.participants
    assert "Phạm Minh Chính" in premier.participants and "Lương Cường" not in premier.participants
    assert "event.one-call-per-leader" in rules_of(meetings)
    # (round 38: "Tiếp Bộ trưởng, Chủ tịch nước A ..." makes A the host, which finds A's call directly)
    assert {"event.back-to-the-one-with-its-people", "event.subject-after-its-object"} & set(rules_of([president]))


def test_leader_received_two_guests_together_is_one_meeting():
    text = """Sáng 11/3, tại Hà Nội, Chủ tịch nước Lương Cường đã tiếp Thủ tướng Lào Sonexay Siphandone và Phó Thủ tướng Lào Saleumxay Kommasith.
"""
    assert len(events(text, PAGE_DAY, "Meeting")) == 1


def test_title_premier_body_president_then_premier_by_title():
    text = """Chủ tịch nước, Thủ tướng Phạm Minh Chính tiếp Tư lệnh Quân đội Hoàng gia Campuchia

Chiều 11/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại tướng Vong Pisen, Tư lệnh Quân đội Hoàng gia Campuchia đang thăm chính thức Việt Nam.

Trước đó, sáng cùng ngày, tại Trụ sở Chính phủ, Thủ tướng Chính phủ cũng đã tiếp Tư lệnh Quân đội Hoàng gia Campuchia.
"""
    meetings = events(text, PAGE_DAY, "Meeting")
    assert len(meetings) == 2
    assert [m.start for m in meetings] == [DAY, DAY]
    assert "event.back-to-the-one-with-its-people" in rules_of(meetings)


def test_one_reception_retold_is_not_split():
    text = """Bộ trưởng Quốc phòng tiếp Đại sứ Nhật Bản

Chiều 11/3, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng đã tiếp Đại sứ Nhật Bản Ito Naoki đến chào từ biệt.

Tại buổi tiếp, Đại tướng Phan Văn Giang đánh giá cao những đóng góp của Đại sứ.
"""
    assert len(events(text, PAGE_DAY, "Meeting")) == 1


def test_a_role_told_the_other_way_is_not_another_host():
    text = """Đại sứ Nhật Bản Ito Naoki chào từ biệt Bộ trưởng Quốc phòng

Chiều 11/3, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng đã tiếp Đại sứ Nhật Bản Ito Naoki đến chào từ biệt.
"""
    meetings = events(text, PAGE_DAY, "Meeting")
    assert len(meetings) == 1
    assert "event.other-host" not in rules_of(meetings)


def test_caption_retelling_the_second_reception_adds_none():
    text = """Thủ tướng Phạm Minh Chính tiếp Đại tướng Chansamone Chanyalath.

Sáng 11/3, Chủ tịch nước Lương Cường đã tiếp Đại tướng Chansamone Chanyalath, Bộ trưởng Quốc phòng Lào.

Chiều cùng ngày, Thủ tướng Phạm Minh Chính tiếp Đại tướng Chansamone Chanyalath và đoàn.
"""
    meetings = events(text, PAGE_DAY, "Meeting")
    assert len(meetings) == 2
    assert all(m.start == DAY for m in meetings)
