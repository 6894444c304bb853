"""A live blog's entries dated by their own stamps ("09:15 · 15/03" before each entry's heading)."""

from pathlib import Path

from kg.model import PartialDate
from kg.reading import read_html

from tests.reading_helpers import pipeline

PAGE = """<html><head><title>Trực tiếp: Thủ tướng Hà Lan thăm chính thức Việt Nam</title>
<meta property="article:published_time" content="2027-03-14T19:00:00+07:00"></head><body>
<h1>Trực tiếp: Thủ tướng Hà Lan thăm chính thức Việt Nam</h1>
<p>Thủ tướng Vương quốc Hà Lan Pieter van Dam thăm chính thức Việt Nam từ ngày 14 đến 16/3 theo lời mời của Thủ tướng Chính phủ.</p>
<div class="entry"><div class="time">16:40 · 16/03</div><h3>Chủ tịch nước tiếp Thủ tướng Hà Lan</h3>
<p>Tại Phủ Chủ tịch, Chủ tịch nước Lương Văn Tâm tiếp Thủ tướng Pieter van Dam, đề nghị hai nước mở rộng hợp tác về quản lý nước và nông nghiệp công nghệ cao.</p></div>
<div class="entry"><div class="time">09:15 · 15/03</div><h3>Hội đàm tại Trụ sở Chính phủ</h3>
<p>Thủ tướng Chính phủ Trần Minh Đạo và Thủ tướng Pieter van Dam hội đàm tại Trụ sở Chính phủ, nhất trí tăng cường hợp tác quốc phòng và an ninh biển.</p></div>
<div class="entry"><div class="time">20:30 · 14/03</div><h3>Chuyên cơ hạ cánh</h3>
<p>Chuyên cơ chở Thủ tướng Pieter van Dam hạ cánh xuống sân bay quốc tế Nội Bài.</p></div>
</body></html>"""


def _read(tmp_path: Path, page: str):
    path = tmp_path / "live.html"
    path.write_text(page, encoding="utf-8")
    return pipeline()(read_html(path))


def test_each_entry_takes_the_day_of_its_stamp(tmp_path):
    doc = _read(tmp_path, PAGE)
    talks = [e for e in doc.events if e.type == "Talks"]
    meetings = [e for e in doc.events if e.type == "Meeting" and "Lương Văn Tâm" in e.participants]
    assert talks and talks[0].start == PartialDate(2027, 3, 15)
    assert meetings and meetings[0].start == PartialDate(2027, 3, 16)


def test_a_lone_stamp_is_no_live_blog(tmp_path):
    page = PAGE.replace('<div class="time">16:40 · 16/03</div>', "").replace('<div class="time">20:30 · 14/03</div>', "")
    doc = _read(tmp_path, page)
    assert "15/3/2027 |" not in doc.article.text
