"""A lead summing up several items split by ';': the forces listed in one item are not another item's (round 34)."""

from kg.model import PartialDate

from tests.reading_helpers import events

LEAD = (
    "Tuần qua: đối thoại với Ba Lan, diễn tập cứu hộ tại Lào\n\n"
    "Thứ trưởng Hoàng Văn Bảo đồng chủ trì đối thoại tại Warszawa; lực lượng công binh Việt Nam lần đầu "
    "diễn tập chung với Lào; tàu Hải quân Ấn Độ thăm Đà Nẵng.\n\n"
    "Ngày 10/9, tại Warszawa (Ba Lan), Thượng tướng Hoàng Văn Bảo, Thứ trưởng Bộ Quốc phòng và ông Jan "
    "Kowalczyk, Thứ trưởng Bộ Quốc phòng Ba Lan, đồng chủ trì Đối thoại Chính sách quốc phòng Việt Nam - Ba Lan lần thứ 2."
)


def test_the_ships_navy_is_not_the_drills() -> None:
    drills = events(LEAD, PartialDate(2025, 9, 14), "Exercise")
    assert drills and all("IND" not in e.countries for e in drills), [(e.label, e.countries) for e in drills]


def test_forces_listed_in_the_drills_own_sentence_still_count() -> None:
    text = ("Sáng 11/9, tại vùng biển Đà Nẵng, tàu Hải quân Việt Nam diễn tập chung cùng tàu của Hải quân Ấn Độ "
            "và Hải quân Nhật Bản.")
    drills = events(text, PartialDate(2025, 9, 14), "Exercise")
    assert drills and {"IND", "JPN"} <= set(drills[0].countries), [(e.label, e.countries) for e in drills]
