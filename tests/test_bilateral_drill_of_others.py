"""A drill two foreign countries hold, told as bilateral in its own words (round 52g): "đã tham gia cuộc tập trận
hải quân song phương Ấn - Nhật ..." on a Vietnamese page is theirs, Vietnam does not take part
(`event.bilateral-of-others`); a drill of the same two not told as bilateral still has Vietnam (the older reading of
a drill of several foreign countries on a page naming Vietnam)."""

from tests.reading_helpers import events, rules_of

CALL = ("Tàu khu trục INS Kolkata của Hải quân Ấn Độ đã rời cảng Tiên Sa, Đà Nẵng, kết thúc chuyến thăm Việt Nam. "
        "Trước đó, tàu đã tham gia cuộc tập trận hải quân {kind} Ấn - Nhật \"JIMEX-2026\" tại vùng biển phía Bắc.")


def test_a_bilateral_drill_of_two_foreign_countries_is_theirs():
    drills = events(CALL.format(kind="song phương"), kind="Exercise")
    assert [sorted(d.countries) for d in drills] == [["IND", "JPN"]]
    assert "event.bilateral-of-others" in rules_of(drills)


def test_a_drill_not_told_as_bilateral_keeps_vietnam():
    drills = events(CALL.format(kind="đa phương"), kind="Exercise")
    assert [sorted(d.countries) for d in drills] == [["IND", "JPN", "VNM"]]
    assert "event.bilateral-of-others" not in rules_of(drills)
