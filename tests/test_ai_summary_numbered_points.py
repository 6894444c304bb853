"""A machine-written summary box above the story whose points are numbered ("1. ...") goes with its header and its
notice ("Nội dung tóm tắt do AI tạo ra, ..."): a wrong name in a point is no official (`clean.ai-summary-box`,
round 39)."""

from __future__ import annotations

from kg.model import PartialDate
from kg.pipeline.clean import clean_page
from reading_helpers import read

DAY = PartialDate(2026, 9, 3)
LEAD = ("Chiều 2/9, tại Hà Nội, Thượng tướng Vũ Thành Công, Thứ trưởng Bộ Quốc phòng đã tiếp ông Lars Eriksen, "
        "Đại sứ Na Uy tại Việt Nam, đến chào xã giao nhân dịp bắt đầu nhiệm kỳ.\n\n"
        "Hai bên trao đổi về hợp tác gìn giữ hòa bình Liên hợp quốc và khắc phục hậu quả bom mìn.\n\n"
        "Đại sứ Lars Eriksen cho biết sẽ thúc đẩy trao đổi đoàn giữa hai Bộ Quốc phòng.\n")


def test_a_numbered_summary_box_goes() -> None:
    box = ("Thứ trưởng tiếp Đại sứ Na Uy\n\nAI tóm tắt bài viết\n1. Thứ trưởng tiếp Đại sứ Na Uy Lars Eriksson.\n"
           "2. Hai bên bàn về gìn giữ hòa bình.\n\n")
    doc = read(box + LEAD, DAY)
    names = {o.name for o in doc.officials}
    assert "Lars Eriksson" not in names and "Lars Eriksen" in names


def test_the_boxs_notice_goes() -> None:
    page = ("Thứ trưởng tiếp Đại sứ Na Uy\n\nTóm tắt bằng AI\n• Hai bên bàn về gìn giữ hòa bình.\n"
            "Nội dung tóm tắt do AI tạo ra, có thể chưa chính xác.\n\n" + LEAD)
    cleaned = clean_page(page)
    assert any(r.text.startswith("Nội dung tóm tắt") and r.rule == "clean.ai-summary-box" for r in cleaned.removed)
