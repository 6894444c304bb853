"""Officials, round 10 (issue 10): a province after a title ("Bí thư Tỉnh ủy Sơn La") is a place;
after "UBND tỉnh", a three-word name opening with a surname no Vietnamese province opens with
("Hoàng", "Hồ", "Lý", "Mai"...) is the official, not the province. The sentences are written
for these tests."""

from __future__ import annotations

from reading_helpers import read


def _officials(text: str) -> dict[str, str | None]:
    doc = read("Tin đối ngoại\n\n" + text)
    return {o.name: o.country for o in doc.officials}


def test_a_hoang_after_the_provinces_council_is_its_vice_chairman() -> None:
    text = ("Sáng 12/5, Phó Chủ tịch UBND tỉnh Hoàng Minh Tuấn tiếp đoàn cán bộ quân sự tỉnh Hủa Phăn "
            "(Lào) do Đại tá Xổm Phết Phim Ma Vông, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, dẫn đầu.")
    assert _officials(text).get("Hoàng Minh Tuấn") == "VNM"


def test_a_ho_after_the_provinces_council_is_its_chairman() -> None:
    text = ("Chiều 3/9, Chủ tịch UBND tỉnh Hồ Văn Niên tiếp Đoàn Tùy viên Quốc phòng các nước tại Việt Nam "
            "đến thăm và làm việc tại địa phương.")
    assert _officials(text).get("Hồ Văn Niên") == "VNM"


def test_a_province_after_the_word_stays_a_place() -> None:
    text = ("Sáng 12/5, Đại tá Nguyễn Văn Hùng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang, tiếp "
            "đoàn công tác của tỉnh Hủa Phăn (Lào).")
    assert "Hà Giang" not in _officials(text)


def test_the_province_of_a_party_secretary_is_no_official() -> None:
    text = ("Sáng 20/4, đồng chí Trần Quốc Hưng, Bí thư Tỉnh ủy Sơn La tiếp đoàn đại biểu Bộ Chỉ huy Quân sự "
            "tỉnh Luang Prabang (Lào) do Đại tá Bun Mi Xay, Chỉ huy trưởng, làm trưởng đoàn.")
    found = _officials(text)
    assert "Sơn La" not in found and found.get("Trần Quốc Hưng") == "VNM"
