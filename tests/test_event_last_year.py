"""Round 27: an event word whose clause says it was last year ("... tham gia cuộc tập trận ... do
Malaysia chủ trì năm ngoái", "hội thảo ... tổ chức hồi năm ngoái") tells a happening of last year,
not the article's news (`event.last-year`); a comparison with last year ("lớn hơn năm ngoái") does not."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import drops, events, read

DAY = PartialDate(2026, 3, 12)
LEAD = ("Ngày 11/3, tại Hà Nội, Thượng tướng Vũ Đình Khang, Thứ trưởng Bộ Quốc phòng, tiếp Đại sứ Malaysia "
        "tại Việt Nam Ahmad Faizal. ")


def test_a_drill_of_last_year_is_no_event() -> None:
    text = LEAD + ("Đại sứ Ahmad Faizal cảm ơn Việt Nam đã cử tàu tham gia cuộc tập trận tìm kiếm cứu nạn "
                   "do Malaysia chủ trì năm ngoái; hai bên trao đổi về hợp tác đào tạo.")
    assert events(text, DAY, kind="Exercise") == []
    assert "event.last-year" in drops(read(text, DAY), "event")
    assert len(events(text, DAY, kind="Meeting")) == 1


def test_a_drill_compared_with_last_year_stays() -> None:
    text = ("Sáng 11/3, Hải quân Việt Nam và Hải quân Malaysia tổ chức diễn tập tìm kiếm cứu nạn trên biển "
            "với quy mô lớn hơn năm ngoái tại vùng biển Côn Đảo.")
    found = events(text, DAY, kind="Exercise")
    assert len(found) == 1 and found[0].start == PartialDate(2026, 3, 11)
