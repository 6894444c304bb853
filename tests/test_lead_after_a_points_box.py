"""A box of bulleted points above the sapo (an "AI summary" marked `box-ai-summary`) is no lead: the
sapo after it is the lead the page's reading keeps (round 48: the dateline and the meeting's day
were lost with it)."""

from pathlib import Path

from kg.reading import read_html

_BODY = "".join(
    f"<p>Phiên {i}: các đại biểu trao đổi về hợp tác an ninh hàng hải, tìm kiếm cứu nạn trên biển, chia sẻ "
    "thông tin và huấn luyện chung giữa hải quân các nước trong khu vực.</p>\n" for i in range(6))

_PAGE = """<html><head><title>Đoàn Việt Nam dự hội nghị Tư lệnh Hải quân ASEAN</title></head><body>
<article><div class="breadcrumbs"><a>Chính trị</a> › <a>Quốc phòng</a></div>
<h1>Đoàn Việt Nam dự hội nghị Tư lệnh Hải quân ASEAN</h1>
<div class="article__meta"><span class="author">MINH AN</span> <time>Thứ Ba, 13-05-2025, 07:10</time></div>
<div class="box-ai-summary"><b>Tóm tắt</b> <i>(Do AI tạo, chỉ để tham khảo)</i>
<ul><li>Hội nghị diễn ra tại Penang với đại diện hải quân các nước ASEAN.</li>
<li>Đoàn Việt Nam gặp song phương Malaysia và Brunei.</li></ul></div>
<div class="article__sapo">Penang (Malaysia), 12/5 - Đoàn đại biểu Hải quân nhân dân Việt Nam do Phó Đô đốc Trịnh Văn Hòe dẫn đầu đã dự Hội nghị Tư lệnh Hải quân các nước ASEAN lần thứ 20.</div>
<div class="article__body"><p>Hội nghị do Đô đốc Ahmad Rizal, Tư lệnh Hải quân Hoàng gia Malaysia, chủ trì, với sự tham dự của đại diện hải quân các nước thành viên ASEAN.</p>
""" + _BODY + """</div>
</article></body></html>"""


def test_the_sapo_after_a_points_box_is_the_lead(tmp_path: Path) -> None:
    page = tmp_path / "ancm.html"
    page.write_text(_PAGE, encoding="utf-8")
    art = read_html(page)
    assert "Penang (Malaysia), 12/5 - Đoàn đại biểu" in art.text
    assert art.text.index("Penang (Malaysia), 12/5") < art.text.index("Hội nghị do Đô đốc")
