"""A related-news box set inside the body ("TIN LIÊN QUAN" and a few headlines), after which
the story goes on: only the box goes, and a box that closes the page still ends it (issue 10,
round 7). The pages are written for these tests."""

from __future__ import annotations

from kg.pipeline import extract
from kg.pipeline.clean import FOOTER, RELATED_BOX

_HEAD = """Thứ trưởng Bộ Quốc phòng tiếp Đại sứ New Zealand

Chiều 12/3, tại Hà Nội, Thượng tướng Lê Quốc Hưng, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ New Zealand tại Việt Nam Caroline Beresford nhân dịp kết thúc nhiệm kỳ công tác.

Thượng tướng Lê Quốc Hưng đánh giá cao những đóng góp của Đại sứ đối với quan hệ quốc phòng giữa hai nước trong thời gian qua.

TIN LIÊN QUAN

Bộ trưởng Quốc phòng tiếp Bộ trưởng Quốc phòng Nhật Bản Nakamura Ken
Đại tướng Trần Quốc Bảo hội đàm với Bộ trưởng Quốc phòng Ấn Độ Vikram Rao

"""


def _names(text: str) -> set[str]:
    return {o.name for o in extract(text, "page.txt").officials}


def test_the_story_goes_on_after_a_box_inside_the_body() -> None:
    doc = extract(_HEAD + "Tại buổi tiếp, Đại sứ Caroline Beresford cảm ơn Bộ Quốc phòng Việt Nam đã tạo điều kiện "
                  "thuận lợi để bà hoàn thành nhiệm vụ; hai bên trao đổi về hợp tác gìn giữ hòa bình.\n\nHữu Nghị\n",
                  "page.txt")
    kept = doc.text
    assert "Tại buổi tiếp, Đại sứ Caroline Beresford cảm ơn" in kept
    assert "Nakamura Ken" not in kept and "Vikram Rao" not in kept
    assert {r.rule for r in doc.removed_lines if "Nakamura" in r.text} == {RELATED_BOX}
    assert {o.name for o in doc.officials} == {"Lê Quốc Hưng", "Caroline Beresford"}


def test_a_box_followed_by_another_storys_lead_still_ends_the_page() -> None:
    text = _HEAD + ("Sáng 10/3, tại Tokyo, Bộ trưởng Quốc phòng Nhật Bản Nakamura Ken đã tiếp Thượng tướng "
                    "Phạm Văn Tuấn, Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, đang thăm Nhật Bản.\n")
    doc = extract(text, "page.txt")
    assert _names(text) == {"Lê Quốc Hưng", "Caroline Beresford"}
    assert any(r.rule == FOOTER for r in doc.removed_lines)
