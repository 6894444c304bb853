"""'Cùng ngày, tại <another place>, ... cũng tổ chức buổi gặp mặt' after a reception told at one
place: another happening of its type, not a telling of the first (`event.held-elsewhere-too`)."""

from kg.model import PartialDate
from reading_helpers import events, rules_of

DAY = PartialDate(2025, 10, 1)


def test_same_day_gathering_at_another_city_is_its_own_meeting():
    found = events("Tối 1/10, tại Hà Nội, Đại sứ quán Lào tại Việt Nam tổ chức chiêu đãi kỷ niệm 50 năm "
                   "Ngày thành lập Quân đội nhân dân Lào. Dự buổi chiêu đãi có Thượng tướng Phạm Văn Bình. "
                   "Cùng ngày, tại Đà Nẵng, Tổng Lãnh sự quán Lào tại Đà Nẵng cũng tổ chức buổi gặp mặt "
                   "kỷ niệm. Thiếu tướng Trần Quốc Hưng dự và chúc mừng.", DAY, "Meeting")
    assert len(found) == 2
    assert "event.held-elsewhere-too" in rules_of(found)


def test_gathering_told_again_at_the_same_place_is_the_same_meeting():
    found = events("Tối 1/10, tại Hà Nội, Đại sứ quán Lào tại Việt Nam tổ chức chiêu đãi kỷ niệm 50 năm "
                   "Ngày thành lập Quân đội nhân dân Lào. Dự buổi chiêu đãi có Thượng tướng Phạm Văn Bình. "
                   "Tại buổi gặp mặt, Thượng tướng Phạm Văn Bình cũng chúc mừng Quân đội nhân dân Lào.",
                   DAY, "Meeting")
    assert len(found) == 1
