"""Receptions as real pages tell them: two state leaders receiving one visitor are two
meetings; a page's stamp glued before the headline does not date the headline's reception."""

from kg.model import PartialDate
from reading_helpers import events

TALKS = ("Sáng 4/7/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã hội đàm với "
         "ông Richard Marles, Phó Thủ tướng, Bộ trưởng Quốc phòng Australia.")


def test_two_state_leaders_receiving_one_visitor_are_two_meetings():
    text = (f"{TALKS}\n\nChiều cùng ngày, tại Phủ Chủ tịch và Trụ sở Chính phủ, Chủ tịch nước Tô Lâm và "
            "Thủ tướng Phạm Minh Chính đã tiếp ông Richard Marles.\n")
    meetings = events(text, kind="Meeting")
    assert len(meetings) == 2
    assert all(m.start == PartialDate(2024, 7, 4) and "AUS" in m.countries for m in meetings)
    assert all("event.one-meeting-per-leader" in m.readings[0].rules for m in meetings)


def test_a_minister_and_his_deputy_receiving_together_are_one_meeting():
    text = (f"{TALKS}\n\nChiều cùng ngày, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng và Thượng tướng "
            "Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp ông Greg Moriarty, Thư ký Quốc phòng Australia.\n")
    assert len(events(text, kind="Meeting")) == 1


def test_a_page_stamp_glued_before_the_headline_gives_way_to_the_bodys_day():
    text = (" date 2024-11-12 Đại tướng Phan Văn Giang tiếp Thư ký Quốc phòng Australia Greg Moriarty\n\n"
            "(Ngày Nay) - Chiều 11/11, tại Trụ sở Bộ Quốc phòng, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc "
            "phòng Việt Nam đã tiếp ông Greg Moriarty, Thư ký Quốc phòng Australia.\n")
    (meeting,) = events(text, kind="Meeting")
    assert meeting.start == PartialDate(2024, 11, 11)


def test_a_foreign_delegation_that_came_to_visit_and_exchange_with_a_unit_is_an_exchange():
    text = ("Vừa qua, đoàn sĩ quan trẻ Hải quân Malaysia do Trung tá Ahmad Faizal làm Trưởng đoàn đã đến thăm, "
            "giao lưu với cán bộ, học viên Học viện Hải quân.\n")
    (exchange,) = events(text, kind="Exchange")
    assert {"MYS", "VNM"} <= set(exchange.countries)


def test_a_delegation_going_on_a_day_to_one_foreign_countrys_units_visits_that_country():
    text = ("Ngày 14/4/2025, Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Quảng Trị do Đại tá Lê Văn Hùng làm trưởng "
            "đoàn đến thăm, chúc Tết Bunpimay các đơn vị lực lượng vũ trang tỉnh Savannakhet của nước bạn Lào.\n")
    (visit,) = events(text, kind="Visit")
    assert visit.start == PartialDate(2025, 4, 14)
    assert {"LAO", "VNM"} <= set(visit.countries)
    assert "event.delegation-goes-abroad" in visit.readings[0].rules


def test_a_delegation_going_to_a_unit_here_is_no_visit_abroad():
    text = ("Ngày 14/4/2025, Đoàn công tác Bộ Chỉ huy Quân sự tỉnh Quảng Trị đến thăm, chúc mừng Đồn Biên phòng "
            "Lao Bảo.\n")
    assert events(text, kind="Visit") == []


def test_a_visitor_calling_on_one_host_then_meeting_another_in_one_sentence_holds_two_meetings():
    text = ("Từ ngày 3 đến 6/3/2025, Đại tướng Yoshida Yoshihide, Tham mưu trưởng Liên quân Nhật Bản thăm chính "
            "thức Việt Nam. Trong thời gian chuyến thăm, Đại tướng Yoshida Yoshihide đã chào xã giao Thượng tướng "
            "Nguyễn Tân Cương, Tổng Tham mưu trưởng, hội kiến với Trung tướng Vũ Văn Kha, Tư lệnh Quân chủng "
            "Phòng không - Không quân.\n")
    meetings = events(text, kind="Meeting")
    assert len(meetings) == 2
    assert all("JPN" in m.countries for m in meetings)


def test_a_reception_and_talks_with_one_guest_share_him():
    text = ("Chiều 5/3/2025, Đại tướng Phan Văn Giang tiếp và hội đàm với ông Richard Marles, Bộ trưởng Quốc "
            "phòng Australia.\n")
    assert len(events(text, kind="Meeting")) <= 1


def test_a_foreign_delegation_coming_to_a_unit_here_visits_vietnam():
    text = ("Sáng 12/3/2025, tại Hà Nội, Học viện Quốc phòng tổ chức lễ đón Đoàn học viên Đại học Quốc phòng "
            "Hoa Kỳ do Chuẩn tướng John Smith làm trưởng đoàn sang thăm và làm việc.\n")
    (visit,) = events(text, kind="Visit")
    assert {"USA", "VNM"} <= set(visit.countries)


def test_a_reception_told_with_a_word_of_it_is_a_reception():
    text = ("Chiều 21/2/2024, sau lễ đón, Thượng tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng đã tiếp, trao đổi "
            "với Đô đốc Pierre Martin, Tham mưu trưởng Liên quân Pháp. Cùng ngày, Đô đốc Pierre Martin đã đến "
            "chào xã giao Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng.\n")
    meetings = events(text, kind="Meeting")
    assert len(meetings) == 2
    assert all(m.start == PartialDate(2024, 2, 21) and "FRA" in m.countries for m in meetings)
