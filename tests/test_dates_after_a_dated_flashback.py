"""Days told against a story that went back and came again (round 48h): "cùng ngày" after a flashback opened by
"Trước đó, <day>," is the lead's day when the story came back to the lead's host in between; a later year told
of a happening with a day of its own ("trong năm 2026" of the period reviewed) does not replace that day; a past
"chuyến thăm cảng X của tàu Y" is a port call."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events, rules_of

DAY = PartialDate(2026, 5, 14)
LEAD = ("Chiều 13/5, tại trụ sở Chính phủ, Thủ tướng Đoàn Minh Triết tiếp ông Jan Novák, Bộ trưởng Quốc phòng "
        "Séc, đang thăm chính thức Việt Nam từ ngày 12-14/5.\n\n"
        "Thủ tướng đề nghị hai bên mở rộng hợp tác đào tạo và công nghiệp quốc phòng.\n\n"
        "Trước đó, chiều 12/5, Đại tướng Lạc Văn Kiên, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Jan Novák "
        "tại trụ sở Bộ Quốc phòng.\n\n")


def _president_meeting(text: str):
    found = [m for m in events(text, DAY, "Meeting") if "Tạ Quang Nhật" in m.participants]
    assert len(found) == 1
    return found[0]


def test_same_day_after_the_story_came_back_is_the_leads_day() -> None:
    text = LEAD + ("Về hợp tác đa phương, Thủ tướng nhấn mạnh vai trò của ASEAN.\n\n"
                   "Sáng cùng ngày, Chủ tịch nước Tạ Quang Nhật cũng đã tiếp Bộ trưởng Quốc phòng Séc.\n")
    meeting = _president_meeting(text)
    assert str(meeting.start) == "2026-05-13"
    assert "event.back-from-a-dated-flashback" in rules_of([meeting])


def test_same_day_right_after_the_flashback_is_the_flashbacks_day() -> None:
    text = LEAD + ("Hai Bộ trưởng nhất trí sớm ký kế hoạch hợp tác quốc phòng giai đoạn tới.\n\n"
                   "Sáng cùng ngày, Chủ tịch nước Tạ Quang Nhật cũng đã tiếp Bộ trưởng Quốc phòng Séc.\n")
    assert str(_president_meeting(text).start) == "2026-05-12"


def test_a_year_told_later_of_the_talks_keeps_their_day() -> None:
    text = ("Sáng nay, tại Cửa khẩu Tà Lùng, Bộ Chỉ huy BĐBP tỉnh Cao Bằng tổ chức hội đàm với Chi đội Quản lý "
            "biên giới Long Châu (Trung Quốc).\n\n"
            "Tại hội đàm, hai bên đánh giá trong năm 2026 đã phối hợp tổ chức 18 đợt tuần tra song phương.\n\n"
            "Kết thúc hội đàm, hai bên ký Biên bản hội đàm.\n")
    talks = events(text, PartialDate(2026, 11, 20), "Talks")
    assert [str(t.start) for t in talks] == ["2026-11-20"]


def test_a_ships_past_visit_to_a_port_is_a_port_call() -> None:
    text = ("Ngày 3/6, Chuẩn Đô đốc Hà Đức Vượng, Tư lệnh Vùng 4 Hải quân đã tiếp Đại tá Ahmad Rizal, Tùy viên "
            "Quốc phòng Malaysia.\n\n"
            "Hai bên đánh giá cao kết quả chuyến thăm cảng Cam Ranh của tàu KD Lekiu hồi tháng 4 và thống nhất "
            "tăng cường giao lưu hải quân.\n")
    found = events(text, PartialDate(2026, 6, 3))
    assert [e.type for e in found if str(e.start) == "2026-04"] == ["PortCall"]
