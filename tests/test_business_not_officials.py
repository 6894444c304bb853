"""People who speak for business at a defence event are no officials: the chairman of
a business association, a factory's or shipyard's director, a bank's board. An officer
with a rank who runs a defence factory stays an official."""

from __future__ import annotations

import pytest

from kg.pipeline import extract

LEAD = (
    "Tàu Hải quân Ấn Độ thăm Hải Phòng\n\n"
    "Sáng 2/10, tàu INS Sahyadri của Hải quân Ấn Độ cập cảng Hải Phòng. Đại tá Đỗ Văn Quý, "
    "Phó Tư lệnh Vùng 1 Hải quân, chủ trì lễ đón.\n"
)


@pytest.mark.parametrize("sentence, name", [
    ("Ông Hoàng Văn Kiên, Chủ tịch Hiệp hội Doanh nghiệp Ấn Độ tại Hải Phòng, phát biểu chào mừng.", "Hoàng Văn Kiên"),
    ("Ông Rakesh Menon, Giám đốc nhà máy đóng tàu Goa Shipyard, giới thiệu con tàu.", "Rakesh Menon"),
    ("Bà Anita Desai, Chủ tịch Hội đồng quản trị Ngân hàng SBI, cùng dự.", "Anita Desai"),
])
def test_a_business_speaker_is_no_official(sentence: str, name: str) -> None:
    doc = extract(LEAD + sentence)
    names = {o.name for o in doc.officials}
    assert name not in names
    assert "Đỗ Văn Quý" in names


def test_an_officer_running_a_defence_factory_stays_an_official() -> None:
    doc = extract(LEAD + "Đại tá Phạm Hồng Sơn, Giám đốc Nhà máy Z189, giới thiệu năng lực sửa chữa tàu.")
    assert "Phạm Hồng Sơn" in {o.name for o in doc.officials}
