"""A page's lead set above its <article>, between the headline and the body (`<p class="description">`,
one large outlet's layout), holds the trip's days ("thăm Kenya từ ngày 3-5/4 và Tanzania từ 6-8/4"):
it is read when the article holds no lead of its own, though the column around both is marked
"sidebar-1"; a bulleted summary box above it and a related story's description are not (round 32)."""

from __future__ import annotations

from pathlib import Path

from kg.reading import read_html

LEAD = ("Đoàn Bộ Quốc phòng Việt Nam thăm chính thức Kenya từ ngày 3-5/4 và Tanzania từ 6-8/4, trao đổi "
        "về hợp tác huấn luyện và quân y.")
BODY = ("<p>Chuyến thăm được thực hiện theo lời mời của Bộ Quốc phòng Kenya và Bộ Quốc phòng Tanzania. Trưởng "
        "đoàn là Trung tướng Phạm Quang Huy, Thứ trưởng Bộ Quốc phòng Việt Nam.</p>"
        "<p>Ngày 4/4, tại Nairobi, Thứ trưởng hội đàm với Thứ trưởng Quốc phòng Kenya về hợp tác đào tạo, gìn "
        "giữ hòa bình và quân y giữa hai nước trong thời gian tới.</p>")


def _page(tmp_path: Path, above: str) -> Path:
    page = tmp_path / "trip.html"
    page.write_text(
        "<html><head><title>Thứ trưởng thăm Kenya, Tanzania</title></head><body>"
        "<header><nav>Thời sự · Thế giới · Kinh doanh</nav></header>"
        f'<section class="sidebar-1"><h1>Thứ trưởng thăm Kenya, Tanzania</h1>{above}'
        f'<article class="fck_detail">{BODY}</article></section>'
        '<section class="sidebar-2"><p class="description">Tin khác: Tổng thống Ai Cập tiếp Thủ tướng '
        "Ethiopia tại Cairo, bàn về hợp tác nguồn nước sông Nile.</p></section></body></html>",
        encoding="utf-8",
    )
    return page


def test_the_lead_above_the_article_is_read(tmp_path: Path) -> None:
    text = read_html(_page(tmp_path, f'<p class="description">{LEAD}</p>')).text
    assert "từ ngày 3-5/4" in text and text.index("từ ngày 3-5/4") < text.index("Chuyến thăm được")
    assert "Ethiopia" not in text


def test_a_bulleted_summary_box_above_it_is_no_lead(tmp_path: Path) -> None:
    box = ('<div class="box-tomtat"><p><b>Tóm tắt nhanh</b></p><ul><li>Đoàn Bộ Quốc phòng thăm hai nước châu '
           "Phi trong tháng 4.</li><li>Hai bên trao đổi về hợp tác huấn luyện.</li></ul></div>")
    text = read_html(_page(tmp_path, box + f'<p class="description">{LEAD}</p>')).text
    assert "từ ngày 3-5/4" in text and "Tóm tắt nhanh" not in text


def test_no_lead_above_leaves_the_body_alone(tmp_path: Path) -> None:
    text = read_html(_page(tmp_path, "")).text
    assert "Ethiopia" not in text and "Chuyến thăm được" in text
