"""An ASEAN joint statement's parties are the member states taking part, not
the host and Vietnam alone; a member named as a topic is not a party; an ADMM+
statement adds the plus partners taking part (all eight when the ministers are
named as one); a bilateral statement keeps its two parties. Sentences written
for the test."""

from kg.pipeline import extract
from kg.pipeline.countries import group_members

ASEAN_10 = {"BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"}


def _statements(text):
    return [a for a in extract(text).agreements if a.type == "JointStatement"]


def test_members_named_as_one_subject_all_sign():
    found = _statements("Chiều 12/5/2019, Bộ trưởng Quốc phòng 10 nước ASEAN đã ký Tuyên bố chung của Hội nghị tại Bangkok.")
    assert found and set(found[0].parties) == ASEAN_10


def test_ministers_of_asean_sign_after_the_meeting():
    found = _statements(
        "Chiều 20/5/2016, ngay sau khi kết thúc hội nghị, các Bộ trưởng Quốc phòng ASEAN đã ký kết Tuyên bố chung ADMM 10."
    )
    assert found and set(found[0].parties) == ASEAN_10
    rules = {r for reading in found[0].readings for r in reading.rules}
    assert "agreement.asean-members" in rules


def test_conference_name_alone_makes_every_member_a_party():
    # round 24: an ASEAN statement's parties are the member states, named or not
    found = _statements(
        "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 9 tại Brunei đã thông qua Tuyên bố chung của các Bộ trưởng."
    )
    assert found and "MMR" in found[0].parties and "PHL" in found[0].parties


def test_member_named_only_as_a_topic_is_a_party_as_a_member():
    found = _statements(
        "Ngày 20/11/2024, tại Viêng Chăn (Lào), Hội nghị ADMM lần thứ 18 thông qua Tuyên bố chung Viêng Chăn. "
        "Các Bộ trưởng cũng trao đổi về tình hình Myanmar."
    )
    assert found and set(found[0].parties) == ASEAN_10


ADMM_PLUS_8 = {"AUS", "CHN", "IND", "JPN", "KOR", "NZL", "RUS", "USA"}


def test_wider_admm_plus_is_not_read_as_asean_alone():
    found = _statements(
        "Chiều 29/8/2013, Hội nghị Bộ trưởng Quốc phòng ASEAN Mở rộng (ADMM+) lần thứ hai đã ra tuyên bố chung về hợp tác."
    )
    assert found and set(found[0].parties) != ASEAN_10


def test_admm_plus_ministers_named_as_one_all_sign():
    found = _statements(
        "Ngày 10/12/2020, sau khi thảo luận, Bộ trưởng Quốc phòng các nước ASEAN mở rộng đã thống nhất ra "
        "Tuyên bố chung về tầm nhìn chiến lược an ninh."
    )
    assert found and set(found[0].parties) == ASEAN_10 | ADMM_PLUS_8
    rules = {r for reading in found[0].readings for r in reading.rules}
    assert "agreement.admm-plus-members" in rules


def test_admm_plus_statement_takes_the_partners_of_its_sentence():
    found = _statements(
        "Ngày 16/11/2023, tại Jakarta, Bộ trưởng Quốc phòng Indonesia, Nhật Bản và Australia "
        "đã ký Tuyên bố chung ADMM+ về an ninh biển."
    )
    assert found and {"VNM", "IDN", "JPN", "AUS"} <= set(found[0].parties)
    assert not set(found[0].parties) & {"RUS", "MMR"}


def test_asean_statement_after_admm_plus_named_earlier_in_the_sentence():
    found = _statements(
        "Ngày 15/11/2023, trước thềm ADMM+, Bộ trưởng Quốc phòng 10 nước ASEAN đã ký Tuyên bố chung Jakarta."
    )
    assert found and set(found[0].parties) == ASEAN_10


def test_bilateral_statement_mentioning_asean_keeps_its_two_parties():
    found = _statements(
        "Ngày 3/3/2024, Việt Nam và Australia ra Tuyên bố chung, hai nước khẳng định vai trò trung tâm của ASEAN."
    )
    assert found and set(found[0].parties) == {"VNM", "AUS"}


def test_membership_follows_the_day():
    assert "TLS" in group_members("ASEAN", "2025-11-20")
    assert "TLS" not in group_members("ASEAN", "2025-05-20")
    assert "TLS" not in group_members("ASEAN", "2025")  # unsure: joined within that year
    assert "TLS" not in group_members("ASEAN")
    assert "KHM" not in group_members("ASEAN", "1998")
    assert "IDN" in group_members("ASEAN")  # founders are sure
    assert set(group_members("ADMM+")) == ADMM_PLUS_8  # all joined on its first day


def test_signing_clause_after_a_semicolon_names_the_parties():
    from kg.pipeline import extract as run

    doc = run(
        "Ngày 20/12/2024, Thứ trưởng Lê Văn Bình tiếp xúc với trưởng đoàn Belarus và Cộng hòa Séc; hai bên "
        "Việt Nam - Séc ký Ý định thư về hợp tác sửa chữa trang bị kỹ thuật."
    )
    letters = [a for a in doc.agreements if a.type == "LetterOfIntent"]
    assert letters and set(letters[0].parties) == {"VNM", "CZE"}


def test_headline_agreement_word_is_the_memorandum_the_body_names():
    from kg.pipeline import extract as run

    doc = run(
        "Việt Nam, Hàn Quốc ký thỏa thuận hợp tác quân y\n\n"
        "Chiều 5/9/2025, sau hội đàm, hai Bộ trưởng chứng kiến lễ ký Bản ghi nhớ về hợp tác trong lĩnh vực quân y "
        "giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Hàn Quốc."
    )
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]


def test_body_agreement_beside_a_memorandum_stays_its_own():
    from kg.pipeline import extract as run

    doc = run(
        "Chiều 5/9/2025, hai bên ký Bản ghi nhớ về hợp tác trong lĩnh vực quân y và ký Thỏa thuận về hợp tác quân y "
        "giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Hàn Quốc."
    )
    assert {a.type for a in doc.agreements} >= {"MemorandumOfUnderstanding", "CooperationAgreement"}


def test_a_year_inside_the_documents_name_is_not_its_date():
    from kg.pipeline import extract as run

    doc = run(
        "Hai bên đã ký Tuyên bố tầm nhìn chung về quan hệ đối tác quốc phòng Việt Nam - Hàn Quốc hướng tới năm 2030 "
        "vào tháng 6/2022."
    )
    statements = [a for a in doc.agreements if a.type == "JointStatement"]
    assert statements and statements[0].date is not None and statements[0].date.iso() == "2022-06"
