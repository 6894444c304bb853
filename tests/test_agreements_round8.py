"""Round 8 (issue 10): documents as Vietnamese news tells their signing, read on
new real pages. A yearly cooperation two sides' units sign with no document
named ("Lễ ký kết hợp tác năm 2020 giữa Bộ CHQS tỉnh với Tiểu khu Quân sự
..."), a statement of intent (a letter of intent under another name), and a
document told twice whose second telling runs on into the verb of its clause
("... việc hai Bộ Quốc phòng ký Bản ghi nhớ về hợp tác quốc phòng thể hiện
mong muốn ..."): one document. Sentences written for the test."""

from kg.pipeline import extract


def _facts(text):
    return [(a.type, sorted(a.parties)) for a in extract(text).agreements]


def _rules(text):
    return [set(r.rules) for a in extract(text).agreements for r in a.readings]


def test_cooperation_signed_with_no_document_named():
    text = ("Chiều 12/1/2024, tại tỉnh Tây Ninh, các đại biểu chứng kiến Lễ ký kết hợp tác năm 2024 giữa "
            "Bộ Chỉ huy Quân sự tỉnh với Tiểu khu Quân sự Svay Rieng.")
    assert _facts(text) == [("CooperationAgreement", ["KHM", "VNM"])]
    assert any("agreement.signing-of-cooperation" in r for r in _rules(text))


def test_cooperation_of_an_earlier_year_is_background():
    text = ("Ngày 18/1/2021, tại tỉnh Bà Rịa - Vũng Tàu, Bộ CHQS tỉnh và Tiểu khu Quân sự Preah Vihear đã ký kết "
            "hợp tác năm 2020 trong lễ tổng kết.")
    doc = extract(text)
    assert doc.agreements == []
    assert [d.rule for d in doc.dropped if d.layer == "agreement"] == ["agreement.signed-years-before"]
    assert _facts(text.replace("năm 2020", "năm 2021")) == [("CooperationAgreement", ["KHM", "VNM"])]


def test_cooperation_signing_planned_or_as_a_topic_is_none():
    assert _facts("Hai bên sẽ ký kết hợp tác năm 2025 giữa Bộ CHQS tỉnh với Tiểu khu Quân sự Kampot.") == []
    assert _facts("Việc ký kết hợp tác năm 2024 giữa Bộ CHQS tỉnh và Tiểu khu Quân sự Takeo có ý nghĩa lớn.") == []
    # "hợp tác" alone after a plain verb names no document
    assert _facts("Ngày 5/3/2024, hai bên thống nhất tăng cường hợp tác năm 2024 với Lào.") == []


def test_statement_of_intent_is_a_letter_of_intent():
    text = ("Sáng 8/10/2024, Cục Quân y Việt Nam và Bộ Quốc phòng Hoa Kỳ đã ký Tuyên bố ý định về hợp tác "
            "quân y.")
    assert _facts(text) == [("LetterOfIntent", ["USA", "VNM"])]
    text = ("Sáng 8/10/2024, Cục Quân y Việt Nam và Bộ Quốc phòng Hoa Kỳ đã ký Bản tuyên bố hợp tác "
            "(Statement of Intent) về quân y.")
    assert _facts(text) == [("LetterOfIntent", ["USA", "VNM"])]


def test_announcing_an_intention_is_no_document():
    text = ("Ngày 8/10/2024, Việt Nam và Hoa Kỳ đã ký Bản ghi nhớ về hợp tác quân y và tuyên bố ý định "
            "mở rộng hợp tác hải quân.")
    assert _facts(text) == [("MemorandumOfUnderstanding", ["USA", "VNM"])]


def test_a_document_told_again_as_what_its_signing_shows_is_one():
    text = ("Ngày 15/8/2024, hai Bộ trưởng Quốc phòng Việt Nam và Séc ký Bản ghi nhớ về hợp tác trong lĩnh "
            "vực quốc phòng. Bộ trưởng nhấn mạnh việc hai Bộ Quốc phòng ký Bản ghi nhớ về hợp tác quốc phòng "
            "thể hiện mong muốn của hai bên.")
    ags = extract(text).agreements
    assert [(a.type, sorted(a.parties)) for a in ags] == [("MemorandumOfUnderstanding", ["CZE", "VNM"])]
    assert "thể hiện" not in ags[0].label
    assert any("agreement.same-document" in r.rules for r in ags[0].readings)


def test_label_ends_before_cung_duoc_ky():
    text = "Ngày 9/6/2024, Bản ghi nhớ về tương hỗ hậu cần giữa Việt Nam và Ấn Độ cũng được ký kết."
    ags = extract(text).agreements
    assert [(a.type, sorted(a.parties)) for a in ags] == [("MemorandumOfUnderstanding", ["IND", "VNM"])]
    assert ags[0].label == "Bản ghi nhớ về tương hỗ hậu cần giữa Việt Nam và Ấn Độ"
