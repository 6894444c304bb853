"""Round 52b: a named series framing drills or patrols told in the plural, with no edition nor year ("tham gia
các cuộc diễn tập đa phương trong khuôn khổ ADMM+ và Hội nghị Tư lệnh Lục quân ASEAN"), is a mechanism, not a
happening (event.frame-of-a-kind); a numbered edition framing them stays. Sentences written for the test."""

from tests.reading_helpers import drops, events, read

LEAD = ("Sáng 12/11, tại Hà Nội, Tư lệnh Lục quân Việt Nam hội đàm với Tư lệnh Lục quân Hoàng gia Thái Lan. "
        "Hai bên đánh giá cao kết quả hợp tác thời gian qua, nhất là trao đổi đoàn, đào tạo và ")


def test_a_series_framing_drills_is_no_conference():
    text = LEAD + "tham gia các cuộc diễn tập đa phương trong khuôn khổ ADMM+ và Hội nghị Tư lệnh Lục quân ASEAN."
    assert not events(text, kind="Conference")
    assert "event.frame-of-a-kind" in drops(read(text), "event")


def test_a_numbered_edition_framing_drills_stays():
    text = LEAD + "tham gia các cuộc diễn tập đa phương trong khuôn khổ Hội nghị Tư lệnh Lục quân ASEAN lần thứ 26."
    assert "event.frame-of-a-kind" not in drops(read(text), "event")
