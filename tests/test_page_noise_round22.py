"""Page noise of round 22 (fresh sets written to the hidden set's brief): items glued after an author
element wrapped in print marks, after an author with his office in brackets or a bracketed "(Theo X)";
a last paragraph that is another news item told with its weekday or "Cùng ngày"; a broadcaster's tail
(stamp with a time zone, "Bản tin này đã được phát ...", "--- Các bản tin mới nhất ---"). Sentences are
our own."""

from __future__ import annotations

import pytest

from kg.pipeline import Pipeline, extract
from kg.pipeline.clean import FOOTER, GLUED_STORY, META, NEWS_ITEM, WIDGET, clean_page
from kg.reading import read_html

STORY = (
    "Tàu hải quân Ấn Độ thăm Đà Nẵng\n\n"
    "Sáng 12/5, tàu INS Sahyadri của Hải quân Ấn Độ cập cảng Tiên Sa, thành phố Đà Nẵng, bắt đầu chuyến "
    "thăm hữu nghị kéo dài ba ngày với hơn 300 sĩ quan, thủy thủ.\n\n"
    "Chủ trì lễ đón có Đại tá Trịnh Văn Hợp, Phó Tư lệnh Vùng 3 Hải quân. Chỉ huy tàu là Đại tá Rohan "
    "Mehta; cùng dự có Đại tá Vikram Sethi, Tùy viên Quốc phòng Ấn Độ tại Việt Nam.\n\n"
    "Trong thời gian ở Đà Nẵng, thủy thủ đoàn giao lưu thể thao với cán bộ, chiến sĩ Vùng 3 Hải quân và "
    "tham quan một số di tích của thành phố."
)


def _names(doc) -> set[str]:
    return {o.name for o in doc.officials}


def _countries(doc) -> set[str]:
    return {c for e in doc.events for c in e.countries} | set(doc.partners or [])


# ------------------------------------------------- an author element wrapped in print marks


def test_an_author_element_in_bold_still_closes_the_story(tmp_path) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n")[1:])
    glued = ("Chiều 11/5, tại trụ sở UBND thành phố, ông Hà Đức Toàn, Chủ tịch UBND thành phố, đã tiếp ông "
             "Oliver Grant, Đặc phái viên Thương mại của Thủ tướng Anh, bàn về đầu tư vào cảng biển.")
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>Tàu hải quân Ấn Độ thăm Đà Nẵng</title></head>"
        f"<body><article><h1>Tàu hải quân Ấn Độ thăm Đà Nẵng</h1>{paragraphs}"
        f"<p class='author'><strong>Hải Yến - Minh Khang</strong></p><p>{glued}</p></article></body></html>",
        encoding="utf-8")
    article = read_html(page)
    assert "Tác giả: Hải Yến - Minh Khang" in article.text
    doc = Pipeline()(article)
    assert "Oliver Grant" not in _names(doc) and "GBR" not in _countries(doc)
    assert "Rohan Mehta" in _names(doc)


# ------------------------------------------------- bylines of new shapes


GLUED_VISIT = ("Cùng ngày, Tổng thống Cộng hòa Kenya Daniel Mwangi đã thăm Khu công nghệ cao thành phố và gặp "
               "gỡ kỹ sư người Kenya đang làm việc tại đây, trong khuôn khổ chuyến thăm cấp Nhà nước tới Việt Nam.")


@pytest.mark.parametrize("byline", [
    "Thanh Tâm (LĐLĐ TP Đà Nẵng)",   # an author and the office he writes for, abbreviated
    "Quốc Việt (CTV Sở VHTT)",
    "(Theo Cổng TTĐT Bộ Quốc phòng)",  # a bulletin item's source, in brackets
])
def test_an_item_after_a_byline_of_a_new_shape_is_cut(byline: str) -> None:
    cleaned = clean_page(f"{STORY}\n\n{byline}\n\n{GLUED_VISIT}")
    assert "Daniel Mwangi" not in cleaned.text and "Vikram Sethi" in cleaned.text
    assert any(r.rule == GLUED_STORY and "Mwangi" in r.text for r in cleaned.removed)
    doc = extract(f"{STORY}\n\n{byline}\n\n{GLUED_VISIT}")
    assert "Daniel Mwangi" not in _names(doc) and "KEN" not in _countries(doc)


def test_a_body_in_brackets_after_words_in_lower_case_is_no_byline() -> None:
    # "Lực lượng Phòng vệ (JSDF)" is no author's name: every word of a name is capitalised
    text = f"{STORY}\n\nLực lượng Phòng vệ (JSDF)\n\n{GLUED_VISIT}"
    # (the glued item may still go as a civil item at the end; no byline rule cuts it)
    cut_by = {line.rule for line in clean_page(text).removed}
    assert not cut_by & {"clean.story-after-byline", "clean.story-after-author", "clean.trailing-byline"}


