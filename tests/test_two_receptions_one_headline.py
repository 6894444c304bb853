"""A headline summing up two receptions with no host named ("Lãnh đạo Bộ Quốc phòng tiếp A và Đại sứ B"), the body
telling each by its own host; and talks named by their praised result ("những kết quả tốt đẹp của hội đàm") before
they are told."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

TEXT = ("Lãnh đạo Bộ Quốc phòng tiếp Tư lệnh Quân đội Chile và Đại sứ Bỉ Luc Verbeke\n\n"
        "Chiều nay (14/6), tại Trụ sở Bộ Quốc phòng, Đại tướng Phan Minh Tuấn, Bộ trưởng Bộ Quốc phòng tiếp Đại tướng "
        "Rodrigo Fuentes, Tư lệnh Quân đội Chile.\n\n"
        "Tại buổi tiếp, Đại tướng Phan Minh Tuấn chúc mừng những kết quả tốt đẹp của hội đàm giữa hai đoàn.\n\n"
        "Trước đó, sáng cùng ngày, Thượng tướng Lê Quang Hiếu đã hội đàm với Đại tướng Rodrigo Fuentes.\n\n"
        "Cùng ngày, Thượng tướng Trần Đức Hạnh, Thứ trưởng Bộ Quốc phòng tiếp Đại sứ Bỉ tại Việt Nam đến chào từ biệt "
        "nhân dịp kết thúc nhiệm kỳ công tác.\n")


def test_each_host_has_his_reception():
    met = events(TEXT, published=PartialDate(2029, 6, 14), kind="Meeting")
    belgian = [e for e in met if "Trần Đức Hạnh" in e.participants]
    assert belgian and "Phan Minh Tuấn" not in belgian[0].participants
    assert "event.hosted-by-others" in rules_of(belgian)


def test_talks_named_by_their_praised_result_are_the_talks_told_after():
    talks = events(TEXT, published=PartialDate(2029, 6, 14), kind="Talks")
    assert len(talks) == 1 and "Phan Minh Tuấn" not in talks[0].participants


def test_talks_with_an_attendee_named_first_stay_one():
    text = ("Ngày 8/10, tại Cần Thơ, Bộ Tư lệnh Quân khu 9 tổ chức hội đàm với đoàn đại biểu Bộ Tư lệnh Quân khu 2, "
            "Quân đội Hoàng gia Campuchia.\n\n"
            "Cùng dự hội đàm có Thiếu tướng Ngô Văn Bảy - Phó Tư lệnh Quân khu.\n\n"
            "Trung tướng Lâm Quốc Hùng chủ trì hội đàm với đoàn đại biểu Quân khu 2, Quân đội Hoàng gia Campuchia.\n")
    assert len(events(text, published=PartialDate(2029, 10, 8), kind="Talks")) == 1
