"""Round 29: a joint patrol told over days ("Từ ngày 18 đến 20/8, ... tuần tra chung ..., đồng thời diễn
tập ...") and a drill told apart on one of those days by drill words alone ("Ngày thứ hai (19/8), hai bên
diễn tập ...") are two exercises; a patrol told again on one of its days stays the patrol."""

from kg.model import PartialDate
from tests.reading_helpers import events

LEAD = ("Hải quân Việt Nam và Campuchia tuần tra chung lần thứ 48\n\n"
        "Từ ngày 11 đến 13/6, biên đội tàu Hải quân Việt Nam và Hải quân Hoàng gia Campuchia đã tuần tra chung "
        "lần thứ 48 trên vùng biển lịch sử giữa hai nước, đồng thời diễn tập cứu hộ tàu cá.\n\n")


def test_a_drill_told_apart_on_a_day_of_the_patrol_is_a_second_exercise():
    text = LEAD + ("Ngày thứ hai (12/6), hai bên diễn tập cứu hộ một tàu cá bị cháy buồng máy, có ngư dân bị "
                   "thương.\n")
    found = events(text, PartialDate(2027, 6, 14), "Exercise")
    assert sorted((e.start, e.end) for e in found) == [
        (PartialDate(2027, 6, 11), PartialDate(2027, 6, 13)), (PartialDate(2027, 6, 12), None)]


def test_the_patrol_told_again_on_one_of_its_days_stays_one():
    text = LEAD + "Sáng 12/6, hai tàu tiếp tục tuần tra chung ở khu vực phía Tây Nam đảo Thổ Chu.\n"
    found = events(text, PartialDate(2027, 6, 14), "Exercise")
    assert len(found) == 1
