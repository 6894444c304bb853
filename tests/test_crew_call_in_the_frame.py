"""A port call told on an undated page, then its programme in the stay's frame (round 52g): the bare "chuyến thăm"
of "trong khuôn khổ chuyến thăm, ..." is the ship's visit, that call (`event.undated-visit-of-the-call`), and the
crew's call there naming no one is an item of its programme (`event.call-in-the-frame-of-the-call`); a call with a
named host stays a meeting."""

from tests.reading_helpers import drops, read, rules_of

CALL = ("Tàu hộ vệ HMNZS Te Kaha của Hải quân Hoàng gia New Zealand đã kết thúc chuyến thăm không chính thức tới cảng "
        "Cam Ranh, Việt Nam, người phát ngôn Lực lượng Quốc phòng New Zealand cho biết. ")
FRAME = "Ông cho biết thêm trong khuôn khổ chuyến thăm, các thủy thủ New Zealand đã gặp gỡ {whom} và tham quan Nha Trang."


def test_the_crews_call_in_the_stays_frame_is_part_of_the_call():
    doc = read(CALL + FRAME.format(whom="đại diện Bộ Tư lệnh Vùng 4 Hải quân"))
    assert [e.type for e in doc.events] == ["PortCall"]
    assert "event.undated-visit-of-the-call" in rules_of(doc.events)
    assert "event.call-in-the-frame-of-the-call" in drops(doc, "event")


def test_a_call_on_a_named_host_stays_a_meeting():
    doc = read(CALL + FRAME.format(whom="Chuẩn Đô đốc Trần Văn Lâm, Tư lệnh Vùng 4 Hải quân"))
    assert sorted(e.type for e in doc.events) == ["Meeting", "PortCall"]
    assert "event.call-in-the-frame-of-the-call" not in drops(doc, "event")
