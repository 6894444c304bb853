"""A day inside a clause naming a happening by its result ("đánh giá cao kết quả hội đàm ... chiều 5/9")
is the recalled happening's: "cùng ngày" in the next paragraph counts from the day the story is at (round 27)."""

from kg.model import PartialDate

from tests.reading_helpers import events

TEXT = """Bộ trưởng Quốc phòng Chile thăm Việt Nam

Chiều 6/9, tại Trụ sở Chính phủ, Phó Thủ tướng Hà Minh Khải đã tiếp ông Ricardo Valdivia Soto, Bộ trưởng Quốc phòng Chile.

Phó Thủ tướng Hà Minh Khải đánh giá cao kết quả hội đàm giữa Bộ trưởng Quốc phòng hai nước chiều 5/9 và đề nghị hai bên sớm cụ thể hóa các nội dung đã thống nhất.

Sáng cùng ngày, Chủ tịch Quốc hội Đinh Văn Tường đã tiếp Bộ trưởng Ricardo Valdivia Soto tại Nhà Quốc hội.
"""


def test_same_day_is_not_the_day_of_talks_told_by_their_result():
    found = events(TEXT, PartialDate(2026, 9, 6), kind="Meeting")
    morning = [e for e in found if "Đinh Văn Tường" in e.participants]
    assert morning
    assert morning[0].start == PartialDate(2026, 9, 6)
