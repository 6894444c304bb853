"""A call the visiting delegation pays within its visit, told only by the visit's frame (round 50m)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PUBLISHED = PartialDate(2026, 3, 4)

VISIT = (
    "Sáng 4/3, tại Hà Nội, Đại tướng Trần Minh Quang, Bộ trưởng Bộ Quốc phòng, đã chủ trì lễ đón và hội đàm với "
    "Bộ trưởng Quốc phòng Hungary Kovács Péter nhân chuyến thăm chính thức Việt Nam từ ngày 3 đến 5/3/2026. "
)


def test_call_on_an_unnamed_leader_within_the_visit() -> None:
    text = VISIT + (
        "Trước hội đàm, đoàn Hungary đã đặt vòng hoa tại Đài tưởng niệm; trong khuôn khổ chuyến thăm, "
        "đoàn cũng chào xã giao Thủ tướng Chính phủ."
    )
    meetings = events(text, PUBLISHED, kind="Meeting")
    assert len(meetings) == 1
    assert set(meetings[0].countries) == {"VNM", "HUN"}
    assert meetings[0].start == PartialDate(2026, 3)
    assert "event.call-within-the-visit" in rules_of(meetings)


def test_planned_call_within_the_visit_is_none() -> None:
    text = VISIT + "Trong khuôn khổ chuyến thăm, đoàn sẽ chào xã giao Thủ tướng Chính phủ."
    assert events(text, PUBLISHED, kind="Meeting") == []


def test_crew_calling_on_city_leaders_during_a_port_call_is_none() -> None:
    text = (
        "Sáng 12/5, tàu hộ vệ HMS Gallant của Hải quân Anh cập cảng Tiên Sa, bắt đầu chuyến thăm thành phố Đà Nẵng "
        "từ ngày 12 đến 15/5/2026. Trong khuôn khổ chuyến thăm, đoàn cũng chào xã giao lãnh đạo UBND thành phố."
    )
    assert events(text, PUBLISHED, kind="Meeting") == []
    assert len(events(text, PUBLISHED, kind="PortCall")) == 1


def test_frame_not_heading_the_clause_opens_nothing() -> None:
    text = VISIT + "Trong khuôn khổ chuyến thăm, hai bên nhất trí sẽ tăng cường chào xã giao giữa các đơn vị."
    assert events(text, PUBLISHED, kind="Meeting") == []


RECALLED = (
    "Sáng 20-5, tại Hà Nội, Thượng tướng Lê Văn Hòa, Thứ trưởng Bộ Quốc phòng, đã tiếp Đại tá Jan Novák, Tùy viên "
    "Quốc phòng Séc. Thượng tướng Lê Văn Hòa cho rằng, kết quả tốt đẹp của chuyến thăm chính thức Séc của Chủ tịch nước "
    "Đỗ Văn Thành (từ 27-2 đến 2-3-2026), "
)


def test_talks_framed_by_a_visit_told_before_take_its_time() -> None:
    text = RECALLED + "cuộc hội đàm giữa Bộ trưởng Bộ Quốc phòng hai nước trong khuôn khổ chuyến thăm đã mở ra nhiều hướng hợp tác mới."
    talks = events(text, PartialDate(2026, 5, 20), kind="Talks")
    assert len(talks) == 1
    assert talks[0].start == PartialDate(2026)  # some day of a visit over two months: its year, not 20-5
    assert "event.framed-by-the-visit" in rules_of(talks)


def test_talks_framed_by_another_destination_keep_the_dateline() -> None:
    text = RECALLED + "cuộc hội đàm giữa Bộ trưởng Bộ Quốc phòng hai nước trong khuôn khổ chuyến thăm Séc của đoàn quân sự."
    talks = events(text, PartialDate(2026, 5, 20), kind="Talks")
    assert "event.framed-by-the-visit" not in rules_of(talks)
