"""A JSON line's text that prints its headline once, under a breadcrumb line ("Thời sự ›
Quân sự"), keeps it: the reader does not add the title again, so that one copy is the
headline, not the title repeated (round 50o). A title printed twice still loses its copy."""

import json

from kg.pipeline import Pipeline
from kg.reading import iter_articles
from tests.reading_helpers import removed

_TITLE = "Thiếu tướng Tôn Thất Bảo khai giảng khóa huấn luyện công binh"
_BODY = (
    "Sáng 3/4, tại Hà Nội, Cục Gìn giữ hòa bình Việt Nam phối hợp với Bộ Quốc phòng Nhật Bản khai giảng "
    "khóa huấn luyện công binh cho 60 học viên."
)


def _doc(tmp_path, text):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "title": _TITLE, "text": text, "published": "2025-04-03"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    article = next(iter_articles([path], on_skip=lambda *a, **k: None))
    return Pipeline()(article)


def test_headline_once_under_a_breadcrumb_stays(tmp_path):
    doc = _doc(tmp_path, "Thời sự › Quân sự\n\n" + _TITLE + "\n\n" + _BODY)
    assert "Tôn Thất Bảo" in {o.name for o in doc.officials}
    assert "clean.title-repeated" not in removed(doc)


def test_headline_printed_twice_loses_its_copy(tmp_path):
    doc = _doc(tmp_path, _TITLE + "\n\n" + _BODY + "\n\n" + _TITLE)
    assert "clean.title-repeated" in removed(doc)
    assert "Tôn Thất Bảo" in {o.name for o in doc.officials}
