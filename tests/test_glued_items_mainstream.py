"""Items glued to the end of a mainstream outlet's defence story without a heading (round 29b): a share bar
between the story and another item, a unit's tournament or inspection, a police general receiving another
country's guest "Cùng ngày", and another defence story's headline and dated lead whose Vietnamese side is
other people. The story's own last paragraphs stay. Sentences are our own."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import (DOMESTIC_ITEM, FOREIGN_TAIL, NEWS_ITEM_OTHER_PEOPLE, WIDGET_BAR,
                               clean_page)
from tests.reading_helpers import read

STORY = (
    "Thứ trưởng Bộ Quốc phòng tiếp Tùy viên Quốc phòng Hàn Quốc\n\n"
    "Chiều 14/4, tại Hà Nội, Thượng tướng Trịnh Văn Quyết, Thứ trưởng Bộ Quốc phòng, đã tiếp Đại tá Park "
    "Min-soo, Tùy viên Quốc phòng Đại sứ quán Hàn Quốc, nhân dịp ông kết thúc nhiệm kỳ tại Việt Nam.\n\n"
    "Thứ trưởng ghi nhận những đóng góp của Đại tá Park Min-soo trong việc thúc đẩy trao đổi đoàn, đào tạo "
    "và hợp tác công nghiệp quốc phòng giữa hai nước trong ba năm qua.\n\n"
    "Hai bên nhất trí tiếp tục phối hợp triển khai các nội dung hợp tác đã thống nhất, nhất là trong lĩnh vực "
    "gìn giữ hòa bình và quân y."
)
STORY_NAMES = {"Trịnh Văn Quyết", "Park Min-soo"}


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


def _rules(page: str) -> set[str]:
    return {r.rule for r in clean_page(page).removed}


@pytest.mark.parametrize("item", [
    "Tối 14/4, tại Nhà thi đấu Quân khu, Giải Bóng bàn các đơn vị năm nay bế mạc; Đại tá Đỗ Văn Thuận, "
    "Phó Chính ủy, trao cúp cho đội nhất.",
    "Sáng cùng ngày, Thiếu tướng Hà Quang Bình, Tư lệnh Quân đoàn, đã kiểm tra công tác huấn luyện tại Lữ "
    "đoàn 201 và yêu cầu giữ nghiêm kỷ luật.",
])
def test_a_tournament_or_an_inspection_glued_after_the_story_goes(item: str) -> None:
    page = f"{STORY}\n\n{item}"
    assert _rules(page) == {DOMESTIC_ITEM}
    assert _names(read(page)) == STORY_NAMES


def test_a_share_bar_goes_and_the_item_after_it_still_goes() -> None:
    item = ("Cùng ngày, Bộ Tư lệnh Thủ đô tổ chức Ngày hội hiến máu tình nguyện; Đại tá Lương Văn Kiên, Chính ủy, "
            "phát biểu hưởng ứng.")
    page = f"{STORY}\n\nChia sẻ  Bình luận  In bài\n\n{item}"
    assert _rules(page) == {WIDGET_BAR, DOMESTIC_ITEM}
    assert _names(read(page)) == STORY_NAMES


def test_a_share_bar_is_no_footer_for_the_story_after_it() -> None:
    page = (f"{STORY}\n\nChia sẻ | Bình luận | In bài\n\nDịp này, Đại tá Park Min-soo đã được trao Huân chương "
            "Hữu nghị của Nhà nước Việt Nam vì những đóng góp cho quan hệ hai nước.")
    assert _rules(page) == {WIDGET_BAR}
    assert "Huân chương" in read(page).text


def test_a_police_general_receiving_another_countrys_guest_goes() -> None:
    item = ("Cùng ngày, Trung tướng Đặng Hồng Phúc, Thứ trưởng Bộ Công an, đã tiếp Tổng Cảnh sát Malaysia Razarudin "
            "Husain, hai bên trao đổi về hợp tác phòng chống tội phạm ma túy.")
    page = f"{STORY}\n\n{item}"
    assert _rules(page) == {NEWS_ITEM_OTHER_PEOPLE}
    assert _names(read(page)) == STORY_NAMES


@pytest.mark.parametrize("item", [
    # the story's own host receiving another guest: the story's person, its next step
    "Cùng ngày, Thượng tướng Trịnh Văn Quyết cũng đã tiếp Đại tá Ahmad Faizal, Tùy viên Quốc phòng Malaysia, "
    "chào xã giao nhân dịp nhận nhiệm vụ.",
    # another Vietnamese host, but the story's country
    "Cùng ngày, Trung tướng Đặng Hồng Phúc, Thứ trưởng Bộ Công an, đã tiếp Đại sứ Hàn Quốc tại Malaysia, trao "
    "đổi về hợp tác phòng chống tội phạm.",
])
def test_a_same_day_paragraph_of_the_story_stays(item: str) -> None:
    page = f"{STORY}\n\n{item}"
    assert NEWS_ITEM_OTHER_PEOPLE not in _rules(page)
    assert item[:40] in read(page).text


def test_another_defence_storys_headline_and_dated_lead_go() -> None:
    page = (f"{STORY}\n\nĐại tướng Lương Tam Bảo hội đàm với Tư lệnh Quân đội Thái Lan\n\nSáng 11/4, tại "
            "Bangkok, Đại tướng Lương Tam Bảo, Tổng Tham mưu trưởng, đã hội đàm với Đại tướng Songwit Noonpackdee, "
            "Tư lệnh Quân đội Hoàng gia Thái Lan.")
    assert _rules(page) == {FOREIGN_TAIL}
    assert _names(read(page)) == STORY_NAMES


def test_a_heading_and_a_dated_paragraph_of_the_storys_own_person_stay() -> None:
    page = (f"{STORY}\n\nThứ trưởng Trịnh Văn Quyết tiếp Đại sứ Thái Lan\n\nSáng 15/4, Thượng tướng Trịnh Văn "
            "Quyết đã tiếp Đại sứ Thái Lan Urawadee Sriphiromya tại trụ sở Bộ Quốc phòng.")
    assert FOREIGN_TAIL not in _rules(page)
