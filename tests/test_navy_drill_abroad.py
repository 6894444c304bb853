"""A Vietnamese ship at a multilateral naval drill abroad, told by a navy paper (round 46, sentences of our own):
- the navies told after the drill's sentence ("Cùng tham gia có tàu và đoàn đại biểu hải quân A, B, C ...") take part
  in it (`event.back-reference`);
- the ship's docking at the drill's port on one of its days, with no foreign side told ("Tàu 016 cập cảng X, ngày
  3-3." as a caption) is its arrival to take part, no port call of its own (`event.arrival-at-the-drill`);
- a stop on the way told with its programme after a ";" ("đã thăm xã giao Căn cứ Hải quân Y; chào xã giao Bộ Tư lệnh
  ..., giao lưu thể thao với ...") is one port call: the courtesy call and the sports are its items
  (`event.item-of-the-call`), unless someone is named in them."""

from kg.model import PartialDate
from tests.reading_helpers import drops, events, of_type, read, rules_of

PAGE = PartialDate(2027, 3, 9)

DRILL = (
    "Từ ngày 3 đến 10-3, tại thành phố Pattaya (Thái Lan), Hải quân Hoàng gia Thái Lan tổ chức Diễn tập hải quân "
    "đa phương Biển Xanh 2027. Hải quân nhân dân Việt Nam cử Tàu 016 cùng đoàn công tác tham gia.\n\n"
)


def test_navies_told_after_the_drill_take_part_in_it() -> None:
    text = DRILL + "Cùng tham gia có tàu và đoàn đại biểu hải quân Singapore, Hàn Quốc, Brunei cùng một số nước khác.\n"
    drills = events(text, PAGE, "Exercise")
    assert len(drills) == 1
    assert {"VNM", "THA", "SGP", "KOR", "BRN"} <= set(drills[0].countries)
    assert "event.back-reference" in rules_of(drills)


def test_navies_after_taking_part_in_the_drill_this_year() -> None:
    text = DRILL + "Tham gia diễn tập năm nay còn có tàu chiến của hải quân các nước Nhật Bản, Ấn Độ và Australia.\n"
    drills = events(text, PAGE, "Exercise")
    assert len(drills) == 1
    assert {"JPN", "IND", "AUS"} <= set(drills[0].countries)


def test_the_ships_docking_at_the_drills_port_is_no_port_call() -> None:
    text = DRILL + "Tàu 016 cập cảng Pattaya, ngày 3-3.\n"
    found = events(text, PAGE)
    assert [e.type for e in found] == ["Exercise"]
    assert "event.arrival-at-the-drill" in rules_of(found)


def test_a_docking_before_the_drill_stays_a_port_call() -> None:
    text = DRILL + "Trước đó, ngày 27-2, Tàu 016 đã cập cảng Sihanoukville, Campuchia, thăm hữu nghị Hải quân Hoàng gia Campuchia.\n"
    calls = events(text, PAGE, "PortCall")
    assert len(calls) == 1 and calls[0].start == PartialDate(2027, 2, 27)


STOP = DRILL + (
    "Trước đó, từ ngày 25 đến 27-2, trên đường đến Thái Lan, Tàu 016 đã thăm xã giao Căn cứ Hải quân Sihanoukville, "
    "Campuchia; chào xã giao Bộ Tư lệnh Vùng 3 Hải quân Hoàng gia Campuchia, giao lưu bóng chuyền với thủy thủ nước bạn.\n"
)


def test_a_stops_courtesy_call_and_sports_are_items_of_the_call() -> None:
    doc = read(STOP, PAGE)
    assert sorted(e.type for e in doc.events) == ["Exercise", "PortCall"]
    call = of_type(doc.events, "PortCall")[0]
    assert call.start == PartialDate(2027, 2, 25) and set(call.countries) == {"VNM", "KHM"}
    assert drops(doc, "event").count("event.item-of-the-call") == 2


def test_a_named_courtesy_call_after_the_call_stays_a_meeting() -> None:
    text = STOP.replace("chào xã giao Bộ Tư lệnh Vùng 3", "chào xã giao Chuẩn Đô đốc Mok Sophal, Tư lệnh Vùng 3")
    meetings = events(text, PAGE, "Meeting")
    assert len(meetings) == 1 and "Mok Sophal" in meetings[0].participants


def test_a_host_named_before_the_reception_item_keeps_it() -> None:
    text = DRILL + (
        "Ngày 27-2, Tàu 016 cập Quân cảng Ream, Campuchia; Chuẩn Đô đốc Mok Sophal, Tư lệnh Vùng 3 Hải quân Hoàng gia "
        "Campuchia đã tiếp trưởng đoàn Việt Nam vào sáng 28-2.\n"
    )
    meetings = events(text, PAGE, "Meeting")
    assert len(meetings) == 1 and meetings[0].start == PartialDate(2027, 2, 28)
