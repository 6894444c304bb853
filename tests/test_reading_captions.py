"""Photo stories tell their facts in captions (issue 10, point 6): a saved page's figure
captions are read as paragraphs of the article, one each, and their credit still goes."""

from __future__ import annotations

from pathlib import Path

from kg.reading import read_html
from reading_helpers import events

PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Hai quân khu giao lưu hữu nghị</title></head><body>
<section class="story">
<h1>Hai quân khu giao lưu hữu nghị tại Hà Giang</h1>
<p class="lead">Trong hai ngày 10 và 11/4, Bộ Tư lệnh Quân khu 2 đã đón tiếp đoàn đại biểu Quân khu tỉnh
Vân Nam (Trung Quốc). Dưới đây là một số hình ảnh ghi nhận.</p>
<figure><img src="/a1.jpg" alt="">
<figcaption>Sáng 10/4, hai đoàn tiến hành hội đàm tại thành phố Hà Giang.</figcaption></figure>
<figure><img src="/a2.jpg" alt="">
<figcaption>Sáng 11/4, Trung tướng Trần Văn Nam, Tư lệnh Quân khu 2, gặp Thiếu tướng Vương Kiến Quốc,
Tư lệnh Quân khu tỉnh Vân Nam. Ảnh: Minh Hà</figcaption></figure>
</section></body></html>"""


def test_each_figure_caption_is_a_paragraph_of_the_text(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    text = read_html(page).text
    assert "Sáng 10/4, hai đoàn tiến hành hội đàm tại thành phố Hà Giang.\n" in text
    assert "\nSáng 11/4, Trung tướng Trần Văn Nam" in text


def test_the_facts_of_a_photo_story_are_read_from_its_captions(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    found = events(read_html(page).text)
    assert {(e.type, e.start.day if e.start else None) for e in found} >= {("Talks", 10), ("Meeting", 11)}
