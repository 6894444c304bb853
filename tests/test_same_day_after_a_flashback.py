""""Cùng ngày" told after a flashback is the day of the story's own happening (round 45c)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of


def _meetings(text):
    return sorted((e for e in events(text, PartialDate(2026, 3, 5), kind="Meeting")), key=lambda e: str(e.start))


def test_recalled_talks_with_a_title_after_the_name_do_not_date_same_day():
    text = (
        "Chiều 5/3, tại Hà Nội, Thủ tướng Chính phủ Nguyễn Văn Bình đã tiếp Bộ trưởng Quốc phòng Hàn Quốc "
        "Park Min-su đang thăm chính thức Việt Nam.\n\n"
        "Thủ tướng hoan nghênh chuyến thăm; đánh giá cao kết quả cuộc hội đàm giữa Bộ trưởng với Đại tướng "
        "Trần Quốc Hải, Bộ trưởng Bộ Quốc phòng Việt Nam hôm 4/3.\n\n"
        "Sáng cùng ngày, Chủ tịch nước Lê Minh Tâm tiếp Bộ trưởng Quốc phòng Hàn Quốc Park Min-su tại Phủ Chủ tịch."
    )
    days = {str(e.start) for e in _meetings(text)}
    assert days == {"2026-03-05"}


def test_back_at_the_told_day_after_a_relative_day():
    text = (
        "Sáng 5/3, tại Phủ Chủ tịch, Chủ tịch nước Lê Minh Tâm đã tiếp Đại tướng Arjun Mehta, Tư lệnh Lục quân "
        "Ấn Độ, đang thăm chính thức Việt Nam.\n\n"
        "Chiều hôm trước, Thượng tướng Đỗ Văn Kiên đã chủ trì lễ đón và hội đàm với Đại tướng Arjun Mehta.\n\n"
        "Dự buổi tiếp có ông Ravi Nair, Đại sứ Ấn Độ tại Việt Nam.\n\n"
        "Chiều cùng ngày, Đại tướng Phạm Quang Vinh, Bộ trưởng Bộ Quốc phòng đã tiếp xã giao Đại tướng Arjun Mehta."
    )
    found = _meetings(text)
    assert found and all(str(e.start) == "2026-03-05" for e in found)
    assert "event.back-at-the-told-day" in rules_of(found)


def test_same_day_after_a_relative_day_still_moves_without_a_return():
    text = (
        "Sáng 5/3, Bộ trưởng Quốc phòng Việt Nam Phạm Quang Vinh hội đàm với Bộ trưởng Quốc phòng Lào Khamsay Vong.\n\n"
        "Sáng hôm sau, Thủ tướng Nguyễn Văn Bình tiếp Bộ trưởng Khamsay Vong.\n\n"
        "Chiều cùng ngày, Chủ tịch nước Lê Minh Tâm tiếp Bộ trưởng Khamsay Vong."
    )
    days = sorted(str(e.start) for e in _meetings(text))
    assert days == ["2026-03-06", "2026-03-06"]
