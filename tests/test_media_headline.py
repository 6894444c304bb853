"""A video page's own headline (round 28): "Video: ..." as the page's title is its story's headline, not a
player's box; the call it names, dated by the page's month only, takes the day of the paragraph retelling it."""

from kg.model import Article, PartialDate
from tests.reading_helpers import pipeline, rules_of

TITLE = "Video: Tàu khu trục HMNZS Kaitiaki cập cảng Tiên Sa"
BODY = """(Báo Hình) - Tàu khu trục của Hải quân Hoàng gia New Zealand bắt đầu chuyến thăm 5 ngày tới thành phố Đà Nẵng.

[00:03] Lời dẫn: Sáng 14/4, tại cảng Tiên Sa, Bộ Tư lệnh Vùng 3 Hải quân tổ chức lễ đón. Khoảng 9 giờ, con tàu cập cầu cảng, bắt đầu chuyến thăm hữu nghị.

[00:25] Lời dẫn: Chủ trì lễ đón là Đại tá Hồ Văn Toàn, Phó Tư lệnh Vùng 3 Hải quân.
"""


def _read(title, body):
    return pipeline()(Article(id="t", text=f"{title}\n\n{body}", title=title, published=PartialDate(2026, 4, 15)))


def test_a_video_page_keeps_its_headline():
    doc = _read(TITLE, BODY)
    assert doc.text.startswith(TITLE)


def test_the_call_takes_the_day_of_the_paragraph_retelling_it():
    doc = _read(TITLE, BODY)
    (call,) = [e for e in doc.events if e.type == "PortCall"]
    assert call.start == PartialDate(2026, 4, 14)
    assert "event.day-of-paragraph" in rules_of([call])


def test_a_video_box_below_the_headline_still_goes():
    title = "Tàu khu trục HMNZS Kaitiaki cập cảng Tiên Sa"
    doc = _read(title, "Video: Lễ đón tàu tại cảng Tiên Sa\n\n" + BODY)
    assert "Video: Lễ đón" not in doc.text
