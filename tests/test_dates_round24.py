"""Dates, round 24: a paragraph's dateline read past the year of an opening formula ("Thực hiện
kế hoạch ... năm 2030, ngày 14/5, ..."), a day told as tomorrow ("sáng mai (15/5)") dating no other
sentence, a caption's closing "..., ngày 3/4." dating what it shows, and a list page's items dated by
their headings ("2030年4月3日 ｜ Tàu ... thăm Đà Nẵng", a date written the Chinese/Japanese way).
Sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.model import PartialDate as P
from kg.pipeline.dates import dated_heading, find_dates
from kg.reading import read_html
from tests.reading_helpers import events, pipeline, rules_of

STAMP = P(2030, 5, 16)


def test_the_paragraph_day_is_the_one_after_the_formula_not_the_plans_year() -> None:
    text = (
        "Thực hiện kế hoạch phối hợp năm 2030 giữa hai Bộ Chỉ huy Quân sự tỉnh, ngày 14/5, đoàn công tác "
        "tỉnh Xê Kông (Lào) do Trung tá Bun-mi Xay-xổm làm trưởng đoàn đã sang làm việc tại tỉnh Kon Tum. "
        "Tại trụ sở Bộ Chỉ huy, hai bên đã tổ chức hội đàm thường niên.\n\n"
        "Tham dự hội đàm, về phía tỉnh Kon Tum có Đại tá Hà Văn Thịnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh."
    )
    talks = events(text, STAMP, "Talks")
    assert [e.start for e in talks] == [P(2030, 5, 14)]


def test_a_plans_year_alone_still_heads_the_paragraph() -> None:
    text = (
        "Thực hiện kế hoạch hợp tác năm 2030 giữa hai Bộ Chỉ huy Quân sự tỉnh, đoàn công tác tỉnh Xê Kông "
        "(Lào) đã sang làm việc tại tỉnh Kon Tum. Tại trụ sở Bộ Chỉ huy, hai bên đã tổ chức hội đàm thường niên.\n\n"
        "Tham dự hội đàm, về phía tỉnh Kon Tum có Đại tá Hà Văn Thịnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh."
    )
    assert [e.start for e in events(text, STAMP, "Talks")] == [P(2030)]


def test_a_day_told_as_tomorrow_dates_no_later_entry() -> None:
    text = (
        "Hội thao quân sự biên giới hai nước lần thứ ba diễn ra trong hai ngày 16-17/5 tại tỉnh Cao Bằng.\n\n"
        "- Khép lại ngày thi đấu thứ nhất. Theo chương trình, sáng mai (17/5), hai đoàn sẽ sang thị trấn biên giới phía bên kia dự lễ bế mạc.\n\n"
        "- Tại trụ sở Tỉnh ủy, đồng chí Lý Văn Hào, Bí thư Tỉnh ủy, đã tiếp Thiếu tướng Vương Đức Thành và đoàn "
        "đại biểu Quân khu Quảng Tây (Trung Quốc).\n\n"
        "- Tại hội trường Bộ Chỉ huy, Thiếu tướng Nông Văn Tiến đã hội đàm với Thiếu tướng Vương Đức Thành."
    )
    found = events(text, STAMP)
    dated = {e.type: e.start for e in found if e.type in ("Meeting", "Talks")}
    assert dated == {"Meeting": P(2030, 5, 16), "Talks": P(2030, 5, 16)}


def test_a_captions_closing_day_dates_what_it_shows() -> None:
    text = (
        "Tàu hộ vệ của Hải quân Italia thăm Cảng Tiên Sa từ ngày 2 đến 5/4.\n\n"
        "Trung tá Paolo Ferri chào xã giao Chuẩn Đô đốc Lê Văn Tùng, Phó Tư lệnh Vùng 3 Hải quân, ngày 3/4."
    )
    meetings = events(text, P(2030, 4, 6), "Meeting")
    assert [e.start for e in meetings] == [P(2030, 4, 3)]
    assert "event.date-told-after" in rules_of(meetings)



def test_a_date_written_the_chinese_way_in_the_body_is_read() -> None:
    found = find_dates("2030年4月3日 ｜ Đại sứ Sato Ken chào xã giao Tư lệnh Quân khu 5.")
    assert [(d.date, d.surface) for d in found] == [(P(2030, 4, 3), "2030年4月3日")]


@pytest.mark.parametrize("line, day", [
    ("2030年4月3日 ｜ Tàu khu trục JS Asahi thăm thành phố Đà Nẵng", P(2030, 4, 3)),
    ("03/04/2030 - Tàu khu trục JS Asahi thăm thành phố Đà Nẵng", P(2030, 4, 3)),
    ("Tàu khu trục JS Asahi thăm Đà Nẵng ngày 3/4/2030", None),
    ("3/4/2030", None),
])
def test_a_list_items_heading_opens_with_its_date(line: str, day: P | None) -> None:
    assert dated_heading(line) == day


PAGE = """<html><head><meta charset="utf-8"><title>Hoạt động của Đại sứ quán</title></head><body>
<div id="contents"><h1>Hoạt động của Đại sứ quán</h1>
<div class="item"><h2>2030年4月9日 ｜ Đại sứ Sato Ken chào xã giao Tư lệnh Quân khu 5</h2>
<p>Đại sứ Nhật Bản tại Việt Nam Sato Ken đã đến chào xã giao Trung tướng Lê Quang Minh, Tư lệnh Quân khu 5,
tại trụ sở Bộ Tư lệnh Quân khu. Hai bên trao đổi về hợp tác khắc phục hậu quả bom mìn và đào tạo tiếng Nhật.</p>
</div>
<div class="item"><h2>2030年4月3日 ｜ Tàu khu trục JS Asahi thăm thành phố Đà Nẵng</h2>
<p>Tàu khu trục JS Asahi của Lực lượng Phòng vệ Biển Nhật Bản cùng 200 thủy thủ đã cập cảng Tiên Sa,
bắt đầu chuyến thăm thành phố Đà Nẵng. Đoàn do Đại tá Kato Jun làm trưởng đoàn.</p>
</div></div></body></html>"""


def test_the_items_of_an_embassys_list_page_take_their_headings_days(tmp_path) -> None:
    page = tmp_path / "list.html"
    page.write_text(PAGE, encoding="utf-8")
    article = read_html(page)
    assert "2030年4月9日 ｜ Đại sứ Sato Ken chào xã giao Tư lệnh Quân khu 5. Đại sứ" in " ".join(article.text.split())
    found = {e.type: e.start for e in pipeline()(replace(article, published=P(2030, 4, 10))).events}
    assert found.get("Meeting") == P(2030, 4, 9)
    assert found.get("PortCall") == P(2030, 4, 3)


TIMELINE = """<html><head><meta charset="utf-8"><title>Dòng thời gian hợp tác quốc phòng</title></head><body>
<article><h1>Dòng thời gian hợp tác quốc phòng Việt Nam - Indonesia</h1>
<p>Hợp tác quốc phòng giữa hai nước đã có nhiều bước tiến trong những năm gần đây, theo tổng hợp của phóng viên.</p>
<ul class="timeline">
<li><span class="d">14/6/2028</span><p>Tàu hộ vệ KRI Sultan Iskandar Muda của Hải quân Indonesia cập cảng Cam Ranh, bắt đầu chuyến thăm hữu nghị.</p></li>
<li><span class="d">9/2028</span><p>Đối thoại Chính sách quốc phòng Việt Nam - Indonesia lần thứ 5 được tổ chức tại Jakarta.</p></li>
</ul></article></body></html>"""


def test_a_timelines_date_cells_date_its_entries(tmp_path) -> None:
    page = tmp_path / "timeline.html"
    page.write_text(TIMELINE, encoding="utf-8")
    article = read_html(page)
    assert "14/6/2028: Tàu hộ vệ KRI Sultan Iskandar Muda" in article.text
    found = {e.type: e.start for e in pipeline()(replace(article, published=P(2030, 1, 5))).events}
    assert found.get("PortCall") == P(2028, 6, 14)
    assert found.get("Dialogue") == P(2028, 9)


@pytest.mark.parametrize("text, month", [
    ("11/2028: Đối thoại Chính sách quốc phòng lần thứ 5 được tổ chức tại Jakarta.", P(2028, 11)),
    ("Tỷ lệ đạt 11/2028 hồ sơ: không phải ngày tháng.", None),
    ("Giá trị 11/2028: không ở đầu dòng.", None),
])
def test_a_month_and_year_opening_a_line_before_a_colon_is_that_month(text: str, month: P | None) -> None:
    assert [d.date for d in find_dates(text)][:1] == ([month] if month else [])
