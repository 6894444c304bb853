"""A caption printed twice on a page (under its photo and again as its alt text) tells its fact as a caption
seen once does: its first copy stays (round 45b). Menus, related-news titles, a related story's headline and
teaser printed in two boxes, and a file photo naming its year still lose both copies. Sentences are our own."""

from __future__ import annotations

from kg.pipeline.clean import CAPTION_TWICE, RELATED_TEASER, REPEATED, clean_page
from tests.reading_helpers import of_type, read

TITLE = "Bộ Chỉ huy Quân sự tỉnh Điện Biên hợp tác với Bộ Chỉ huy Quân sự tỉnh Phongsaly"
LEAD = ("Ngày 14/4, tại thành phố Điện Biên Phủ, Bộ Chỉ huy Quân sự tỉnh Điện Biên và Bộ Chỉ huy Quân sự tỉnh "
        "Phongsaly (Lào) tổ chức hội đàm thường niên, đánh giá kết quả hợp tác năm qua.")
BODY = ("Hai bên thống nhất tăng cường trao đổi thông tin, phối hợp quản lý đường biên giới và giúp nhau "
        "đào tạo cán bộ trong năm tới.")


def _page(*middle: str) -> str:
    return "\n\n".join([TITLE, LEAD, *middle, BODY])


def _rules(page: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for r in clean_page(page).removed:
        found.setdefault(r.text, []).append(r.rule)
    return found


def test_a_credited_caption_told_twice_keeps_its_signing() -> None:
    caption = "Hai bên ký kết biên bản ghi nhớ về hợp tác. (Ảnh: Thanh Hà)"
    page = _page(caption, caption)
    assert _rules(page)[caption] == [CAPTION_TWICE]
    assert "Hai bên ký kết biên bản ghi nhớ về hợp tác." in clean_page(page).text
    assert [a.type for a in read(page).agreements] == ["MemorandumOfUnderstanding"]


def test_an_uncredited_caption_sentence_told_twice_keeps_its_first_copy() -> None:
    caption = "Đại tá Lò Văn Thắng trao tặng quà cho đoàn Phongsaly."
    page = _page(caption, caption)
    assert _rules(page)[caption] == [CAPTION_TWICE]
    assert clean_page(page).text.count(caption) == 1


def test_menu_and_related_titles_told_twice_still_go() -> None:
    menu, related = "Quốc phòng an ninh", "Bộ đội Biên phòng Lai Châu tuần tra song phương với Lào"
    rules = _rules(_page(menu, related, menu, related))
    assert rules[menu] == [REPEATED, REPEATED]
    assert rules[related] == [REPEATED, REPEATED]


def test_a_related_story_headline_and_teaser_in_two_boxes_go() -> None:
    headline = "Thiếu tướng Cao Minh Hải tiếp Tùy viên Quốc phòng Nhật Bản"
    teaser = "Thiếu tướng Cao Minh Hải tiếp Đại tá Sato Kenji, Tùy viên Quốc phòng Nhật Bản tại Việt Nam."
    page = _page(headline, teaser, headline, teaser)
    assert _rules(page)[teaser] == [RELATED_TEASER, RELATED_TEASER]
    assert "Sato Kenji" not in {o.name for o in read(page).officials}


def test_the_title_again_over_a_photo_keeps_the_caption_under_it() -> None:
    caption = "Hai bên ký kết biên bản ghi nhớ về hợp tác."
    page = _page(TITLE, caption, TITLE, caption)
    assert _rules(page)[caption] == [CAPTION_TWICE]


def test_a_file_photo_naming_its_year_loses_both_copies() -> None:
    caption = "Tàu Hải quân Ấn Độ cập cảng Tiên Sa hồi tháng 8/2021. Ảnh: Văn Hòa"
    page = _page(caption, caption)
    assert _rules(page)[caption] == [REPEATED, REPEATED]
    assert not of_type(read(page).events, "PortCall")


def test_a_label_of_under_four_words_told_twice_goes() -> None:
    assert _rules(_page("Toàn cảnh.", "Toàn cảnh."))["Toàn cảnh."] == [REPEATED, REPEATED]


def test_an_illustration_told_twice_loses_both_copies() -> None:
    caption = "Tàu tuần tra của Hải quân Lào trên sông Mê Kông (ảnh minh hoạ)."
    assert _rules(_page(caption, caption))[caption] == [REPEATED, REPEATED]
