"""A reporter's author box after the story: military papers sign with a rank ("Thiếu tá X",
then the paper's name, "PV" or an e-mail). It is a byline, not an official; a caption that
names an official alone on its line has no such sign and keeps the official."""

from __future__ import annotations

import pytest

from kg.pipeline import extract
from kg.pipeline.clean import AUTHOR_BOX, SOURCE, clean_page, ranked_byline, signs_author_box

BODY = (
    "Hải quân hai nước hội đàm tại Cam Ranh\n\n"
    "Chiều 14/5, tại Khánh Hòa, Chuẩn Đô đốc Trần Minh Khôi, Phó Tư lệnh Quân chủng Hải quân "
    "Việt Nam, hội đàm với Chuẩn Đô đốc Rahim Salleh, Phó Tư lệnh Hải quân Hoàng gia Malaysia. "
    "Hai bên trao đổi về tuần tra chung và tìm kiếm cứu nạn trên biển.\n\n"
    "Sau hội đàm, hai bên ký biên bản ghi nhớ về hợp tác đào tạo thủy thủ.\n\n"
    "Bạn đọc quan tâm xin liên hệ tòa soạn."
)


@pytest.mark.parametrize("box", [
    "Thiếu tá Lò Văn Thắng\nBáo Quân đội nhân dân",
    "Thượng úy Đinh Thị Ngọc Mai\nBáo Biên phòng",
    "Đại úy QNCN Hà Quang Vinh\nNhóm PV",
    "Trung tá Vũ Đức Long\nBáo Phòng không - Không quân - vuduclong@example.vn",
    "Đại tá Mai Xuân Trường (Báo QĐND)",
    "Thiếu tá Kiều Anh Tuấn/QĐND",
    "Bài, ảnh: Thiếu tá Cao Văn Sơn",
    "Thượng tá Ninh Văn Phúc\nTạp chí Quốc phòng toàn dân\nninhphuc@example.vn",
    "Thiếu tá LÒ VĂN THẮNG\nBáo Quân đội nhân dân\nTin cùng chuyên mục\nĐại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Pháp",
])
def test_a_ranked_author_box_is_no_official(box: str) -> None:
    text = BODY + "\n\n" + box + "\n"
    cleaned = clean_page(text)
    first = box.split("\n")[0]
    # the rank's line goes as a box ("Bài, ảnh: ..." may go before, as a source line)
    assert first in [r.text for r in cleaned.removed if r.rule in (AUTHOR_BOX, SOURCE)]
    assert first not in cleaned.text
    author = ranked_byline(first)
    assert author is not None
    doc = extract(text)
    assert author.name not in {o.name for o in doc.officials}
    # the story itself is whole: its closing sentences stay
    assert "biên bản ghi nhớ" in doc.text and "liên hệ tòa soạn" in doc.text


@pytest.mark.parametrize("box", [
    "Thiếu tá Lò Văn Thắng\nBáo Quân đội nhân dân",
    "Lò Văn Thắng\nBáo Quân đội nhân dân",
    "Phóng viên Lò Văn Thắng\nBáo Biên phòng",
])
def test_the_box_cuts_nothing_of_a_story_that_ends_without_punctuation(box: str) -> None:
    # a last paragraph with a widget word glued after its end mark ("./. Bình luận") reads like a
    # link title; the two lines of a box after it once made a run of three "headlines" and took
    # the agreement with them (clean.headline-run)
    body = BODY.rsplit("\n\n", 1)[0].replace("đào tạo thủy thủ.", "đào tạo thủy thủ./. Bình luận")
    doc = extract(body + "\n\n" + box + "\n")
    assert "biên bản ghi nhớ" in doc.text
    assert doc.agreements


@pytest.mark.parametrize("caption", [
    "Đại tá Nguyễn Hữu Lộc",  # a caption naming an official, no sign after it
    "Thiếu tướng Bùi Quang Hải - Tư lệnh Vùng 4 Hải quân",  # a title after the dash, not an outlet
])
def test_a_ranked_name_without_a_sign_stays(caption: str) -> None:
    text = BODY + "\n\n" + caption + "\n\nHai đoàn chụp ảnh lưu niệm trước sở chỉ huy của Vùng.\n"
    cleaned = clean_page(text)
    assert not [r for r in cleaned.removed if r.rule == AUTHOR_BOX]
    assert caption in cleaned.text


def test_what_signs_a_box() -> None:
    assert signs_author_box("Báo Quân đội nhân dân") and signs_author_box("PV") and signs_author_box("QĐND")
    assert signs_author_box("tranvan@example.vn")
    assert not signs_author_box("Đài Loan tăng cường tập trận")
    assert not signs_author_box("Hai đoàn chụp ảnh lưu niệm.")
    assert ranked_byline("Đại tá Nguyễn Hữu Lộc phát biểu") is None  # a verb: a caption, not a name
    assert ranked_byline("Thượng tá Ninh Văn Phúc").name == "Ninh Văn Phúc"  # type: ignore[union-attr]
