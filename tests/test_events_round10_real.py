"""How real pages tell events (issue 10, round 10, real pages): a sentence opened by a
programme ("Nằm trong khuôn khổ Chương trình ..., chiều 27/8, ...") dates what follows by the
day after it, a ship's welcome ceremony ("lễ đón tàu") is its port call, and a ship
welcomed home after its voyage makes none."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_a_day_after_a_programme_opening_dates_the_conference_that_follows():
    text = ("Hội nghị biên giới tại Tây Ninh\n\n"
            "Nằm trong khuôn khổ Chương trình giao lưu hữu nghị biên giới Việt Nam - Lào năm 2023, sáng 14/9, "
            "tại thành phố Tây Ninh, Bộ Tư lệnh Bộ đội Biên phòng chủ trì Hội nghị bàn tròn về công tác "
            "quản lý biên giới với Bộ Tư lệnh Quân khu 4, Quân đội nhân dân Lào.\n")
    found = events(text, published=PartialDate(2023, 9), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2023, 9, 14)]
    assert "event.date-after-formula" in rules_of(found)


def test_a_day_after_a_programme_of_activities_dates_the_courtesy_call():
    text = ("Sĩ quan trẻ thăm Campuchia\n\n"
            "Trong chương trình hoạt động tại Phnom Penh, chiều 3-5-2024, Đoàn Sĩ quan trẻ Quân đội nhân dân "
            "Việt Nam đến chào xã giao Tổng cục Chính trị Quân đội Hoàng gia Campuchia.\n")
    found = events(text, published=PartialDate(2024, 5, 4), kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2024, 5, 3)]


def test_a_day_inside_the_programme_name_is_not_taken_for_the_day_of_what_follows():
    text = ("Hội nghị biên giới\n\n"
            "Nằm trong khuôn khổ Chương trình giao lưu hữu nghị biên giới Việt Nam - Lào, Bộ Tư lệnh Bộ đội "
            "Biên phòng chủ trì Hội nghị bàn tròn về công tác quản lý biên giới với Quân đội nhân dân Lào.\n")
    found = events(text, published=PartialDate(2023, 9, 15), kind="Conference")
    assert "event.date-after-formula" not in rules_of(found)


def test_a_ships_welcome_ceremony_is_its_port_call():
    text = ("Tàu Hải quân Ấn Độ thăm Đà Nẵng\n\n"
            "Sáng 11/3, Bộ Tư lệnh Vùng 3 Hải quân tổ chức lễ đón tàu INS Sahyadri của Hải quân Ấn Độ "
            "tại cảng Tiên Sa, thành phố Đà Nẵng.\n")
    found = events(text, published=PartialDate(2025, 3, 11), kind="PortCall")
    assert [e.start for e in found] == [PartialDate(2025, 3, 11)]
    assert found[0].countries and "IND" in found[0].countries


def test_a_ship_welcomed_home_after_its_voyage_makes_no_port_call():
    text = ("Tàu huấn luyện về đến Nha Trang\n\n"
            "Sáng 20-6, tại Quân cảng Nha Trang, Học viện Hải quân tổ chức lễ đón Tàu 286 cùng đoàn công tác "
            "trở về sau chuyến huấn luyện trên biển dài ngày.\n")
    assert events(text, published=PartialDate(2024, 6, 20), kind="PortCall") == []


def test_a_foreign_ship_welcomed_then_leaving_keeps_its_port_call():
    text = ("Tàu Hải quân Nhật Bản thăm Cam Ranh\n\n"
            "Sáng 8/7, Bộ Tư lệnh Vùng 4 Hải quân tổ chức lễ đón tàu JS Ise của Lực lượng Phòng vệ Biển Nhật "
            "Bản tại Cảng quốc tế Cam Ranh, tàu sẽ rời cảng ngày 11/7 để trở về nước.\n")
    found = events(text, published=PartialDate(2025, 7, 8), kind="PortCall")
    assert [e.start for e in found] == [PartialDate(2025, 7, 8)]


def test_a_bare_dialogue_told_as_just_held_on_a_day_is_an_event():
    text = ("Việt Nam và Malaysia đối thoại quốc phòng\n\n"
            "Việt Nam và Malaysia vừa tổ chức đối thoại về chính sách quốc phòng lần thứ 4 tại Kuala Lumpur vào "
            "sáng 12/9. Cuộc đối thoại do Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng Việt Nam, và "
            "ông Lokman Hakim Ali, Tổng Thư ký Bộ Quốc phòng Malaysia, đồng chủ trì.\n")
    found = events(text, published=PartialDate(2024, 9, 13), kind="Dialogue")
    assert [e.start for e in found] == [PartialDate(2024, 9, 12)]
    assert "event.held-unnamed" in rules_of(found)


def test_a_bare_dialogue_only_wished_for_is_no_event():
    text = ("Hai bên nhất trí tăng cường hợp tác\n\n"
            "Ngày 12/9, tại Hà Nội, hai bên nhất trí sẽ sớm tổ chức đối thoại về chính sách quốc phòng trong thời "
            "gian tới.\n")
    assert events(text, published=PartialDate(2024, 9, 13), kind="Dialogue") == []
