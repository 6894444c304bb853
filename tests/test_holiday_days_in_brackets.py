"""The days a holiday itself runs, told in brackets after its name ("giao lưu chào mừng Tết Chôl Chnăm Thmây
của nhân dân Campuchia (diễn ra từ ngày 14-16/4)"), are the festival's: the exchange marking it keeps the day
its sentence gives it ("Cùng ngày, ...") (round 43)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events

DAY = PartialDate(2026, 4, 9)
TEXT = ("Ngày 8/4, tại Cửa khẩu quốc tế Mộc Bài, Bộ Chỉ huy BĐBP tỉnh Tây Ninh đã hội đàm với Bộ Chỉ huy Quân sự "
        "tỉnh Svay Rieng (Campuchia) về công tác phối hợp quản lý biên giới.\n\n"
        "Cùng ngày, hai bên tổ chức chương trình giao lưu hữu nghị chào mừng Tết Chôl Chnăm Thmây của nhân dân "
        "Campuchia (diễn ra từ ngày 14-16/4). Cán bộ, chiến sĩ hai bên thi đấu bóng chuyền, kéo co.\n")


def test_the_exchange_marking_a_holiday_keeps_its_own_day() -> None:
    found = events(TEXT, DAY, kind="Exchange")
    assert [str(e.start) for e in found] == ["2026-04-08"]
