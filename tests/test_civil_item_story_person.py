"""A last paragraph opening as an item of its own ("Cùng ngày, ...") with no defence word stays when it names a
person of the story before: it is that person's next step, not another item glued on (round 28d)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read

DAY = PartialDate(2026, 4, 9)
STORY = ("Ngày 8/4, tại Canberra, Thứ trưởng Ngoại giao Đặng Minh Khuê và Thượng tướng Trần Hồng Sơn, Thứ trưởng "
         "Bộ Quốc phòng, đồng chủ trì Đối thoại Chiến lược Ngoại giao - Quốc phòng Việt Nam - Australia lần thứ 7.\n\n"
         "Hai bên trao đổi về hợp tác quốc phòng, an ninh biển và gìn giữ hòa bình Liên hợp quốc.\n\n"
         "Hai bên nhất trí tổ chức Đối thoại lần thứ 8 tại Hà Nội vào năm 2027.\n\n")


def test_the_storys_own_person_calling_on_a_foreign_official_that_day_stays() -> None:
    doc = read(STORY + "Cùng ngày, Thứ trưởng Đặng Minh Khuê đã chào xã giao Thứ trưởng Bộ Ngoại giao Australia "
               "Emma Collins, trao đổi về chuẩn bị các chuyến thăm cấp cao.\n", DAY)
    assert {o.name: o.country for o in doc.officials}.get("Emma Collins") == "AUS"


def test_a_trade_item_naming_nobody_of_the_story_still_goes() -> None:
    doc = read(STORY + "Cùng ngày, tại Sydney, ông Peter Grant, Tổng Giám đốc Tập đoàn Năng lượng Bắc Úc, đã "
               "tiếp đoàn doanh nghiệp Việt Nam, bàn về đầu tư năng lượng sạch.\n", DAY)
    assert "Peter Grant" not in {o.name for o in doc.officials}
    assert any(r.rule == "clean.civil-item-at-end" for r in doc.removed_lines)
