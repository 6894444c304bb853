"""A saved page's headline is part of what it tells: a guest or a ship named only in the <h1>
must not be lost because trafilatura keeps the headline out of the text it extracts."""

from __future__ import annotations

from pathlib import Path

from kg.reading import read_html
from reading_helpers import pipeline

HEAD = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header><nav><a href="/">Trang chủ</a> <a href="/qp">Quốc phòng</a></nav></header>
<div class="title-box"><h1>{h1}</h1></div>
<article>{body}</article></body></html>"""

BODY = (
    "<p>Sáng 4/3, tàu cập cảng quốc tế Manila, bắt đầu chuyến thăm hữu nghị kéo dài bốn ngày "
    "theo lời mời của phía bạn.</p>"
    "<p>Tại lễ đón, các sĩ quan của hải quân nước chủ nhà chào mừng cán bộ, chiến sĩ của tàu, "
    "và hai bên trao đổi về kế hoạch giao lưu trong những ngày tới.</p>"
    "<p>Trong thời gian ở Manila, đoàn sẽ chào xã giao lãnh đạo địa phương và giao lưu thể thao.</p>"
)


def _page(tmp_path: Path, h1: str, title: str, body: str = BODY) -> Path:
    page = tmp_path / "page.html"
    page.write_text(HEAD.format(h1=h1, title=title, body=body), encoding="utf-8")
    return page


def test_a_headline_outside_the_story_opens_the_text(tmp_path: Path) -> None:
    headline = "Tàu HQ-012 - Lý Thái Tổ thăm hữu nghị Philippines"
    article = read_html(_page(tmp_path, headline, "Tàu HQ-012 thăm Philippines - Báo Thử"))
    assert article.text.startswith(headline + "\n")
    assert article.title == headline


def test_a_host_named_only_in_the_headline_is_read(tmp_path: Path) -> None:
    headline = "Thượng tướng Nguyễn Văn Bình tiếp Đại sứ Philippines"
    body = (
        "<p>Chiều 12/5, tại trụ sở Bộ Quốc phòng, Thượng tướng đã tiếp Đại sứ Philippines tại Việt Nam "
        "nhân dịp bà chào xã giao trước khi kết thúc nhiệm kỳ công tác.</p>"
        "<p>Hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua và nhất trí tiếp tục "
        "thúc đẩy trao đổi đoàn các cấp, hợp tác hải quân và đào tạo.</p>"
    )
    doc = pipeline()(read_html(_page(tmp_path, headline, headline, body)))
    assert "Nguyễn Văn Bình" in {o.name for o in doc.officials}


def test_a_headline_the_text_already_holds_is_not_doubled(tmp_path: Path) -> None:
    headline = "Hai hải quân giao lưu tại Manila"
    body = f"<h2>{headline}</h2>" + BODY
    article = read_html(_page(tmp_path, headline, headline, body))
    assert article.text.count(headline) == 1


def test_the_full_h1_is_taken_over_a_title_cut_at_its_dash(tmp_path: Path) -> None:
    headline = "Việt Nam - Lào tăng cường hợp tác quốc phòng"
    article = read_html(_page(tmp_path, headline, "Việt Nam"))
    assert article.title == headline
    assert article.text.startswith(headline + "\n")


def test_a_json_line_title_missing_from_its_text_opens_the_text(tmp_path: Path) -> None:
    import json

    from kg.reading import iter_articles

    line = {"id": "a1", "title": "Thượng tướng Nguyễn Văn Bình tiếp Đại sứ Philippines",
            "text": "Chiều 12/5, tại Hà Nội, Thượng tướng đã tiếp Đại sứ nhân dịp bà chào xã giao."}
    told = {"id": "a2", "title": "Hội đàm", "text": "Hội đàm\n\nSáng 3/4, hai bên hội đàm tại Hà Nội."}
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in (line, told)) + "\n", encoding="utf-8")
    first, second = iter_articles([feed])
    assert first.text.startswith(line["title"] + "\n\n")
    assert second.text.count("Hội đàm") == 1
