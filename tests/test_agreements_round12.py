"""Agreements, round 12 (issue 10): talk about a plan is no signing ("trao đổi kế hoạch hợp
tác năm 2026"); a count before a list of documents ("ký kết 16 hợp đồng, thỏa thuận") counts
them all. Sentences written for the test."""

from __future__ import annotations

from kg.pipeline import extract


def test_talking_over_a_cooperation_plan_signs_nothing() -> None:
    text = ("Quân khu tiếp Tùy viên\n\nNgày 18/1, tại Cần Thơ, Trung tướng Lê Văn Hùng, Tư lệnh Quân khu 9 "
            "đã tiếp Thiếu tướng Sok Dara, Tùy viên Quân sự Campuchia tại Việt Nam, đến chúc Tết và trao đổi "
            "kế hoạch hợp tác năm 2026.")
    assert extract(text).agreements == []


def test_a_plan_signed_and_exchanged_is_still_signed() -> None:
    text = ("Hội đàm\n\nSáng 5/3, sau hội đàm, hai Bộ trưởng Quốc phòng Việt Nam và Campuchia đã ký và trao "
            "đổi Kế hoạch hợp tác quốc phòng năm 2026.")
    assert [a.type for a in extract(text).agreements] == ["CooperationAgreement"]


def test_a_count_before_a_list_of_documents_is_no_one_document() -> None:
    text = ("Triển lãm quốc phòng\n\nNgày 19/12, tại Hà Nội, Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc "
            "phòng Lào. Bên lề triển lãm, Bộ Quốc phòng đã ký kết 16 hợp đồng, thỏa thuận hợp tác với các "
            "đối tác.")
    assert extract(text).agreements == []
