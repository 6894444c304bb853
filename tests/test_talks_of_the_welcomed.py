"""Talks presupposed at a sentence's head ("Tại hội đàm, hai bên ...") after a welcome ceremony told before,
no side told for them: Vietnam and the welcomed guest's country (event.talks-of-the-welcomed, round 50b)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

WELCOMED = (" date 2026-03-18 Sáng nay, Thượng tướng Hoàng Minh Đức đã chủ trì lễ đón Thiếu tướng Somchai "
            "Keovilay.\n\nThượng tướng Hoàng Minh Đức chủ trì lễ đón Phó Tổng Tham mưu trưởng Quân đội nhân dân "
            "Lào.\n\nTại hội đàm, hai bên đã thông báo cho nhau tình hình mỗi nước và quân đội mỗi nước.")


def test_talks_after_a_welcome_are_with_the_guest_country():
    talks = events(WELCOMED, PartialDate(2026, 3, 18), kind="Talks")
    assert len(talks) == 1
    assert set(talks[0].countries) == {"VNM", "LAO"}
    assert "event.talks-of-the-welcomed" in rules_of(talks)


def test_no_welcome_no_talks():
    text = WELCOMED.replace("chủ trì lễ đón", "gặp gỡ thân mật")
    assert "event.talks-of-the-welcomed" not in rules_of(events(text, PartialDate(2026, 3, 18)))
