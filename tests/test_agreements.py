"""Agreements: only signed documents, merged, with parties and roles."""

from kg.pipeline import extract


def test_witnessed_signing_with_ministries_as_parties():
    doc = extract(
        "Chiều 24/10/2024, Đại tướng Phan Văn Giang và Thượng tướng Trương Hựu Hiệp, Phó Chủ tịch Quân ủy Trung ương "
        "Trung Quốc đã chứng kiến Lễ ký kết các văn kiện: Ý định thư giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng "
        "Trung Quốc về tăng cường hợp tác quốc phòng; Thỏa thuận về hợp tác Biên phòng giữa Bộ Quốc phòng Việt Nam "
        "và Bộ Quốc phòng Trung Quốc."
    )
    types = {a.type: a for a in doc.agreements}
    assert set(types) == {"LetterOfIntent", "CooperationAgreement"}
    loi = types["LetterOfIntent"]
    assert set(loi.parties) == {"VNM", "CHN"}
    assert set(loi.witnesses) == {"Phan Văn Giang", "Trương Hựu Hiệp"} and not loi.signatories
    assert loi.subject == "tăng cường hợp tác quốc phòng"


def test_planned_or_cited_documents_are_not_agreements():
    doc = extract(
        "Hai bên nghiên cứu khả năng ký các văn kiện hợp tác, xây dựng văn bản ghi nhớ, sớm ký kết Bộ Quy tắc ứng xử "
        "ở Biển Đông (COC) và thực hiện Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)."
    )
    assert doc.agreements == []


def test_signing_told_twice_is_one_agreement():
    doc = extract(
        "Việt Nam và Australia ký Bản ghi nhớ về hợp tác gìn giữ hòa bình.\n"
        "Ngày 15/3/2025, Việt Nam và Australia đã ký Bản ghi nhớ về hợp tác gìn giữ hòa bình tại Hà Nội."
    )
    assert len(doc.agreements) == 1
    ag = doc.agreements[0]
    assert ag.type == "MemorandumOfUnderstanding" and set(ag.parties) == {"VNM", "AUS"}
    assert all(s in doc.text for s in ag.evidence)
