"""A deictic word in a page's breadcrumb line ("Trang chủ Thế giới hôm nay": a section named "the world today")
is no day (pattern `breadcrumb-line`): the lead's own day dates the story, related headlines glued after it; "hôm nay" in a sentence stays the
publication day."""

from kg.model import PartialDate

from tests.reading_helpers import events

BREADCRUMB = (
    "Trang chủ Thế giới hôm nay\n"
    "09:15 | 21/06/2024 GMT+7\n\n"
    "Nhật Bản bàn giao trang thiết bị cho Việt Nam\n\n"
    "Ngày 20/6 tại Hà Nội, Bộ Quốc phòng Nhật Bản bàn giao trang thiết bị cho Cục Quân y, nhằm nâng cao năng lực.\n"
    "Việt Nam cử thêm sĩ quan đi làm nhiệm vụ\n"
    "Hai sĩ quan nhận nhiệm vụ mới\n\n"
    "Lễ bàn giao do Thiếu tướng Trần Văn Nam, Cục trưởng Cục Quân y và Thiếu tướng Sato Kenji, Vụ trưởng "
    "Bộ Quốc phòng Nhật Bản đồng chủ trì."
)


def test_section_named_today_is_no_day():
    meetings = events(BREADCRUMB, kind="Meeting")
    assert meetings and meetings[0].start == PartialDate(2024, 6, 20)


def test_today_in_a_sentence_is_the_publication_day():
    text = "Tàu Hải quân Nhật Bản thăm Đà Nẵng\n\nSáng hôm nay, tàu JS Ise của Hải quân Nhật Bản cập cảng Tiên Sa."
    calls = events(text, published=PartialDate(2024, 6, 21), kind="PortCall")
    assert calls and calls[0].start == PartialDate(2024, 6, 21)
