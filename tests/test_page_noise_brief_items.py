"""Page noise that let other stories into a brief item's facts (issue 10, round 6):
links to other stories set inside the body behind arrows (">> ..."), a "Video đang
xem" box, a related-news header after a body of one or two sentences, and another
story glued after the author's bare name (its headline, then a lead that opens with
its day). The body around each stays whole."""

from __future__ import annotations

import pytest

from kg.pipeline import extract
from kg.pipeline.clean import ARCHIVE_PHOTO, FOOTER, MENU, STORY_AFTER_AUTHOR, WIDGET, clean_page

LEAD = (
    "Thứ trưởng Bộ Quốc phòng tiếp Tùy viên Quốc phòng Hà Lan\n\n"
    "Chiều 4/3, tại Hà Nội, Thượng tướng Nguyễn Quang Ngọc, Thứ trưởng Bộ Quốc phòng, "
    "đã tiếp Đại tá Pieter de Groot, Tùy viên Quốc phòng Hà Lan tại Việt Nam."
)
OTHER = "Thủ tướng Na Uy Jonas Gahr Støre tiếp Bộ trưởng Quốc phòng Chile tại Oslo"


def _names(text: str) -> set[str]:
    return {o.name for o in extract(text).officials}


@pytest.mark.parametrize("mark", [">>", ">> ", "» ", "►"])
def test_an_arrow_marked_link_inside_the_body_is_dropped(mark: str) -> None:
    text = LEAD + f"\n{mark}{OTHER}\nHai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình."
    cleaned = clean_page(text)
    assert "Jonas" not in cleaned.text
    assert "Hai bên trao đổi về hợp tác đào tạo" in cleaned.text
    assert any(r.rule == WIDGET and "Jonas" in r.text for r in cleaned.removed)
    assert "Pieter de Groot" in _names(text)
    assert "Jonas Gahr Støre" not in _names(text)


def test_a_body_line_that_only_quotes_an_arrow_is_kept() -> None:
    text = LEAD + "\nHai bên nhất trí tăng cường trao đổi đoàn >> các cấp trong năm tới."
    assert "trao đổi đoàn >> các cấp" in clean_page(text).text


@pytest.mark.parametrize("header", ["Video đang xem", "VIDEO ĐANG PHÁT"])
def test_a_video_box_header_ends_the_page(header: str) -> None:
    text = LEAD + "\nHai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình.\n" + header + "\n" + OTHER
    cleaned = clean_page(text)
    assert "Jonas" not in cleaned.text
    assert any(r.rule == FOOTER and r.text == header for r in cleaned.removed)


def test_a_related_header_after_a_brief_body_ends_it() -> None:
    # the body is shorter than a page's usual lead, but a sentence of it came first
    short_lead = "Tiếp Tùy viên Hà Lan\n\nChiều 4/3, Thượng tướng Nguyễn Quang Ngọc đã tiếp Đại tá Pieter de Groot, Tùy viên Quốc phòng Hà Lan."
    assert len(short_lead) < 200
    text = short_lead + "\nTin liên quan\n" + OTHER + "\nBình luận\nMinh Tú: mong Hà Lan và Chile hợp tác."
    cleaned = clean_page(text)
    assert "Jonas" not in cleaned.text
    assert "Pieter de Groot" in _names(text)
    assert "Jonas Gahr Støre" not in _names(text)


def test_a_header_above_the_story_stays_a_menu_line() -> None:
    # before any sentence of the body the same words are a page menu: the body follows
    text = "Tin liên quan\n" + LEAD + "\nHai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình."
    cleaned = clean_page(text)
    assert "Pieter de Groot" in cleaned.text
    assert any(r.rule == MENU for r in cleaned.removed)


