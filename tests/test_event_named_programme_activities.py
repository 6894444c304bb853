"""Activities in the plural of a programme written by its proper name and edition
("đồng chủ trì các hoạt động Giao lưu ... lần thứ 4") are that programme, held
(`event.activities-of-a-named-programme`); activities in lower case stay part of
what is told around them (`event.activities-in-the-plural`)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

PUB = PartialDate(2023, 10, 9)


def test_activities_of_a_named_edition_are_that_programme():
    text = (
        "Từ ngày 7 đến 9-10, Đại tướng Trần Văn Bình, Bộ trưởng Bộ Quốc phòng Việt Nam và Đại tướng "
        "Somsak Keomany, Bộ trưởng Bộ Quốc phòng Lào đồng chủ trì các hoạt động Giao lưu hữu nghị "
        "Quốc phòng biên giới Việt Nam - Lào lần thứ 4 tại tỉnh Điện Biên."
    )
    found = events(text, PUB, "Exchange")
    assert len(found) == 1
    ev = found[0]
    assert "lần thứ 4" in ev.label
    assert set(ev.countries) == {"VNM", "LAO"}
    assert ev.start == PartialDate(2023, 10, 7)
    assert "event.activities-of-a-named-programme" in rules_of(found)


def test_activities_in_lower_case_open_nothing_of_their_own():
    text = (
        "Sáng 8/10, tàu Hải quân Lào cập cảng Cam Ranh, bắt đầu chuyến thăm Việt Nam. Thủy thủ đoàn "
        "đã tham gia các hoạt động giao lưu thể thao với Vùng 4 Hải quân."
    )  # (told as done: a plan's "sẽ" would drop it whatever the activities rule says)
    assert not events(text, PUB, "Exchange")
