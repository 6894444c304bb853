"""Round 24: a memorandum, letter of intent or joint statement whose name closes on a year
before the page's ("Bản ghi nhớ về ... năm 2011", "Tuyên bố Tầm nhìn chung ... năm 2015") is
cited as background, not signed in the story; a yearly plan keeps its year. Sentences written
for the test."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import drops, read

PAGE = PartialDate(2026, 2, 10)


def test_documents_named_with_an_earlier_year_are_background() -> None:
    doc = read(
        "Quan hệ quốc phòng Việt Nam - Australia\n\n"
        "Quan hệ quốc phòng có bước tiến sau khi hai nước ký Bản ghi nhớ về hợp tác quốc phòng năm 2010 "
        "và Tuyên bố Tầm nhìn chung về tăng cường hợp tác quốc phòng năm 2018.", published=PAGE)
    assert doc.agreements == []
    assert drops(doc, "agreement").count("agreement.signed-years-before") == 2


def test_a_document_of_the_pages_year_is_kept() -> None:
    doc = read(
        "Tin đối ngoại\n\n"
        "Ngày 5/2/2026, tại Hà Nội, hai Bộ trưởng đã ký Bản ghi nhớ về hợp tác gìn giữ hòa bình năm 2026 "
        "giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Australia.", published=PAGE)
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]


def test_a_yearly_plan_keeps_its_year() -> None:
    doc = read(
        "Tin đối ngoại\n\n"
        "Ngày 5/2/2026, tại Viêng Chăn, hai bên đã ký Kế hoạch hợp tác năm 2025 bổ sung giữa Bộ Quốc "
        "phòng Việt Nam và Bộ Quốc phòng Lào.", published=PAGE)
    assert [a.type for a in doc.agreements] == ["CooperationAgreement"]
