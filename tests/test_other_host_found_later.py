"""A call whose opening names no host ("nhóm chỉ huy tàu đến chào xã giao Bộ Tư lệnh Vùng"), its host named by
a later telling ("Tiếp đoàn, Chuẩn Đô đốc A ..."), then "Chiều cùng ngày, B tiếp xã giao C": B, another host of
the same side, holds another reception (`event.other-host`). Sentences of our own."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

TEXT = (
    "Từ ngày 14 đến 17/10, tàu hộ vệ HMNZS Te Mana của Hải quân Hoàng gia New Zealand thăm hữu nghị thành phố Đà "
    "Nẵng.\n\n"
    "Sáng 14/10, ngay sau lễ đón, nhóm chỉ huy tàu đã đến chào xã giao Bộ Tư lệnh Vùng 3 Hải quân.\n\n"
    "Tiếp đoàn, Chuẩn Đô đốc Trương Văn Bình - Tư lệnh Vùng 3 Hải quân chúc mừng chuyến thăm thành công.\n\n"
    "Chiều cùng ngày, ông Lâm Quang Hòa - Phó Chủ tịch UBND thành phố tiếp xã giao Trung tá Oliver Grant và "
    "nhóm chỉ huy tàu.\n"
)


def test_afternoon_reception_by_another_host_is_its_own_meeting():
    meetings = events(TEXT, PartialDate(2026, 10, 15), "Meeting")
    assert [e.start.iso() for e in meetings] == ["2026-10-14", "2026-10-14"]
    assert "Trương Văn Bình" in meetings[0].participants and "Lâm Quang Hòa" not in meetings[0].participants
    assert {"Lâm Quang Hòa", "Oliver Grant"} <= set(meetings[1].participants)
    assert "event.other-host" in rules_of(meetings[1:])


def test_same_host_told_again_stays_one_meeting():
    text = TEXT.replace("ông Lâm Quang Hòa - Phó Chủ tịch UBND thành phố tiếp xã giao", "Chuẩn Đô đốc Trương Văn "
                        "Bình tiếp thân mật")
    assert len(events(text, PartialDate(2026, 10, 15), "Meeting")) == 1
