"""Round 48b: a foreign official the page names by one word is kept when a rank is set off from
a title after it by a dash ("Chuẩn Đô đốc X - Chỉ huy trưởng ...", "Thiếu tướng X-Phó Tư lệnh ...",
as by a comma), or when the word is a name transliterated in syllables joined by dashes right after a
title closed by a foreign country's name, the clause going on after it ("Bộ trưởng Quốc phòng
Ma-lai-xi-a Ha-mít phát biểu ..."); a plain foreign word there stays a short form (round 19), as a
Vietnamese given name told short does. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import officials_by_name, read


def _officials(text: str):
    return officials_by_name(read("Tin quốc phòng\n\n" + text))


def test_a_rank_then_a_spaced_dash_and_a_title() -> None:
    found = _officials("Sáng 3/9, tàu tuần tra của Việt Nam cập cảng Surabaya. Lễ đón do Chuẩn Đô đốc "
                       "Wirasakti - Chỉ huy trưởng Căn cứ Hải quân Indonesia chủ trì.")
    assert "Wirasakti" in found and found["Wirasakti"].country == "IDN"


def test_a_rank_then_a_glued_dash_and_a_title() -> None:
    found = _officials("Cùng dự có Thiếu tướng Sokhavuth-Phó Tư lệnh Quân khu 2 Quân đội Hoàng gia Campuchia "
                       "và Đại tá Trần Văn Hậu, Chỉ huy trưởng Bộ đội Biên phòng tỉnh.")
    assert "Sokhavuth" in found and found["Sokhavuth"].country == "KHM"


def test_a_title_closed_by_a_foreign_country_then_a_transliterated_name() -> None:
    found = _officials("Ngày 5/6, Bộ trưởng Quốc phòng Ma-lai-xi-a Ha-mít phát biểu tại phiên khai mạc diễn đàn, "
                       "với sự tham dự của đoàn Việt Nam.")
    assert "Ha-mít" in found and found["Ha-mít"].country == "MYS"


def test_a_plain_foreign_word_there_stays_a_short_form() -> None:
    found = _officials("Ngày 5/6, Bộ trưởng Quốc phòng Malaysia Khaled phát biểu tại phiên khai mạc diễn đàn.")
    assert "Khaled" not in found


def test_a_vietnamese_given_name_told_short_is_not_kept_alone() -> None:
    found = _officials("Bộ trưởng Quốc phòng Việt Nam Giang phát biểu tại phiên khai mạc diễn đàn.")
    assert "Giang" not in found


def test_the_first_word_of_a_longer_name_is_not_kept_alone() -> None:
    found = _officials("Ngày 5/6, Bộ trưởng Quốc phòng Timor-Leste Fi-lô-mê-nô do Nascimento Soares phát biểu "
                       "tại phiên khai mạc diễn đàn.")
    assert "Fi-lô-mê-nô" not in found
