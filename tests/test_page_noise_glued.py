"""Page noise found on real news pages that let another story leak into the facts:
bylines in more shapes (a reporter's mark, an author, a compiled story, a name and its
outlet, "Theo X", "Nguồn X: address"), more related-news and comment headers, and the
share and video widgets. Whatever follows a closing byline is another story; the body
before it stays whole."""

from __future__ import annotations

import pytest

from kg.pipeline import extract
from kg.pipeline.clean import FOOTER, GLUED_STORY, WIDGET, clean_page

BODY = (
    "Đoàn cán bộ Bộ Quốc phòng thăm Lào\n\n"
    "Sáng 9/10, tại Viêng Chăn, Thượng tướng Lê Huy Vịnh, Thứ trưởng Bộ Quốc phòng Việt Nam, "
    "hội đàm với Trung tướng Vongkham Phommakone, Thứ trưởng Bộ Quốc phòng Lào. Hai bên bàn "
    "về đào tạo cán bộ, tìm kiếm hài cốt liệt sĩ và phối hợp quản lý biên giới trong năm tới.\n"
    "Thứ trưởng Vongkham Phommakone cảm ơn sự giúp đỡ của Quân đội nhân dân Việt Nam."
)
# another story, glued after the end of the page with no heading
GLUED = "Tổng thống Chile Gabriel Boric tiếp Bộ trưởng Quốc phòng Ba Lan ở Santiago hôm 8/10."


@pytest.mark.parametrize("closing", [
    "Phóng viên Đỗ Thị Hằng Nga",
    "PV Lương Anh",
    "Nhóm PV",
    "Tác giả: Đinh Văn Quý",
    "Bài viết của PGS.TS Lò Văn Mạnh",
    "Hải Yến (t/h)",
    "Hải Yến (theo AP, Reuters)",
    "Khánh Linh-VnExpress",
    "Khánh Linh | Tiền Phong",
    "Theo Reuters",
    "Theo Minh Hạnh/Báo Lạng Sơn",
    "Nguồn QĐND: https://qdnd.vn/bai-viet-123",
    "Nguồn Thanh Niên:",
    "Nguồn: TTXVN",
    "(TTXVN/Vietnam+)",
])
def test_a_story_glued_after_a_closing_byline_is_cut(closing: str) -> None:
    cleaned = clean_page(f"{BODY}\n{closing}\n{GLUED}")
    assert "Boric" not in cleaned.text
    assert any(r.rule == GLUED_STORY and "Boric" in r.text for r in cleaned.removed)
    assert "cảm ơn sự giúp đỡ" in cleaned.text  # the body before it stays


@pytest.mark.parametrize("header", [
    "Bình luận (3)", "Ý kiến (12)", "Ý kiến của bạn", "Phản hồi", "Các tin/bài khác",
    "Tin bài khác", "Cac Bai Khac", "Bài cùng chủ đề", "Tin tiêu điểm", "Tin nóng",
    "Mới nhất", "Tin nổi bật trong ngày", "Đừng bỏ lỡ", "Tin xem nhiều nhất",
    "Video đang HOT", "Đọc tiếp", "Thẻ: Hải quân, Ấn Độ, Biển Đông",
    "Tin cùng loại", "Bài viết cùng chuyên mục", "Các tin đã đưa", "Nội dung liên quan",
    "Tin được quan tâm", "Đọc nhiều", "Gợi ý cho bạn", "Viết bình luận", "Không có bình luận",
    "Để tham gia thảo luận, hãy đăng nhập", "Xem thêm tin về quốc phòng", "Ý kiến bạn đọc (0)",
])
def test_more_related_news_headers_end_the_body(header: str) -> None:
    cleaned = clean_page(f"{BODY}\n{header}\n{GLUED}")
    assert "Boric" not in cleaned.text
    assert any(r.rule == FOOTER and "Boric" in r.text for r in cleaned.removed)


@pytest.mark.parametrize("line", [
    "Chia sẻ: Facebook | Zalo | Sao chép",
    "Chia sẻ   Facebook   Twitter   Copy link",
    "Podcast: Những chuyến tàu Hải quân thăm Pháp",
    "Video: Lễ đón Bộ trưởng Quốc phòng Ba Lan",
    "Your browser doesn’t support HTML5",
])
def test_share_video_and_player_widgets_are_dropped(line: str) -> None:
    cleaned = clean_page(f"{BODY}\n{line}\nHai bên ký kế hoạch hợp tác năm 2025.")
    assert line not in cleaned.text
    assert any(r.rule == WIDGET for r in cleaned.removed)
    assert "Hai bên ký kế hoạch hợp tác năm 2025." in cleaned.text


