"""A broadcaster's story page closes with its crew's credits ("Biên tập: X | Quay phim: Y") and the
bulletin's list of its other items ("Bản tin Thời sự 19h ... còn có các tin:"): the crew line is a byline
that closes the body, the list is a footer; the items of the list (a foreign minister's visit, the
weather) are other stories and give no official or country (round 31). Sentences are our own."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import FOOTER, GLUED_STORY, clean_page, is_byline, line_rule
from tests.reading_helpers import read

STORY = (
    "Việt Nam và Ấn Độ tổ chức Đối thoại Chính sách Quốc phòng lần thứ 15\n\n"
    "Sáng 3/3, tại Hà Nội, Thượng tướng Lê Văn Thụy, Thứ trưởng Bộ Quốc phòng Việt Nam, và ông Rajesh Kumar, "
    "Thứ trưởng Bộ Quốc phòng Ấn Độ, đã đồng chủ trì Đối thoại Chính sách Quốc phòng Việt Nam - Ấn Độ lần thứ 15.\n\n"
    "Hai bên đánh giá cao kết quả hợp tác trong đào tạo, gìn giữ hòa bình và công nghiệp quốc phòng, thống nhất "
    "tăng cường trao đổi đoàn các cấp trong thời gian tới."
)
OTHER_ITEMS = (
    "- Thủ tướng Malaysia Ahmad Zulkifli kết thúc chuyến thăm chính thức Hà Nội\n"
    "- Không khí lạnh tăng cường, vùng núi phía Bắc có nơi dưới 5 độ C"
)


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


@pytest.mark.parametrize("line", [
    "Biên tập: Thu Hà | Quay phim: Minh Đức",
    "BTV: Thu Hà - Quay phim: Minh Đức",
    "Phóng viên: Hồng Nhung, Quay phim: Văn Tú",
    "Quay phim: Minh Đức",
])
def test_a_crew_line_is_a_byline(line: str) -> None:
    assert is_byline(line, line.casefold())


@pytest.mark.parametrize("line", [
    "Biên tập: hai bên thống nhất nội dung",   # no name after the colon
    "Kỹ thuật: Tàu được trang bị radar mới",    # a spec box's label alone is no crew
])
def test_a_label_with_no_crew_name_is_no_byline(line: str) -> None:
    assert not is_byline(line, line.casefold())


def test_the_bulletins_other_items_after_the_crew_line_go() -> None:
    page = f"{STORY}\n\nBiên tập: Thu Hà | Quay phim: Minh Đức\n\n{OTHER_ITEMS}"
    assert GLUED_STORY in {r.rule for r in clean_page(page).removed}
    doc = read(page)
    assert _names(doc) == {"Lê Văn Thụy", "Rajesh Kumar"}
    assert "MYS" not in {m.code for m in doc.countries}


def test_the_bulletins_list_with_no_crew_line_is_a_footer() -> None:
    assert line_rule("Bản tin Thời sự 12h ngày 3/3 còn có các tin") == FOOTER
    assert line_rule("Chương trình còn có những nội dung sau") == FOOTER
    page = f"{STORY}\n\nBản tin Thời sự 12h ngày 3/3 còn có các tin:\n{OTHER_ITEMS}"
    doc = read(page)
    assert _names(doc) == {"Lê Văn Thụy", "Rajesh Kumar"}
    assert "MYS" not in {m.code for m in doc.countries}


def test_a_bulletin_telling_what_it_holds_in_the_body_is_no_footer() -> None:
    # "có các tin" without "còn": a digest's own opening, not a list of other stories
    assert line_rule("Bản tin sáng nay có các tin chính sau") is None
