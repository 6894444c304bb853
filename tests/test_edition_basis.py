"""An earlier edition told as the basis of the one a page reports ("trên cơ sở ... tổ chức thành công Giao lưu
... lần thứ nhất năm 2022"): history, not news -- it no longer takes the page's or the next edition's days
(`event.basis-of-the-next`, round 41)."""

from kg.model import PartialDate

from tests.reading_helpers import drops, events, of_type, read, rules_of

PUB = PartialDate(2024, 10, 2)


def test_basis_edition_takes_no_day_of_the_page():
    text = ("Ngày 2/10, Đại tá Lê Văn Hùng cho biết, Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào lần thứ 2 "
            "sẽ diễn ra từ ngày 20 đến 22/10. Ông nhấn mạnh, trên cơ sở Bộ Quốc phòng hai nước tổ chức thành công "
            "Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào lần thứ nhất năm 2021 tại tỉnh Quảng Trị, "
            "cuộc giao lưu lần này có ý nghĩa quan trọng.")
    doc = read(text, PUB)
    found = of_type(doc.events, "Exchange")
    assert [(e.start, e.end) for e in found] == [(PartialDate(2024, 10, 20), PartialDate(2024, 10, 22))]
    assert all(e.start.year == 2024 for e in found)
    assert "event.basis-of-the-next" in drops(doc, "event")


def test_carrying_on_from_an_earlier_conference():
    text = ("Sáng 2/10, tại Hà Nội, Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 9 đã khai mạc. "
            "Tiếp nối thành công của Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 8 năm 2023 tại Băng Cốc, "
            "hội nghị năm nay bàn về hợp tác ứng phó thảm họa.")
    found = events(text, PUB, "Conference")
    assert [e.start for e in found] == [PartialDate(2024, 10, 2)]
    assert all("lần thứ 8" not in e.label for e in found)


def test_an_edition_held_successfully_is_still_news():
    text = ("Ngày 2/10, Bộ Quốc phòng hai nước đã tổ chức thành công Giao lưu hữu nghị Quốc phòng biên giới "
            "Việt Nam - Lào lần thứ 2 tại tỉnh Điện Biên.")
    found = events(text, PUB, "Exchange")
    assert [e.start for e in found] == [PartialDate(2024, 10, 2)]
    assert "event.basis-of-the-next" not in rules_of(found)


def test_talks_told_as_the_basis_of_a_signing_stay_news():
    text = ("Ngày 2/10, trên cơ sở kết quả hội đàm giữa Đại tướng Trần Văn Bình và Bộ trưởng Quốc phòng Úc Richard Roe, "
            "hai bên đã ký Bản ghi nhớ về hợp tác quốc phòng.")
    assert [e.start for e in events(text, PUB, "Talks")] == [PartialDate(2024, 10, 2)]
