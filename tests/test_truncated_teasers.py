"""Other stories' teasers cut short by the page ("... vào…") and glued after the body without a heading
(`clean.truncated-teasers`), and true last paragraphs ending in an ellipsis that stay. Sentences our own."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import clean_page
from tests.reading_helpers import officials_by_name, read

STORY = (
    "Thứ trưởng Bộ Quốc phòng tiếp Đại sứ Bồ Đào Nha\n\n"
    "Chiều 2/12, tại Hà Nội, Thượng tướng Nguyễn Hữu Phong, Thứ trưởng Bộ Quốc phòng đã tiếp Đại sứ Bồ Đào Nha "
    "tại Việt Nam Tiago Mendes đến chào xã giao.\n\n"
    "Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực quân y, đào tạo và gìn giữ hòa bình."
)
TEASERS = [
    "Tổng thống Uruguay Pablo Serrano xác nhận cuộc điện đàm với Thủ tướng Na Uy Erik Lund vào…",
    "Một vụ cháy kho hàng ở TP. Thủ Đức khiến nhiều…",
    "Chính phủ Ireland đã thông qua gói ngân sách mới dành cho các…",
]


def _removed_by_rule(text: str) -> list[str]:
    return [r.text for r in clean_page(text).removed if r.rule == "clean.truncated-teasers"]


@pytest.mark.parametrize(
    "tail",
    [
        TEASERS,  # one a line
        [t[:-1] + "..." for t in TEASERS],  # three periods
        ["05/12/2026 " + t for t in TEASERS[:2]],  # a day before each
        [t + " 09:45" for t in TEASERS[:2]],  # a time after each
        [" ".join(TEASERS)],  # run together on one line
        ["Uruguay và Na Uy thúc đẩy thương mại", TEASERS[0], "Ireland thông qua ngân sách", TEASERS[2]],
        [TEASERS[0]],  # alone, stopping on "vào", naming only new countries
    ],
)
def test_teasers_cut_short_after_the_body_go(tail: list[str]) -> None:
    doc = read(STORY + "\n\n" + "\n\n".join(tail))
    assert "Pablo Serrano" not in officials_by_name(doc)
    assert "Erik Lund" not in officials_by_name(doc)
    assert "Pablo Serrano" not in doc.text
    assert "gìn giữ hòa bình." in doc.text  # the story's last paragraph stays


@pytest.mark.parametrize(
    "last",
    [
        ["Đoàn sẽ thăm Bảo tàng Lịch sử Quân sự, giao lưu thể thao, văn nghệ với cán bộ, chiến sĩ…"],  # a list left open
        ["Đại sứ Tiago Mendes nói: “Chúng tôi mong được học hỏi thêm nhiều kinh nghiệm…”"],  # a quotation's end
        ["Hai bên cũng trao đổi về hợp tác đào tạo, quân y, v.v..."],
        ["Chương trình sẽ kéo dài đến cuối năm với nhiều hoạt động như…"],  # alone, naming no new country
        ["Đoàn cũng đến thăm Học viện Quốc phòng và Bệnh viện Trung ương Quân đội 108…",
         "Các hoạt động giao lưu sẽ còn được tổ chức trong những ngày tới…"],  # both refer back, no new country
    ],
)
def test_true_last_paragraphs_ending_in_an_ellipsis_stay(last: list[str]) -> None:
    text = STORY + "\n\n" + "\n\n".join(last)
    assert _removed_by_rule(text) == []
    assert all(line[:40] in clean_page(text).text for line in last)


def test_a_list_the_body_introduces_stays() -> None:
    text = STORY + "\n\nCác nội dung chính gồm:\n\n" + "\n\n".join(TEASERS[:2])
    assert _removed_by_rule(text) == []


def test_headline_and_first_paragraph_always_stay() -> None:
    text = "\n\n".join(["Tin vắn quốc phòng"] + TEASERS)
    assert "Tin vắn quốc phòng" in clean_page(text).text
    assert TEASERS[0][:30] in clean_page(text).text
