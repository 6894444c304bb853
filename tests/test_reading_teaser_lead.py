"""A lead marked "teaser" (a foreign broadcaster's Vietnamese service prints its lead so) is the page's
lead: it often holds the only sentence telling the visit and its days. Page of our own."""

from __future__ import annotations

from pathlib import Path

from kg.reading import read_html


def test_html_lead_marked_as_a_teaser_is_kept(tmp_path: Path) -> None:
    body = "".join(f"<p>Đoạn {i}: hai bên trao đổi về hợp tác quân y, đào tạo và gìn giữ hòa bình.</p>" for i in range(4))
    page = tmp_path / "teaser.html"
    page.write_text(
        '<html><head><meta charset="utf-8"><title>Việt Nam và Ba Lan ký văn kiện</title></head><body><main><article>'
        "<h1>Việt Nam và Ba Lan ký văn kiện</h1>"
        '<p class="teaser"><strong>Thứ trưởng Quốc phòng Ba Lan Jan Nowicki thăm chính thức Việt Nam từ ngày '
        "16-18/6.</strong></p>"
        f"{body}</article></main></body></html>",
        encoding="utf-8",
    )
    art = read_html(page)
    assert "thăm chính thức Việt Nam từ ngày 16-18/6" in art.text
    assert art.text.index("Jan Nowicki") < art.text.index("Đoạn 0")
