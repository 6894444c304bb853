"""Round 32: a headline telling the body's document shorter ("ASEAN ra tuyên bố chung về an ninh
biển" over "Tuyên bố chung Jakarta về tăng cường hợp tác quốc phòng vì một vùng biển an toàn và ổn
định"): same type, same parties, two words of the subject shared -- one document. Sentences
written for the test."""

from __future__ import annotations

from reading_helpers import read, rules_of

BODY = ("Ngày 5/3/2026, tại Jakarta, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp diễn ra. Kết thúc "
        "hội nghị, các Bộ trưởng Quốc phòng ASEAN đã thông qua Tuyên bố chung Jakarta về tăng cường hợp "
        "tác quốc phòng vì một vùng biển an toàn và ổn định.")


def test_the_headline_statement_is_the_body_one_told_shorter() -> None:
    doc = read("ASEAN ra tuyên bố chung về an ninh biển\n\n" + BODY)
    found = [a for a in doc.agreements if a.type == "JointStatement"]
    assert len(found) == 1, [a.label for a in found]
    assert found[0].label.startswith("Tuyên bố chung Jakarta")
    assert "agreement.headline-told-shorter" in rules_of(found)


def test_a_headline_statement_on_another_subject_stays_its_own() -> None:
    doc = read("ASEAN ra tuyên bố chung về chống khủng bố\n\n" + BODY)
    assert len([a for a in doc.agreements if a.type == "JointStatement"]) == 2
