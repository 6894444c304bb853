"""Round 24: the noise of specialised military outlets -- a radio programme's list of earlier
episodes, a journal portal's abstract heading and references, a print journal's next-issue
teaser and its rank-and-capitals byline before another item, a trade envoy's item glued after
a programme -- and two readings of delegation lists ("...; đoàn ... Lào do X dẫn đầu") and of
a document's label ("... Quân đội nhân dân Lào"). No person or country of the noise may come
out; the story before it stays whole."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import CIVIL_ITEM, FOOTER, STORY_AFTER_CAPS_AUTHOR, WIDGET, clean_page
from tests.reading_helpers import read

PROGRAMME = (
    "Chương trình Quốc phòng toàn dân số 880\n\n"
    "Sáng 4/3, tại Hà Nội, Thượng tướng Vũ Đình Khải, Thứ trưởng Bộ Quốc phòng, đã tiếp Trung tướng "
    "Bruno Lefèvre, Tổng Thanh tra Quân đội Pháp, đang thăm làm việc tại Việt Nam.\n\n"
    "Hai bên trao đổi về hợp tác đào tạo sĩ quan, quân y và gìn giữ hòa bình Liên hợp quốc; nhất trí "
    "thúc đẩy trao đổi đoàn các cấp trong năm nay.\n\n"
    "Cùng ngày, Trung tướng Bruno Lefèvre thăm Học viện Quốc phòng và trao đổi với các học viên.\n\n"
)


@pytest.mark.parametrize("header", ["CÁC SỐ TRƯỚC", "Các kỳ trước", "Chương trình đã phát",
                                    "Nghe lại các số trước:"])
def test_a_list_of_earlier_episodes_ends_the_programme(header: str) -> None:
    page = (PROGRAMME + f"{header}\n\n"
            "- Số 879 (3/3): Thiếu tướng Hà Quang Vinh tiếp Tùy viên Quốc phòng Ba Lan Piotr Zieliński\n\n"
            "- Số 878 (2/3): Bộ đội Biên phòng An Giang và Campuchia tuần tra song phương")
    cleaned = clean_page(page)
    assert "Piotr Zieliński" not in cleaned.text
    assert any(r.rule == FOOTER and r.text.startswith(header.rstrip(":")) for r in cleaned.removed)
    doc = read(page)
    names = {o.name for o in doc.officials}
    assert "Bruno Lefèvre" in names and "Piotr Zieliński" not in names and "Hà Quang Vinh" not in names
    assert not {"POL", "KHM"} & {c for e in doc.events for c in e.countries}


def test_a_trade_envoys_item_after_the_programme_is_dropped() -> None:
    """A name, its title between commas and its day ("Ông X, ..., ngày 5/3 đã làm việc ..."), with no
    defence word, glued after a defence programme: another item (`CIVIL_ITEM`), even though its
    title names Việt Nam."""
    item = ("Ông Henrik Solberg, Đặc phái viên thương mại của Chính phủ Na Uy tại Việt Nam và Lào, ngày "
            "5/3 đã làm việc với lãnh đạo tỉnh Quảng Ninh về nuôi trồng thủy sản và năng lượng tái tạo.")
    page = PROGRAMME + "Tải file\n\n" + item
    cleaned = clean_page(page)
    assert "Henrik Solberg" not in cleaned.text
    assert any(r.rule == CIVIL_ITEM for r in cleaned.removed)
    assert "Henrik Solberg" not in {o.name for o in read(page).officials}


def test_a_story_paragraph_shaped_like_the_item_stays() -> None:
    """The same shape with a defence word is the story's own last paragraph."""
    tail = ("Đại tá Phan Minh Đức, Chính ủy Học viện Quốc phòng, ngày 5/3 đã giới thiệu với đoàn "
            "chương trình đào tạo sĩ quan cấp chiến dịch, chiến lược.")
    page = PROGRAMME + tail
    assert "Phan Minh Đức" in clean_page(page).text


