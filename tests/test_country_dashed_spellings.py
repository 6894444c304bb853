"""Countries in the old dashed spelling the press still uses now and then: a two-syllable
Sino-Vietnamese name joined by a dash ("Thái-lan"), as transliterations are ("Xin-ga-po",
"Ma-lai-xi-a", "Phi-líp-pin", which the lexicon already held)."""

from __future__ import annotations

import pytest

from kg.pipeline.countries import find_countries


def codes(text: str) -> list[str]:
    return [c.code for c in find_countries(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chuẩn Đô đốc Hải quân Thái-lan dẫn đầu đoàn tàu sang dự lễ.", ["THA"]),
        ("Hai tàu của Hải quân Thái-Lan và Bru-nây cùng tham gia buổi tập.", ["THA", "BRN"]),
        ("Đoàn sĩ quan Ma-lai-xi-a, In-đô-nê-xi-a và Mi-an-ma thăm Học viện.", ["MYS", "IDN", "MMR"]),
        ("Tàu của Phi-líp-pin và Cam-pu-chia neo đậu tại cảng.", ["PHL", "KHM"]),
    ],
)
def test_dashed_spellings_name_their_country(text, expected):
    assert codes(text) == expected


def test_a_dashed_name_needs_its_dash_or_space():
    # "Thái" alone is a people, not Thailand
    assert codes("Đồng bào Thái, Mông và Dao dự lễ hội.") == []
