"""Round 39b: an item glued after a story's byline and the page's share bar -- a correspondent's byline with the
outlet's bureau ("X/VOV-Tokyo", two of them joined by a semicolon), a bare author's name with a share bar whose
buttons carry icons ("♡ Thích  ⤴ Chia sẻ"), and a trade envoy whose remit is told with "về" ("Đặc phái viên
Thương mại ... về Việt Nam, Lào và Campuchia"). Neither the item's people nor its country may come out; the
story stays whole. All sentences are our own."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import GLUED_STORY, WIDGET_BAR, clean_page, is_byline
from kg.pipeline.countries import side_countries
from tests.reading_helpers import read

STORY = (
    "Kỷ niệm Ngày Quân đội nhân dân Việt Nam tại Nhật Bản\n\n"
    "Tối 18/12, tại Tokyo, Cơ quan Tùy viên Quốc phòng Việt Nam tại Nhật Bản tổ chức lễ kỷ niệm Ngày thành lập "
    "Quân đội nhân dân Việt Nam. Dự buổi lễ có Thiếu tướng Sato Kenji, Phó Tham mưu trưởng Lục quân Nhật Bản.\n\n"
    "Phát biểu tại buổi lễ, Đại tá Đinh Quang Tuấn, Tùy viên Quốc phòng Việt Nam tại Nhật Bản, cảm ơn Bộ Quốc "
    "phòng Nhật Bản đã hỗ trợ đào tạo và rà phá bom mìn sau chiến tranh.\n\n"
    "Thiếu tướng Sato Kenji mong muốn hai quân đội tiếp tục mở rộng giao lưu sĩ quan trẻ và hợp tác cứu trợ "
    "thảm họa trong thời gian tới./."
)

ITEM = ("Ông Graham Whitfield, Đặc phái viên Thương mại của Thủ tướng Anh về Việt Nam, Lào và Campuchia, cho biết "
        "các doanh nghiệp Anh sẽ sang tìm hiểu cơ hội đầu tư vào điện gió trong quý tới. Tại buổi làm việc với "
        "Thứ trưởng Bộ Công Thương Đỗ Thị Hương, hai bên bàn việc đẩy mạnh thương mại song phương.")

BAR = "Bình luận (0)    ♡ Thích    ⤴ Chia sẻ"


def _assert_item_gone(page: str) -> None:
    doc = read(page)
    names = {o.name for o in doc.officials}
    assert not names & {"Graham Whitfield", "Đỗ Thị Hương"}
    assert {"Sato Kenji", "Đinh Quang Tuấn"} <= names  # the story stays
    assert "GBR" not in {c.code for c in doc.countries}


@pytest.mark.parametrize("byline", [
    "Thu Trang/VOV-Tokyo",
    "Thu Trang/VOV-Tokyo; Minh Đức/VOV-Osaka",
    "Thu Trang - Minh Đức/VOV-Tây Bắc",
])
def test_a_bureau_byline_closes_the_body(byline: str) -> None:
    assert is_byline(byline, byline.casefold())
    page = f"{STORY}\n\n{byline}\n\n{ITEM}"
    cleaned = clean_page(page)
    assert any(r.rule == GLUED_STORY and "Graham Whitfield" in r.text for r in cleaned.removed)
    _assert_item_gone(page)


def test_a_lowercase_word_after_the_bureau_is_no_byline() -> None:
    line = "Việt Nam - Nhật Bản/VOV-hợp tác"
    assert not is_byline(line, line.casefold())


def test_a_share_bar_with_icons_goes_like_one_button() -> None:
    page = f"{STORY}\n\nThu Trang\n\n{BAR}\n\n{ITEM}"
    cleaned = clean_page(page)
    assert any(r.rule == WIDGET_BAR for r in cleaned.removed)
    _assert_item_gone(page)


def test_a_special_envoys_remit_after_ve_is_no_side() -> None:
    text = "Ông Graham Whitfield, Đặc phái viên Thương mại của Thủ tướng Anh về Việt Nam, Lào và Campuchia, cho biết"
    assert side_countries(text, host=False) == {"GBR"}
    assert side_countries(text) == {"GBR", "VNM"}


def test_an_ambassadors_ve_is_no_remit() -> None:
    """Only a special envoy's title names a remit: an ambassador going back ("về Lào") is not posted there."""
    assert side_countries("Đại sứ Anh về Lào dự hội nghị", host=False) == {"GBR", "LAO"}


def test_an_envoy_item_after_a_bare_author_goes() -> None:
    """The item after the author's bare name names no side of the story once the remit (the story's own
    country here) is left out."""
    page = f"{STORY}\n\nThu Trang\n\n{ITEM.replace('Việt Nam, Lào và Campuchia', 'Nhật Bản và Hàn Quốc')}"
    _assert_item_gone(page)
