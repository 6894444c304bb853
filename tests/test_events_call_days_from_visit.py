"""Round 29: a port call told first on one day of the ship's stay (its crew's call somewhere, "hôm qua,
tàu ... đã cập cảng") takes the days of the friendship visit told as the ship's ("chuyến thăm ... từ ngày
3 đến 6/11 của tàu X"), whichever of its days it was told on; a call told again on its first day then
folds into it."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

CREW_STOP = (
    "Nhà máy Z189 đón đoàn chỉ huy tàu Hải quân Hoàng gia Thái Lan\n\n"
    "Nhân chuyến thăm hữu nghị thành phố Hải Phòng từ ngày 3 đến 6/11 của tàu hộ vệ HTMS Krabi, chiều 4/11, "
    "đoàn chỉ huy tàu đã đến thăm và làm việc tại Nhà máy Z189.\n\n"
    "Tàu HTMS Krabi của Hải quân Hoàng gia Thái Lan cùng 90 sĩ quan, thủy thủ cập cảng Hải Phòng sáng 3/11.\n"
)

TOLD_NEXT_DAY = (
    "Tàu Hải quân Ấn Độ thăm Đà Nẵng\n\n"
    "Ngày 15/3, Bộ Tư lệnh Vùng 3 Hải quân cho biết, chiều qua, tàu khu trục INS Kochi của Hải quân Ấn Độ "
    "đã cập cảng Tiên Sa, bắt đầu chuyến thăm hữu nghị thành phố Đà Nẵng.\n\n"
    "Chuyến thăm diễn ra từ ngày 14 đến 17/3, do Đại tá Hải quân Rahul Mehta, Chỉ huy trưởng tàu làm "
    "trưởng đoàn.\n"
)


def test_a_crew_stop_inside_the_stay_is_the_call_with_the_stay_s_days():
    found = events(CREW_STOP, PartialDate(2027, 11, 6), "PortCall")
    assert [(e.start, e.end) for e in found] == [(PartialDate(2027, 11, 3), PartialDate(2027, 11, 6))]
    assert "event.visit-of-a-call" in rules_of(found)


def test_a_call_told_the_day_after_it_began_takes_the_visit_s_days():
    found = events(TOLD_NEXT_DAY, PartialDate(2027, 3, 15), "PortCall")
    assert [(e.start, e.end) for e in found] == [(PartialDate(2027, 3, 14), PartialDate(2027, 3, 17))]
