"""The countries listed after "đại biểu" ("với sự tham gia của đại biểu A, B, C và nước chủ nhà") are the
delegations a multilateral meeting gathers (round 47b). Sentences are our own."""

from __future__ import annotations

from tests.reading_helpers import events

TEXT = ("Từ ngày 10 đến 12-6, Trung tướng Lê Minh Quang, Phó Tổng Tham mưu trưởng dẫn đầu đoàn Việt Nam dự Diễn đàn "
        "An ninh Hàng hải Seoul 2025 do Bộ Quốc phòng Hàn Quốc tổ chức, với sự tham gia của đại biểu Malaysia, "
        "New Zealand, Pháp, Việt Nam và nước chủ nhà.")


def test_the_delegates_countries_join_the_forum() -> None:
    forum = events(TEXT, kind="Conference")
    assert len(forum) == 1
    assert {"MYS", "NZL", "FRA", "VNM"} <= set(forum[0].countries)
