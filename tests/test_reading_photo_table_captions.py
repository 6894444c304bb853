"""A CMS's photo box written as a table (round 52a): "<table class="image"><tr><td><img></td></tr><tr><td
class="caption">...</td></tr></table>", which trafilatura drops with every table: its caption cell is read as a
paragraph of the text (the people it names are read), an editor's widget left in such a cell is not, and a
data table is still left out."""

from __future__ import annotations

from pathlib import Path

from kg.reading import read_html
from reading_helpers import read

PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Biên phòng Lai Châu giao lưu với bạn</title></head><body>
<div class="content">
<p>Ngày 6/5, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lai Châu tổ chức giao lưu hữu nghị với Trạm Quản lý biên giới Kim Bình (Trung Quốc) tại cửa khẩu Ma Lù Thàng.</p>
<table class="image center"><tbody>
<tr><td><img src="/anh/giaoluu.jpg"></td></tr>
<tr><td class="image_desc">leftcenterrightdel</td></tr>
<tr><td class="caption">Thượng tá Vàng A Sử, Đồn trưởng Đồn Biên phòng Ma Lù Thàng tặng quà đoàn bạn. Ảnh: Thu Hà</td></tr>
</tbody></table>
<p>Hai bên cùng thi đấu bóng chuyền và biểu diễn văn nghệ trong không khí thân tình.</p>
<table class="data"><tr><td>Số lần tuần tra</td><td>12</td></tr><tr><td>Số công dân trao trả</td><td>40</td></tr></table>
</div></body></html>"""


def test_a_photo_tables_caption_is_a_paragraph(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    text = read_html(page).text
    assert "Thượng tá Vàng A Sử, Đồn trưởng Đồn Biên phòng Ma Lù Thàng tặng quà đoàn bạn." in text
    assert "leftcenterrightdel" not in text
    assert "Số công dân trao trả" not in text


def test_the_official_a_photo_tables_caption_names_is_read(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    page.write_text(PAGE, encoding="utf-8")
    names = {o.name for o in read(read_html(page).text).officials}
    assert "Vàng A Sử" in names
