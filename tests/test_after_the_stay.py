"""A happening told with no day right after a port call or visit ("Sau chuyến thăm, tàu X đã luyện tập chung với
tàu Y ..."): some day after the stay's last, dated by that day's month (`event.after-the-stay`). Sentences of our
own."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

STAY = (
    "Từ ngày 27 đến 30/9, tàu khu trục HMCS Ottawa của Hải quân Hoàng gia Canada do Trung tá Peter Hall chỉ huy đã "
    "thăm Cảng quốc tế Tiên Sa, thành phố Đà Nẵng.\n\n"
)


def test_drill_after_a_port_call_takes_the_month_of_its_last_day():
    text = STAY + ("Sau chuyến thăm, tàu HMCS Ottawa đã luyện tập chung với tàu hộ vệ tên lửa 012 của Hải quân "
                   "Nhân dân Việt Nam trên vùng biển Đà Nẵng.\n")
    drills = events(text, PartialDate(2026, 12, 28), "Exercise")
    assert [e.start.iso() for e in drills] == ["2026-09"]
    assert set(drills[0].countries) == {"VNM", "CAN"}
    assert "event.after-the-stay" in rules_of(drills)


def test_a_day_of_its_own_wins():
    text = STAY + ("Sau chuyến thăm, ngày 1/10, tàu HMCS Ottawa đã luyện tập chung với tàu hộ vệ tên lửa 012 của Hải "
                   "quân Nhân dân Việt Nam.\n")
    assert [e.start.iso() for e in events(text, PartialDate(2026, 12, 28), "Exercise")] == ["2026-10-01"]
