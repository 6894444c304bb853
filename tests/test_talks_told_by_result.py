"""Talks told by their result ("Thủ tướng X đánh giá cao kết quả hội đàm giữa Bộ trưởng Quốc phòng
hai nước"): the one who speaks of them takes no part, so they are the talks the ministers held,
not a second talks with the speaker (event.result-told-people, round 27)."""

from kg.model import PartialDate

from tests.reading_helpers import events

TEXT = """Thủ tướng tiếp Bộ trưởng Quốc phòng Peru

Chiều 3/11, tại Trụ sở Chính phủ, Thủ tướng Lương Quốc Định đã tiếp Bộ trưởng Quốc phòng Peru Alonso Quispe Herrera đang thăm chính thức Việt Nam.

Hoan nghênh Bộ trưởng Alonso Quispe Herrera sang thăm, Thủ tướng Lương Quốc Định đánh giá cao kết quả hội đàm giữa Bộ trưởng Quốc phòng hai nước diễn ra sáng cùng ngày.

Bộ trưởng Alonso Quispe Herrera cho biết sáng cùng ngày, ông và Đại tướng Tạ Văn Kiên, Bộ trưởng Bộ Quốc phòng Việt Nam đã có cuộc hội đàm thành công.
"""


def test_the_speaker_of_the_result_is_no_party_to_the_talks():
    talks = events(TEXT, PartialDate(2025, 11, 3), kind="Talks")
    assert len(talks) == 1
    assert "Lương Quốc Định" not in talks[0].participants
    assert "Tạ Văn Kiên" in talks[0].participants
