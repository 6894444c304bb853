"""A day never lost to a vaguer mention of the same happening (round 48l)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

CONFERENCE_RETOLD_BY_YEAR = (
    "Sáng 15/3/2016, tại Hà Nội, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Ấn Độ tổ chức Hội nghị Hợp tác "
    "Gìn giữ Hòa bình lần thứ 3. Thượng tướng Nguyễn Văn An chủ trì hội nghị. Hội nghị Hợp tác Gìn giữ Hòa "
    "bình được tổ chức trong năm 2016 nhằm đánh giá kết quả hợp tác giữa hai bên."
)

TALKS_THEN_THE_YEAR_REVIEWED = (
    "Sáng 20/11/2025, tại cửa khẩu Hữu nghị, Đại tá Hoàng Văn Toàn, Chỉ huy trưởng Bộ đội Biên phòng tỉnh, "
    "hội đàm với Đại tá Lưu Kiến Quân, Chỉ huy trưởng Biên phòng thành phố Bằng Tường (Trung Quốc). "
    "Tại hội đàm, hai bên cho biết trong năm 2025 lực lượng biên phòng hai nước đã cùng tổ chức 12 lần tuần tra."
)


def test_a_year_told_later_keeps_the_conference_day():
    (conf,) = events(CONFERENCE_RETOLD_BY_YEAR, PartialDate(2016, 3, 16), "Conference")
    assert conf.start == PartialDate(2016, 3, 15)
    assert "event.finer-day-kept" in rules_of([conf])


def test_the_year_the_talks_review_keeps_their_day():
    (talks,) = events(TALKS_THEN_THE_YEAR_REVIEWED, PartialDate(2025, 11, 21), "Talks")
    assert talks.start == PartialDate(2025, 11, 20)
