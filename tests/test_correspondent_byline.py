"""A correspondent's byline in mixed case with the place written from ("Thu Trang (từ Jakarta)") closes the
story: another item glued after it goes, even when a product line after the item keeps the last-paragraph
rules from seeing it (`clean.story-after-correspondent`, round 32, heldout49)."""

from __future__ import annotations

from kg.pipeline.clean import clean_page
from tests.reading_helpers import read

STORY = ("Bộ trưởng Quốc phòng dự Hội nghị ADMM hẹp\n\n"
         "Ngày 5/3, tại Jakarta, Indonesia, Đại tướng Hoàng Minh Sơn, Bộ trưởng Bộ Quốc phòng, dẫn đầu đoàn Việt Nam "
         "dự Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN.\n\n"
         "Bên lề hội nghị, Đại tướng Hoàng Minh Sơn đã gặp song phương Bộ trưởng Quốc phòng Malaysia và Bộ trưởng "
         "Quốc phòng Indonesia, trao đổi về hợp tác hải quân và đào tạo.\n\n"
         "Thu Trang (từ Jakarta)\n\n"
         "Ngày 5/3, tại Ottawa, Thủ tướng Canada Daniel Fournier và Tổng thống Chile Rodrigo Salinas đã hội đàm, nhất "
         "trí mở rộng hợp tác quốc phòng, khoáng sản và năng lượng sạch.\n\n"
         "Báo in · Chuyên đề cuối tuần · Tạp chí điện tử\n")


def test_what_follows_a_correspondents_byline_is_cut() -> None:
    cleaned = clean_page(STORY)
    assert "Ottawa" not in cleaned.text and "Bên lề hội nghị" in cleaned.text
    assert "clean.story-after-correspondent" in {r.rule for r in cleaned.removed}
    names = {o.name for o in read(STORY).officials}
    assert "Daniel Fournier" not in names and "Rodrigo Salinas" not in names


def test_a_name_alone_or_a_country_with_a_place_is_no_such_byline() -> None:
    for line in ("Thu Trang", "Việt Nam (tại Lào)"):
        page = STORY.replace("Thu Trang (từ Jakarta)", line)
        assert "clean.story-after-correspondent" not in {r.rule for r in clean_page(page).removed}
