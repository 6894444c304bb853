"""Round 50c: a signing noted in brackets after a cited document ("(ký năm 2016)") signs nothing told
after the brackets."""

from kg.model import PartialDate

from tests.reading_helpers import read

TEXT = (
    "Sáng 9/4/2025, tại Hà Giang, Bộ đội Biên phòng tỉnh và Bộ Chỉ huy Quân sự tỉnh Phông-xả-lỳ (Lào) đã hội đàm. "
    "Hai bên đánh giá đã thực hiện tốt Hiệp định về quy chế biên giới giữa hai nước (ký năm 2013) cùng "
    "Nghị định thư về phân giới cắm mốc; tổ chức 20 đợt tuần tra song phương."
)


def test_document_after_the_bracketed_signing_is_not_signed() -> None:
    doc = read(TEXT, PartialDate(2025, 4, 9))
    assert [a.type for a in doc.agreements] == []


def test_signing_outside_brackets_still_signs() -> None:
    text = ("Sáng 9/4/2025, tại Hà Giang, Đại tá Nông Văn Bình, Chỉ huy trưởng Bộ đội Biên phòng tỉnh và Đại tá "
            "Khăm-xỉ Vông-pa-chăn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Phông-xả-lỳ (Lào) đã ký Biên bản hội đàm.")
    doc = read(text, PartialDate(2025, 4, 9))
    assert [a.type for a in doc.agreements] == ["Minutes"]
