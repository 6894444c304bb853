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


def _agreements(text):
    return extract(text).agreements


def test_passive_signers_and_witnesses_after_the_document():
    (ag,) = _agreements(
        "Ngày 11/6/2025, Ý định thư giữa Cục Gìn giữ hòa bình Việt Nam và Trung tâm Huấn luyện của Quân đội "
        "New Zealand được ký bởi Đại tá Nguyễn Văn An, Phó Cục trưởng Cục Gìn giữ hòa bình Việt Nam và "
        "Đại tá Mark Collins, Chỉ huy trưởng Trung tâm Huấn luyện, dưới sự chứng kiến của Đại sứ New Zealand "
        "tại Việt Nam Caroline Beresford."
    )
    assert ag.type == "LetterOfIntent" and set(ag.parties) == {"VNM", "NZL"}
    assert ag.signatories == ["Nguyễn Văn An", "Mark Collins"] and ag.witnesses == ["Caroline Beresford"]
    assert "được ký" not in ag.label


def test_document_signed_by_do_x_va_y_ky():
    (ag,) = _agreements(
        "Thỏa thuận hợp tác giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang và Cảnh sát biên giới Vân Nam "
        "(Trung Quốc) do Đại tá Hoàng Văn Tú, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Hà Giang, và Đại tá "
        "Vương Minh, Chi đội trưởng, ký."
    )
    assert ag.type == "CooperationAgreement" and ag.signatories == ["Hoàng Văn Tú", "Vương Minh"]


def test_documents_listed_after_one_verb_across_a_semicolon():
    ags = _agreements(
        "Sau hội đàm, hai Bộ trưởng chứng kiến lễ ký Biên bản ghi nhớ về hợp tác quân y giữa Bộ Quốc phòng "
        "Việt Nam và Bộ Quốc phòng Lào; Thỏa thuận về đào tạo giữa Học viện Quốc phòng Việt Nam và Học viện "
        "Quốc phòng Lào."
    )
    assert [a.type for a in ags] == ["MemorandumOfUnderstanding", "CooperationAgreement"]
    assert all(set(a.parties) == {"VNM", "LAO"} for a in ags)


def test_a_semicolon_clause_does_not_carry_the_signing():
    ags = _agreements("Quân đội hai nước Việt Nam và Lào đã ký Biên bản hội đàm; Bản ghi nhớ về đào tạo sẽ được xem "
                      "xét vào năm sau.")
    assert [a.type for a in ags] == ["Minutes"]


def test_joint_statement_issued_not_signed():
    (ag,) = _agreements(
        "Ngày 10/3/2025, hai nhà lãnh đạo đã hội đàm và ra Tuyên bố chung về việc nâng cấp quan hệ "
        "Việt Nam - Malaysia lên Đối tác chiến lược toàn diện."
    )
    assert ag.type == "JointStatement" and set(ag.parties) == {"VNM", "MYS"}


def test_a_count_of_commercial_deals_is_no_agreement():
    assert _agreements("Sau hai ngày, các doanh nghiệp đã ký hơn 10 hợp đồng, thỏa thuận thương mại.") == []


def test_a_short_retelling_merges_into_the_full_one():
    ags = _agreements(
        "Australia và Việt Nam ngày 11/6/2025 đã ký một ý định thư về hợp tác gìn giữ hòa bình. "
        "Theo hãng tin Reuters, hai bên đã ký một ý định thư về hợp tác trong lĩnh vực gìn giữ hòa bình."
    )
    assert len(ags) == 1 and ags[0].label.endswith("gìn giữ hòa bình") and len(ags[0].evidence) == 2


def test_witness_told_in_the_next_sentence():
    (ag,) = _agreements(
        "Sáng 20/12/2024, Trung tướng Lê Hồng Sơn, Chủ nhiệm Tổng cục Công nghiệp quốc phòng và ông Park Sung-min, "
        "Phó Giám đốc DAPA Hàn Quốc, đã ký Biên bản ghi nhớ về hợp tác sản xuất phụ tùng. "
        "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, chứng kiến lễ ký."
    )
    assert ag.signatories == ["Lê Hồng Sơn", "Park Sung-min"] and ag.witnesses == ["Hoàng Xuân Chiến"]


def test_the_other_side_at_a_many_country_fair_is_vietnam():
    text = (
        "Triển lãm Quốc phòng quốc tế Việt Nam 2024 diễn ra từ ngày 19 - 22/12/2024 với các đoàn Hàn Quốc, "
        "Ấn Độ và Hoa Kỳ. Bên lề triển lãm, Thượng tướng Hoàng Xuân Chiến tiếp ông Sanjay Mehta, Thư ký "
        "Sản xuất quốc phòng Ấn Độ.\n\nKý biên bản ghi nhớ với Hàn Quốc\n\n"
    )
    (ag,) = _agreements(text)
    assert set(ag.parties) == {"VNM", "KOR"}


def test_a_document_still_to_be_signed_is_no_agreement():
    doc = extract("Chiều 5/3/2026, hai bên hội đàm. Hai bên thống nhất Kế hoạch hợp tác năm 2026 sẽ được ký trong tháng 6 tới.")
    assert doc.agreements == []


def test_a_signed_cooperation_plan_and_protocol_are_cooperation_agreements():
    doc = extract("Sau hội kiến ngày 6/3/2026, Đại tướng Lê Văn Tâm và Đại tướng Meas Sovann đã ký Nghị định thư và "
                  "Kế hoạch hợp tác giữa hai Bộ Quốc phòng Việt Nam và Campuchia năm 2026.")
    assert [(a.type, sorted(a.parties)) for a in doc.agreements] == [("CooperationAgreement", ["KHM", "VNM"])]


def test_the_joint_statement_of_a_conference_binds_its_members():
    doc = extract(
        "Ngày 20/11/2026, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 20 diễn ra tại Manila với sự tham dự "
        "của các nước Brunei, Campuchia, Lào, Philippines và Việt Nam. "
        "Kết thúc hội nghị, các Bộ trưởng đã thông qua Tuyên bố chung Manila về hợp tác quốc phòng.")
    [statement] = doc.agreements
    assert statement.type == "JointStatement"
    # round 24: every member state on its day (Timor-Leste a member since 26/10/2025)
    assert set(statement.parties) == {"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "TLS", "VNM"}
