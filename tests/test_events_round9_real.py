"""How real news tells events (issue 10, round 9, the real set r8): a ship's visit with the
ship's word capitalised, a border meeting station named after talks, a working session
whose clause opens on the visiting foreign delegation."""

from kg.model import PartialDate
from reading_helpers import events, rules_of


def test_a_visit_of_a_capitalised_ship_is_a_port_call():
    text = ("Lãnh đạo thành phố tiếp chỉ huy tàu Hải quân Pháp\n\n"
            "Chiều 3/4, Phó Chủ tịch UBND thành phố Đà Nẵng Trần Văn Nam đã tiếp Đại tá Pierre Martin, "
            "Chỉ huy tàu hải quân Pháp.\n\n"
            "Tại buổi tiếp, ông Trần Văn Nam đánh giá cao chuyến thăm của Tàu hải quân Pháp FS Vendémiaire "
            "tới thành phố.\n")
    found = events(text, published=PartialDate(2024, 4, 4))
    assert "Visit" not in {e.type for e in found}
    calls = [e for e in found if e.type == "PortCall"]
    assert len(calls) == 1 and set(calls[0].countries) == {"FRA", "VNM"}
    assert "event.ship-call" in rules_of(calls)


def test_a_visit_of_a_person_is_still_a_visit():
    text = ("Bộ trưởng Quốc phòng Pháp thăm Việt Nam\n\n"
            "Ngày 3/4, Đại tướng Trần Văn Nam đánh giá cao chuyến thăm của Tổng Tham mưu trưởng Pháp "
            "Pierre Martin tới Việt Nam.\n")
    found = events(text, published=PartialDate(2024, 4, 4))
    assert "PortCall" not in {e.type for e in found}


def test_talks_in_the_name_of_a_border_meeting_station_are_no_talks():
    text = ("Giao lưu hữu nghị trên biên giới\n\n"
            "Ngày 10/1, Đoàn đại biểu Đồn Biên phòng Hoành Mô dự chương trình giao lưu văn nghệ do "
            "Trạm Hội ngộ hội đàm khu vực Động Trung (Trung Quốc) tổ chức.\n")
    found = events(text, published=PartialDate(2025, 1, 11))
    assert "Talks" not in {e.type for e in found}


def test_talks_at_a_station_are_still_talks():
    text = ("Hội đàm biên giới\n\n"
            "Ngày 10/1, tại trạm kiểm soát Bắc Phong Sinh, Đại tá Trần Văn Nam đã hội đàm với Thượng tá "
            "Lý Minh, Trạm trưởng Trạm kiểm soát biên phòng Lý Hỏa (Trung Quốc).\n")
    found = events(text, published=PartialDate(2025, 1, 11), kind="Talks")
    assert len(found) == 1


def test_a_working_session_opened_by_a_foreign_delegation_is_a_meeting():
    text = ("Sư đoàn bạn Lào làm việc tại Quân khu 5\n\n"
            "Ngày 14/3, Đoàn cán bộ Bộ Chỉ huy Quân sự tỉnh Sekong (Lào) đã có buổi làm việc với các cơ "
            "quan chức năng Quân khu 5 về công tác phối hợp bảo vệ biên giới.\n")
    found = events(text, published=PartialDate(2023, 3, 15), kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2023, 3, 14)]
    assert set(found[0].countries) == {"LAO", "VNM"}
    assert "event.foreign-delegation-works" in rules_of(found)


def test_a_working_session_with_firms_stays_no_meeting():
    text = ("Làm việc với doanh nghiệp\n\n"
            "Ngày 14/3, Đoàn công tác Tổng cục Công nghiệp quốc phòng đã có buổi làm việc với một số tập "
            "đoàn công nghiệp tại Hà Nội.\n")
    found = events(text, published=PartialDate(2023, 3, 15), kind="Meeting")
    assert found == []


