"""A day told as ahead of the story and a readiness or possibility to hold something (round 24):
neither is a happening's day nor a happening."""

from __future__ import annotations

from kg.model import PartialDate

from reading_helpers import events

READY = (
    "Chiều 3/5, tại Hà Nội, Thượng tướng Trần Văn Minh, Thứ trưởng Bộ Quốc phòng hội đàm với Trung tướng "
    "Bounmy Phommachanh, Thứ trưởng Bộ Quốc phòng Lào. Trung tướng Bounmy cho biết phía Lào sẵn sàng phối hợp "
    "tổ chức Hội nghị hợp tác quốc phòng biên giới lần thứ 5 tại Viêng Chăn vào cuối năm nay."
)

POSSIBLE = (
    "Sáng 8/7, Thượng tướng Trần Văn Minh tiếp Đô đốc Somchai Rattana, Tư lệnh Hải quân Thái Lan. Hai bên "
    "thảo luận về hợp tác đào tạo và khả năng tham gia diễn tập Cobra Gold của quân đội Việt Nam."
)

LIVE_BLOG = (
    "Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Lào lần thứ 4 diễn ra trong hai ngày 12-13/4 tại tỉnh "
    "Điện Biên.\n\n"
    "- Khép lại ngày giao lưu thứ nhất. Theo chương trình, sáng mai (13/4), hai đoàn sẽ dự lễ khánh thành trường học ở xã biên giới.\n\n"
    "- Kết thúc hội đàm, Đại tướng Trần Văn Minh và Đại tướng Bounmy Phommachanh chứng kiến lễ ký Biên bản "
    "ghi nhớ về hợp tác quản lý biên giới."
)


def test_readiness_to_hold_a_conference_is_no_conference():
    assert events(READY, PartialDate(2025, 5, 4), kind="Conference") == []


def test_a_possibility_to_join_a_drill_is_no_exercise():
    assert events(POSSIBLE, PartialDate(2025, 7, 9), kind="Exercise") == []


def test_a_day_ahead_is_not_the_day_the_story_was_at():
    talks = events(LIVE_BLOG, PartialDate(2025, 4, 12), kind="Talks")
    assert [t.start for t in talks] == [PartialDate(2025, 4, 12)]
