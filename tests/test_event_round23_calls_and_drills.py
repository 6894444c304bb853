"""Round 23 (events on heldout29-31, second pass): ships' calls abroad told as ended, passing
exercises, drills the leaders witness, and the days of a stay told after its end. Sentences of our own."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import events, rules_of

STAMP = PartialDate(2025, 5, 12)


def test_call_told_as_ended_after_days_of_stay() -> None:
    """'kết thúc chuyến thăm ... sáng nay, sau ba ngày lưu lại tại cảng ...': the call ran from three days before."""
    text = (
        "Kampot, ngày 12/5 (TTXVN) – Tàu HQ-016 Quang Trung của Hải quân nhân dân Việt Nam đã kết thúc chuyến thăm "
        "hữu nghị tỉnh Kampot sáng nay, sau ba ngày lưu lại tại cảng Kampot.\n\n"
        "Trong thời gian thăm, thủy thủ hai nước đã thi đấu bóng đá hữu nghị."
    )
    calls = events(text, STAMP, "PortCall")
    assert [(str(c.start), str(c.end)) for c in calls] == [("2025-05-10", "2025-05-12")]
    assert "event.ended-days-long" in rules_of(calls)


def test_call_told_as_ended_without_its_length_keeps_no_made_up_start() -> None:
    text = (
        "Kampot, ngày 12/5 (TTXVN) – Tàu HQ-016 Quang Trung của Hải quân nhân dân Việt Nam đã kết thúc chuyến thăm "
        "hữu nghị tỉnh Kampot sáng nay, sau khi thủy thủ hai nước thi đấu bóng đá hữu nghị."
    )
    assert all(c.start is None or str(c.start) != "2025-05-10" for c in events(text, STAMP, "PortCall"))


def test_passing_exercise_told_by_its_name_in_brackets() -> None:
    text = (
        "Chiều 9/5, sau khi rời cảng Đà Nẵng, tàu khu trục của Hải quân Ấn Độ đã cùng tàu 012 của Hải quân nhân dân "
        "Việt Nam luyện tập đội hình và thông tin liên lạc (PASSEX) trên vùng biển miền Trung."
    )
    drills = events(text, STAMP, "Exercise")
    assert len(drills) == 1 and str(drills[0].start) == "2025-05-09"
    assert "IND" in drills[0].countries


def test_passing_exercise_after_a_drill_word_is_one_drill() -> None:
    text = (
        "Sáng 9/5, tàu hộ vệ Lý Thái Tổ của Hải quân nhân dân Việt Nam và tàu khu trục HMS Kent của Hải quân "
        "Hoàng gia Anh đã tiến hành cuộc diễn tập PASSEX ngoài khơi Cam Ranh."
    )
    assert len(events(text, STAMP, "Exercise")) == 1


def test_drill_the_ministers_witness_was_held() -> None:
    """'Hai Bộ trưởng cùng chứng kiến diễn tập chung ...': witnessed, so it took place (on the paragraph's day)."""
    text = (
        "Ngày 11/5, các hoạt động giao lưu tiếp tục tại tỉnh Svay Rieng. Hai Bộ trưởng Quốc phòng Việt Nam và "
        "Campuchia cùng chứng kiến diễn tập chung cứu hộ cứu nạn của lực lượng biên phòng hai nước."
    )
    drills = events(text, STAMP, "Exercise")
    assert [str(d.start) for d in drills] == ["2025-05-11"]
    assert sorted(drills[0].countries) == ["KHM", "VNM"]
