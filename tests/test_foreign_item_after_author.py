"""Another item glued after a story's bare byline with no headline (round 28): a unit's, a firm's or an
association's page closes its foreign-relations story with the author's name ("Minh Quân") and then runs
a paragraph of an unrelated item naming another foreign country ("Cùng ngày, ... tiếp ông X, Đặc phái viên
... Anh", "Tổng thống X đã tiếp Đại sứ Việt Nam ..."). Sentences are our own."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import FOREIGN_ITEM_AFTER_AUTHOR, clean_page
from tests.reading_helpers import read

STORY = (
    "Nhà máy Z179 đón đoàn Hải quân Hoàng gia Campuchia\n\n"
    "Chiều 12/9, Đại tá Lương Văn Tịnh, Giám đốc Nhà máy Z179, đã tiếp đoàn sĩ quan Hải quân Hoàng gia "
    "Campuchia do Đại tá Sok Pheakdey dẫn đầu đến tham quan dây chuyền sửa chữa tàu.\n\n"
    "Hai bên trao đổi về khả năng hợp tác bảo dưỡng tàu tuần tra và đào tạo kỹ thuật viên cho Campuchia."
)


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


def _countries(doc) -> set[str]:
    return {c for e in doc.events for c in e.countries}


@pytest.mark.parametrize("item", [
    "Cùng ngày, tại Hải Phòng, ông Đặng Quốc Vượng, Chủ tịch UBND thành phố, tiếp bà Helga Sørensen, "
    "Đại sứ Đan Mạch tại Việt Nam; hai bên trao đổi về hợp tác phát triển điện gió ngoài khơi.",
    "Quốc vương Jordan Faisal Hamdan đã tiếp Đại sứ Việt Nam Lò Văn Kiên đến trình Quốc thư tại thủ đô "
    "Amman; hai bên bàn về thúc đẩy thương mại nông sản giữa hai nước.",
])
def test_an_item_naming_another_country_after_the_byline_goes(item: str) -> None:
    page = f"{STORY}\n\nHồng Nhung\n\n{item}\n\nTài liệu tải về\n\n- Hồ sơ năng lực Nhà máy (PDF, 4 MB)"
    assert FOREIGN_ITEM_AFTER_AUTHOR in {r.rule for r in clean_page(page).removed}
    doc = read(page)
    assert _names(doc) == {"Lương Văn Tịnh", "Sok Pheakdey"}
    assert _countries(doc) <= {"VNM", "KHM"}


def test_the_story_going_on_after_a_name_line_stays() -> None:
    # a paragraph after a bare name that names the story's own country is still the story
    page = (f"{STORY}\n\nHồng Nhung\n\nTheo kế hoạch, đoàn Campuchia sẽ thăm Bộ Tư lệnh Vùng 1 Hải quân và "
            "tham quan vịnh Hạ Long trước khi về nước ngày 15/9.")
    assert FOREIGN_ITEM_AFTER_AUTHOR not in {r.rule for r in clean_page(page).removed}


def test_no_cut_when_the_story_names_no_foreign_country() -> None:
    page = ("Nhà máy Z179 đón đoàn công tác\n\nChiều 12/9, Đại tá Lương Văn Tịnh, Giám đốc Nhà máy Z179, đã tiếp "
            "đoàn công tác Tổng cục Công nghiệp quốc phòng đến kiểm tra dây chuyền sửa chữa tàu.\n\n"
            "Hai bên trao đổi về tiến độ các hợp đồng sửa chữa năm nay.\n\nHồng Nhung\n\n"
            "Chiều 13/9, đoàn công tác làm việc với đối tác Hàn Quốc về chuyển giao công nghệ hàn vỏ tàu, "
            "thống nhất lộ trình đào tạo kỹ sư.")
    assert FOREIGN_ITEM_AFTER_AUTHOR not in {r.rule for r in clean_page(page).removed}
