"""Agreements, round 10 (issue 10): a later item of a category's list ("các văn bản, thỏa thuận
đã ký kết") is the category too, not one document signed in the news. The sentences are
written for these tests."""

from __future__ import annotations

from reading_helpers import read


def _agreements(text: str) -> list[tuple[str, list[str]]]:
    doc = read("Tin đối ngoại\n\n" + text)
    return [(a.type, sorted(a.parties)) for a in doc.agreements]


def _drops(text: str) -> set[tuple[str, str]]:
    doc = read("Tin đối ngoại\n\n" + text)
    return {(d.text.casefold(), d.rule) for d in doc.dropped if d.layer == "agreement"}


_MEETING = ("Chiều 9/10, tại Hà Nội, Thượng tướng Nguyễn Văn Bình tiếp Trung tướng Lý Quốc Hoa, "
            "Phó Tư lệnh Quân khu Nam Bộ, Quân đội Trung Quốc. ")


def test_a_later_item_of_a_listed_category_is_no_document() -> None:
    text = _MEETING + ("Thượng tướng Nguyễn Văn Bình đề nghị hai bên triển khai hiệu quả các văn bản, "
                       "thỏa thuận hợp tác đã được ký kết giữa quân đội hai nước.")
    assert _agreements(text) == []
    assert ("thỏa thuận", "agreement.category") in _drops(text)


def test_a_category_joined_by_va_is_no_document() -> None:
    text = _MEETING + "Hai bên nhất trí thực hiện tốt các hiệp định và thỏa thuận đã ký kết."
    assert _agreements(text) == []


def test_one_document_signed_after_the_meeting_stays() -> None:
    text = _MEETING + "Sau hội đàm, hai bên đã ký Thỏa thuận hợp tác về đào tạo sĩ quan."
    assert _agreements(text) == [("CooperationAgreement", ["CHN", "VNM"])]
