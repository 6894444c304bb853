"""Round 52j: a happening told as held the day after the one last told, right after its trigger ("Tại
hội đàm diễn ra sáng hôm sau, hai bên ..."), takes that day as its own (`event.held-next-day`), finer
than the two days a lead gave the whole programme ("Từ ngày 8-9/4, ... tổ chức hội đàm ... và giao
lưu"). Talks told with no such words keep the lead's days. Sentences written for the test."""

from __future__ import annotations

from reading_helpers import events

LEAD = ("Từ ngày 8-9/4/2026, tại huyện Mường Lát, tỉnh Thanh Hóa, Bộ đội Biên phòng tỉnh Thanh Hóa và Bộ Chỉ huy "
        "Quân sự tỉnh Hủa Phăn (Lào) tổ chức hội đàm định kỳ năm 2026 và giao lưu hữu nghị. "
        "Tối 8/4, hai đoàn tham gia chương trình giao lưu văn nghệ tại nhà văn hóa huyện. ")


def test_talks_held_the_next_day_take_that_day() -> None:
    talks = events(LEAD + "Tại hội đàm diễn ra sáng hôm sau, hai bên đánh giá tình hình biên giới ổn định.",
                   kind="Talks")
    assert [(str(t.start), t.end) for t in talks] == [("2026-04-09", None)]


def test_talks_told_again_with_no_day_keep_the_lead_days() -> None:
    talks = events(LEAD + "Tại hội đàm, hai bên đánh giá tình hình biên giới ổn định.", kind="Talks")
    assert [str(t.start) for t in talks] == ["2026-04-08"]
    assert talks[0].end is not None
