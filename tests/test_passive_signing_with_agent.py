"""A document told as signed in the passive with its signers between "được" and the verb
("Bản ghi nhớ ... được Bộ trưởng A và Bộ trưởng B ký kết.") is signed, and they are its signers;
"được kỳ vọng sẽ ký" is a prospect. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read, rules_of

LEAD = ("Ngày 4/3/2026, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam Đại tướng Lê Minh Khoa hội đàm với "
        "Bộ trưởng Quốc phòng Peru Jorge Salcedo. ")


def _agreements(text: str) -> list[tuple[str, list[str]]]:
    doc = read("Tin quốc phòng\n\n" + LEAD + text)
    return [(a.type, sorted(a.parties)) for a in doc.agreements]


def test_signers_between_duoc_and_the_verb_sign_it() -> None:
    doc = read("Tin quốc phòng\n\n" + LEAD +
               "Sau hội đàm, Bản ghi nhớ giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Peru về hợp tác đào tạo "
               "được Đại tướng Lê Minh Khoa và Bộ trưởng Jorge Salcedo ký kết.")
    assert [(a.type, sorted(a.parties)) for a in doc.agreements] == [("MemorandumOfUnderstanding", ["PER", "VNM"])]
    assert "agreement.passive" in rules_of(doc.agreements)


def test_a_document_hoped_to_be_signed_is_not_signed() -> None:
    assert _agreements("Bản ghi nhớ về hợp tác đào tạo được hai bên kỳ vọng sẽ ký kết.") == []
    assert _agreements("Bản ghi nhớ về hợp tác đào tạo được hai bên thống nhất sẽ ký kết.") == []
