"""Round 52j: an image's alt text set as a line of its own, the headline (or a shortened one) numbered as
a gallery's photo ("<headline> - Ảnh 1."), is dropped (`image` row of boilerplate.tsv): read as a caption
it named an exercise "PASSEX - Ảnh 1". A body sentence ending on a photo word stays. Sentences written
for the test."""

from __future__ import annotations

from reading_helpers import events, read, removed

BODY = ("Sáng 12/3/2026, tàu hộ vệ HQ-015 của Hải quân Việt Nam và tàu JS Akebono của Lực lượng Phòng vệ Biển "
        "Nhật Bản đã thực hiện luyện tập PASSEX trên vùng biển phía nam Cam Ranh.")


def test_numbered_alt_line_is_no_caption() -> None:
    doc = read("Tàu Nhật Bản luyện tập PASSEX - Ảnh 2.\n\n" + BODY)
    assert not any("Ảnh" in (e.label or "") for e in doc.events)
    assert "clean.image-name" in removed(doc)


def test_sentence_about_photos_stays() -> None:
    doc = read(BODY + "\n\nHai bên đã trao đổi tư liệu, hình ảnh về các chuyến thăm trước đây.")
    assert "hình ảnh" in doc.text
