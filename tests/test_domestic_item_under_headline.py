"""A unit's domestic item glued after a lone foreign-relations story under a headline of its own, with no
byline ("Sư đoàn 325 kiểm tra huấn luyện" / "Sáng 9/4, ..."): the headline and the item go, as the item
alone did (`clean.domestic-item-at-end`, round 31). A digest's item under a numbered heading, or an item
on a page whose story has headings of its own, stays. Sentences are our own."""

from __future__ import annotations

from kg.pipeline.clean import DOMESTIC_ITEM, clean_page
from tests.reading_helpers import read

STORY = (
    "Bộ Tư lệnh Quân khu 2 tiếp đoàn Bộ Chỉ huy Quân sự tỉnh Phongsaly\n\n"
    "Ngày 8/4, tại Phú Thọ, Thiếu tướng Đinh Quang Thành, Phó Tư lệnh Quân khu 2, đã tiếp đoàn Bộ Chỉ huy Quân "
    "sự tỉnh Phongsaly (Lào) do Đại tá Khamla Sisomphone dẫn đầu.\n\n"
    "Hai bên trao đổi về kết quả phối hợp quản lý biên giới, đào tạo cán bộ và thống nhất kế hoạch giao lưu "
    "giữa các đơn vị giáp biên trong năm nay."
)
HEADLINE = "Sư đoàn 316 kiểm tra công tác huấn luyện đầu năm"
ITEM = ("Sáng 9/4, Đại tá Hoàng Minh Tiến, Sư đoàn trưởng Sư đoàn 316, đã kiểm tra công tác huấn luyện tại Trung "
        "đoàn 148, yêu cầu các đơn vị giữ nghiêm kỷ luật và bảo đảm an toàn.")


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


def test_a_units_item_under_its_own_headline_goes_with_it() -> None:
    page = f"{STORY}\n\n{HEADLINE}\n\n{ITEM}"
    removed = {r.text: r.rule for r in clean_page(page).removed}
    assert removed.get(HEADLINE) == DOMESTIC_ITEM and removed.get(ITEM) == DOMESTIC_ITEM
    assert "Hoàng Minh Tiến" not in _names(read(page))


def test_a_digest_item_under_a_numbered_heading_stays() -> None:
    page = f"{STORY}\n\n2. {HEADLINE}\n\n{ITEM}"
    assert DOMESTIC_ITEM not in {r.rule for r in clean_page(page).removed}
    assert "Hoàng Minh Tiến" in _names(read(page))


def test_an_item_on_a_page_with_headings_of_its_own_stays() -> None:
    # the story has a heading inside it: a round-up of several items, each under its headline
    story = STORY.replace("\n\nHai bên", "\n\nPhối hợp quản lý biên giới chặt chẽ\n\nHai bên")
    page = f"{story}\n\n{HEADLINE}\n\n{ITEM}"
    assert DOMESTIC_ITEM not in {r.rule for r in clean_page(page).removed}
