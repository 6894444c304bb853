"""Records signed at talks or at a hand-over are their minutes ("Biên bản phối hợp",
"Biên bản bàn giao"); "Thư ý định" is a letter of intent with its words the other
way round. Sentences written for the test."""

from __future__ import annotations

import pytest

from kg.pipeline import extract


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Ngày 20/10/2025, Ban Công tác đặc biệt tỉnh Nghệ An và tỉnh Xiêng Khoảng (Lào) đã hội đàm, ký kết Biên bản "
         "phối hợp công tác tìm kiếm, quy tập hài cốt liệt sĩ mùa khô 2025-2026.", "Minutes"),
        ("Ngày 5/3/2025, tại cửa khẩu Nậm Cắn, hai bên Việt Nam và Lào đã ký Biên bản bàn giao 12 bộ hài cốt liệt sĩ.",
         "Minutes"),
        ("Ngày 6/5/2025, tại Hà Nội, Cục Gìn giữ hòa bình Việt Nam và Bộ Quốc phòng New Zealand đã ký Thư ý định "
         "về hợp tác đào tạo.", "LetterOfIntent"),
    ],
)
def test_the_record_gets_its_type_and_both_parties(text, kind):
    found = [(a.type, sorted(a.parties)) for a in extract(text).agreements]
    assert len(found) == 1 and found[0][0] == kind and "VNM" in found[0][1] and len(found[0][1]) == 2
