"""A drill told as held jointly by "the two countries" ("chứng kiến buổi diễn tập quân y chung của quân
đội hai nước", "diễn tập cứu hộ chung giữa lực lượng vũ trang 2 nước"), naming neither, is an Exercise of
the two sides of the happening told just before it (a border exchange, a visit): Vietnam and its one
foreign country. Sentences are our own (round 44)."""

from __future__ import annotations

import pytest

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

RULE = "event.joint-of-the-two-countries"

LEAD = ("Sáng 9/4, tại Cửa khẩu quốc tế Lao Bảo (Quảng Trị), Thượng tướng Hoàng Văn Đức, Thứ trưởng Bộ Quốc "
        "phòng Việt Nam, chủ trì lễ đón Trung tướng Khamphet Vongsa, Thứ trưởng Bộ Quốc phòng Lào.\n\n"
        "Hoạt động nằm trong khuôn khổ Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 3, diễn "
        "ra ngày 9-10/4 tại hai tỉnh biên giới.\n\n")


@pytest.mark.parametrize("drill", [
    "Rời cửa khẩu, hai thứ trưởng đến sân vận động huyện để chứng kiến buổi diễn tập quân y chung của quân "
    "đội hai nước.",
    "Tiếp đó, hai đoàn dự buổi diễn tập cứu hộ chung giữa lực lượng vũ trang 2 nước tại bờ sông.",
])
def test_a_drill_of_the_two_countries_is_an_exercise_of_the_story_sides(drill: str) -> None:
    found = events(LEAD + drill, published=PartialDate(2026, 4, 9), kind="Exercise")
    assert len(found) == 1
    assert set(found[0].countries) == {"VNM", "LAO"}
    assert found[0].start.iso() == "2026-04-09"
    assert RULE in rules_of(found)


def test_a_drill_named_without_the_two_countries_opens_nothing() -> None:
    text = LEAD + "Rời cửa khẩu, hai thứ trưởng đến sân vận động huyện để xem một buổi diễn tập quân y."
    assert events(text, published=PartialDate(2026, 4, 9), kind="Exercise") == []


def test_the_two_countries_of_a_three_sided_story_are_not_guessed() -> None:
    text = ("Sáng 9/4, tại Kon Tum, Bộ trưởng Quốc phòng Việt Nam, Lào và Campuchia dự Giao lưu hữu nghị quốc "
            "phòng biên giới Việt Nam - Lào - Campuchia lần thứ 2.\n\n"
            "Sau đó, các bộ trưởng chứng kiến buổi diễn tập quân y chung của quân đội hai nước Việt Nam và Lào.")
    found = events(text, published=PartialDate(2026, 4, 9), kind="Exercise")
    assert all(RULE not in rules_of([e]) for e in found)
