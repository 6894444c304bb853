"""The restricted or informal edition of a meeting ("Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN (ADMM
Retreat)", held months before) is another meeting than the yearly one of the same name."""

from kg.model import PartialDate

from tests.reading_helpers import events

TEXT = ("Sáng 12-10, tại Kuala Lumpur, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 22 (ADMM-22) đã khai mạc "
        "với sự tham dự của Thượng tướng Trịnh Văn Hòa, Thứ trưởng Bộ Quốc phòng Việt Nam.\n\n"
        "Trước đó, tại Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN tổ chức hồi tháng 2-2028 ở Langkawi, các "
        "Bộ trưởng đã thống nhất chủ đề hợp tác năm nay.\n")


def test_the_yearly_meeting_keeps_its_own_day():
    conferences = events(TEXT, published=PartialDate(2028, 10, 12), kind="Conference")
    yearly = [e for e in conferences if "hẹp" not in e.label]
    assert yearly and yearly[0].start == PartialDate(2028, 10, 12)


def test_the_retreat_is_not_the_yearly_meeting():
    conferences = events(TEXT, published=PartialDate(2028, 10, 12), kind="Conference")
    assert not any("hẹp" in e.label and e.start == PartialDate(2028, 10, 12) for e in conferences)
