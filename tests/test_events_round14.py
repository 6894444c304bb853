"""How news tells events (issue 10, round 14): the partners of a multilateral meeting listed
after "là" ("cùng 8 nước đối tác là A, B, ..."); a unit that "tổ chức giao lưu" on a day held
that exchange, unless the verb follows an agreement or a plan; a happening "diễn ra trong bối
cảnh ..." is the one already told, whatever year the background clause names."""

from kg.model import PartialDate
from reading_helpers import events, read, rules_of


def test_partners_listed_after_la_take_part_in_the_meeting_told_by_its_short_name():
    text = ("Hội nghị ADMM+ tại Viêng Chăn\n\n"
            "Đại tướng Lê Minh Khoa dẫn đầu đoàn Việt Nam dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN "
            "mở rộng lần thứ 14 (ADMM+) tại Viêng Chăn, Lào.\n\n"
            "Ngày 18/11, ADMM+ diễn ra với sự tham dự của các nước ASEAN cùng 3 nước đối tác là Canada, "
            "Pháp và Đức.\n")
    doc = read(text, PartialDate(2027, 11, 19))
    (conf,) = [e for e in doc.events if e.type == "Conference"]
    assert {"CAN", "FRA", "DEU"} <= set(conf.countries)
    assert {"CAN", "FRA", "DEU"} <= set(doc.partners)
    assert "event.members-of-short-name" in rules_of([conf])


def test_a_count_before_la_opens_no_list_when_no_country_follows():
    text = ("Quan hệ quốc phòng\n\n"
            "Ngày 3/4, Thượng tướng Đỗ Văn Lâm tiếp Đại tá Karl Weber, Tùy viên Quốc phòng Đức. "
            "Hai nước là đối tác chiến lược từ năm 2011.\n")
    (meeting,) = events(text, PartialDate(2027, 4, 4), "Meeting")
    assert sorted(meeting.countries) == ["DEU", "VNM"]


def test_a_unit_that_holds_an_exchange_on_a_day_makes_an_exchange():
    text = ("Giao lưu biên giới\n\n"
            "Sáng 12/5, Bộ Chỉ huy Quân sự tỉnh Điện Biên phối hợp Bộ Chỉ huy Quân sự tỉnh Phông-sa-lỳ "
            "(Lào) tổ chức giao lưu hữu nghị với các nội dung văn nghệ, bóng chuyền.\n")
    doc = read(text, PartialDate(2027, 5, 13))
    found = [e for e in doc.events if e.type == "Exchange"]
    assert [(e.start, sorted(e.countries)) for e in found] == [(PartialDate(2027, 5, 12), ["LAO", "VNM"])]
    assert "event.held-by-subject" in rules_of(found)


def test_an_exchange_agreed_on_or_planned_is_not_held():
    for verb in ("nhất trí tổ chức", "sẽ tổ chức", "tiếp tục tổ chức"):
        text = ("Hội đàm biên giới\n\n"
                f"Ngày 12/5, hai bên {verb} giao lưu sĩ quan trẻ giữa Bộ Chỉ huy Quân sự tỉnh Điện Biên "
                "và tỉnh Phông-sa-lỳ (Lào).\n")
        assert events(text, PartialDate(2027, 5, 13), "Exchange") == [], verb


def test_a_visit_set_against_its_background_is_the_one_told_not_another():
    text = ("Tàu Hải quân Pháp thăm Đà Nẵng\n\n"
            "Sáng 9/4, tàu khu trục Bretagne của Hải quân Pháp đã cập cảng Tiên Sa, bắt đầu chuyến thăm "
            "hữu nghị Việt Nam đến ngày 12/4.\n\n"
            "Chuyến thăm diễn ra trong bối cảnh quan hệ Việt Nam - Pháp được nâng lên Đối tác chiến lược "
            "toàn diện từ tháng 5/2025.\n")
    doc = read(text, PartialDate(2027, 4, 10))
    assert [e.type for e in doc.events] == ["PortCall"]
    assert doc.events[0].start == PartialDate(2027, 4, 9)


def test_a_dialogue_the_sides_agree_to_hold_is_a_plan_not_an_event():
    for verb in ("nhất trí tổ chức", "thống nhất sớm tổ chức", "đồng ý tổ chức"):
        text = ("Hội đàm quốc phòng\n\n"
                "Chiều 14/3, Thượng tướng Đỗ Văn Lâm hội đàm với Trung tướng Arif Rahman, Thứ trưởng Quốc "
                f"phòng Malaysia. Hai bên {verb} Đối thoại Chính sách quốc phòng Việt Nam - Malaysia lần thứ 8 "
                "tại Kuala Lumpur vào năm 2028.\n")
        doc = read(text, PartialDate(2027, 3, 15))
        assert [e.type for e in doc.events] == ["Talks"], verb
        assert "event.wish-or-plan" in [d.rule for d in doc.dropped if d.layer == "event"], verb


def test_the_background_clause_names_the_rule_that_took_it_back():
    text = ("Tàu Hải quân Pháp thăm Đà Nẵng\n\n"
            "Sáng 9/4, tàu khu trục Bretagne của Hải quân Pháp đã cập cảng Tiên Sa, bắt đầu chuyến thăm "
            "hữu nghị Việt Nam đến ngày 12/4.\n\n"
            "Chuyến thăm diễn ra trong bối cảnh quan hệ hai nước phát triển tốt đẹp.\n")
    doc = read(text, PartialDate(2027, 4, 10))
    assert "event.this-one" in rules_of(doc.events)
