"""A document whose parties the page never names is turned down, and the turning down recorded."""

from kg.pipeline import extract

UNNAMED = ("Tại hội đàm, Bộ Chỉ huy quân sự hai tỉnh đã ký kết biên bản ghi nhớ, thống nhất nội dung hoạt động "
           "hợp tác năm 2024.")
NAMED = ("Tại hội đàm, Bộ Chỉ huy quân sự tỉnh Điện Biên (Việt Nam) và Bộ Chỉ huy quân sự tỉnh Phông-sa-lỳ (Lào) "
         "đã ký kết biên bản ghi nhớ hợp tác năm 2024.")


def test_a_document_with_no_party_named_is_dropped_with_its_rule():
    doc = extract(UNNAMED)
    assert doc.agreements == []
    assert any(d.rule == "agreement.no-party" and d.layer == "agreement" for d in doc.dropped)


def test_a_document_with_its_parties_named_stays():
    doc = extract(NAMED)
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]
    assert set(doc.agreements[0].parties) == {"VNM", "LAO"}
    assert not any(d.rule == "agreement.no-party" for d in doc.dropped)
