"""Round 52b: a bare "biên bản" in the sentence right after a record named in full ("... ký Biên bản ghi nhớ về
hợp tác năm 2028. Thượng tá X và Trung tá Y ký biên bản.") is that record told again, its signers named, not
minutes of their own (agreement.record-told-again); bare minutes after talks with no record named stay.
Sentences written for the test."""

from tests.reading_helpers import read

LEAD = "Sáng 5/12, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh hội đàm với Bộ Chỉ huy Quân sự tỉnh Khăm Muồn (Lào). "


def test_a_bare_record_after_a_named_one_is_that_record():
    doc = read(LEAD + "Kết thúc hội đàm, hai bên đã ký Biên bản ghi nhớ về hợp tác năm 2028. Thượng tá Lê Văn "
               "Hòa và Thượng tá Khamla Sisouk ký biên bản.")
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]
    assert set(doc.agreements[0].signatories) == {"Lê Văn Hòa", "Khamla Sisouk"}


def test_bare_minutes_of_the_talks_stay():
    doc = read(LEAD + "Kết thúc hội đàm, Thượng tá Lê Văn Hòa và Thượng tá Khamla Sisouk đã ký biên bản.")
    assert [a.type for a in doc.agreements] == ["Minutes"]
