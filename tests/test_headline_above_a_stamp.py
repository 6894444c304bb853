"""A page stamp under the headline ("Thứ hai, 9/3/2026 07:30 (GMT+7)", dropped as a meta line) is never
the headline: the headline above it still names its official (round 28d)."""

from __future__ import annotations

from kg.model import Article
from kg.pipeline import Pipeline


def test_a_ranked_guest_named_only_in_the_headline_above_a_weekday_stamp() -> None:
    text = ("Tin Quốc phòng\n"
            "Thời sự > Quốc phòng\n\n"
            "Đại tá Tanaka Hiroshi dẫn tàu huấn luyện Nhật Bản thăm Đà Nẵng\n\n"
            "Thứ hai, 9/3/2026 07:30 (GMT+7)\n\n"
            "Sáng 8/3, Bộ Tư lệnh Vùng 3 Hải quân tổ chức lễ đón tàu huấn luyện của Lực lượng Phòng vệ Biển Nhật "
            "Bản tại cảng Tiên Sa, bắt đầu chuyến thăm 3 ngày.\n\n"
            "Đại tá Lê Minh Tuấn, Phó Tư lệnh Vùng 3 Hải quân, chủ trì lễ đón. Chỉ huy biên đội cho biết chuyến "
            "thăm góp phần tăng cường hiểu biết giữa hải quân hai nước.\n")
    doc = Pipeline()(Article(id="t", text=text))
    assert doc.headline.startswith("Đại tá Tanaka Hiroshi")
    found = {o.name: o.country for o in doc.officials}
    assert found.get("Tanaka Hiroshi") == "JPN"
