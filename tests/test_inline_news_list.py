"""Round 30: a portal's "earlier news" list printed on one line after its header ("Các tin đã đưa:
<headline> (date) | <headline> (date)") is a list of links, not the story (the line goes, like "Tin khác: A | B"): its ranked people
are not officials, and a trade item glued before it is the page's
last paragraph (so the civil-item rule sees it)."""

from __future__ import annotations

from kg.pipeline.clean import CIVIL_ITEM, WIDGET, clean_page
from tests.reading_helpers import read

STORY = (
    "Bộ trưởng Quốc phòng tiếp Tư lệnh Lục quân Canada\n\n"
    "Sáng 14/5, tại Hà Nội, Thượng tướng Lương Đình Khải, Thứ trưởng Bộ Quốc phòng, đã tiếp Trung tướng "
    "Dylan Marchetti, Tư lệnh Lục quân Canada, nhân dịp ông thăm chính thức Việt Nam.\n\n"
    "Hai bên nhất trí đẩy mạnh hợp tác quốc phòng trong đào tạo, gìn giữ hòa bình và rà phá bom mìn.\n\n"
    "Trung tướng Dylan Marchetti cảm ơn sự đón tiếp của Bộ Quốc phòng Việt Nam và mời đoàn quân đội "
    "Việt Nam sang dự diễn tập cứu hộ tại Canada."
)
TRADE = ("Cũng trong ngày 14/5, tại Hà Nội, Thứ trưởng Bộ Công Thương Tạ Minh Khuê đã tiếp ông Ronan "
         "Beaulieu, Giám đốc Hội đồng Xúc tiến Xuất khẩu Canada, bàn về thị trường gỗ và thủy sản.")
LIST = ("Các tin đã đưa: Bộ Quốc phòng sơ kết công tác quý I (10/5/2026) | Trung tướng Văn Đức Toản "
        "làm việc với Học viện Hậu cần (08/5/2026)")


def test_an_inline_list_of_earlier_news_is_dropped() -> None:
    page = f"{STORY}\n\n{LIST}\n\nCổng TTĐT. Giấy phép số 12/GP-TTĐT."
    cleaned = clean_page(page)
    assert "Văn Đức Toản" not in cleaned.text
    assert any(r.rule == WIDGET and "Văn Đức Toản" in r.text for r in cleaned.removed)
    assert "Văn Đức Toản" not in {o.name for o in read(page).officials}
    assert "Dylan Marchetti" in {o.name for o in read(page).officials}


def test_a_trade_item_before_the_inline_list_goes() -> None:
    page = f"{STORY}\n\n{TRADE}\n\nBản in | Gửi email | Chia sẻ\n{LIST}"
    cleaned = clean_page(page)
    assert any(r.rule == CIVIL_ITEM and "Tạ Minh Khuê" in r.text for r in cleaned.removed)
    names = {o.name for o in read(page).officials}
    assert not names & {"Tạ Minh Khuê", "Ronan Beaulieu", "Văn Đức Toản"}
    assert "Lương Đình Khải" in names


def test_a_body_line_with_a_colon_stays() -> None:
    """A sentence opening with news words and a colon, without bars, is body text."""
    page = f"{STORY}\n\nThông tin mới: hai bên sẽ ký kế hoạch hợp tác năm 2027 vào tháng 9 tới tại Ottawa."
    assert "Ottawa" in clean_page(page).text


def test_a_masthead_after_the_site_s_name_ends_the_page() -> None:
    """'<site>. Cơ quan chủ quản: ...' or '<paper> - Tổng Biên tập: <rank> <name>' is the footer: the
    editor is no official, and the trade item above it is the page's last paragraph."""
    for masthead in ("Cổng TTĐT Quân khu 5. Cơ quan chủ quản: Bộ Tư lệnh Quân khu. Giấy phép số 9/GP-TTĐT.",
                     "BÁO QUÂN KHU - Tổng Biên tập: Đại tá Mạc Hữu Thành. Địa chỉ: 5 Trần Phú, Đà Nẵng."):
        page = f"{STORY}\n\n{TRADE}\n\nBản in | Gửi email | Chia sẻ\n{LIST}\n{masthead}"
        names = {o.name for o in read(page).officials}
        assert not names & {"Tạ Minh Khuê", "Ronan Beaulieu", "Văn Đức Toản", "Mạc Hữu Thành"}, masthead
        assert "Lương Đình Khải" in names
