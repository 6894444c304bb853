"""A last paragraph opening on its subject, his title and then "cùng ngày" ("Ông X, Đặc phái viên Thương mại
..., cùng ngày đã làm việc với UBND tỉnh ..."), after a defence story, is a civil item glued on, as the same
opening with a written day is (`clean.civil-item-at-end`)."""

from tests.reading_helpers import officials_by_name, read, removed

STORY = (
    "Tàu khu trục Almirante của Tây Ban Nha thăm Quy Nhơn\n\n"
    "Tàu khu trục Almirante của Hải quân Tây Ban Nha do trung tá Carlos Ibarra chỉ huy đã cập cảng Quy Nhơn "
    "sáng 3/6, bắt đầu chuyến thăm kéo dài đến ngày 6/6.\n\n"
    "Dự lễ đón tàu có đại tá Phạm Minh Tuấn, Phó Tư lệnh Vùng 2 Hải quân, cùng đại diện Sở Ngoại vụ tỉnh.\n\n"
    "Trong thời gian thăm, thủy thủ hai bên sẽ giao lưu thể thao và trao đổi kinh nghiệm về cứu nạn trên biển.\n\n"
    "Chuyến thăm góp phần thúc đẩy hợp tác quốc phòng giữa hai nước.\n\n"
)
ITEM = ("Ông Henrik Solberg, Đặc phái viên Thương mại của Thủ tướng Na Uy tại Việt Nam và Lào, cùng ngày có buổi làm việc với "
        "UBND tỉnh về hợp tác trong lĩnh vực điện gió ngoài khơi và nuôi trồng thủy sản.")


def test_a_subject_first_same_day_item_is_cut() -> None:
    doc = read(STORY + ITEM)
    assert "clean.civil-item-at-end" in removed(doc)
    assert "Henrik Solberg" not in officials_by_name(doc)
    assert "Carlos Ibarra" in officials_by_name(doc)


def test_the_story_own_officer_same_day_stays() -> None:
    """The story's own officer told the same way holds a defence word: the story goes on."""
    doc = read(STORY + "Đại tá Phạm Minh Tuấn, Phó Tư lệnh Vùng 2 Hải quân, cùng ngày đã tiếp trung tá Carlos "
               "Ibarra tại Bộ Tư lệnh Vùng.")
    assert "clean.civil-item-at-end" not in removed(doc)
