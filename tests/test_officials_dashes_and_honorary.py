"""Titles and names the press writes in ways that once cut them: an honorary title ("Lãnh sự
danh dự": "dự" is no clause break there), a Lao name written with spaced dashes ("Khăm - phăn
Phôm - ma - thắt"), and a title in lower case after the dash that follows a name."""

from __future__ import annotations

import pytest

from kg.pipeline import extract
from kg.pipeline.clean import join_spaced_name_dashes
from kg.pipeline.officials.mentions import LOWER_TITLE_AFTER_DASH


def _officials(sentence: str) -> dict[str, tuple[str | None, list[str]]]:
    doc = extract("Tin đối ngoại\n\n" + sentence)
    return {o.name: (o.country, o.positions) for o in doc.officials}


@pytest.mark.parametrize(("sentence", "name", "country", "position"), [
    ("Dự buổi gặp có ông Lê Quang Định, Lãnh sự danh dự của Phần Lan tại Đà Nẵng.",
     "Lê Quang Định", "FIN", "Lãnh sự danh dự của Phần Lan tại Đà Nẵng"),
    ("Bà Vũ Thị Hạnh, Tổng Lãnh sự danh dự Ireland tại TP Hồ Chí Minh, đã tham dự lễ kỷ niệm.",
     "Vũ Thị Hạnh", "IRL", "Tổng Lãnh sự danh dự Ireland tại TP Hồ Chí Minh"),
    ("Ông Kenji Morita, Chủ tịch danh dự Hội hữu nghị Nhật Bản - Việt Nam, phát biểu tại buổi lễ.",
     "Kenji Morita", "JPN", "Chủ tịch danh dự Hội hữu nghị Nhật Bản - Việt Nam"),
])
def test_an_honorary_title_is_whole(sentence: str, name: str, country: str, position: str) -> None:
    got = _officials(sentence)
    assert got[name] == (country, [position])


@pytest.mark.parametrize(("spaced", "joined"), [
    ("đồng chí Xổm - phon Khăm - ma - ni, Bí thư", "đồng chí Xổm-phon Khăm-ma-ni, Bí thư"),
    ("Thiếu tướng Bun - lợi Xay - nha - vông dẫn đầu", "Thiếu tướng Bun-lợi Xay-nha-vông dẫn đầu"),
    ("Thủ đô Hà Nội - nơi hội tụ tinh hoa", "Thủ đô Hà Nội - nơi hội tụ tinh hoa"),  # prose: one dash
    ("quan hệ Việt Nam - Lào", "quan hệ Việt Nam - Lào"),  # two capitals: a pair of countries
    ("liên tỉnh Thanh - Nghệ - Tĩnh", "liên tỉnh Thanh - Nghệ - Tĩnh"),
])
def test_spaced_dashes_join_only_a_transliterated_name(spaced: str, joined: str) -> None:
    assert join_spaced_name_dashes(spaced) == joined


def test_a_lao_name_with_spaced_dashes_is_one_official() -> None:
    got = _officials("Đoàn do đồng chí Xổm - phon Khăm - ma - ni, Bí thư Tỉnh ủy Hủa Phăn, dẫn đầu "
                     "đã thăm Bộ Chỉ huy Quân sự tỉnh Thanh Hóa.")
    assert got["Xổm-phon Khăm-ma-ni"] == ("LAO", ["Bí thư Tỉnh ủy Hủa Phăn"])


@pytest.mark.parametrize(("sentence", "name", "position"), [
    ("Trung tướng Xay-xổm-phon Phôm-vi-hản - thứ trưởng Bộ Quốc phòng Lào đã dẫn đầu đoàn.",
     "Xay-xổm-phon Phôm-vi-hản", "thứ trưởng Bộ Quốc phòng Lào"),
    ("Thượng tá Đỗ Văn Khải – chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang tiếp đoàn.",
     "Đỗ Văn Khải", "chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang"),
])
def test_a_lower_case_title_after_a_dash(sentence: str, name: str, position: str) -> None:
    doc = extract("Tin đối ngoại\n\n" + sentence)
    official = next(o for o in doc.officials if o.name == name)
    assert official.positions == [position]
    assert LOWER_TITLE_AFTER_DASH in [r for reading in official.readings for r in reading.rules]


def test_a_lower_case_title_needs_the_dash() -> None:
    # after a comma, lower-case words are the sentence going on, not a title -- unless a body's name in
    # capitals follows the lower-case head ("X, chỉ huy trưởng Bộ Chỉ huy ...": a title, round 32)
    got = _officials("Thượng tá Đỗ Văn Khải, chỉ huy đơn vị bạn, cho biết đoàn sẽ ở lại hai ngày.")
    assert got["Đỗ Văn Khải"][1] == []
    got = _officials("Thượng tá Đỗ Văn Khải, chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang tiếp đoàn.")
    assert got["Đỗ Văn Khải"][1] == ["chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Giang"]
