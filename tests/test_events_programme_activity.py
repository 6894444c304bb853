"""Round 29: a programme attended and told by what was done in it ("dự chương trình giao lưu văn nghệ
“...”") on a day of a named exchange of the same sides is an item of that exchange, even when a
quoted title names the programme."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

NAMED_EXCHANGE = (
    "Giao lưu biên giới Việt - Lào\n\n"
    "Trong hai ngày 19 và 20/4, Giao lưu hữu nghị Quốc phòng biên giới Việt Nam - Lào lần thứ 6 đã diễn ra "
    "tại tỉnh Điện Biên (Việt Nam) và tỉnh Phongsaly (Lào).\n\n"
    "Ngày 20/4, hai đoàn cùng trồng cây hữu nghị tại cột mốc biên giới và dự chương trình giao lưu văn nghệ "
    "“Mùa xuân biên giới” do hai tỉnh phối hợp tổ chức.\n"
)


def test_a_quoted_programme_attended_inside_a_named_exchange_is_part_of_it():
    found = events(NAMED_EXCHANGE, PartialDate(2027, 4, 21), "Exchange")
    assert len(found) == 1
    assert (found[0].start, found[0].end) == (PartialDate(2027, 4, 19), PartialDate(2027, 4, 20))
    assert "event.activity-of-an-exchange" in rules_of(found)


def test_a_quoted_programme_attended_with_no_exchange_around_it_stays_one():
    text = ("Giao lưu văn nghệ tại Đồn Biên phòng\n\n"
            "Tối 20/4, cán bộ, chiến sĩ Đồn Biên phòng Tây Trang và Đại đội Bảo vệ biên giới 1 (Lào) dự chương "
            "trình giao lưu văn nghệ “Mùa xuân biên giới” tại Đồn Biên phòng Tây Trang.\n")
    found = events(text, PartialDate(2027, 4, 21), "Exchange")
    assert len(found) == 1 and found[0].start == PartialDate(2027, 4, 20)
    assert "event.activity-of-an-exchange" not in rules_of(found)