# ------------------------------------------------- another news item as the last paragraph


@pytest.mark.parametrize("item, person", [
    ("Tổng thống Cộng hòa Áo Markus Feldner hôm thứ Tư bắt đầu chuyến thăm chính thức Thái Lan, nơi ông sẽ "
     "hội đàm với Thủ tướng nước chủ nhà về thương mại và giáo dục nghề.", "Markus Feldner"),
    ("Cùng ngày, Ngài Hem Sokha, Bộ trưởng Bộ Nông nghiệp Campuchia, đã tiếp đoàn doanh nghiệp Hàn Quốc do "
     "Chủ tịch Hiệp hội Thương mại Incheon dẫn đầu, bàn về xuất khẩu hạt tiêu.", "Hem Sokha"),
    ("Bộ Ngoại giao Nhật Bản sáng nay cho biết Ngoại trưởng Kato Hiroshi đã điện đàm với Ngoại trưởng Brazil "
     "Ana Ribeiro về hợp tác năng lượng.", "Ana Ribeiro"),
])
def test_a_last_paragraph_telling_another_news_item_is_cut(item: str, person: str) -> None:
    cleaned = clean_page(f"{STORY}\n\n{item}")
    assert any(r.rule == NEWS_ITEM for r in cleaned.removed)
    assert person not in cleaned.text and "Vikram Sethi" in cleaned.text
    assert person not in _names(extract(f"{STORY}\n\n{item}"))


@pytest.mark.parametrize("last", [
    # the story's own outlook: what will be, told with its day
    "Theo kế hoạch, ngày 15/5 tàu sẽ rời Đà Nẵng và tiếp tục hải trình tới Philippines, nơi thủy thủ đoàn "
    "tham gia một cuộc diễn tập đa phương.",
    # a Vietnamese side in it: the story's last paragraph
    "Cùng ngày, Đại tá Trịnh Văn Hợp đã tiếp Đại sứ Sri Lanka tại Việt Nam, trao đổi về khả năng hải quân "
    "hai nước giao lưu trong thời gian tới.",
    # no time told near its opening: background, not an item
    "Ấn Độ và Việt Nam có quan hệ Đối tác chiến lược toàn diện; hải quân Ấn Độ cũng thường xuyên thăm Nhật "
    "Bản và Philippines trong các chuyến viễn dương hằng năm.",
])
def test_a_last_paragraph_of_the_story_stays(last: str) -> None:
    cleaned = clean_page(f"{STORY}\n\n{last}")
    assert last in cleaned.text and not any(r.rule == NEWS_ITEM for r in cleaned.removed)


def test_vietnams_leader_named_by_office_alone_is_a_vietnamese_side() -> None:
    item = ("Cùng ngày, Tổng thống Cộng hòa Peru Luis Salcedo đã gửi thư chúc mừng Chủ tịch nước nhân dịp hai "
            "nước kỷ niệm 30 năm thiết lập quan hệ ngoại giao, mong muốn mở rộng hợp tác quốc phòng.")
    assert item in clean_page(f"{STORY}\n\n{item}").text


def test_a_country_opening_with_a_vietnamese_surname_is_no_vietnamese_name() -> None:
    # "Hàn Quốc", "Thái Lan": "Hàn" and "Thái" are surnames, but here they open a country's name
    item = ("Cùng ngày, Bộ trưởng Thương mại Indonesia Budi Santoso đã tiếp đoàn doanh nghiệp Hàn Quốc và "
            "Thái Lan tại Jakarta, bàn về chuỗi cung ứng linh kiện điện tử.")
    assert any(r.rule == NEWS_ITEM for r in clean_page(f"{STORY}\n\n{item}").removed)


# ------------------------------------------------- a broadcaster's tail


def test_a_broadcasters_tail_goes() -> None:
    tail = ("Cập nhật: 14/05/2025 08:30 (giờ Nhật Bản)\n\nBản tin này đã được phát trên sóng phát thanh.\n\n"
            "--- Các bản tin mới nhất ---\n\n• Mưa lớn ở miền Tây Nhật Bản, nhiều chuyến tàu bị hủy | 13/05 17:02")
    cleaned = clean_page(f"{STORY}\n\n{tail}")
    rules = {r.text: r.rule for r in cleaned.removed}
    assert rules["Cập nhật: 14/05/2025 08:30 (giờ Nhật Bản)"] == META
    assert rules["Bản tin này đã được phát trên sóng phát thanh."] == WIDGET
    assert rules["--- Các bản tin mới nhất ---"] == FOOTER
    assert "Mưa lớn" not in cleaned.text