DELEGATIONS = (
    "Hội thảo do Thiếu tướng Cao Minh Nhật, Giám đốc Học viện Quân y chủ trì. Tham dự có đoàn Trường "
    "Quân y Hải quân Thái Lan do Đại tá Somsak Wongsawat, Hiệu trưởng dẫn đầu; đoàn Học viện Quân y "
    "Quân đội nhân dân Lào do Đại tá Bounmy Sisavath, Phó Giám đốc Học viện dẫn đầu.\n\n"
    "Sáng 13-3, Thiếu tướng Cao Minh Nhật và Đại tá Bounmy Sisavath đã ký Biên bản ghi nhớ về hợp tác "
    "đào tạo giữa Học viện Quân y và Học viện Quân y Quân đội nhân dân Lào giai đoạn 2025-2030.\n\n"
)

JOURNAL = (
    "Tạp chí Khoa học Quân y\n\n"
    "Trang chủ / Lưu trữ / Số 2 (2025) / TIN HOẠT ĐỘNG\n\n"
    "Hội thảo quốc tế về y học dã chiến\n\n"
    "Tóm tắt\n\n"
    "Ngày 12-3-2025, Học viện Quân y tổ chức Hội thảo quốc tế về y học dã chiến. Bài viết điểm lại "
    "các nội dung chính của hội thảo.\n\n"
    "Từ khóa: y học dã chiến; hội thảo quốc tế; Học viện Quân y\n\n"
    + DELEGATIONS
)


def test_a_keywords_line_after_an_abstract_under_its_heading_opens_the_article() -> None:
    page = JOURNAL + ("Tài liệu tham khảo\n\n"
                      "[1] Lương Thế Vinh (2021), \"Cấp cứu hỏa tuyến\", Tạp chí Y học Quân sự, số 4.\n\n"
                      "[2] Kowalski J. (2019), Field Surgery in Poland, Warszawa.")
    cleaned = clean_page(page)
    assert "Cao Minh Nhật" in cleaned.text
    assert "Lương Thế Vinh" not in cleaned.text and "Kowalski" not in cleaned.text
    doc = read(page)
    names = {o.name: o for o in doc.officials}
    assert {"Cao Minh Nhật", "Somsak Wongsawat", "Bounmy Sisavath"} <= set(names)
    assert "Lương Thế Vinh" not in names and not any(n.startswith("Kowalski") for n in names)


def test_a_list_of_delegations_gives_each_leader_his_own_country() -> None:
    """"đoàn ... Thái Lan do X dẫn đầu; đoàn ... Lào do Y dẫn đầu": Y leads the Lao delegation."""
    officials = {o.name: o for o in read(DELEGATIONS).officials}
    assert officials["Somsak Wongsawat"].country == "THA"
    assert officials["Bounmy Sisavath"].country == "LAO"


def test_quan_doi_nhan_dan_stays_in_a_documents_label() -> None:
    """"nhân" opens an occasion ("nhân dịp"), not "Quân đội nhân dân Lào": the party is Laos."""
    agreements = read(DELEGATIONS).agreements
    assert len(agreements) == 1
    assert set(agreements[0].parties) == {"VNM", "LAO"}
    assert "Quân đội nhân dân Lào" in agreements[0].label


PRINT_PAGE = (
    "KỸ THUẬT QUÂN SỰ\n\n"
    "Đoàn Tổng cục Công nghiệp quốc phòng thăm Séc\n\n"
    "PRAHA, ngày 9-4 - Từ ngày 7 đến 11-4, đoàn Tổng cục Công nghiệp quốc phòng do Trung tướng Lưu Đức "
    "Thắng, Chủ nhiệm Tổng cục dẫn đầu đã thăm làm việc tại Cộng hòa Séc.\n\n"
    "Hôm nay, Trung tướng Lưu Đức Thắng hội đàm với ông Tomáš Novák, Thứ trưởng Bộ Quốc phòng Séc, về "
    "hợp tác sửa chữa, nâng cấp trang bị kỹ thuật.\n\n"
)


