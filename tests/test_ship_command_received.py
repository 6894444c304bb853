"""Round 48b: a visiting ship's command received by a city's or a unit's leaders ("Tiếp Ban Chỉ huy tàu Hải
quân X, ..., Phó Chủ tịch UBND thành phố Y ...") is a Meeting with the ship's country, as "tiếp đoàn" is.
Sentences written for the test."""

from __future__ import annotations

from reading_helpers import events


def test_the_command_of_a_visiting_ship_received_is_a_meeting() -> None:
    found = events("Tin thành phố\n\nTàu khu trục của Hải quân Hàn Quốc đang có chuyến thăm Đà Nẵng. Tiếp Ban "
                   "Chỉ huy tàu Hải quân Hàn Quốc, Phó Chủ tịch UBND thành phố Đà Nẵng, ông Trần Quốc Bảo bày tỏ "
                   "vui mừng chào đón đoàn.", kind="Meeting")
    assert len(found) == 1 and set(found[0].countries) == {"KOR", "VNM"}
