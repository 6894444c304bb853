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


# --------------------------------------------------------------------------- accuracy pass
_TALKS = (
    "Chiều 2/12/2024, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng, hội đàm với ông Richard Marles, "
    "Bộ trưởng Quốc phòng Australia. Dự hội đàm có Thiếu tướng Phạm Mạnh Thắng, Cục trưởng Cục Gìn giữ hòa bình Việt Nam "
    "và Chuẩn Đô đốc Peter Quinn, Phó Tư lệnh Tác chiến liên quân Australia.\n"
)


def test_two_ministers_sign_means_the_co_chairs():
    doc = extract(_TALKS + "Sau hội đàm, hai Bộ trưởng ký Tuyên bố tầm nhìn chung về hợp tác quốc phòng Việt Nam - Australia.")
    js = [a for a in doc.agreements if a.type == "JointStatement"]
    assert js and set(js[0].signatories) == {"Phan Văn Giang", "Richard Marles"}


def test_two_ministers_witness_and_signers_named_next():
    doc = extract(
        _TALKS
        + "Hai Bộ trưởng chứng kiến lễ ký Bản ghi nhớ về gìn giữ hòa bình giữa hai Bộ Quốc phòng. "
        "Người ký văn kiện là Thiếu tướng Phạm Mạnh Thắng và Chuẩn Đô đốc Peter Quinn."
    )
    mou = [a for a in doc.agreements if a.type == "MemorandumOfUnderstanding"]
    assert mou and set(mou[0].witnesses) == {"Phan Văn Giang", "Richard Marles"}
    assert set(mou[0].signatories) == {"Phạm Mạnh Thắng", "Peter Quinn"}


def test_signers_after_la():
    doc = extract(
        _TALKS + "Hai Bộ trưởng chứng kiến lễ ký Thỏa thuận về đào tạo quân sự. "
        "Ký Thỏa thuận là Thiếu tướng Phạm Mạnh Thắng và Chuẩn Đô đốc Peter Quinn."
    )
    ag = [a for a in doc.agreements if a.type == "CooperationAgreement"]
    assert len(ag) == 1 and set(ag[0].signatories) == {"Phạm Mạnh Thắng", "Peter Quinn"}
    assert set(ag[0].witnesses) == {"Phan Văn Giang", "Richard Marles"}


def test_named_signers_win_over_collective_subject():
    doc = extract(
        _TALKS + "Trong hội đàm, Đại tướng Phan Văn Giang và ông Richard Marles đã ký Bản ghi nhớ về an ninh biển. "
        "Hai bên ký Bản ghi nhớ về an ninh biển sau hội đàm."
    )
    mou = [a for a in doc.agreements if a.type == "MemorandumOfUnderstanding"]
    assert len(mou) == 1 and mou[0].signatories == ["Phan Văn Giang", "Richard Marles"]