# ------------------------------------------------- translators, original links, comment threads


@pytest.mark.parametrize("closing", [
    "Người dịch: Khánh Linh",                          # a translated story's translator
    "Thu Thủy (lược dịch theo Nikkei Asia)",
    "Đọc bài gốc: https://www.example.org/news/ins-sahyadri",   # the link to the original
    "Liên kết: Đọc bài gốc tiếng Anh",
])
def test_a_translators_line_or_the_originals_link_closes_the_story(closing: str) -> None:
    cleaned = clean_page(f"{STORY}\n\n{closing}\n\n{GLUED_VISIT}")
    assert "Daniel Mwangi" not in cleaned.text and "Vikram Sethi" in cleaned.text


@pytest.mark.parametrize("head", [
    "minhtuan_88 · 5 giờ trước",                       # a commenter's handle and how long ago
    "Thành viên haiquan_vn viết: Nghe nói tàu Kenya cũng sắp sang?",   # a forum member's post
    "👍 2,4K  💬 132 bình luận  ↗ 57 lượt chia sẻ",     # a social post's reaction bar
])
def test_a_comment_thread_after_the_body_goes_with_whom_it_names(head: str) -> None:
    comment = "Mong Tổng thống Kenya Daniel Mwangi cũng sớm sang thăm Đà Nẵng!"
    cleaned = clean_page(f"{STORY}\n\n{head}\n\n{comment}")
    assert any(r.rule == FOOTER for r in cleaned.removed)
    assert "Daniel Mwangi" not in cleaned.text and "Vikram Sethi" in cleaned.text


# ------------------------------------------------- news items: short, reported, on the Pacific


@pytest.mark.parametrize("item", [
    # one short sentence
    "Cùng ngày, Tổng thống Kenya Daniel Mwangi đã tới Thượng Hải dự Hội chợ nhập khẩu quốc tế.",
    # a plan word inside what was said: news of a statement, not the story's outlook
    "Bộ trưởng Quốc phòng Peru Luis Salcedo hôm Chủ nhật cho biết nước này sẽ mua thêm hai tàu tuần tra của "
    "Hàn Quốc trong năm tới.",
    # "Thái Bình Dương" opens with a Vietnamese surname's word, but names no Vietnamese
    "Thủ tướng Fiji Samuel Ratu hôm thứ Năm đã điện đàm với Thủ tướng Tonga về an ninh khu vực Thái Bình "
    "Dương và biến đổi khí hậu.",
])
def test_a_last_news_item_of_another_shape_is_cut(item: str) -> None:
    cleaned = clean_page(f"{STORY}\n\n{item}")
    assert any(r.rule == NEWS_ITEM for r in cleaned.removed), item


# ------------------------------------------------- a wire item opening with a place in capitals


def test_a_paragraph_opening_with_a_place_in_capitals_after_the_body_is_another_story() -> None:
    item = ("SAN JOSE – Hội Đồng hương Quảng Nam tại miền Bắc California sẽ tổ chức đêm văn nghệ gây quỹ vào tối "
            "thứ Bảy tuần tới. Ông Trần Văn Lộc, hội trưởng, cho biết Thị trưởng San Jose Mark Holloway sẽ đến dự.")
    cleaned = clean_page(f"{STORY}\n\n{item}")
    assert "Mark Holloway" not in cleaned.text and "Vikram Sethi" in cleaned.text


def test_the_bodys_own_lead_after_a_summary_may_open_with_a_place_in_capitals() -> None:
    text = ("Bộ trưởng Quốc phòng dự hội nghị tại Lào\n\n"
            "Từ ngày 20 đến 21/11, tại Viêng Chăn, đoàn Bộ Quốc phòng Việt Nam do Đại tướng Lê Đức Minh dẫn đầu đã "
            "dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN lần thứ 18.\n\n"
            "VIÊNG CHĂN – Sáng 20/11, Hội nghị khai mạc dưới sự chủ trì của Đại tướng Bounthong Keola, Bộ trưởng "
            "Quốc phòng Lào, với sự tham dự của bộ trưởng quốc phòng các nước ASEAN.\n\n"
            "Phát biểu tại phiên toàn thể, Đại tướng Lê Đức Minh nhấn mạnh vai trò trung tâm của ASEAN trong "
            "cấu trúc an ninh khu vực.")
    assert "Bounthong Keola" in clean_page(text).text
