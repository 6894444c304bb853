"""A last paragraph opening as another item of the same day written with a dotted date ("Cũng trong
chiều 12.4, ông X, Đặc phái viên thương mại ..., đã làm việc với UBND tỉnh ...", as Thanh Niên
writes days) is a civil item glued on, like "Cũng trong chiều 12/4, ..." (`clean.civil-item-at-end`)."""

from tests.reading_helpers import officials_by_name, read, removed

STORY = (
    "Tàu hộ vệ Vendémiaire của Pháp thăm Hải Phòng\n\n"
    "Tàu hộ vệ Vendémiaire của Hải quân Pháp do trung tá Paul Moreau chỉ huy đã cập cảng Hải Phòng hôm 12.4, "
    "bắt đầu chuyến thăm kéo dài đến ngày 15.4.\n\n"
    "Lễ đón tàu có sự tham dự của đại tá Trần Văn Hải, Phó tư lệnh Vùng 1 Hải quân, và đại diện Sở Ngoại vụ "
    "thành phố.\n\n"
    "Trong thời gian thăm, thủy thủ hai bên giao lưu thể thao và trao đổi chuyên môn về cứu hộ trên biển.\n\n"
    "Chuyến thăm góp phần thúc đẩy hợp tác quốc phòng giữa hai nước.\n\n"
)
ITEM = ("Cũng trong chiều 12.4, ông Jonathan Reeve, Đặc phái viên thương mại của Thủ tướng Anh tại Việt Nam, "
        "đã làm việc với UBND thành phố về cơ hội hợp tác trong lĩnh vực logistics và năng lượng tái tạo.")


def test_a_same_day_item_with_a_dotted_date_is_cut() -> None:
    doc = read(STORY + ITEM)
    assert "clean.civil-item-at-end" in removed(doc)
    assert "Jonathan Reeve" not in officials_by_name(doc)
    assert "Paul Moreau" in officials_by_name(doc)


def test_the_story_own_same_day_step_stays() -> None:
    """The story's own next step told with the dotted day and no comma after it opens no item."""
    doc = read(STORY + "Cũng trong chiều 12.4 tàu tổ chức giao lưu bóng đá với thủy thủ Vùng 1 Hải quân.")
    assert "clean.civil-item-at-end" not in removed(doc)
