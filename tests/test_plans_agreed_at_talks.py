"""What two sides agree on at a border talk is ahead of the page: the year of the next
edition they agree to hold never dates the page, and the direction of next year's work
they agree on lists no happening (round 50o)."""

from kg.model import PartialDate
from tests.reading_helpers import events, read

_EXCHANGE = (
    "Giao lưu hữu nghị biên giới Việt Nam - Lào cấp tỉnh năm 2025\n\n"
    "Trong 2 ngày 14 và 15-4, Bộ Chỉ huy BĐBP tỉnh Điện Biên phối hợp với Bộ Chỉ huy Quân sự tỉnh "
    "Phông Sa Lỳ tổ chức Chương trình giao lưu hữu nghị biên giới Việt Nam - Lào cấp tỉnh năm 2025.\n\n"
    "Sáng 14-4, hai đoàn đã tiến hành hội đàm, đánh giá kết quả phối hợp năm 2024. "
)


def test_next_edition_agreed_on_does_not_date_the_page():
    doc = read(_EXCHANGE + "Hai bên thống nhất tổ chức chương trình giao lưu năm 2026 tại tỉnh Phông Sa Lỳ.")
    assert doc.published is not None and doc.published.year == 2025
    talks = [e for e in doc.events if e.type == "Talks"]
    assert [str(e.start) for e in talks] == ["2025-04-14"]


def test_a_year_told_as_held_still_dates_the_page():
    doc = read(_EXCHANGE + "Hai bên đã tổ chức thành công chương trình giao lưu năm 2026 tại tỉnh Phông Sa Lỳ.")
    assert doc.published is not None and doc.published.year == 2026


def test_direction_of_next_years_work_is_no_patrol():
    text = (
        "Sáng 20/5, tại Cửa khẩu Tây Trang, hai đoàn đã hội đàm, thống nhất phương hướng phối hợp năm 2025, "
        "trọng tâm là trao đổi thông tin, tuần tra song phương và phòng chống tội phạm ma túy."
    )
    found = events(text, published=PartialDate(2025, 5, 21))
    assert [e.type for e in found] == ["Talks"]


def test_a_patrol_told_as_done_stays():
    text = (
        "Sáng 20/5, tại Cửa khẩu Tây Trang, hai đoàn đã hội đàm. Chiều cùng ngày, lực lượng hai bên "
        "tổ chức tuần tra song phương trên tuyến biên giới."
    )
    found = events(text, published=PartialDate(2025, 5, 21))
    assert "Exercise" in [e.type for e in found]


_TALKS = "Sáng 4/6, tại Hà Nội, Thứ trưởng Bộ Quốc phòng Việt Nam hội đàm với Thứ trưởng Bộ Quốc phòng Hà Lan. "


def test_a_dialogue_agreed_to_be_held_well_is_a_plan():
    text = _TALKS + (
        "Hai bên nhất trí tiếp tục thực hiện tốt Bản ghi nhớ về hợp tác quốc phòng đã ký năm 2019, tổ chức "
        "thành công Đối thoại Chính sách quốc phòng lần thứ 6 vào cuối năm nay tại Amsterdam."
    )
    assert [e.type for e in events(text, published=PartialDate(2025, 6, 5))] == ["Talks"]


def test_a_dialogue_the_sides_held_stays():
    text = _TALKS + (
        "Trước đó, hai bên đã tổ chức thành công Đối thoại Chính sách quốc phòng lần thứ 5 tại Hà Nội."
    )
    assert "Dialogue" in [e.type for e in events(text, published=PartialDate(2025, 6, 5))]
