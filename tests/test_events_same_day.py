"""The day told back ("hôm ấy", "hôm đó", "cùng hôm") and a caption's reception retold with its day."""

from __future__ import annotations

import pytest
from reading_helpers import events, rules_of

from kg.model import PartialDate

VISIT = ("Tổng Tham mưu trưởng Quân đội Thái Lan thăm Việt Nam\n\n"
         "Từ ngày 9 đến 11/6/2025, Đại tướng Songwit Noonpackdee, Tổng Tham mưu trưởng Quân đội Hoàng gia Thái Lan "
         "thăm chính thức Việt Nam.\n\n")


@pytest.mark.parametrize("opener", ["Cũng trong buổi chiều hôm ấy,", "Chiều hôm đó,", "Cùng hôm,", "Cũng trong ngày,"])
def test_that_day_told_back_is_the_day_last_told(opener: str) -> None:
    text = (VISIT + "Sáng 10/6, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại tướng Songwit Noonpackdee.\n\n"
            f"{opener} Thủ tướng Phạm Minh Chính đã tiếp Đại tướng Songwit Noonpackdee tại trụ sở Chính phủ.")
    meetings = events(text, PartialDate(2025, 6, 12), "Meeting")
    assert [m.start for m in meetings] == [PartialDate(2025, 6, 10)] * 2, opener


def test_a_caption_reception_retold_with_its_day_is_one_meeting_of_that_day() -> None:
    text = (VISIT + "Chủ tịch nước Lương Cường tiếp Đại tướng Songwit Noonpackdee. (Ảnh: Minh Anh)\n\n"
            "Sáng 10/6, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại tướng Songwit Noonpackdee.")
    meetings = events(text, PartialDate(2025, 6, 11), "Meeting")
    assert [m.start for m in meetings] == [PartialDate(2025, 6, 10)]
    assert "event.retold-with-its-day" in rules_of(meetings)


def test_another_host_the_same_day_is_still_another_meeting() -> None:
    text = (VISIT + "Chủ tịch nước Lương Cường tiếp Đại tướng Songwit Noonpackdee. (Ảnh: Minh Anh)\n\n"
            "Sáng 10/6, Thủ tướng Phạm Minh Chính đã tiếp Đại tướng Songwit Noonpackdee.")
    assert len(events(text, PartialDate(2025, 6, 11), "Meeting")) == 2
