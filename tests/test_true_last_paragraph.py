"""A story's own last paragraph that looks foreign or civil stays (round 48k, noise17): a foreign navy's call at
a Vietnamese port, a foreign programme in a Vietnamese province, the story's guest's earlier or next stop abroad,
a provincial leader's civil meeting with the story's guest, the story's programme told again. Glued items of the
same shapes with no such tie still go. All sentences are our own."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read, removed

DAY = PartialDate(2026, 3, 6)
PORT_CALL = ("Tàu tuần tra Ấn Độ thăm thành phố Đà Nẵng\n\n"
             "Sáng 5/3, tàu tuần tra ICGS Vajra của Lực lượng Bảo vệ bờ biển Ấn Độ cập cảng Tiên Sa, thành phố Đà "
             "Nẵng, bắt đầu chuyến thăm 3 ngày.\n\n"
             "Chủ trì lễ đón có Đại tá Đoàn Minh Trí, Phó Tư lệnh Vùng Cảnh sát biển 2 cùng đại diện Sở Ngoại vụ thành "
             "phố.\n\n"
             "Trong chuyến thăm, thủy thủ đoàn hai nước sẽ trao đổi kinh nghiệm về tìm kiếm cứu nạn và phòng chống "
             "ô nhiễm môi trường biển.\n\n")
VISIT = ("Bộ trưởng Quốc phòng Australia thăm Việt Nam\n\n"
         "Từ ngày 10 đến 12/11, Bộ trưởng Quốc phòng Australia Graham Whitlock đã thăm chính thức Việt Nam theo lời "
         "mời của Đại tướng Lương Văn Tâm, Bộ trưởng Bộ Quốc phòng.\n\n"
         "Tại hội đàm, hai Bộ trưởng đánh giá cao hợp tác quốc phòng trong đào tạo và gìn giữ hòa bình.\n\n"
         "Hai bên nhất trí tăng cường hợp tác hải quân và an ninh biển.\n\n")
PROGRAMME = ("Khai mạc Chương trình Đối tác Thái Bình Dương tại Phú Yên\n\n"
             "Chương trình Đối tác Thái Bình Dương năm nay do Hải quân Mỹ chủ trì, với các đại diện từ Australia và "
             "Nhật Bản.\n\n"
             "Trong thời gian ở Phú Yên, các bác sĩ và kỹ sư của chương trình sẽ khám chữa bệnh và xây phòng học mới.\n\n"
             "Ban nhạc của Hạm đội Thái Bình Dương cũng sẽ biểu diễn cùng nghệ sĩ địa phương.\n\n")
DAY_VISIT = PartialDate(2025, 11, 12)


def test_a_foreign_navys_earlier_call_at_a_vietnamese_port_stays() -> None:
    last = "Trước đó, ngày 1/3, hai tàu khu trục của Hải quân Anh cũng đã cập cảng Tiên Sa, bắt đầu chuyến thăm 4 ngày."
    doc = read(PORT_CALL + last + "\n", DAY)
    assert "cảng Tiên Sa, bắt đầu chuyến thăm 4 ngày" in doc.text
    assert "clean.foreign-news-item-at-end" not in removed(doc)


def test_a_foreign_navys_programme_in_a_vietnamese_province_stays() -> None:
    last = ("Ngày 18/6, chương trình nhân đạo do Hải quân Canada chủ trì cũng đã khai mạc tại tỉnh Quảng Nam, với "
            "các hoạt động khám chữa bệnh và xây trường học.")
    doc = read(PORT_CALL + last + "\n", DAY)
    assert "tỉnh Quảng Nam" in doc.text
    assert "clean.foreign-item-at-end" not in removed(doc)


def test_the_pacific_is_no_vietnamese_province() -> None:
    last = ("Ngày 3/3, hai tàu khu trục của Hải quân Anh đã cập cảng Manila, sau cuộc tập trận ở Thái Bình Dương "
            "cùng Philippines.")
    doc = read(PORT_CALL + last + "\n", DAY)
    assert "clean.foreign-news-item-at-end" in removed(doc)


def test_the_story_guests_earlier_stop_abroad_stays() -> None:
    last = "Trước đó, ngày 9/11, Bộ trưởng Graham Whitlock đã thăm Singapore và hội đàm với người đồng cấp nước này."
    doc = read(VISIT + last + "\n", DAY_VISIT)
    assert "đã thăm Singapore" in doc.text


def test_another_ministers_dated_trip_abroad_still_goes() -> None:
    last = "Ngày 9/11, Bộ trưởng Ngoại giao Đức Klaus Berger đã thăm Singapore và hội đàm với người đồng cấp nước này."
    doc = read(VISIT + last + "\n", DAY_VISIT)
    assert "clean.foreign-news-item-at-end" in removed(doc)
    assert "Klaus Berger" not in {o.name for o in doc.officials}


def test_a_provincial_leaders_civil_meeting_with_the_story_guest_stays() -> None:
    last = ("Chiều cùng ngày, ông Lý Quốc Hưng, Chủ tịch UBND tỉnh Quảng Trị đã tiếp Bộ trưởng Whitlock, trao đổi "
            "về hợp tác du lịch, giáo dục và thương mại.")
    doc = read(VISIT + last + "\n", DAY_VISIT)
    assert "clean.civil-item-at-end" not in removed(doc)


def test_a_provincial_leaders_civil_meeting_with_another_guest_still_goes() -> None:
    last = ("Chiều cùng ngày, ông Lý Quốc Hưng, Chủ tịch UBND tỉnh Quảng Trị đã tiếp ông Henk Visser, Tổng Lãnh sự "
            "Hà Lan, trao đổi về hợp tác du lịch, giáo dục và thương mại.")
    doc = read(VISIT + last + "\n", DAY_VISIT)
    assert "Henk Visser" not in doc.text


def test_the_storys_programme_told_again_stays() -> None:
    last = ("Tối nay, 20/6, tại quảng trường trung tâm thành phố Tuy Hòa sẽ diễn ra lễ khai mạc Chương trình đối tác "
            "Thái Bình Dương năm 2025.")
    doc = read(PROGRAMME + last + "\n", PartialDate(2025, 6, 20))
    assert "clean.civil-item-at-end" not in removed(doc)


def test_a_civil_item_of_the_storys_frame_stays() -> None:
    last = ("Ngày 19/6, các bác sĩ đã khám bệnh, phát thuốc miễn phí cho hơn 600 người dân xã An Hải trong khuôn "
            "khổ chương trình.")
    doc = read(PROGRAMME + last + "\n", PartialDate(2025, 6, 20))
    assert "xã An Hải trong khuôn khổ chương trình" in doc.text


def test_a_foreign_units_medical_work_within_the_visit_stays() -> None:
    last = ("Ngày 6/3, các bác sĩ Ấn Độ đã khám bệnh, phát thuốc miễn phí cho hơn 600 người dân xã Hòa Bắc trong "
            "khuôn khổ chuyến thăm.")
    doc = read(PORT_CALL + last + "\n", DAY)
    assert "xã Hòa Bắc" in doc.text


def test_a_civil_item_with_a_frame_of_its_own_still_goes() -> None:
    last = ("Chiều 19/6, Chủ tịch UBND tỉnh Bình Định Hồ Văn Lực đã tiếp Thống đốc bang Victoria, trong khuôn khổ "
            "chuyến thăm cấp bang tới Việt Nam, trao đổi về giáo dục và du lịch.")
    doc = read(PROGRAMME + last + "\n", PartialDate(2025, 6, 20))
    assert "clean.civil-item-at-end" in removed(doc)
