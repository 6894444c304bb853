"""A name cut by a stray space in a caption ("Min Aung Hlai ng") is the official whose name it
completes, not a second official (and not a second meeting with him)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read, rules_of

TEXT = ("Bộ trưởng Quốc phòng tiếp Tổng Tư lệnh Quân đội Myanmar\n\n"
        "Chiều 19/12, tại Hà Nội, Đại tướng Lê Văn Minh, Bộ trưởng Bộ Quốc phòng đã tiếp Thống tướng "
        "Min Aung Hlaing, Tổng Tư lệnh Quân đội Myanmar, nhân dịp ông thăm chính thức Việt Nam.\n\n"
        "Đại tướng Lê Văn Minh và Thống tướng Min Aung Hlai ng tại buổi tiếp. Ảnh: Minh Đức\n\n"
        "Hai bên nhất trí tăng cường hợp tác đào tạo và trao đổi đoàn các cấp.\n")


def test_a_name_cut_by_a_stray_space_is_the_official_it_completes():
    doc = read(TEXT, PartialDate(2030, 12, 20))
    names = sorted(o.name for o in doc.officials)
    assert names == ["Lê Văn Minh", "Min Aung Hlaing"]
    guest = next(o for o in doc.officials if o.name == "Min Aung Hlaing")
    assert "official.broken-by-a-space" in rules_of([guest])
    assert len([e for e in doc.events if e.type == "Meeting"]) == 1


def test_a_short_word_after_a_name_completes_nothing():
    doc = read("Chiều 19/12, tại Hà Nội, Đại tướng Lê Văn Minh, Bộ trưởng Bộ Quốc phòng đã tiếp Thống tướng "
               "Min Aung Hlaing và đoàn đại biểu Quân đội Myanmar.\n", PartialDate(2030, 12, 20))
    assert sorted(o.name for o in doc.officials) == ["Lê Văn Minh", "Min Aung Hlaing"]
    assert all("official.broken-by-a-space" not in rules_of([o]) for o in doc.officials)