def test_a_header_with_body_after_it_stays_a_menu_line_below_the_threshold() -> None:
    # a box set after the first sentence, with the story going on after it: nothing is cut
    long_rest = ("Hai bên trao đổi về kết quả hợp tác quốc phòng thời gian qua, nhất là đào tạo "
                 "sĩ quan, gìn giữ hòa bình Liên hợp quốc và khắc phục hậu quả chiến tranh.")
    short_lead = "Tiếp Tùy viên Hà Lan\n\nChiều 4/3, Thượng tướng Nguyễn Quang Ngọc đã tiếp Đại tá Pieter de Groot, Tùy viên Quốc phòng Hà Lan."
    assert len(short_lead) < 200
    text = short_lead + "\nTin liên quan\n" + long_rest
    assert "khắc phục hậu quả chiến tranh" in clean_page(text).text


GLUED = (
    "\nThanh Hương\n"
    "Đại sứ Chile thăm Học viện Hải quân\n"
    "Ngày 5/3, ông Ricardo Lagos Soto, Đại sứ Chile tại Việt Nam, đã đến thăm và làm việc "
    "với Học viện Hải quân, tìm hiểu công tác đào tạo sĩ quan."
)


def test_a_story_after_the_authors_name_is_another_story() -> None:
    text = LEAD + "\nHai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình Liên hợp quốc." + GLUED
    cleaned = clean_page(text)
    assert "Ricardo" not in cleaned.text
    assert any(r.rule == STORY_AFTER_AUTHOR and "Ricardo" in r.text for r in cleaned.removed)
    doc = extract(text)
    assert "Ricardo Lagos Soto" not in {o.name for o in doc.officials}
    assert "CHL" not in doc.partners


def test_a_name_line_followed_by_the_same_story_is_kept() -> None:
    # the name is a caption; what follows it goes on with the story (no new headline)
    text = (LEAD + "\nHai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình Liên hợp quốc.\n"
            "Pieter de Groot\n"
            "Ngày 5/3, đoàn Hà Lan đã đến thăm Học viện Hải quân và tìm hiểu công tác đào tạo sĩ quan.")
    assert "Ngày 5/3, đoàn Hà Lan" in clean_page(text).text


@pytest.mark.parametrize("credit", ["(Ảnh tư liệu: TTXVN)", "Ảnh: Tư liệu", "(Nguồn ảnh: tư liệu)"])
def test_a_file_photos_caption_goes_whole(credit: str) -> None:
    # a file photo of another visit: its caption tells of another day, not of the story
    caption = f"Bộ trưởng Quốc phòng Canada Bill Blair thăm Hải Phòng năm 2023. {credit}"
    text = LEAD + "\n" + caption + "\nHai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình."
    cleaned = clean_page(text)
    assert "Bill Blair" not in cleaned.text
    assert any(r.rule == ARCHIVE_PHOTO for r in cleaned.removed)
    doc = extract(text)
    assert "Bill Blair" not in {o.name for o in doc.officials}
    assert "CAN" not in doc.partners


def test_a_caption_with_a_plain_credit_keeps_its_fact() -> None:
    text = LEAD + "\nThượng tướng Nguyễn Quang Ngọc tiếp Đại tá Pieter de Groot. (Ảnh: Trọng Đức)"
    assert "Thượng tướng Nguyễn Quang Ngọc tiếp Đại tá Pieter de Groot." in clean_page(text).text


@pytest.mark.parametrize("tail", [
    "Về tác giả: Thiếu tá Đỗ Minh Quân, phóng viên Báo Biên phòng, từng tác nghiệp tại Lào và Campuchia.",
    "Xem thêm ảnh",
    "Xem thêm video",
])
def test_an_author_box_or_more_photos_header_ends_the_page(tail: str) -> None:
    text = LEAD + "\nHai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình.\n" + tail + "\n" + OTHER
    cleaned = clean_page(text)
    assert "Đỗ Minh Quân" not in cleaned.text and "Jonas" not in cleaned.text
    assert any(r.rule == FOOTER for r in cleaned.removed)
    assert "Đỗ Minh Quân" not in _names(text)


def test_a_hashtag_line_is_a_widget() -> None:
    text = LEAD + "\n#QuốcPhòng #HàLan #Chile\nHai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình."
    cleaned = clean_page(text)
    assert "#Chile" not in cleaned.text
    assert "Hai bên trao đổi" in cleaned.text
    assert any(r.rule == WIDGET and "#Chile" in r.text for r in cleaned.removed)
