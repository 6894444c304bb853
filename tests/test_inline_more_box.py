"""Round 46b: a bare "Xem thêm:" above a few headlines inside the body is a related-news box like
"TIN LIÊN QUAN": the story goes on after it when the paragraph there opens on one of the story's
people by title and name, saying something ("Thứ trưởng Park Ji-woo khẳng định ...",
`titled-name-says`). Sentences written for the test."""

from __future__ import annotations

from reading_helpers import read

LEAD = ("Sáng 10/3/2026, tại Hà Nội, Thượng tướng Đàm Quang Vĩnh, Thứ trưởng Bộ Quốc phòng Việt Nam và ông "
        "Park Ji-woo, Thứ trưởng Bộ Quốc phòng Hàn Quốc đồng chủ trì Đối thoại Chính sách Quốc phòng lần thứ 14.\n\n"
        "Hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua và nhất trí tiếp tục duy trì các cơ chế hiện có.\n\n"
        "Xem thêm:\n\nHải quân hai nước giao lưu thể thao tại Cam Ranh\n\nDoanh nghiệp quốc phòng tìm kiếm đối tác\n\n")
SIGNING = ("Thứ trưởng Park Ji-woo khẳng định Hàn Quốc coi Việt Nam là đối tác quan trọng. Kết thúc đối thoại, "
           "hai Thứ trưởng đã ký Biên bản Đối thoại Chính sách Quốc phòng lần thứ 14.")


def test_the_story_goes_on_after_a_bare_more_box() -> None:
    doc = read(LEAD + SIGNING)
    assert [a.type for a in doc.agreements] == ["Minutes"]


def test_a_stranger_after_the_box_ends_the_story() -> None:
    doc = read(LEAD + SIGNING.replace("Park Ji-woo", "Kim Tae-hun"))
    assert doc.agreements == []
