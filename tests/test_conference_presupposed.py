"""A conference the page presupposes (round 50k): its headline cut, the page tells a bare "hội nghị" throughout,
and one sentence opens on its attendance by many countries' delegates ("Tham dự hội nghị có các Bộ trưởng ...
các nước ASEAN"): that is the page's own conference, as "Tại hội đàm, ..." presupposes the page's talks. A bare
conference attended by a province's own bodies opens nothing."""

from kg.model import PartialDate
from reading_helpers import events, rules_of

PAGE = ("Trung tướng Trần Văn Bình, Thứ trưởng Bộ Quốc phòng, dẫn đầu đoàn đại biểu Bộ Quốc phòng Việt Nam "
        "tham dự hội nghị.\n\n"
        "Tham dự hội nghị có các Tư lệnh Lục quân, lãnh đạo quân đội các nước ASEAN và đại diện Ban thư ký ASEAN. "
        "Trung tướng Trần Văn Bình dẫn đầu đoàn Việt Nam dự hội nghị.\n\n"
        "Phát biểu khai mạc hội nghị, Tư lệnh Lục quân Thái Lan Somsak Prakong nhấn mạnh vai trò của hợp tác "
        "khu vực.")


def test_conference_attended_by_many_countries_is_the_pages() -> None:
    found = events(PAGE, PartialDate(2025, 6), "Conference")
    assert len(found) == 1
    assert "event.conference-presupposed" in rules_of(found)
    assert {"VNM", "THA"} <= set(found[0].countries)
    assert str(found[0].start) == "2025-06"


def test_conference_of_a_provinces_bodies_opens_nothing() -> None:
    text = ("Sáng nay, Bộ Chỉ huy Quân sự tỉnh tổ chức tổng kết công tác năm. Tham dự hội nghị có lãnh đạo các cơ "
            "quan, đơn vị trong tỉnh. Phát biểu khai mạc hội nghị, Đại tá Lê Văn Cường nhấn mạnh nhiệm vụ năm tới.")
    assert events(text, PartialDate(2025, 6), "Conference") == []
