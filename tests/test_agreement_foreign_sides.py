"""A signing between two foreign states on a page naming Vietnam nowhere: its sides are those
states, not Vietnam opposite one of them (agreement.foreign-sides). Sentences of our own."""

from reading_helpers import read, rules_of

from kg.model import PartialDate


def _agreements(text: str):
    return read(text, PartialDate(2025, 6, 3)).agreements


def test_signer_of_one_state_and_an_unnamed_other_side():
    text = (
        "Ngày 2/6, Tùy viên Quốc phòng Ấn Độ tại Brazil Rohan Mehta đã thay mặt Bộ Quốc phòng Ấn Độ ký bản ghi "
        "nhớ về hợp tác đào tạo quân sự với Cục trưởng Cục Giáo dục quân sự Brazil.\n"
        "Phía Ấn Độ cho biết việc ký kết bản ghi nhớ lần này mở ra cơ hội trao đổi học viên."
    )
    found = _agreements(text)
    assert [set(a.parties) for a in found] == [{"IND", "BRA"}]
    assert "agreement.foreign-sides" in rules_of(found)


def test_passive_signing_by_officials_of_two_states():
    text = (
        "Ngày 2/6, văn kiện hợp tác an ninh biển được công bố tại Canberra.\n"
        "Theo đó, thỏa thuận đã được ký kết bởi đại diện Lực lượng Phòng vệ Nhật Bản và Bộ Quốc phòng Australia."
    )
    found = _agreements(text)
    assert [set(a.parties) for a in found] == [{"JPN", "AUS"}]


def test_a_vietnamese_unit_keeps_vietnam_opposite():
    text = (
        "Ngày 2/6, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị hội đàm với đoàn Bộ Chỉ huy Quân sự tỉnh "
        "Savannakhet của Lào. Kết thúc hội đàm, hai bên đã ký biên bản ghi nhớ về phối hợp tuần tra song phương."
    )
    found = _agreements(text)
    assert [set(a.parties) for a in found] == [{"VNM", "LAO"}]
    assert "agreement.foreign-sides" not in rules_of(found)
