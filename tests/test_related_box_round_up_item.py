"""Round 52j: a related-news box set inside a round-up's body, its headlines written as a list
("- Headline"), then a paragraph opening on a place the lead named with a foreign country the lead
named ("Tại Đà Nẵng, chuyến thăm của tàu ... Singapore ..."): the lead's item told on, so the story
goes on after the box (`place-opens-item`, `box-headline-bullet`). A paragraph after the box naming a
country the lead did not is another story and stays cut. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import events, read

LEAD = ("Ngày 9/5, Bộ Quốc phòng có nhiều hoạt động đối ngoại tại Hà Nội và Đà Nẵng, trong đó Thứ trưởng tiếp "
        "Đại sứ Chile; tàu Hải quân Cộng hòa Singapore kết thúc chuyến thăm Đà Nẵng.\n\n"
        "Sáng 9/5, tại Hà Nội, Thượng tướng Phan Đình Lộc, Thứ trưởng Bộ Quốc phòng tiếp ông Diego Araya, Đại sứ "
        "Chile tại Việt Nam, đến chào xã giao.\n\n"
        "Tin liên quan\n"
        "- Hải quân hai nước tăng cường trao đổi sĩ quan trẻ\n"
        "- Khai mạc triển lãm quốc phòng tại Kuala Lumpur\n\n")


def test_round_up_item_after_a_listed_box_goes_on() -> None:
    text = LEAD + ("Tại Đà Nẵng, chuyến thăm của tàu RSS Vigour thuộc Hải quân Cộng hòa Singapore đã kết thúc tốt "
                   "đẹp trong ngày 9/5. Tàu đã cập cảng Tiên Sa từ ngày 6/5.\n")
    doc = read(text)
    assert "SGP" in doc.partners
    assert any(e.type == "PortCall" for e in doc.events)


def test_paragraph_naming_another_country_stays_cut() -> None:
    text = LEAD + ("Tại Đà Nẵng, đoàn doanh nghiệp Hàn Quốc đã làm việc với Sở Công Thương thành phố về hợp tác "
                   "đầu tư trong ngày 9/5.\n")
    assert "KOR" not in read(text).partners
