"""Round 24: an ASEAN joint statement's parties are the member states on its day (Timor-Leste
from 26 October 2025; an observer is none), not the host and Vietnam alone, in every phrasing
a page uses ("thông qua", "ra Tuyên bố chung", "Một ngày trước đó, ..."); a sentence that lists
the signing members keeps its list; partners follow the parties. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read

ASEAN_10 = {"BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"}


def _statement(text: str):
    doc = read("Tin quốc phòng\n\n" + text)
    found = [a for a in doc.agreements if a.type == "JointStatement"]
    assert len(found) == 1, [a.label for a in doc.agreements]
    rules = {r for reading in found[0].readings for r in reading.rules}
    return found[0], rules, doc


def test_the_meeting_adopting_it_names_no_member_but_all_are_parties() -> None:
    ag, rules, doc = _statement(
        "Ngày 12/11/2022, tại Phnôm Pênh, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 16 "
        "đã thông qua Tuyên bố chung Phnôm Pênh về an ninh khu vực.")
    assert set(ag.parties) == ASEAN_10
    assert "agreement.asean-members" in rules
    assert ASEAN_10 - {"VNM"} <= doc.partners


def test_a_statement_told_a_day_before_a_wider_meeting() -> None:
    ag, _, _ = _statement(
        "Sáng 17/11/2023, tại Jakarta, Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng lần thứ 10 khai mạc "
        "với sự tham dự của Bộ trưởng Quốc phòng Nhật Bản và Hàn Quốc. Một ngày trước đó, Hội nghị Bộ "
        "trưởng Quốc phòng các nước ASEAN lần thứ 17 đã ra Tuyên bố chung Jakarta về hợp tác biển.")
    assert set(ag.parties) == ASEAN_10


def test_an_observer_of_2024_is_no_party() -> None:
    ag, _, _ = _statement(
        "Ngày 20/11/2024, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 18 diễn ra tại Viêng "
        "Chăn; Timor-Leste dự với tư cách quan sát viên. Kết thúc phiên họp, Hội nghị đã thông qua Tuyên bố chung Viêng "
        "Chăn về khả năng tự cường.")
    assert set(ag.parties) == ASEAN_10


def test_timor_leste_is_a_party_once_a_member() -> None:
    ag, _, _ = _statement(
        "Ngày 2/12/2025, tại Kuala Lumpur, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 19 "
        "đã thông qua Tuyên bố chung Kuala Lumpur về hợp tác quốc phòng.")
    assert set(ag.parties) == ASEAN_10 | {"TLS"}


def test_a_sentence_listing_the_signers_keeps_its_list() -> None:
    ag, rules, _ = _statement(
        "Ngày 3/12/2025, tại Kuala Lumpur, Bộ trưởng Quốc phòng Campuchia, Lào, Malaysia và Việt Nam "
        "đã ký Tuyên bố chung về hợp tác rà phá bom mìn của ASEAN.")
    assert set(ag.parties) == {"KHM", "LAO", "MYS", "VNM"}
    assert "agreement.asean-members-listed" in rules


def test_a_bilateral_statement_in_an_asean_year_stays_two() -> None:
    ag, _, _ = _statement(
        "Ngày 8/4/2024, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam và Bộ trưởng Quốc phòng Philippines "
        "đã ký Tuyên bố chung về hợp tác quốc phòng giữa hai nước.")
    assert set(ag.parties) == {"PHL", "VNM"}
