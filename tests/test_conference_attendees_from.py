"""Round 27: a workshop gathering people from countries listed after them ("quy tụ 60 đại biểu đến từ
các cơ quan quốc phòng của A, B và C, cùng các chuyên gia từ D và E") has those countries
(`event.attendees-from`); a model of a drill presented there ("giới thiệu mô hình huấn luyện chung")
is no exercise (`event.word-about-it`)."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

DAY = PartialDate(2026, 9, 10)
TEXT = (
    "Từ ngày 8 đến 10/9, tại Đà Nẵng, Cục Đối ngoại phối hợp với Đại sứ quán Australia tổ chức Hội thảo khu vực "
    "về an ninh hàng hải và cứu nạn trên biển. "
    "Hội thảo quy tụ khoảng 60 đại biểu đến từ các cơ quan quốc phòng và cảnh sát biển của Việt Nam, Lào, "
    "Campuchia và Myanmar, cùng các chuyên gia từ Australia, New Zealand và Canada. "
    "Trung tá Liam Foster (Australia) giới thiệu mô hình huấn luyện chung trong khuôn khổ chương trình hợp tác "
    "quốc phòng của Australia."
)


def test_the_workshop_has_the_countries_of_its_attendees() -> None:
    found = events(TEXT, DAY, kind="Conference")
    assert len(found) == 1
    assert {"VNM", "LAO", "KHM", "MMR", "AUS", "NZL", "CAN"} <= set(found[0].countries)
    assert "event.attendees-from" in rules_of(found)


def test_a_model_of_a_drill_is_no_exercise() -> None:
    assert events(TEXT, DAY, kind="Exercise") == []


def test_experts_from_one_country_make_no_list() -> None:
    text = ("Sáng 9/9, tại Hà Nội, Học viện Quốc phòng tổ chức Hội thảo quốc tế về an ninh mạng với sự tham gia "
            "của các chuyên gia từ Nhật Bản.")
    assert "event.attendees-from" not in rules_of(events(text, DAY, kind="Conference"))
