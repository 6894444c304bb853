"""A sentence told of another time ('Trước đó, năm 2023, ...') dates no sentence after it; a
flotilla's visit told again under a year alone is the port call already told."""

from kg.model import PartialDate
from reading_helpers import events

TALKS = ("Ngày 14/3/2025, tại Canberra, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng Việt Nam đã "
         "hội đàm với ông Richard Marles, Phó Thủ tướng, Bộ trưởng Quốc phòng Australia.")


def test_a_background_year_does_not_date_the_next_paragraphs_meeting():
    text = (f"Thứ trưởng Bộ Quốc phòng thăm Australia\n\n{TALKS}\n\n"
            "Tại hội đàm, hai bên đánh giá cao hợp tác quốc phòng. Trước đó, năm 2022, hai bên đã ký "
            "Bản ghi nhớ về hợp tác gìn giữ hòa bình.\n\n"
            "Cũng trong chuyến thăm, Thượng tướng Nguyễn Văn Bình chào xã giao ông Anthony Albanese, "
            "Thủ tướng Australia.\n")
    meetings = events(text, kind="Meeting")
    assert [m.start for m in meetings] == [PartialDate(2025, 3, 14)]


def test_a_background_sentence_with_its_own_day_still_dates_itself():
    text = (f"Thứ trưởng Bộ Quốc phòng thăm Australia\n\n{TALKS}\n\n"
            "Trước đó, ngày 12/3/2025, Thượng tướng Nguyễn Văn Bình đã tiếp ông David Johnston, Tư lệnh "
            "Lực lượng Quốc phòng Australia.\n")
    assert PartialDate(2025, 3, 12) in [m.start for m in events(text, kind="Meeting")]


def test_a_flotillas_visit_told_under_its_year_is_the_port_call_told():
    text = ("Tàu Hải quân Pháp thăm Đà Nẵng\n\n"
            "Sáng 20/11/2025, tàu hộ vệ FS Vendémiaire của Hải quân Pháp cập cảng Tiên Sa, bắt đầu chuyến "
            "thăm hữu nghị thành phố Đà Nẵng.\n\n"
            "Năm 2025 là năm kỷ niệm quan hệ hai nước Chuyến thăm của đoàn tàu Hải quân Pháp góp phần "
            "tăng cường hiểu biết giữa hải quân hai nước.\n")
    found = events(text)
    assert [(e.type, e.start) for e in found] == [("PortCall", PartialDate(2025, 11, 20))]


def test_a_visit_under_way_this_month_told_again_with_its_days_is_one_visit():
    text = ("Chủ tịch nước tiếp Tổng Tham mưu trưởng Quân đội Thái Lan\n\n"
            "Chiều 12-3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại tướng Songwit Noonpackdee, "
            "Tổng Tham mưu trưởng Quân đội Hoàng gia Thái Lan đang thăm chính thức Việt Nam.\n\n"
            "Chuyến thăm chính thức Việt Nam từ ngày 11 đến 13-3 của Đại tướng Songwit Noonpackdee được "
            "thực hiện theo lời mời của Thượng tướng Nguyễn Tân Cương.\n")
    (visit,) = events(text, kind="Visit")
    assert (visit.start.month, visit.start.day, visit.end.day) == (3, 11, 13)


def test_a_delegation_back_home_tells_its_visit_abroad():
    text = ("Chiều 7/3/2025, Đại tướng Phan Văn Giang và đoàn đại biểu quân sự cấp cao Việt Nam đã về đến Hà Nội, "
            "kết thúc tốt đẹp chuyến thăm chính thức Nhật Bản.\n")
    (visit,) = events(text, kind="Visit")
    assert {"JPN", "VNM"} <= set(visit.countries)


def test_a_ship_back_home_is_still_no_port_call_of_its_return():
    text = ("Ngày 2/9/2025, tàu CSB 8001 đã cập cảng Hải đội 301, kết thúc tốt đẹp chuyến thăm và giao lưu "
            "với Lực lượng Tuần duyên Ấn Độ.\n")
    assert events(text, kind="PortCall") == [] and events(text, kind="Visit") == []


def test_a_meeting_told_at_a_place_in_a_story_told_day_by_day_is_on_the_day_last_told():
    text = ("Sáng 14/10/2024, Thủ tướng Thái Lan rời Hà Nội, kết thúc chuyến thăm chính thức Việt Nam.\n\n"
            "Tối 12/10, Tổng Bí thư Tô Lâm đã hội kiến với Thủ tướng Thái Lan Paetongtarn Shinawatra.\n\n"
            "Sáng 13/10, Thủ tướng Phạm Minh Chính và Thủ tướng Paetongtarn Shinawatra đã hội đàm.\n\n"
            "Ông Trần Văn Bình: “Thái Lan và Việt Nam là đối tác tin cậy”\n\n"
            "Tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã có cuộc hội kiến với Thủ tướng Paetongtarn "
            "Shinawatra.\n")
    starts = {m.start for m in events(text, kind="Meeting") if "Trần Thanh Mẫn" in m.participants}
    assert starts == {PartialDate(2024, 10, 13)}
