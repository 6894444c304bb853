"""An author line that carries the page's date and time ("Lan Anh · Thứ tư, 14/05/2025 - 08:30"),
set above the story after its lead, heads the story: it must not be read as the byline
that closes it (round 25, heldout37)."""

from __future__ import annotations

from kg.pipeline import Pipeline
from kg.reading import read_html

MENU = ("Thời sự · Thế giới · Kinh tế · Xã hội · Văn hóa · Thể thao · Giáo dục · Sức khỏe · Pháp luật · "
        "Du lịch · Công nghệ · Bạn đọc · Ô tô - Xe máy · Nhà đất · Việc làm · Đời sống · Tâm sự · Video")
# the lead printed above the author line, as several outlets set it
SAPO = ("Thứ trưởng Bộ Quốc phòng đề nghị Lục quân hai nước mở rộng trao đổi đoàn, đào tạo sĩ quan trẻ và chia sẻ "
        "kinh nghiệm tham gia lực lượng gìn giữ hòa bình Liên hợp quốc trong thời gian tới, nhân dịp đoàn sang thăm.")
STORY = [
    "Sáng 14/5, tại Hà Nội, Thượng tướng Phạm Đức Lâm, Thứ trưởng Bộ Quốc phòng, đã tiếp Trung tướng "
    "Henrik Solberg, Tư lệnh Lục quân Na Uy, đang thăm làm việc tại Việt Nam.",
    "Tại buổi tiếp, hai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình Liên hợp quốc.",
]


def _page(author_line: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in STORY)
    return ("<html><head><meta charset='utf-8'><title>Thứ trưởng Bộ Quốc phòng tiếp Tư lệnh Lục quân Na Uy</title>"
            f"</head><body><header><div class='logo'>BÁO MẪU</div><nav>{MENU}</nav></header>"
            "<div class='breadcrumb'>Thời sự › Quốc phòng</div><article>"
            "<h1>Thứ trưởng Bộ Quốc phòng tiếp Tư lệnh Lục quân Na Uy</h1>"
            f"<p class='sapo'>{SAPO}</p>"
            f"<div class='author-time'><span>Lan Anh</span> · {author_line}</div>"
            f"{body}</article></body></html>")


def test_an_author_and_time_line_above_the_story_keeps_the_story(tmp_path) -> None:
    page = tmp_path / "page.html"
    page.write_text(_page("Thứ tư, 14/05/2025 - 08:30"), encoding="utf-8")
    doc = Pipeline()(read_html(page))
    assert {"Phạm Đức Lâm", "Henrik Solberg"} <= {o.name for o in doc.officials}
    assert "NOR" in set(doc.partners or [])
