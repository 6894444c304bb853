"""A plan told with a day, then a next step (round 52g): "Theo kế hoạch, tàu rời cảng sáng 20/6, sau đó tham gia
luyện tập chung với ..." -- the day is the departure's, the drill still the plan's (`event.wish-or-plan`); told with
"đã" after the next step, the drill is a fact."""

from kg.model import PartialDate

from tests.reading_helpers import drops, read

PAGE_DAY = PartialDate(2026, 6, 17)
CALL = ("Sáng 17/6, tàu hộ vệ FFG Toowoomba của Hải quân Hoàng gia Australia cập cảng Tiên Sa, Đà Nẵng, bắt đầu chuyến "
        "thăm bốn ngày. ")


def test_the_drill_after_the_planned_departure_is_planned():
    doc = read(CALL + "Theo kế hoạch, tàu rời cảng sáng 20/6, sau đó tham gia luyện tập chung với tàu Hải quân Việt "
                      "Nam trên vùng biển miền Trung.", PAGE_DAY)
    assert [e.type for e in doc.events] == ["PortCall"]
    assert "event.wish-or-plan" in drops(doc, "event")


def test_a_next_step_told_as_done_is_a_fact():
    doc = read(CALL + "Theo kế hoạch, tàu rời cảng sáng 20/6, sau đó đã tham gia luyện tập chung với tàu Hải quân "
                      "Việt Nam trên vùng biển miền Trung.", PartialDate(2026, 6, 24))
    assert "Exercise" in [e.type for e in doc.events]


def test_a_next_step_told_as_done_after_an_expected_departure_is_a_fact():
    # (after "Theo kế hoạch" the "đã" is read as the plan carried out anyway; after "dự kiến" only the guard of
    # the next step (`_next_step_after`) keeps the drill a fact)
    doc = read(CALL + "Tàu dự kiến rời cảng sáng 20/6, sau đó đã tham gia luyện tập chung với tàu Hải quân Việt Nam.",
               PartialDate(2026, 6, 24))
    assert "Exercise" in [e.type for e in doc.events]