@pytest.mark.parametrize("signature", ["Thượng tá NGÔ QUANG TRUNG", "Đại tá LÊ THỊ HỒNG"])
def test_a_ranked_byline_in_capitals_closes_the_story(signature: str) -> None:
    """Army journals sign "Thượng tá NGÔ QUANG TRUNG": what follows is another item of the page."""
    item = ("Hội thao \"Xưởng sửa chữa giỏi\" năm 2025 đã bế mạc tại Nhà máy Z179. Thiếu tướng Đào Văn "
            "Kiên, Phó Chủ nhiệm Tổng cục Kỹ thuật, trao cờ cho đơn vị dẫn đầu.")
    page = PRINT_PAGE + f"{signature}\n\n-- 9 --\n\nKỸ THUẬT QUÂN SỰ • SỐ 12 • 4/2025    TIN TỨC\n\n" + item
    cleaned = clean_page(page)
    assert "Đào Văn" not in cleaned.text and "Tomáš Novák" in cleaned.text
    assert any(r.rule == STORY_AFTER_CAPS_AUTHOR for r in cleaned.removed)
    names = {o.name for o in read(page).officials}
    assert "Lưu Đức Thắng" in names and "Đào Văn Kiên" not in names


def test_a_rank_and_name_in_small_letters_is_no_byline() -> None:
    """A caption naming an official ("Đại tá Lê Văn Hòa") is not a signature: the text after it stays."""
    tail = ("Trong thời gian ở Séc, đoàn thăm Nhà máy Tatra và tìm hiểu dây chuyền sản xuất xe "
            "vận tải quân sự.")
    cleaned = clean_page(PRINT_PAGE + "Đại tá Lê Văn Hòa\n\n" + tail)
    assert "Nhà máy Tatra" in cleaned.text


@pytest.mark.parametrize("teaser", ['(Kỳ sau đăng tiếp: "Bảo đảm kỹ thuật cho hành quân dài ngày" - Đại tá Mai Văn Quý)',
                                    "Số tới đăng: Kinh nghiệm niêm cất xe pháo - Thượng tá Mai Văn Quý",
                                    "Đón đọc số sau: Huấn luyện thợ sửa chữa - Trung tá Mai Văn Quý"])
def test_a_next_issue_teaser_is_no_part_of_the_story(teaser: str) -> None:
    page = PRINT_PAGE + teaser
    cleaned = clean_page(page)
    assert "Mai Văn Quý" not in cleaned.text
    assert any(r.rule == WIDGET and "Mai Văn Quý" in r.text for r in cleaned.removed)
    assert "Mai Văn Quý" not in {o.name for o in read(page).officials}


@pytest.mark.parametrize("box", [
    "ĐỐ VUI CUỐI TUẦN (Số 19/2026)\n\nCâu 1: Tướng Zbigniew Kowalczyk giữ chức Tổng Tham mưu trưởng Quân đội "
    "Ba Lan năm nào?\n\nHạn gửi đáp án: 20/5/2026.",
    "Câu hỏi tuần này\n\nĐại tá Zbigniew Kowalczyk là tùy viên quốc phòng nước nào?",
    "ĐẶT MUA TẠP CHÍ\n\nBạn đọc đặt mua tại các bưu cục. Liên hệ: Đại úy Zbigniew Kowalczyk, điện thoại 0243.",
])
def test_a_quiz_or_subscription_box_ends_the_story(box: str) -> None:
    page = PROGRAMME + box
    cleaned = clean_page(page)
    assert "Kowalczyk" not in cleaned.text and "Bruno Lefèvre" in cleaned.text
    assert any(r.rule == FOOTER for r in cleaned.removed)
    assert not any("Kowalczyk" in o.name for o in read(page).officials)


def test_a_to_be_continued_mark_and_the_next_part_go() -> None:
    page = PRINT_PAGE + "(Còn nữa) Kỳ 2: Đại tá Vương Hải Nam và những chuyến hàng sang Praha"
    cleaned = clean_page(page)
    assert "Vương Hải Nam" not in cleaned.text
    assert any(r.rule == WIDGET for r in cleaned.removed)
