"""Domestic items glued after a foreign-relations story on a unit's own site (round 27): a blood-donation
day, a sports meet, a party congress or a review conference told in the page's last paragraphs with no
byline or heading before them, naming the unit's officers. Sentences are our own."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import DOMESTIC_ITEM, clean_page
from tests.reading_helpers import read

STORY = (
    "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh làm việc với đoàn tỉnh Khammouane\n\n"
    "Ngày 6/5, tại thành phố Hà Tĩnh, Đại tá Phan Đình Luận, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh, "
    "đã làm việc với đoàn Bộ Chỉ huy Quân sự tỉnh Khammouane (Lào) do Đại tá Souksavanh Keola dẫn đầu.\n\n"
    "Hai bên điểm lại kết quả phối hợp tìm kiếm hài cốt liệt sĩ và thống nhất kế hoạch khảo sát các điểm "
    "nghi có mộ chí trong mùa khô tới."
)


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


@pytest.mark.parametrize("item", [
    "Sáng cùng ngày, Bộ Chỉ huy Quân sự tỉnh tổ chức Ngày hội hiến máu tình nguyện; Thượng tá Trương Công Bảo, "
    "Phó Chính ủy, phát biểu phát động và cùng hơn 200 chiến sĩ tham gia.",
    "Chiều 6/5, Bộ Chỉ huy Quân sự tỉnh khai mạc Hội thao quốc phòng năm nay. Trung tá Nguyễn Viết Cường, "
    "Trưởng ban tổ chức, cho biết có 14 đội tham gia tranh tài ở sáu nội dung.",
    "Cùng ngày, Đảng bộ Trung đoàn 841 tổ chức Đại hội đại biểu lần thứ XII; Thượng tá Lê Hữu Đạt được bầu "
    "giữ chức Bí thư Đảng ủy nhiệm kỳ mới.",
    "Trước đó, chiều 5/5, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị sơ kết sáu tháng; Đại tá Võ Trọng Hải, "
    "Chính ủy, chủ trì và kết luận hội nghị.",
    # a short item, under a body paragraph's length
    "Cùng ngày, Trung đoàn 841 ra quân huấn luyện. Đại tá Võ Trọng Hải, Chính ủy, đọc mệnh lệnh.",
])
def test_a_domestic_item_after_a_foreign_story_goes(item: str) -> None:
    page = f"{STORY}\n\n{item}"
    assert {r.rule for r in clean_page(page).removed} == {DOMESTIC_ITEM}
    assert _names(read(page)) == {"Phan Đình Luận", "Souksavanh Keola"}


def test_the_items_second_paragraph_goes_with_it() -> None:
    page = (f"{STORY}\n\nChiều 6/5, Bộ Chỉ huy Quân sự tỉnh khai mạc Hội thao thể thao quốc phòng; Thượng tá Đinh "
            "Quốc Việt, Phó Chỉ huy trưởng, phát biểu khai mạc.\n\nCác đội thi đấu bóng chuyền, kéo co và chạy "
            "việt dã trong hai ngày, bế mạc chiều thứ Sáu.")
    assert [r.rule for r in clean_page(page).removed] == [DOMESTIC_ITEM, DOMESTIC_ITEM]
    assert "Đinh Quốc Việt" not in _names(read(page))


@pytest.mark.parametrize("item", [
    # the visit's own sports exchange: the other side is there
    "Chiều cùng ngày, hai bên giao lưu bóng chuyền tại sân Bộ Chỉ huy; Thượng tá Trương Công Bảo, Phó Chính ủy, "
    "trao cờ lưu niệm cho các đội trong không khí đoàn kết.",
    # the guests at the unit's own ceremony
    "Cùng ngày, đoàn khách dự Lễ kỷ niệm Ngày truyền thống của Bộ Chỉ huy Quân sự tỉnh; Đại tá Souksavanh "
    "Keola chúc mừng những thành tích của đơn vị trong 80 năm qua.",
    # a ship's crew, whose country the paragraph leaves unsaid
    "Cùng ngày, Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ kỷ niệm Ngày truyền thống; thủy thủ tàu tuần tra bạn cùng "
    "dự, Thượng tá Trương Công Bảo, Phó Chính ủy, đọc diễn văn.",
    # a country named in it
    "Chiều 6/5, Bộ Chỉ huy Quân sự tỉnh tổ chức Hội thao với sự tham gia của cán bộ tỉnh Khammouane (Lào); "
    "Thượng tá Trương Công Bảo, Phó Chính ủy, phát biểu khai mạc.",
])
def test_an_item_with_the_foreign_side_stays(item: str) -> None:
    page = f"{STORY}\n\n{item}"
    assert DOMESTIC_ITEM not in {r.rule for r in clean_page(page).removed}


def test_a_domestic_page_keeps_its_items() -> None:
    page = ("Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh kiểm tra huấn luyện\n\n"
            "Ngày 6/5, Đại tá Phan Đình Luận, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh, kiểm tra công tác "
            "huấn luyện tại Trung đoàn 841 và biểu dương các đơn vị có kết quả tốt trong quý.\n\n"
            "Đoàn kiểm tra nhắc nhở các đơn vị bảo đảm an toàn tuyệt đối trong huấn luyện bắn đạn thật "
            "và diễn tập theo kế hoạch năm nay.\n\n"
            "Sáng cùng ngày, Bộ Chỉ huy Quân sự tỉnh tổ chức Ngày hội hiến máu tình nguyện; Thượng tá Trương Công "
            "Bảo, Phó Chính ủy, phát biểu phát động và cùng hơn 200 chiến sĩ tham gia.")
    assert DOMESTIC_ITEM not in {r.rule for r in clean_page(page).removed}


def test_a_digest_item_under_its_own_heading_stays() -> None:
    """A round-up's numbered item is the page's own news, not a glued one: its heading says so."""
    page = (f"{STORY}\n\n3. Bộ Chỉ huy Quân sự tỉnh tổng kết hội thao quốc phòng\n\nChiều 6/5, Bộ Chỉ huy Quân "
            "sự tỉnh tổ chức hội nghị tổng kết Hội thao quốc phòng năm nay; Đại tá Võ Trọng Hải, Chính ủy, chủ trì "
            "và trao thưởng cho các đội.")
    assert DOMESTIC_ITEM not in {r.rule for r in clean_page(page).removed}
    assert "Võ Trọng Hải" in _names(read(page))


def test_reserve_training_launched_is_a_domestic_item() -> None:
    # round 28: a reserve-force training launch glued after a joint patrol's story
    page = (f"{STORY}\n\nSáng 7/5, tại thành phố Vinh, Bộ Tư lệnh Quân khu 4 tổ chức lễ xuất quân huấn luyện dự bị "
            "động viên năm nay; Thiếu tướng Hồ Sỹ Tâm, Phó Tư lệnh Quân khu, yêu cầu bảo đảm an toàn tuyệt đối.")
    assert {r.rule for r in clean_page(page).removed} == {DOMESTIC_ITEM}
    assert "Hồ Sỹ Tâm" not in _names(read(page))
