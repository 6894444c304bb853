"""A document named after a comma whose clause opens with a prospect ("mở ra
tiềm năng về", "tạo tiền đề cho", "hướng tới") is only in view, not signed by
the verb before the comma; a list of documents after one verb stays signed.
Background "theo thỏa thuận ký kết" signs nothing. Sentences written for the test."""

from kg.pipeline import extract


def _types(text):
    return [a.type for a in extract(text).agreements]


def test_prospect_after_the_comma_is_not_signed():
    doc = extract(
        "Ngày 5/6/2024, Việt Nam và Ấn Độ đã ký Bản ghi nhớ về hợp tác quân y, mở ra tiềm năng về "
        "thỏa thuận hợp tác hậu cần trong tương lai."
    )
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]
    assert any(d.rule == "agreement.prospect" for d in doc.dropped)


def test_other_prospect_words():
    assert _types("Chiều 2/3/2025, Bộ trưởng Quốc phòng Việt Nam và Lào ký Ý định thư về đào tạo, tạo tiền đề cho Hiệp định hợp tác "
                  "quốc phòng.") == ["LetterOfIntent"]
    assert _types("Chiều 2/3/2025, Việt Nam và Lào ký Biên bản ghi nhớ về gìn giữ hòa bình, hướng tới Thỏa thuận "
                  "hợp tác đào tạo.") == ["MemorandumOfUnderstanding"]


def test_list_of_documents_after_one_verb_stays_signed():
    assert _types("Ngày 5/6/2024, Việt Nam và Ấn Độ đã ký Bản ghi nhớ về hợp tác quân y, Thỏa thuận về "
                  "hợp tác hậu cần và Ý định thư về đào tạo.") == [
        "MemorandumOfUnderstanding", "CooperationAgreement", "LetterOfIntent"]
    assert "CooperationAgreement" in _types(
        "Ngày 5/6/2024, Việt Nam và Lào đã ký Bản ghi nhớ về hợp tác quân y, tìm kiếm cứu nạn và Thỏa thuận về hậu cần.")


def test_background_agreement_at_a_twinning_ceremony():
    # the twinning itself is a cooperation agreement since round 50b (as the golds of r28 and r32 read it);
    # "Theo thỏa thuận ký kết" cites it and adds no document of its own
    doc = extract(
        "Chiều 30/10/2025, Đồn Biên phòng A Nông và Đại đội 2 tỉnh Sê Kông (Lào) tổ chức lễ kết nghĩa. "
        "Theo thỏa thuận ký kết, hai đơn vị sẽ tăng cường tuần tra song phương.")
    assert [a.type for a in doc.agreements] == ["CooperationAgreement"]
    assert doc.agreements[0].label.startswith("Lễ kết nghĩa")
