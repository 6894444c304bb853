"""Readings from heldout24's misses (issue 10, round 19), each written as the general phrasing:
a day told relative to the one just before it in the same sentence ("... ngày 20/11 ... và Hội
nghị B ngày hôm sau"), and meetings told "Bên lề X, ..." on the day of the one-day event X."""

from kg.model import PartialDate
from kg.pipeline.dates import find_dates, relative_day_dates
from reading_helpers import drops, events, read, rules_of

PUBLISHED = PartialDate(2023, 12, 28)

ROUND_UP = (
    "Năm 2023, hoạt động đối ngoại quốc phòng đạt nhiều kết quả.\n\n"
    "Trên bình diện đa phương, tại Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 17 (ADMM-17) "
    "ngày 15/11 ở Jakarta (Indonesia) và Hội nghị Bộ trưởng Quốc phòng các nước ASEAN mở rộng (ADMM+) "
    "lần thứ 10 ngày hôm sau, đoàn Việt Nam đóng góp nhiều ý kiến. Bên lề ADMM+, Đại tướng Phan Văn "
    "Giang gặp song phương với Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru và Bộ trưởng Quốc phòng "
    "Australia Richard Marles.\n"
)


def _relative(text: str) -> list[tuple[str, PartialDate]]:
    found = find_dates(text, reference=PUBLISHED)
    return [(d.surface, d.date) for d in relative_day_dates(text, found)]


def test_the_day_after_the_day_told_before_in_the_sentence():
    text = "Hội nghị A diễn ra ngày 15/11 ở Jakarta và Hội nghị B ngày hôm sau."
    assert _relative(text) == [("hôm sau", PartialDate(2023, 11, 16))]


def test_one_day_before_and_across_a_month_end():
    text = "Lễ ký diễn ra ngày 1/12 tại Hà Nội, còn buổi tiếp được tổ chức một ngày trước đó."
    assert _relative(text) == [("một ngày trước đó", PartialDate(2023, 11, 30))]


def test_the_day_after_a_stretch_counts_from_its_last_day():
    text = "Đoàn thăm Lào từ ngày 6-8/10 và về nước ngày hôm sau."
    assert _relative(text) == [("hôm sau", PartialDate(2023, 10, 9))]


def test_no_relative_day_across_a_sentence_nor_before_a_clause_nor_with_its_own_date():
    assert _relative("Ngày 15/11, hai bên hội đàm. Ngày hôm sau, đoàn thăm Hải Phòng.") == []
    assert _relative("Ngày 15/11, tàu cập cảng, một ngày sau khi rời Manila.") == []
    assert _relative("Ngày 15/11, đoàn đến Hà Nội và hôm sau (16/11) thăm Học viện.") == []
    assert _relative("Trong tháng 11, đoàn đến Hà Nội và ngày hôm sau thăm Học viện.") == []


def test_a_named_conference_dated_the_day_after_right_after_its_edition():
    found = events(ROUND_UP, PUBLISHED, kind="Conference")
    assert sorted(str(e.start) for e in found) == ["2023-11-15", "2023-11-16"]


def test_meetings_beside_a_one_day_conference_take_its_day():
    found = events(ROUND_UP, PUBLISHED, kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2023, 11, 16)] * 2
    assert "event.beside-the-told" in rules_of(found)


def test_meetings_beside_a_conference_of_several_days_keep_no_day_of_it():
    text = ("Từ ngày 31/5 đến 2/6, Đối thoại Shangri-La lần thứ 20 diễn ra tại Singapore với sự tham dự "
            "của nhiều đoàn. Bên lề Đối thoại Shangri-La, Đại tướng Phan Văn Giang gặp song phương với "
            "Bộ trưởng Quốc phòng Nhật Bản Kihara Minoru.\n")
    found = events(text, PartialDate(2023, 6, 3), kind="Meeting")
    assert all("event.beside-the-told" not in rules_of([e]) for e in found)


def test_contracts_heading_a_list_make_the_list_a_category_not_one_signed_document():
    text = ("Triển lãm Quốc phòng quốc tế diễn ra từ ngày 4-7/12 tại Hà Nội. Nhiều hợp đồng thương mại, "
            "bản ghi nhớ giữa các công ty hai nước đã được ký kết trong khuôn khổ triển lãm. Sau hội đàm "
            "ngày 5/12, Bộ trưởng Quốc phòng Việt Nam và Bộ trưởng Quốc phòng Ba Lan ký Ý định thư về hợp tác.\n")
    doc = read(text, PUBLISHED)
    assert [a.type for a in doc.agreements] == ["LetterOfIntent"]
    assert "agreement.category" in drops(doc, "agreement")
