"""A line dropped as a photo credit or a byline is never the page's headline, however it is shaped:
"Ảnh: Đại tướng X" names the photographer's subject or the author, not the story's official.
Sentences are our own."""

from __future__ import annotations

from kg.model import Article
from kg.pipeline import Pipeline


def _names(text: str) -> set[str]:
    return {o.name for o in Pipeline()(Article(id="t", text=text)).officials}


def test_a_credit_line_alone_names_no_official() -> None:
    assert _names("Ảnh: Đại tướng Trịnh Quang Khải") == set()


def test_a_credit_line_under_the_headline_leaves_the_headline_read() -> None:
    page = ("Thứ trưởng tiếp Đại sứ Ba Lan Marek Wiśniewski tại Hà Nội\n\nẢnh: Thượng tá Lò Văn Chiêm\n\n"
            "Chiều 3/3, Thượng tướng Nguyễn Hữu Thạc, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Ba Lan tại "
            "Việt Nam nhân dịp bắt đầu nhiệm kỳ công tác.\n\nHai bên trao đổi về hợp tác quốc phòng song "
            "phương trong thời gian tới, nhất là đào tạo và công nghiệp quốc phòng.\n")
    names = _names(page)
    assert "Lò Văn Chiêm" not in names
    assert "Nguyễn Hữu Thạc" in names
