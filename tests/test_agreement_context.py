"""Agreements read from their context: a signing verb that closes its own clause
signs nothing after its comma, and "hai nước đã ký" with no country in its clause
has the parties of the document told before (two foreign states stay two)."""

from kg.pipeline import extract
from kg.pipeline.agreements import CLAUSE_CLOSED, PARTIES_CONTEXT


def _dropped_rules(doc) -> set[str]:
    return {d.rule for d in doc.dropped if d.layer == "agreement"}


def test_a_document_after_the_comma_of_a_signing_clause_is_not_signed_there():
    doc = extract(
        "Chiều 3/4, Đồn Biên phòng Mường Lát và Đại đội bảo vệ biên giới 205 tỉnh Hủa Phăn (Lào) tổ chức hội đàm. "
        "Thực hiện quy chế phối hợp đã ký kết, hai đơn vị thường xuyên tuần tra song phương, tuyên truyền nhân dân "
        "chấp hành Hiệp định về quy chế quản lý biên giới giữa hai nước."
    )
    assert doc.agreements == []
    assert CLAUSE_CLOSED in _dropped_rules(doc)


def test_a_signing_verb_before_its_document_still_signs_it():
    doc = extract(
        "Sau hội đàm, Đại tá Nguyễn Văn Bình và Đại tá Sổm Phết, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sê Kông "
        "(Lào), đã ký Biên bản hội đàm năm 2026."
    )
    assert [a.type for a in doc.agreements] == ["Minutes"]
    assert set(doc.agreements[0].parties) == {"VNM", "LAO"}


def test_two_foreign_states_signing_again_stay_two_parties():
    doc = extract(
        "Ngày 12/3, Nhật Bản và Philippines đã ký Bản ghi nhớ về hợp tác hậu cần quốc phòng. "
        "Năm ngoái, hai nước đã ký thỏa thuận về trao đổi thông tin hàng hải."
    )
    later = next(a for a in doc.agreements if a.type == "CooperationAgreement")
    assert set(later.parties) == {"JPN", "PHL"}
    assert "VNM" not in doc.partners
    assert any(PARTIES_CONTEXT in r.rules for r in later.readings)


def test_the_two_sides_of_vietnam_and_its_partner_carry_over():
    doc = extract(
        "Ngày 5/6, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Ấn Độ đã ký Ý định thư về hợp tác đào tạo. "
        "Cùng ngày, hai bên cũng ký Bản ghi nhớ về hợp tác quân y."
    )
    mou = next(a for a in doc.agreements if a.type == "MemorandumOfUnderstanding")
    assert set(mou.parties) == {"VNM", "IND"}


def test_a_country_named_in_the_clause_wins_over_the_context():
    doc = extract(
        "Ngày 12/3, Nhật Bản và Philippines đã ký Bản ghi nhớ về hợp tác hậu cần quốc phòng. "
        "Hai nước Việt Nam và Nhật Bản đã ký Ý định thư về hợp tác gìn giữ hòa bình."
    )
    loi = next(a for a in doc.agreements if a.type == "LetterOfIntent")
    assert set(loi.parties) == {"VNM", "JPN"}


def test_a_comma_that_opens_the_list_of_signed_documents_keeps_them():
    doc = extract(
        "Chiều 5/6, Bộ trưởng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Lào Chansamone Chanyalath. "
        "Nhiều văn kiện hợp tác quan trọng đã được hai bên ký kết, gồm: Bản ghi nhớ về hợp tác đào tạo và "
        "Kế hoạch hợp tác năm 2026."
    )
    assert {a.type for a in doc.agreements} == {"MemorandumOfUnderstanding", "CooperationAgreement"}
    assert all(set(a.parties) == {"VNM", "LAO"} for a in doc.agreements)


def test_signed_and_handed_over_in_one_breath():
    doc = extract(
        "Sau hội đàm, Bộ trưởng Phan Văn Giang và Bộ trưởng Quốc phòng Lào Chansamone Chanyalath đã ký, "
        "trao Bản ghi nhớ về hợp tác đào tạo."
    )
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]
