"""Round 52b: a goal word before a level with a verb working on the relation between them ("hướng tới làm sâu
sắc hơn quan hệ Đối tác chiến lược ...") tells the relation held today (partnership.goal-to-deepen); an upgrade
aimed at stays no partnership. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read


def _pairs(text: str) -> dict[frozenset, object]:
    return {frozenset(p.countries): p for p in read(text).partnerships}


def test_a_goal_to_deepen_the_level_held_is_a_partnership() -> None:
    pairs = _pairs("Bộ trưởng Quốc phòng Indonesia thăm Việt Nam nhằm thúc đẩy hợp tác, hướng tới củng cố hơn "
                   "nữa quan hệ Đối tác chiến lược Việt Nam - Indonesia được thiết lập từ tháng 6-2013.")
    assert frozenset({"VNM", "IDN"}) in pairs


def test_a_goal_to_upgrade_stays_an_aim() -> None:
    pairs = _pairs("Hai bên nhất trí tăng cường trao đổi đoàn, hướng tới củng cố và nâng cấp quan hệ Việt Nam - "
                   "Chile lên Đối tác chiến lược.")
    assert frozenset({"VNM", "CHL"}) not in pairs
