"""A reception or meeting of several countries' delegations, listed after it, involves them all;
the headline below a page's stamp or widget leftovers is still the headline."""

from kg.model import PartialDate
from reading_helpers import events


def test_delegations_listed_after_the_countries_word_are_all_met():
    text = ("Bộ Quốc phòng gặp mặt các đoàn quân nhân nước ngoài\n\n"
            "Chiều 3/9/2024, tại Hà Nội, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng đã gặp mặt "
            "đoàn quân nhân các nước Nhật Bản, Ấn Độ, Hàn Quốc tham gia hội thao quân sự.\n")
    (meeting,) = events(text, kind="Meeting")
    assert {"JPN", "IND", "KOR", "VNM"} <= set(meeting.countries)
    assert "event.delegations-met" in meeting.readings[-1].rules


def test_delegations_listed_after_gom_and_a_number_are_all_met():
    text = ("Sáng 12/5/2024, Trung tướng Lê Văn Hải, Phó Tổng Tham mưu trưởng đã gặp mặt 3 đoàn sĩ quan trẻ "
            "gồm: Singapore, Malaysia và Brunei sang dự giao lưu.\n")
    (meeting,) = events(text, kind="Meeting")
    assert {"SGP", "MYS", "BRN", "VNM"} <= set(meeting.countries)


def test_a_headline_under_a_stamp_and_widget_leftovers_is_the_days_reception():
    text = ("12/04/2026\nx\n+\naa\n-\n\n"
            "Thứ trưởng Bộ Quốc phòng Nguyễn Văn Bình tiếp Đại sứ Italia\n\n"
            "(ĐCSVN) - Chiều 8/12, tại Hà Nội, Thượng tướng Nguyễn Văn Bình, Thứ trưởng Bộ Quốc phòng đã tiếp "
            "ông Marco Rossi, Đại sứ Italia tại Việt Nam, đến chào nhân dịp nhận nhiệm vụ.\n\n"
            "Quang cảnh buổi tiếp\n")
    (meeting,) = events(text, kind="Meeting")
    assert meeting.start == PartialDate(2025, 12, 8)
