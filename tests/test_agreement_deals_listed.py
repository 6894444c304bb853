"""Round 32: contracts and agreements in lower case, one bare list right after the signing verb
("nhiều doanh nghiệp đã ký hợp đồng, thỏa thuận với đối tác Ấn Độ"), are deals summed up, no
document; a named document after a contract stays signed. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import drops, read


def test_contracts_and_agreements_summed_up_are_no_document() -> None:
    doc = read("Tin quốc phòng\n\nNgày 9/4/2026, tại Hà Nội, Thứ trưởng Bộ Quốc phòng tiếp đoàn doanh "
               "nghiệp quốc phòng Ấn Độ. Thứ trưởng cho biết nhiều doanh nghiệp Việt Nam đã ký hợp đồng, "
               "thỏa thuận với đối tác Ấn Độ trong những năm qua.")
    assert doc.agreements == []
    assert "agreement.deals-listed" in drops(doc, "agreement")


def test_a_named_document_after_a_contract_stays_signed() -> None:
    doc = read("Tin quốc phòng\n\nNgày 9/4/2026, tại Hà Nội, Tổng cục Công nghiệp quốc phòng và Bộ Quốc "
               "phòng Ấn Độ đã ký hợp đồng và Bản ghi nhớ về hợp tác sản xuất đạn dược.")
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]
