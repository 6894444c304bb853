"""A joint statement whose full text the page presents is issued (agreement.statement-in-full); a
bare link line to a full text is not. Sentences of our own."""

from reading_helpers import read, rules_of

from kg.model import PartialDate


def _statements(text: str, published: PartialDate = PartialDate(2025, 3, 20)):
    return [a for a in read(text, published).agreements if a.type == "JointStatement"]


def test_statement_presented_in_full_is_issued():
    text = (
        "Nhân chuyến thăm chính thức Indonesia của Thủ tướng từ ngày 18 đến 20/3, Báo Điện tử xin trân trọng "
        "giới thiệu toàn văn Tuyên bố chung về tăng cường quan hệ Đối tác chiến lược toàn diện Việt Nam - Indonesia.\n"
        "Hai bên nhất trí đẩy mạnh hợp tác quốc phòng, an ninh biển và gìn giữ hòa bình."
    )
    found = _statements(text)
    assert [set(a.parties) for a in found] == [{"VNM", "IDN"}]
    assert "agreement.statement-in-full" in rules_of(found)


def test_statement_introduced_below_in_full_is_issued():
    text = (
        "Chiều 19/3, Thủ tướng Việt Nam và Tổng thống Indonesia đã hội đàm tại Jakarta.\n"
        "Dưới đây là toàn văn Tuyên bố chung Việt Nam - Indonesia:\n"
        "Hai bên nhất trí đẩy mạnh hợp tác quốc phòng."
    )
    found = _statements(text)
    assert [set(a.parties) for a in found] == [{"VNM", "IDN"}]


def test_bare_link_line_to_a_full_text_is_no_statement():
    text = (
        "Chiều 19/3, Bộ trưởng Quốc phòng Việt Nam tiếp Tư lệnh Hải quân Indonesia tại Hà Nội.\n"
        "Hai bên nhất trí đẩy mạnh hợp tác hải quân.\n"
        "Tin liên quan:\n"
        "Toàn văn Tuyên bố chung Việt Nam - New Zealand\n"
    )
    assert _statements(text) == []

