"""A joint statement told as signed at a multilateral meeting, then told again by what it says ("Tuyên bố chung
khẳng định ...") in a sentence telling no event: the same statement, with its parties -- not a second statement
given the sides of another happening of the page, a reception told first in a round-up (round 46,
`agreement.statement-told-again`). Sentences of our own."""

from kg.model import PartialDate
from tests.reading_helpers import of_type, read, rules_of

ROUND_UP = (
    "Điểm tin quốc phòng ngày 5/3: Thứ trưởng tiếp Đại sứ Ba Lan; Tư lệnh Lục quân ASEAN ký Tuyên bố chung\n\n"
    "Chiều 5/3, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp ông Marek Nowak, "
    "Đại sứ Ba Lan tại Việt Nam đến chào xã giao.\n\n"
    "Hội nghị Tư lệnh Lục quân các nước ASEAN lần thứ 25 đã diễn ra theo hình thức trực tuyến ngày 4/3, do Lục quân "
    "Philippines chủ trì. Kết thúc hội nghị, Tư lệnh Lục quân các nước ASEAN đã ký Tuyên bố chung về hợp tác ứng phó "
    "thảm họa.\n\n"
    "Tuyên bố chung khẳng định cam kết tăng cường chia sẻ thông tin và tổ chức diễn tập chung định kỳ.\n"
)


def test_the_statement_told_by_what_it_says_is_the_one_signed() -> None:
    doc = read(ROUND_UP, PartialDate(2026, 3, 5))
    statements = of_type(doc.agreements, "JointStatement")
    assert len(statements) == 1
    assert "POL" not in statements[0].parties and {"VNM", "PHL", "IDN", "THA"} <= set(statements[0].parties)
    assert "agreement.statement-told-again" in rules_of(statements[:1])
