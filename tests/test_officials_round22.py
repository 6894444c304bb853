"""Officials of round 22: a rank after a dash is no name ("Tư lệnh Quân chủng Hải quân – Phó Đô đốc X":
"Phó Đô" had been read as a person); France's "Bộ Quân đội" closes a title as a body; an academic title
after "và" opens a second person ("... Philippines và Tiến sĩ X, Bộ trưởng Quốc phòng Singapore").
Sentences are our own."""

from __future__ import annotations

from kg.pipeline import extract


def test_a_rank_after_a_dash_is_no_name() -> None:
    text = ("Chiều 8/12, Phó Đô đốc Mark Delaney, Tư lệnh Hạm đội 7, đã gặp Tư lệnh Quân chủng Hải quân Việt Nam – "
            "Phó Đô đốc Hà Quốc Tuấn tại Bộ Tư lệnh Vùng 3 Hải quân.")
    officials = {o.name: o for o in extract(text).officials}
    assert "Phó Đô" not in officials
    assert officials["Hà Quốc Tuấn"].country == "VNM" and officials["Hà Quốc Tuấn"].rank == "Phó Đô đốc"


def test_the_french_ministry_of_the_armed_forces_closes_a_title() -> None:
    text = ("Bên lề diễn đàn, Thượng tướng Phùng Sĩ Tấn đã gặp Thứ trưởng Quốc phòng Bỉ Luc Maes; bà Hélène Marchal, "
            "Vụ trưởng Vụ Hợp tác quốc phòng, Bộ Quân đội Pháp và Quốc vụ khanh Quốc phòng Anh Tom Reid.")
    officials = {o.name: o for o in extract(text).officials}
    assert officials["Hélène Marchal"].country == "FRA"


def test_an_academic_title_after_va_opens_a_second_person() -> None:
    text = ("Chiều 26/2, Đại tướng Lê Đức Minh đã gặp song phương với ông Ramon Cruz, Bộ trưởng Quốc phòng Philippines "
            "và Tiến sĩ Tan Kok Wah, Bộ trưởng Quốc phòng Singapore.")
    countries = {o.name: o.country for o in extract(text).officials}
    assert countries["Tan Kok Wah"] == "SGP" and countries["Ramon Cruz"] == "PHL"
