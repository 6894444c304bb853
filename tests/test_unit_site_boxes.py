"""Boxes of units', hospitals' and defence firms' own sites closing a foreign-relations story (round 27): a
hospital's roster of consultants, a unit's duty roster, an academy's event calendar, a press release's box
about the firm, and a unit's "Người viết:" byline. Sentences are our own."""

from __future__ import annotations

import pytest

from tests.reading_helpers import read

STORY = (
    "Bệnh viện Quân y 103 làm việc với đoàn quân y Nhật Bản\n\n"
    "Ngày 21/6, tại Hà Nội, Thiếu tướng Đặng Minh Châu, Giám đốc Bệnh viện Quân y 103, đã tiếp đoàn Cục Quân y "
    "Lực lượng Phòng vệ Nhật Bản do Đại tá Tanaka Hiroshi, Phó Cục trưởng, dẫn đầu.\n\n"
    "Hai bên trao đổi kinh nghiệm cấp cứu chấn thương và đào tạo điều dưỡng viên."
)


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


def _codes(doc) -> set[str]:
    return ({o.country for o in doc.officials if o.country} | {c for a in doc.agreements for c in a.parties}
            | set(doc.partners or []))


@pytest.mark.parametrize("box", [
    "LỊCH KHÁM CHUYÊN GIA\n\nThứ Ba: Đại tá, TS Lê Văn Cường, Chủ nhiệm Khoa Ngoại.\n\n"
    "Thứ Năm: Thượng tá, BS Vũ Thị Ngân, Phó Chủ nhiệm Khoa Nhi.",
    "Lịch trực chỉ huy: Đại tá Bùi Quốc Khánh, Phó Giám đốc; trực ban: Thiếu tá Trịnh Văn Dũng.",
    "LỊCH SỰ KIỆN\n\n25/6: Hội nghị khoa học ngoại khoa toàn quân - Chủ trì: Thiếu tướng Ngô Quang Vinh",
    "Người viết: Thượng úy QNCN Lương Văn Hòa, Ban Chính trị Bệnh viện",
])
def test_a_sites_box_names_no_official(box: str) -> None:
    doc = read(f"{STORY}\n\n{box}")
    assert _names(doc) == {"Đặng Minh Châu", "Tanaka Hiroshi"}


def test_a_press_releases_box_about_the_firm_goes() -> None:
    page = ("Tổng công ty Ba Son ký hợp đồng với hãng Damen\n\n"
            "Ngày 3/7, tại Rotterdam, Tổng công ty Ba Son và hãng đóng tàu Damen của Hà Lan đã ký biên bản ghi nhớ "
            "hợp tác đóng tàu tuần tra, với sự chứng kiến của Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Quốc "
            "phòng Việt Nam.\n\n"
            "Về Tổng công ty Ba Son\n\n"
            "Tổng công ty Ba Son là doanh nghiệp quốc phòng, Tổng Giám đốc: Đại tá Phạm Quang Trường. Sản phẩm "
            "của Tổng công ty đã xuất khẩu sang Chile, Kenya, Oman và Nigeria.")
    doc = read(page)
    assert "Phạm Quang Trường" not in _names(doc)
    assert _codes(doc) <= {"VNM", "NLD"}
