"""A last paragraph framed by a season or holiday of its own ("Dịp nghỉ lễ 2/9 năm nay, ...", "Trong dịp Tết
Nguyên đán, ...") with no defence word and nobody of the story is another item glued to the page: a town's
tourism or trade news under a border story. "Dịp này, ..." is the story's own occasion told again (round 43)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read, removed

DAY = PartialDate(2026, 8, 20)
STORY = ("Ngày 20/8, tại cửa khẩu Lào Cai, Bộ Chỉ huy Bộ đội Biên phòng tỉnh hội đàm với Cục Quản lý xuất nhập cảnh "
         "Hà Khẩu (Vân Nam, Trung Quốc).\n\n"
         "Đoàn Việt Nam do Đại tá Khúc Văn Đoàn, Chỉ huy trưởng Bộ đội Biên phòng tỉnh dẫn đầu.\n\n"
         "Hai bên thống nhất tăng cường tuần tra song phương, trao đổi thông tin qua đường dây nóng.\n\n")


def test_a_holiday_tourism_item_closing_a_border_story_goes() -> None:
    doc = read(STORY + "Dịp nghỉ lễ 2/9 năm nay, thành phố dự kiến đón khoảng 8.000 lượt du khách Trung Quốc. Ông "
               "Bạch Văn Tùng, Giám đốc Sở Du lịch tỉnh cho biết các khách sạn đã kín phòng.\n", DAY)
    assert "Bạch Văn Tùng" not in {o.name for o in doc.officials}
    assert "clean.civil-item-at-end" in removed(doc)
    assert "Khúc Văn Đoàn" in {o.name for o in doc.officials}


def test_the_storys_occasion_told_again_stays() -> None:
    doc = read(STORY + "Dịp này, ông Bạch Văn Tùng, Phó Chủ tịch UBND tỉnh đã tặng quà hai đoàn.\n", DAY)
    assert "Bạch Văn Tùng" in {o.name for o in doc.officials}
