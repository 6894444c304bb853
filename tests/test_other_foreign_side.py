"""Talks or a meeting between two foreign countries a Vietnamese page tells, one side told only by a
head's title and country (unnamed, or a former leader who is no official): that country is the other
side, not Vietnam (event.other-foreign-side)."""

from tests.reading_helpers import events, of_type, read, rules_of


def test_unnamed_president_is_the_other_side():
    doc = read("Ngày 3/4, Tổng thống Pháp đã hội đàm với Thủ tướng Campuchia Hun Manet tại Phnom Penh.")
    talks = of_type(doc.events, "Talks")
    assert len(talks) == 1 and set(talks[0].countries) == {"FRA", "KHM"}
    assert "event.other-foreign-side" in rules_of(talks)
    assert not doc.partners


def test_former_leader_is_the_other_side():
    doc = read("Tại cuộc hội đàm với Tổng thống Philippines Ferdinand Marcos, cựu Thủ tướng Australia John Howard "
               "khẳng định hai nước là bạn bè lâu năm.")
    assert [set(e.countries) for e in of_type(doc.events, "Talks")] == [{"PHL", "AUS"}]
    assert not doc.partners


def test_minister_by_ministry_and_country():
    doc = read("Bộ trưởng Quốc phòng Mỹ đã hội đàm với người đồng cấp Ấn Độ Rajnath Singh tại New Delhi ngày 3/4.")
    assert "VNM" not in {c for e in doc.events for c in e.countries}


def test_vietnamese_unit_keeps_vietnam():
    found = events("Chiều 5/6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lắk hội đàm với Ty Công an tỉnh Mondulkiri "
                   "về tình hình biên giới.", kind="Talks")
    assert [set(e.countries) for e in found] == [{"VNM", "KHM"}]


def test_vietnamese_official_keeps_vietnam():
    doc = read("Ngày 3/4, tại Hà Nội, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Campuchia Tea Seiha. "
               "Hai bên nhất trí tăng cường hợp tác như Thủ tướng Nhật Bản đề xuất.")
    assert doc.partners == {"KHM"}
