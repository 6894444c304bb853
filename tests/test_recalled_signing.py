"""Round 39b: a signing recalled in a speech ("nhắc lại việc hai Bộ Quốc phòng đã ký Bản ghi nhớ ... từ năm 2005
và ...") is background: no agreement is read from it. "đánh giá cao việc hai bên ký X" stays the act itself.
All sentences are our own."""

from __future__ import annotations

from kg.model import PartialDate
from tests.reading_helpers import drops, read

HEAD = ("Tối 20/12, tại Tokyo, Cơ quan Tùy viên Quốc phòng Việt Nam tại Nhật Bản tổ chức chiêu đãi kỷ niệm Ngày "
        "thành lập Quân đội nhân dân Việt Nam, với sự tham dự của Thiếu tướng Sato Kenji, Phó Tham mưu trưởng Lục "
        "quân Nhật Bản.\n\n")


def test_a_recalled_signing_is_no_agreement() -> None:
    text = HEAD + ("Đại tá Đinh Quang Tuấn, Tùy viên Quốc phòng Việt Nam tại Nhật Bản, nhắc lại việc hai Bộ Quốc phòng "
                   "đã ký Bản ghi nhớ về hợp tác quốc phòng từ năm 2005 và duy trì đều đặn các cơ chế đối thoại.")
    doc = read(text, PartialDate(2025, 12, 21))
    assert doc.agreements == []
    assert "agreement.signing-as-topic" in drops(doc, "agreement")


def test_a_signing_praised_is_still_signed() -> None:
    text = HEAD + ("Tại buổi chiêu đãi, Thiếu tướng Sato Kenji đánh giá cao việc hai bên ký Bản ghi nhớ về hợp tác "
                   "gìn giữ hòa bình trong chuyến thăm lần này.")
    doc = read(text, PartialDate(2025, 12, 21))
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]
