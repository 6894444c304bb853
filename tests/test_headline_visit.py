"""A visit told only by the headline, its visitor named by a foreign title alone (round 50n, realev21)."""

from tests.reading_helpers import events, rules_of

BODY = (
    "Đại tướng Trần Quốc Bình, Bộ trưởng Bộ Quốc phòng đánh giá cao chuyến thăm của ngài Tư lệnh và đoàn đại "
    "biểu Hải quân Hoàng gia Na Uy, góp phần thúc đẩy hợp tác hải quân hai nước.\n\n"
    "Hai bên nhất trí tiếp tục tăng cường trao đổi đoàn, đào tạo và tìm kiếm cứu nạn trên biển."
)


def test_official_visit_told_in_the_headline_is_the_title_countrys():
    text = "Tư lệnh Hải quân Hoàng gia Na Uy thăm chính thức Việt Nam\n\n" + BODY
    found = events(text, kind="Visit")
    assert [sorted(e.countries) for e in found] == [["NOR", "VNM"]]
    assert "event.headline-visit" in rules_of(found)


def test_working_visit_in_the_headline_too():
    text = "Đoàn Bộ Tổng Tham mưu Quân đội Ba Lan thăm và làm việc tại Việt Nam\n\n" + BODY
    found = events(text, kind="Visit")
    assert [sorted(e.countries) for e in found] == [["POL", "VNM"]]


def test_a_visit_announced_in_the_headline_is_no_visit():
    text = "Tư lệnh Hải quân Hoàng gia Na Uy sẽ thăm chính thức Việt Nam\n\n" + BODY
    assert events(text, kind="Visit") == []


def test_a_trip_for_an_occasion_is_left_to_the_body():
    text = "Tư lệnh Hải quân Hoàng gia Na Uy thăm Việt Nam dịp kỷ niệm ngày thành lập Hải quân\n\n" + BODY
    assert events(text, kind="Visit") == []


def test_a_lead_sentence_is_no_headline():
    text = ("Tư lệnh Hải quân Hoàng gia Na Uy thăm chính thức Việt Nam theo lời mời của Tư lệnh Hải quân Việt Nam.\n\n"
            + BODY)
    assert "event.headline-visit" not in rules_of(events(text, kind="Visit"))
