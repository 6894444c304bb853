"""Round 53c: a Vietnamese-shaped word right after "Bin"/"binti" inside a foreign name ("Đô đốc Hisham Rizal Bin Hai
Osman Karim", a page's spelling of "Haji"; "Rosli Bin Mat Hussin") opens the father's name, part of the
name (`official.fathers-name-after-bin`): the name was cut there ("Osman Karim"). A Vietnamese name ending in
"Bin" is left as it was. Sentences written for the test."""

from __future__ import annotations

from kg.model import PartialDate

from reading_helpers import officials_by_name, read


def _names(name: str) -> list[str]:
    text = (f"Chiều 28/6/2026, tại Hà Nội, Thượng tướng Lê Văn Tám, Tổng Tham mưu trưởng, đã tiếp Đô đốc {name}, "
            "Tư lệnh Hải quân Malaysia đang thăm và làm việc tại Việt Nam.")
    return sorted(officials_by_name(read(text, PartialDate(2026, 6, 29))))


def test_a_vietnamese_shaped_word_after_bin_stays_in_the_name() -> None:
    assert "Hisham Rizal Bin Hai Osman Karim" in _names("Hisham Rizal Bin Hai Osman Karim")


def test_a_common_malay_fathers_name() -> None:
    assert "Rosli Bin Mat Hussin" in _names("Rosli Bin Mat Hussin")
