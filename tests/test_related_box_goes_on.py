"""A related-news box set inside the body ("Tin liên quan" and its headlines) is not the page's end when
the paragraph after it goes back to a side by a bare title saying what they said ("Thứ trưởng đề nghị
...", "Đại sứ cảm ơn ..."): the story goes on (round 25, heldout37)."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import clean_page

LEAD = ("Tùy viên Quốc phòng Ba Lan chào từ biệt\n\n"
        "Chiều 3/6, tại Hà Nội, Trung tướng Vũ Thanh Bình, Phó Tổng Tham mưu trưởng, tiếp Đại tá Jan Kowalczyk, "
        "Tùy viên Quốc phòng Ba Lan tại Việt Nam, đến chào từ biệt nhân dịp kết thúc nhiệm kỳ.\n\n"
        "Tin liên quan\n"
        "Hải quân hai nước mở rộng trao đổi đoàn\n"
        "Học viện Quốc phòng đón học viên nước ngoài khóa mới\n\n")


@pytest.mark.parametrize("back", [
    "Thượng tướng đề nghị Tùy viên, trên cương vị công tác mới, tiếp tục là cầu nối giữa quân đội hai nước, góp phần "
    "đưa hợp tác quốc phòng đi vào chiều sâu.",
    "Thứ trưởng nhấn mạnh trong nhiệm kỳ của mình, Tùy viên đã là cầu nối tích cực giữa quân đội hai nước, nhất là "
    "trong đào tạo và gìn giữ hòa bình.",
    "Đại sứ cảm ơn sự hỗ trợ của Bộ Quốc phòng Việt Nam trong nhiệm kỳ vừa qua, mong tiếp tục là cầu nối giữa hai "
    "quân đội sau khi về nước.",
])
def test_the_story_goes_on_after_a_box_when_a_side_speaks_on(back: str) -> None:
    cleaned = clean_page(LEAD + back + "\n\nHai bên cũng trao đổi về hợp tác đào tạo sĩ quan trong năm tới.")
    assert "cầu nối" in cleaned.text and "đào tạo sĩ quan" in cleaned.text
