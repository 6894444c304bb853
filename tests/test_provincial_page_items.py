"""Items at the end of a provincial page (round 48h): a civil reception glued after a defence story goes even
when a place name holds a defence word ("Vân Đồn"); a same-day item whose subject is the story's two sides
("hai đoàn") stays, though it holds no defence word; a provincial leader receiving a visiting ship's command
group is a Meeting."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events, read, removed

DAY = PartialDate(2026, 3, 12)
PATROL = ("Trong hai ngày 10 và 11/3, Bộ Tư lệnh Vùng 1 Hải quân và Hải quân Trung Quốc tổ chức tuần tra "
          "liên hợp lần thứ 42 trên Vịnh Bắc Bộ.\n\n"
          "Phía Việt Nam có tàu HQ-266 do Chuẩn Đô đốc Đàm Quang Vinh, Tư lệnh Vùng 1 Hải quân, làm Chỉ huy trưởng.\n\n"
          "Chiều 11/3, hai bên ký Biên bản tuần tra liên hợp lần thứ 42.\n\n"
          "Tuần tra liên hợp được duy trì mỗi năm hai lần theo thỏa thuận giữa hai Bộ Quốc phòng.\n\n")


def test_a_civil_reception_naming_a_place_with_a_defence_word_goes() -> None:
    doc = read(PATROL + "Sáng 11/3, Phó Chủ tịch UBND tỉnh Lê Thị Minh Hằng đã tiếp Tổng Lãnh sự Nhật Bản tại "
               "Hải Phòng Sato Kenji. Hai bên bàn về mở rộng cảng hàng không Vân Đồn và thu hút du khách Nhật Bản "
               "đến các khu du lịch của tỉnh.\n", DAY)
    assert "clean.civil-item-at-end" in removed(doc)
    assert {"Lê Thị Minh Hằng", "Sato Kenji"}.isdisjoint({o.name for o in doc.officials})


def test_a_border_post_named_by_its_word_still_makes_an_item_of_defence() -> None:
    doc = read(PATROL + "Sáng 11/3, cán bộ Đồn Biên phòng Quảng Đức đã tiếp đoàn học sinh trường Nhật Bản "
               "Sato Kenji dẫn đầu đến tham quan.\n", DAY)
    assert "clean.civil-item-at-end" not in removed(doc)


TALKS = ("Ngày 20/3, tại thành phố Sơn La, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Sơn La và Bộ Chỉ huy Quân sự tỉnh "
         "Hủa Phăn (Lào) tổ chức hội đàm định kỳ năm 2026 về công tác phối hợp quản lý, bảo vệ đường biên giới và "
         "hệ thống mốc quốc giới giữa hai tỉnh.\n\n"
         "Chủ trì hội đàm phía Việt Nam là Đại tá Cầm Văn Thịnh, Chỉ huy trưởng BĐBP tỉnh; phía Lào do Đại tá "
         "Xổm-phết Vông-xa, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hủa Phăn làm trưởng đoàn.\n\n"
         "Hai bên thống nhất tiếp tục duy trì tuần tra song phương, trao đổi thông tin kịp thời về tội phạm ma "
         "túy, mua bán người và xuất nhập cảnh trái phép qua các lối mở trên tuyến biên giới.\n\n"
         "Kết thúc hội đàm, hai trưởng đoàn đã ký Biên bản hội đàm, thống nhất năm nội dung phối hợp trọng tâm "
         "trong năm tới và giao các đồn biên phòng hai bên cụ thể hóa kế hoạch.\n\n")


def test_a_same_day_item_of_the_two_delegations_stays_as_their_exchange() -> None:
    doc = read(TALKS + "Cùng ngày, tại sân vận động tỉnh, hai đoàn đã tổ chức giao lưu văn nghệ, thi đấu bóng đá "
               "và bóng chuyền hữu nghị, với nhiều tiết mục ca múa mang đậm bản sắc các dân tộc vùng biên.\n",
               PartialDate(2026, 3, 21))
    assert "clean.civil-item-at-end" not in removed(doc)
    exchanges = [e for e in doc.events if e.type == "Exchange"]
    assert [str(e.start) for e in exchanges] == ["2026-03-20"]


def test_a_same_day_trade_item_of_other_people_still_goes() -> None:
    doc = read(TALKS + "Cùng ngày, tại Sở Công Thương, ông Lù Văn Páo, Giám đốc Sở Công Thương tỉnh đã tiếp đoàn "
               "doanh nghiệp Hàn Quốc, bàn về tiêu thụ cà phê.\n", PartialDate(2026, 3, 21))
    assert removed(doc)
    assert "Lù Văn Páo" not in {o.name for o in doc.officials}


def test_a_provincial_leader_receiving_a_ships_command_group_is_a_meeting() -> None:
    text = ("Từ ngày 5 đến 8/4, tàu HMAS Warrego của Hải quân Hoàng gia Australia thăm thành phố Đà Nẵng.\n\n"
            "Sáng 5/4, Bộ Tư lệnh Vùng 3 Hải quân tổ chức lễ đón tàu tại cảng Tiên Sa.\n\n"
            "Chiều cùng ngày, ông Trương Quốc Bảo, Phó Chủ tịch UBND thành phố Đà Nẵng đã tiếp nhóm chỉ huy tàu do "
            "Trung tá Liam Kerrigan dẫn đầu.\n")
    meetings = events(text, PartialDate(2026, 4, 5), "Meeting")
    assert [str(m.start) for m in meetings] == ["2026-04-05"]
    assert {"Trương Quốc Bảo", "Liam Kerrigan"} <= set(meetings[0].participants)
