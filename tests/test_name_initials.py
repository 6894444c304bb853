"""A name's initials after a rank or title end no sentence ("Thượng tướng V.A. Ivanov", round 45c)."""

from kg.model import PartialDate

from tests.reading_helpers import events, read


def test_initials_after_a_rank_keep_the_sentence_whole():
    doc = read("Sáng 20/3, Thượng tướng Trần Văn Hùng và Thượng tướng V.A. Ivanov đồng chủ trì đối thoại.",
               PartialDate(2026, 3, 20))
    assert len(doc.sentences) == 1


def test_named_dialogue_told_again_on_the_same_day():
    text = (
        "Chiều 20/3, tại Hà Nội, Đại tướng Phan Minh Sơn đã tiếp Thượng tướng Viktor Ivanov, Thứ trưởng Quốc phòng Nga.\n\n"
        "Tại buổi tiếp, Đại tướng đánh giá cao kết quả Đối thoại Chiến lược quốc phòng Việt Nam - Nga lần thứ 12 "
        "diễn ra trước đó.\n\n"
        "Trước đó, sáng cùng ngày, Thượng tướng Trần Văn Hùng và Thượng tướng V.A. Ivanov đồng chủ trì Đối thoại "
        "Chiến lược quốc phòng Việt Nam - Nga lần thứ 12."
    )
    found = events(text, PartialDate(2026, 3, 20), kind="Dialogue")
    assert [str(e.start) for e in found] == ["2026-03-20"]


def test_initials_closing_a_sentence_still_end_it():
    doc = read("Hai bên ký hợp đồng với Công ty A.B. Sau đó, đoàn thăm Học viện.", PartialDate(2026, 3, 20))
    assert len(doc.sentences) == 2