def test_a_glued_head_of_state_is_no_official_of_the_article() -> None:
    doc = extract(f"{BODY}\nTheo Reuters\n{GLUED}")
    assert {o.name for o in doc.officials} == {"Lê Huy Vịnh", "Vongkham Phommakone"}
    assert doc.partners == {"LAO"}


@pytest.mark.parametrize("line", [
    # body sentences that open like a byline stay: they end a sentence or go on after a comma
    "Theo kế hoạch, hai bên sẽ ký bản ghi nhớ vào tháng tới.",
    "Theo Thứ trưởng Vongkham Phommakone, hợp tác đào tạo là trụ cột của quan hệ hai nước.",
    "Phóng viên các báo trong nước và quốc tế đã đưa tin về sự kiện.",
])
def test_body_sentences_opening_like_a_byline_stay(line: str) -> None:
    cleaned = clean_page(f"{BODY}\n{line}\nHai bên ký kế hoạch hợp tác năm 2025.")
    assert line in cleaned.text
    assert "Hai bên ký kế hoạch hợp tác năm 2025." in cleaned.text


@pytest.mark.parametrize("closing", [
    "Trung tá Đặng Thị Thu Nga (thực hiện)",
    "Thiếu tá Lò Minh Tú (ghi)",
    "Đại úy Hà Quốc Anh (lược dịch)",
])
def test_a_reporter_with_a_rank_closing_the_page_is_no_official(closing: str) -> None:
    doc = extract(f"{BODY}\n{closing}")
    assert closing not in doc.text
    assert {o.name for o in doc.officials} == {"Lê Huy Vịnh", "Vongkham Phommakone"}


@pytest.mark.parametrize("glued", [
    "Chile và Ba Lan tăng cường hợp tác\n(TTXVN) - Ngày 8/10, " + GLUED[:-1] + ".",
    "VOV.VN - Ngày 8/10, " + GLUED,
    "Tin thế giới trong ngày\nQĐND Online - " + GLUED,
    "(Ngày Nay) -Chiều 8/10, " + GLUED,
])
def test_a_second_lead_with_an_outlet_dateline_is_another_story(glued: str) -> None:
    cleaned = clean_page(f"{BODY}\n{glued}")
    assert "Boric" not in cleaned.text
    assert "cảm ơn sự giúp đỡ" in cleaned.text


def test_the_article_own_lead_and_a_dashed_pair_stay() -> None:
    page = (
        "Hợp tác quốc phòng Việt Nam - Lào\n\n(QĐND) - Sáng 9/10, tại Viêng Chăn, Thượng tướng Lê Huy Vịnh "
        "hội đàm với Trung tướng Vongkham Phommakone, Thứ trưởng Bộ Quốc phòng Lào, về đào tạo cán bộ.\n"
        "Hai bên nhất trí tăng cường phối hợp quản lý biên giới, tìm kiếm hài cốt liệt sĩ và trao đổi đoàn các cấp.\n"
        "ASEAN - Trung Quốc cũng được hai bên nhắc đến như một khuôn khổ đối thoại quan trọng trong khu vực."
    )
    cleaned = clean_page(page)
    assert "(QĐND) - Sáng 9/10" in cleaned.text
    assert "ASEAN - Trung Quốc" in cleaned.text


def test_a_line_introducing_a_quote_is_no_byline() -> None:
    cleaned = clean_page(f"{BODY}\nTheo Thiếu tướng Trần Văn Bình:\n“Hợp tác đào tạo là trụ cột của quan hệ hai quân đội.”")
    assert "Hợp tác đào tạo là trụ cột" in cleaned.text


def test_a_summary_before_the_story_own_dated_lead_is_no_glued_story() -> None:
    """Pages open with a summary (sapo), then the story's own lead with the outlet's dateline:
    that lead is the story, not a second one."""
    page = ("Việt Nam và Lào tăng cường hợp tác quốc phòng\n\n"
            "Hai bên nhất trí tiếp tục làm sâu sắc quan hệ đặc biệt, tăng cường trao đổi đoàn các cấp và phối "
            "hợp chặt chẽ trong quản lý biên giới, đào tạo cán bộ.\n\n"
            "(TTXVN) - Sáng 9/10, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã hội đàm với "
            "Thượng tướng Khamliang Outhakaysone, Bộ trưởng Quốc phòng Lào.\n\n"
            "Hai bên đã ký Biên bản hội đàm.")
    cleaned = clean_page(page)
    assert "Khamliang Outhakaysone" in cleaned.text and "Biên bản hội đàm" in cleaned.text