def test_a_ship_that_has_come_to_a_port_makes_a_port_call():
    text = ("Tàu hải quân Malaysia thăm Đà Nẵng\n\n"
            "Tàu KD Lekiu của Hải quân Hoàng gia Malaysia đã đến cảng Tiên Sa, Đà Nẵng vào ngày 9/5, bắt "
            "đầu chuyến thăm kéo dài đến ngày 12/5.\n")
    found = events(text, published=PartialDate(2023, 5, 9), kind="PortCall")
    assert [e.start for e in found] == [PartialDate(2023, 5, 9)]
    assert set(found[0].countries) == {"MYS", "VNM"}
    assert "event.ship-arrives" in rules_of(found)


def test_a_delegation_that_has_come_to_a_city_makes_no_port_call():
    text = ("Đoàn đại biểu Quân đội Malaysia thăm Việt Nam\n\n"
            "Ngày 9/5, Đoàn đại biểu Quân đội Hoàng gia Malaysia đã đến Hà Nội, bắt đầu chuyến thăm chính "
            "thức Việt Nam.\n")
    found = events(text, published=PartialDate(2023, 5, 9), kind="PortCall")
    assert found == []


def test_side_meetings_after_a_second_verb_are_one_meeting_per_counterpart():
    text = ("Bộ trưởng Quốc phòng dự hội nghị ở Lào\n\n"
            "Nhân dịp dự hội nghị tại Viêng Chăn ngày 20/11, Đại tướng Trần Văn Nam đã gặp gỡ bên lề, trao "
            "đổi về hợp tác song phương với Bộ trưởng Quốc phòng Nhật Bản Tanaka Ichiro, Bộ trưởng Quốc phòng "
            "Hàn Quốc Park Min-ho và Bộ trưởng Quốc phòng New Zealand John Smith.\n")
    found = events(text, published=PartialDate(2024, 11, 21), kind="Meeting")
    assert len(found) == 3
    assert sorted(c for e in found for c in e.countries if c != "VNM") == ["JPN", "KOR", "NZL"]
    assert all("VNM" in e.countries for e in found)
    assert "event.counterparts-of-coordinated-verb" in rules_of(found)


def test_countries_talked_about_after_a_second_verb_are_no_counterparts():
    text = ("Tiếp Đại sứ Nhật Bản\n\n"
            "Ngày 20/11, Đại tướng Trần Văn Nam đã tiếp Đại sứ Nhật Bản Tanaka Ichiro, trao đổi về hợp tác "
            "với Lào, Campuchia và Thái Lan.\n")
    found = events(text, published=PartialDate(2024, 11, 21), kind="Meeting")
    assert len(found) == 1
    assert set(found[0].countries) == {"JPN", "VNM"}


def test_the_date_after_an_opening_formula_dates_a_named_dialogue():
    text = ("Đối thoại chiến lược Việt Nam - New Zealand\n\n"
            "Thực hiện thỏa thuận giữa hai nước, ngày 12/6 tại Wellington (New Zealand), Thứ trưởng Ngoại giao "
            "Trần Văn Nam và Thứ trưởng Quốc phòng New Zealand John Smith đồng chủ trì Đối thoại Chiến lược "
            "Ngoại giao và Quốc phòng lần thứ 3 giữa hai nước.\n")
    found = events(text, published=PartialDate(2019, 6, 13), kind="Dialogue")
    assert [e.start for e in found] == [PartialDate(2019, 6, 12)]
    assert "event.date-after-formula" in rules_of(found)


def test_a_mention_inside_the_formula_takes_no_date_from_after_it():
    text = ("Thăm Lào\n\n"
            "Trong khuôn khổ Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 20, sáng 16/5, Đại tướng "
            "Trần Văn Nam đã hội kiến Thủ tướng Lào Sonexay Siphandone.\n")
    found = events(text, published=PartialDate(2024, 5, 17), kind="Conference")
    assert "event.date-after-formula" not in rules_of(found)
