"""A side told in a digest item's heading ("* Tiếp các đoàn Hàn Quốc: Chiều 3/12, ...") is not the
side of the host named after the day: a list of one side's members never tells a day."""

from __future__ import annotations

from kg.pipeline import extract


def test_a_digest_heading_with_a_foreign_side_does_not_give_the_host_its_country() -> None:
    text = ("Điểm tin ngày 5/11/2025\n\n"
            "* Tiếp các đoàn Nhật Bản: Sáng 4/11, tại Hà Nội, Thượng tướng Lò Văn Sơn, Thứ trưởng Bộ Quốc phòng, "
            "đã tiếp Đại sứ Nhật Bản tại Việt Nam Tanaka Koji đến chào từ biệt.")
    got = {o.name: o.country for o in extract(text).officials}
    assert got["Lò Văn Sơn"] == "VNM"
    assert got["Tanaka Koji"] == "JPN"


def test_a_side_listing_its_members_still_gives_them_its_country() -> None:
    text = ("Hội đàm\n\nSáng 4/11/2025, hai đoàn đã hội đàm. Đoàn Nhật Bản có Thiếu tướng Sato Kenji, "
            "Đại tá Ito Hiroshi.")
    got = {o.name: o.country for o in extract(text).officials}
    assert got.get("Sato Kenji") == "JPN"
