"""Page noise of round 23 (red-team pages of outlets' own sites: units, academies, hospitals, firms,
veterans' associations): notices closing the page (an obituary, press contacts, a unit's calendar, a call
for applicants, a party-building sidebar's example), a hot-news ticker, an SMS subscription line, a
"Tin vắn" column of dated foreign briefs, two reporters' names then another story, a correspondent
signing with his unit. Sentences are our own."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import (AUTHOR_BOX, BYLINE, FOOTER, NEWS_ITEM, STORY_AFTER_AUTHOR, STORY_RETOLD_AFTER_AUTHOR,
                               WIDGET, clean_page)
from tests.reading_helpers import read

STORY = (
    "Bộ Chỉ huy Quân sự tỉnh đón đoàn quân sự Lào\n\n"
    "Ngày 14/3, tại thành phố Lai Châu, Đại tá Lò Văn Khiêm, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, đã "
    "đón đoàn Bộ Chỉ huy Quân sự tỉnh Luang Namtha (Lào) do Đại tá Somphone Inthavong dẫn đầu.\n\n"
    "Hai bên thông báo tình hình mỗi tỉnh, trao đổi về quản lý đường biên, mốc giới và phối hợp phòng "
    "chống buôn lậu qua biên giới trong năm nay."
)


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


def _codes(doc) -> set[str]:
    return ({o.country for o in doc.officials if o.country} | {c for e in doc.events for c in e.countries}
            | set(doc.partners or []))


def _rules(page: str) -> dict[str, str]:
    return {r.text: r.rule for r in clean_page(page).removed}


# ------------------------------------------------- notices closing a unit's or a firm's page


@pytest.mark.parametrize("notice", [
    "TIN BUỒN\n\nGia đình báo tin Thượng tá Hà Văn Phúc, nguyên Trưởng ban Tác chiến, đã từ trần ngày 12/3.",
    "Liên hệ báo chí:\n\nÔng Jonas Lindqvist, Bí thư thứ nhất, Đại sứ quán Thụy Điển, email: jl@example.se",
    "LỊCH CÔNG TÁC TUẦN\n\nThứ Ba: Chỉ huy trưởng tiếp Tùy viên Quốc phòng Chile, Đại tá Pablo Herrera.",
    "Thông báo tuyển sinh: thí sinh liên hệ Thiếu tá Đinh Văn Thảo, Ban Tuyển sinh, để được hướng dẫn.",
    "Tấm gương: Đại úy Hoàng Văn Thụ, Tiểu đoàn 5, nhặt được túi tiền và trả lại người đánh rơi.",
])
def test_a_notice_closing_the_page_names_no_official(notice: str) -> None:
    doc = read(f"{STORY}\n\n{notice}")
    assert _names(doc) == {"Lò Văn Khiêm", "Somphone Inthavong"}
    assert _codes(doc) <= {"VNM", "LAO"}


def test_a_related_box_named_for_the_event_ends_the_body() -> None:
    page = (f"{STORY}\n\nTin cùng sự kiện\n\nHải quân Ấn Độ nhận tàu ngầm mới - Ngày 13/3, Đô đốc Rakesh "
            "Menon dự lễ tiếp nhận tại Mumbai.")
    assert _rules(page)["Tin cùng sự kiện"] == FOOTER
    assert "Rakesh Menon" not in _names(read(page))


def test_a_hot_news_ticker_and_an_sms_line_are_widgets() -> None:
    page = (f"Tin nóng: Bão lớn đổ bộ Đài Loan | Thủ tướng Peru từ chức\n\n{STORY}\n\n"
            "Soạn TIN QP gửi 8x77 để nhận tin quốc phòng mỗi ngày.")
    rules = _rules(page)
    assert rules["Tin nóng: Bão lớn đổ bộ Đài Loan | Thủ tướng Peru từ chức"] == WIDGET
    assert rules["Soạn TIN QP gửi 8x77 để nhận tin quốc phòng mỗi ngày."] == WIDGET
    assert "PER" not in _codes(read(page))


# ------------------------------------------------- a column of dated foreign briefs


def test_every_dated_foreign_brief_of_a_column_goes() -> None:
    briefs = (
        "Ngày 13/3, Bộ trưởng Quốc phòng Estonia Hanno Pevkur ký hợp đồng mua thêm pháo phản lực cho quân đội.",
        "Ngày 13/3, Hải quân Colombia và Ecuador bắt đầu đợt tuần tra chung kéo dài mười ngày trên Thái Bình Dương.",
        "Ngày 12/3, Tổng thống Ghana John Mensah tiếp đoàn doanh nghiệp Bồ Đào Nha tại thủ đô Accra.",
    )
    page = f"{STORY}\n\nTIN VẮN\n\n" + "\n\n".join(briefs)
    rules = _rules(page)
    assert all(rules.get(b) == NEWS_ITEM for b in briefs)
    doc = read(page)
    assert not {"Hanno Pevkur", "John Mensah"} & _names(doc)
    assert not {"EST", "COL", "ECU", "GHA", "PRT"} & _codes(doc)


def test_a_last_paragraph_of_the_story_naming_its_country_stays() -> None:
    last = "Ngày 15/3, đoàn Lào thăm Đồn Biên phòng Ma Lù Thàng và tặng quà cán bộ, chiến sĩ của đơn vị."
    assert _rules(f"{STORY}\n\n{last}").get(last) is None


# ------------------------------------------------- bylines of two names, of a rank and a unit


GLUED_HEAD = "Indonesia tập trận đổ bộ lớn nhất năm"
GLUED_LEAD = ("Hải quân Indonesia ngày 13/3 mở màn cuộc tập trận đổ bộ lớn nhất năm ở Bắc Sulawesi với hơn "
              "4.000 binh sĩ, Đô đốc Budi Santoso, Tham mưu trưởng Hải quân, chỉ huy.")


def test_two_reporters_then_another_story_with_its_headline() -> None:
    doc = read(f"{STORY}\n\nQuang Vinh - Hồng Nhung\n\n{GLUED_HEAD}\n\n{GLUED_LEAD}")
    assert "Budi Santoso" not in _names(doc) and "IDN" not in _codes(doc)


def test_two_countries_joined_by_a_dash_are_no_byline() -> None:
    rules = _rules(f"{STORY}\n\nViệt Nam - Hoa Kỳ\n\n{GLUED_HEAD}\n\n{GLUED_LEAD}")
    assert rules.get("Việt Nam - Hoa Kỳ") != BYLINE
    assert rules.get(GLUED_HEAD) not in {STORY_AFTER_AUTHOR, STORY_RETOLD_AFTER_AUTHOR}


def test_a_correspondent_signing_with_his_unit_is_no_official() -> None:
    doc = read(f"{STORY}\n\nThượng úy Mùa A Chông - Đồn Biên phòng Pa Vệ Sủ")
    assert "Mùa A Chông" not in _names(doc)
    assert _rules(f"{STORY}\n\nThượng úy Mùa A Chông - Đồn Biên phòng Pa Vệ Sủ")[
        "Thượng úy Mùa A Chông - Đồn Biên phòng Pa Vệ Sủ"] == AUTHOR_BOX


def test_a_rank_and_name_with_a_position_stays_a_caption() -> None:
    line = "Đại tá Sùng A Hồ - Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh"
    assert _rules(f"{STORY}\n\n{line}").get(line) != AUTHOR_BOX
