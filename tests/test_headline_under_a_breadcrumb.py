"""A breadcrumb kept above the headline ("Thời sự › Quân sự") is page furniture like a menu
row: the headline under it is still found, and a name only it gives is read (round 50o)."""

import json

from kg.pipeline import Pipeline
from kg.pipeline.headline import HEADLINE_ONLY
from kg.reading import iter_articles

_TITLE = "Thiếu tướng Tôn Thất Bảo khai giảng khóa huấn luyện công binh"
_BODY = (
    "Sáng 3/4, tại Hà Nội, Cục Gìn giữ hòa bình Việt Nam phối hợp với Bộ Quốc phòng Nhật Bản khai giảng "
    "khóa huấn luyện công binh cho 60 học viên. Cục trưởng Cục Gìn giữ hòa bình Việt Nam chủ trì buổi lễ."
)


def _doc(tmp_path, text):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"id": "a", "title": _TITLE, "text": text, "published": "2025-04-03"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return Pipeline()(next(iter_articles([path], on_skip=lambda *a, **k: None)))


def test_headline_under_a_breadcrumb_names_its_official(tmp_path):
    doc = _doc(tmp_path, "Thời sự › Quân sự\n\n" + _TITLE + "\n\n" + _BODY)
    found = {o.name: o for o in doc.officials}
    assert "Tôn Thất Bảo" in found and found["Tôn Thất Bảo"].country == "VNM"
    assert HEADLINE_ONLY in found["Tôn Thất Bảo"].readings[0].rules


def test_a_sentence_with_a_mark_is_no_breadcrumb(tmp_path):
    doc = _doc(tmp_path, "Tin vắn » Bộ đội Biên phòng tỉnh Cao Bằng tổ chức tuần tra dọc tuyến biên giới suốt đêm.\n\n"
               + _TITLE + "\n\n" + _BODY)
    assert "Tôn Thất Bảo" not in {o.name for o in doc.officials}
