"""Agreements, round 11 (issue 10): an ASEAN defence ministers' statement that the meeting or
its ministers adopt as one has as parties every member, not only the host and Vietnam (round 24:
every member state on its day, named or not). The sentences are written for these tests."""

from __future__ import annotations

from reading_helpers import read

_ADMM = ("Ngày 14/11/2023, tại Jakarta (Indonesia), Đại tướng Phan Văn Giang dẫn đầu đoàn Bộ Quốc "
         "phòng Việt Nam dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 17 (ADMM-17). "
         "Tham dự có trưởng đoàn của Brunei, Campuchia, Lào, Malaysia, Myanmar, Philippines, "
         "Singapore và Thái Lan. ")


def _run(text: str):
    return read("Tin đối ngoại\n\n" + text)


def _statements(text: str) -> list[tuple[list[str], tuple[str, ...]]]:
    doc = _run(text)
    return [(sorted(a.parties), tuple(r for rd in a.readings for r in rd.rules))
            for a in doc.agreements if a.type == "JointStatement"]


def test_ministers_adopting_as_one_make_every_named_member_a_party() -> None:
    text = _ADMM + "Kết thúc hội nghị, các Bộ trưởng đã thông qua Tuyên bố chung Jakarta về hợp tác quốc phòng."
    [(parties, rules)] = _statements(text)
    assert parties == ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"]
    assert "agreement.asean-members" in rules


def test_the_meeting_adopting_it_does_the_same() -> None:
    text = _ADMM + "Hội nghị đã thông qua Tuyên bố chung Jakarta về hợp tác quốc phòng."
    [(parties, _)] = _statements(text)
    assert "MYS" in parties and "SGP" in parties


def test_a_member_the_article_never_names_is_still_a_party() -> None:
    text = ("Ngày 14/11/2023, tại Jakarta (Indonesia), Đại tướng Phan Văn Giang dự Hội nghị Bộ trưởng "
            "Quốc phòng các nước ASEAN lần thứ 17 (ADMM-17). Kết thúc hội nghị, các Bộ trưởng đã thông "
            "qua Tuyên bố chung Jakarta về hợp tác quốc phòng.")
    [(parties, _)] = _statements(text)
    assert parties == ["BRN", "IDN", "KHM", "LAO", "MMR", "MYS", "PHL", "SGP", "THA", "VNM"]


def test_two_ministers_signing_a_bilateral_statement_stay_two() -> None:
    text = ("Chiều 20/3, tại Hà Nội, sau hội đàm, Đại tướng Phan Văn Giang và Bộ trưởng Quốc phòng "
            "Malaysia Mohamed Khaled Nordin đã ký Tuyên bố chung về hợp tác quốc phòng giữa hai nước.")
    [(parties, rules)] = _statements(text)
    assert parties == ["MYS", "VNM"]
    assert "agreement.adopted-by-the-meeting" not in rules


def test_a_later_chair_is_a_party_as_a_member() -> None:
    text = ("Ngày 14/11/2023, tại Jakarta (Indonesia), Đại tướng Phan Văn Giang dự Hội nghị Bộ trưởng "
            "Quốc phòng các nước ASEAN lần thứ 17 (ADMM-17). Hội nghị đã thông qua Tuyên bố chung "
            "Jakarta về hợp tác quốc phòng. Tại phiên bế mạc, Indonesia chuyển giao vai trò Chủ tịch "
            "ADMM năm 2024 cho Lào.")
    [(parties, _)] = _statements(text)
    assert len(parties) == 10 and "TLS" not in parties
