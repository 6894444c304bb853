"""Round 52j: a ship's itinerary ("lịch trình thăm xã giao A, B và C") listed after its call is the
voyage's stops, as "hành trình thăm xã giao A, B và C" is (`event.voyage-of-several`): no call of its own
and no side of the call told. One country after it is still the visit. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import events, of_type, read

CALL = ("Sáng 20/9/2026, tàu hộ vệ tên lửa 012 Lý Thái Tổ của Hải quân Việt Nam đã cập cảng Manila, bắt đầu "
        "chuyến thăm xã giao Philippines. ")


def test_itinerary_of_several_countries_opens_no_call() -> None:
    doc = read(CALL + "Đây là điểm đến thứ hai trong lịch trình thăm xã giao Indonesia, Philippines, Brunei của tàu "
                      "012 Lý Thái Tổ và đoàn công tác Hải quân, do đại tá Trần Văn Khải làm trưởng đoàn.")
    calls = of_type(doc.events, "PortCall")
    assert [set(e.countries) for e in calls] == [{"VNM", "PHL"}]


def test_itinerary_of_one_country_is_the_visit() -> None:
    found = events("Ngày 5/3/2026, tàu 012 của Hải quân Việt Nam bắt đầu lịch trình thăm xã giao Brunei.",
                   kind="PortCall")
    assert found and "BRN" in found[0].countries
