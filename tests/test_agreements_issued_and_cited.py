"""Round 48i (realev17): how real pages tell a document issued, one cited inside another, one
signed long before and one of two foreign states. Sentences written for the test.

- `agreement.statement-issued-passive`: "“Tuyên bố chung” được thông qua ..." is issued (not
  "sẽ được thông qua", a plan);
- `agreement.object-of-another-verb`: "ký kết bản ghi nhớ thực hiện nghiêm Hiệp định X": the
  treaty is what the memorandum implements, not a second document signed;
- `agreement.since-signed`: "kể từ khi hai bên ký kết Bản ghi nhớ ..." looks back to an earlier
  signing;
- `agreement.foreign-pair-goes-on`: "hai nước đã ký thỏa thuận" paragraphs after two foreign
  states signed one, Vietnam named nowhere: those two states, not Vietnam opposite one of them."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import drops, of_type, read, rules_of


def test_a_statement_adopted_in_the_passive_is_issued() -> None:
    doc = read("Ngày 14/6, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 21 diễn ra tại Kuala Lumpur, "
               "Malaysia, với sự tham dự của Bộ trưởng Quốc phòng 10 nước thành viên ASEAN.\n\n"
               "“Tuyên bố chung” được thông qua sau hội nghị khẳng định các nước ASEAN sẽ cùng tăng cường "
               "hợp tác an ninh biển.", PartialDate(2026, 6, 15))
    statements = of_type(doc.agreements, "JointStatement")
    assert len(statements) == 1
    assert "agreement.statement-issued-passive" in rules_of(statements)
    assert {"VNM", "MYS", "THA", "IDN"} <= set(statements[0].parties)


def test_a_statement_to_be_adopted_is_not_issued() -> None:
    doc = read("Ngày 14/6, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 21 khai mạc tại Kuala Lumpur, "
               "Malaysia.\n\nTuyên bố chung của hội nghị sẽ được thông qua vào ngày bế mạc.",
               PartialDate(2026, 6, 14))
    assert of_type(doc.agreements, "JointStatement") == []


def test_a_treaty_the_memorandum_implements_is_not_signed_too() -> None:
    doc = read("Chiều 3/3/2026, tại Hà Tiên, Vùng 5 Hải quân Việt Nam và Hải quân Hoàng gia Campuchia tổ chức "
               "hội nghị tổng kết tuần tra chung. Tại hội nghị, hai bên đã ký kết bản ghi nhớ thực hiện nghiêm "
               "Hiệp định về vùng nước lịch sử giữa hai nước.")
    assert [a.type for a in doc.agreements] == ["MemorandumOfUnderstanding"]
    assert "agreement.object-of-another-verb" in drops(doc, "agreement")


def test_a_treaty_signed_and_implemented_is_still_signed() -> None:
    doc = read("Ngày 3/3/2026, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Campuchia đã ký kết và thực hiện "
               "Thỏa thuận về hợp tác tìm kiếm cứu nạn trên biển.")
    assert [a.type for a in doc.agreements] == ["CooperationAgreement"]


def test_a_signing_the_story_counts_from_is_background() -> None:
    doc = read("Ngày 20/3/2026, Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Indonesia tổ chức hội nghị "
               "song phương tại Jakarta. Hai bên cho rằng hợp tác đã phát triển mạnh kể từ khi hai bên ký kết "
               "Bản ghi nhớ về hợp tác biển vào tháng 1/2026.", PartialDate(2026, 3, 21))
    assert of_type(doc.agreements, "MemorandumOfUnderstanding") == []
    assert "agreement.since-signed" in drops(doc, "agreement")


def test_two_foreign_states_go_on_signing_paragraphs_later() -> None:
    doc = read("Ngày 5/2, Nhật Bản và Philippines đã ký Bản ghi nhớ về hợp tác quốc phòng.\n\n"
               "Bộ trưởng Quốc phòng Philippines hoan nghênh văn kiện này.\n\n"
               "Trước đó, tháng 9 năm ngoái, hai nước đã ký thỏa thuận về chia sẻ thông tin hàng hải.")
    assert [sorted(a.parties) for a in doc.agreements] == [["JPN", "PHL"], ["JPN", "PHL"]]
    assert "VNM" not in {c for a in doc.agreements for c in a.parties}
    assert "agreement.foreign-pair-goes-on" in rules_of(doc.agreements)
