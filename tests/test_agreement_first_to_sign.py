"""Round 32: a country described by a first it holds ("Peru, quốc gia Nam Mỹ đầu tiên ký Hiệp định
... với Việt Nam") cites a record, it tells no signing; the document signed in the story is kept.
Sentences written for the test."""

from __future__ import annotations

from reading_helpers import drops, read


def test_a_first_held_by_a_country_is_no_signing() -> None:
    doc = read("Tin quốc phòng\n\nSáng 12/5/2026, tại Hà Nội, Thứ trưởng Bộ Quốc phòng tiếp Tư lệnh Lục "
               "quân Peru. Thứ trưởng cho biết Việt Nam coi trọng quan hệ với Peru, quốc gia Nam Mỹ đầu tiên "
               "ký Hiệp định hợp tác hải quan với Việt Nam; mong hai bên mở rộng hợp tác đào tạo.")
    assert doc.agreements == []
    assert "agreement.first-to-sign" in drops(doc, "agreement")


def test_a_signing_told_after_a_first_stays() -> None:
    doc = read("Tin quốc phòng\n\nNgày 12/5/2026, tại Lima, Bộ trưởng Quốc phòng Việt Nam và Bộ trưởng "
               "Quốc phòng Peru đã ký Bản ghi nhớ về hợp tác quốc phòng. Đây là lần đầu tiên hai nước ký "
               "văn kiện trong lĩnh vực này.")
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]
    assert set(doc.agreements[0].parties) == {"VNM", "PER"}
