"""A name run into its title with no comma (round 28): "Thượng tướng X Y Z Uỷ viên Trung ương Đảng" reads
"Z Uỷ" into the name, and "Ủy viên Đoàn Chủ tịch" reads "Đoàn Chủ" (Đoàn is a family name) as one.
A later word of the run opening a title that goes on in lower case ends the name; a run left with
one word is no name. Sentences are our own."""

from __future__ import annotations

from tests.reading_helpers import drops, read


def test_the_name_ends_before_a_title_with_no_comma() -> None:
    doc = read("Sáng 3/4, Thượng tướng Lê Quang Thịnh Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng đã tiếp "
               "Đại sứ Ba Lan Tomasz Wiśniewski.")
    assert {o.name for o in doc.officials} == {"Lê Quang Thịnh", "Tomasz Wiśniewski"}


def test_a_body_holding_a_title_word_is_no_name() -> None:
    doc = read("Chiều 3/4, Thượng tướng Khổng Minh Đạt, Ủy viên Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc "
               "Việt Nam, Chủ tịch Hội Cựu chiến binh Việt Nam đã tiếp đoàn Hội Cựu chiến binh Lào.")
    assert {o.name for o in doc.officials} == {"Khổng Minh Đạt"}
    assert "official.title-read-as-name" in drops(doc, "official")


def test_a_name_with_a_title_word_of_its_own_stays() -> None:
    # "Tư" opens no title here: the words after it are capitalised, a name's
    doc = read("Sáng 3/4, Đại tá Nguyễn Văn Tư, Chính ủy Lữ đoàn 170, đã tiếp đoàn sĩ quan Hải quân Ấn Độ.")
    assert "Nguyễn Văn Tư" in {o.name for o in doc.officials}
