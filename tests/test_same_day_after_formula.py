"""'Chiều cùng ngày' after a sentence whose day follows an opening formula ("Thực hiện kế hoạch hợp tác năm 2027,
ngày 8/5, ...") is that day."""

from kg.model import PartialDate

from tests.reading_helpers import events

TEXT = ("Thực hiện kế hoạch hợp tác năm 2027, ngày 8/5, tại Cửa khẩu quốc tế Lào Cai đã diễn ra buổi hội đàm giữa "
        "Bộ đội Biên phòng tỉnh Lào Cai và Tổng đội quản lý biên giới Hà Khẩu (Trung Quốc).\n\n"
        "Chiều cùng ngày, hai đoàn giao lưu hữu nghị bóng chuyền tại Nhà văn hóa cửa khẩu.\n")


def test_the_same_day_is_the_day_after_the_formula():
    found = events(TEXT, published=PartialDate(2027, 5, 9), kind="Exchange")
    assert found and found[0].start == PartialDate(2027, 5, 8)
