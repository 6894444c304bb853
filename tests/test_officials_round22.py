"""Officials of round 22: a rank after a dash is no name ("Tư lệnh Quân chủng Hải quân – Phó Đô đốc X":
"Phó Đô" had been read as a person). Sentences are our own."""

from __future__ import annotations

from kg.pipeline import extract


def test_a_rank_after_a_dash_is_no_name() -> None:
    text = ("Chiều 8/12, Phó Đô đốc Mark Delaney, Tư lệnh Hạm đội 7, đã gặp Tư lệnh Quân chủng Hải quân Việt Nam – "
            "Phó Đô đốc Hà Quốc Tuấn tại Bộ Tư lệnh Vùng 3 Hải quân.")
    officials = {o.name: o for o in extract(text).officials}
    assert "Phó Đô" not in officials
    assert officials["Hà Quốc Tuấn"].country == "VNM" and officials["Hà Quốc Tuấn"].rank == "Phó Đô đốc"
