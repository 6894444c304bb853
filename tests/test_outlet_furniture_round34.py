"""Page furniture of outlets met in round 34's red team (all sentences our own): boxes of other stories after the
body (an author's box, "Video đang được quan tâm", a foreign service's "Multimedia" list, a comment form, a bulletin's
"Trong bản tin hôm nay còn có:", a mini-digest "Điểm tin sáng 13/3"), widgets standing between the story and an item
glued after it (an app's promotion, an audio player, a broadcaster's call to watch), bylines of other shapes
("X/VOV.VN (biên tập)", "X, phóng viên RFA", "Xem tin gốc tại đây", a crew line with "KTV"), and a correspondent's
byline taken into a run of headlines by the product line under it. The glued item's people never come out; the
story's own paragraphs stay."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import clean_page
from tests.reading_helpers import read

STORY = ("Thứ trưởng Bộ Quốc phòng tiếp Tùy viên Quốc phòng Hàn Quốc\n\n"
         "Chiều 12/3, tại Hà Nội, Thượng tướng Lê Minh Khang, Thứ trưởng Bộ Quốc phòng đã tiếp Đại tá Park Ji-hoon, "
         "Tùy viên Quốc phòng Hàn Quốc tại Việt Nam, nhân dịp ông kết thúc nhiệm kỳ công tác.\n\n"
         "Tại buổi tiếp, Thượng tướng Lê Minh Khang đánh giá cao những đóng góp của Đại tá Park Ji-hoon trong việc thúc "
         "đẩy quan hệ hợp tác quốc phòng giữa hai nước.\n\n")
GLUED = ("Tổng Tham mưu trưởng tiếp Tư lệnh Lục quân Thái Lan\n\n"
         "Chiều 11/3, tại Hà Nội, Đại tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam đã tiếp "
         "Đại tướng Pana Claewplodtook, Tư lệnh Lục quân Hoàng gia Thái Lan.\n")
GLUED_NAMES = {"Nguyễn Tân Cương", "Pana Claewplodtook"}

JOINS = {
    "author box": "Bài viết mới nhất từ Đại tá Trần Văn Thịnh - Học viện Chính trị\n\n",
    "same author": "Cùng tác giả\n\n",
    "video box": "Video đang được quan tâm\n\n",
    "unseen box": "Có thể bạn chưa xem\n\n",
    "latest box": "Mới cập nhật\n\n",
    "upcoming events": "Sự kiện sắp diễn ra\n\n",
    "multimedia": "Multimedia\n\n-\n\n16 Tháng 11, 2025\n\n",
    "comment form": "Thông tin bạn đọc\n\nĐóng Lưu thông tin\n\n",
    "comment rule": "Tối thiểu 10 chữ Tiếng việt có dấu Không chứa liên kết\n\n",
    "bulletin": "Trong bản tin hôm nay còn có:\n\n",
    "bulletin headline": "Các tin chính trong chương trình:\n\n",
    "mini digest": "Điểm tin sáng 13/3\n\n",
    "app promotion": "Tải ứng dụng Báo Quân đội nhân dân để đọc tin nhanh hơn\n\n",
    "audio player": "Nghe audio\n\nPhần âm thanh Tải xuống âm thanh\n\n",
    "call to watch": "Xin mời quý khán giả theo dõi phóng sự sau đây:\n\n",
    "blog counter": "(Visited 12 times, 1 visits today)\n\n",
    "share in English": "Share on facebook\n\nShare on twitter\n\n",
    "outlet byline with editor": "Hùng Cường/VOV.VN (biên tập)\n\n",
    "foreign service correspondent": "Thanh Trúc, phóng viên RFA\n\n",
    "link to the original": "Xem tin gốc tại đây\n\n",
    "crew line with KTV": "PV: Minh Tuấn - KTV: Văn Long\n\n",
    "correspondent and product line": "Ngọc Diệp (từ Bangkok)\n\nQuân đội nhân dân cuối tuần\n\n",
    "hot and new box": "MỚI - NÓNG\n\n",
    "blog comment box": "Post a Comment\n\n",
    "more comments": "Xem thêm bình luận\n\n",
    "sponsored box": "Nội dung được tài trợ\n\n",
    "history box": "Ngày này năm xưa\n\n",
    "back to the section": "Trở lại Thời sự\n\n",
    "hotline": "Đường dây nóng: 0987 654 321 - Email: toasoan@baoqp.vn\n\n",
    "stamp in words": "14 Tháng Bảy 2025 7:08 CH (Xem: 14076)\n\n",
    "header with an arrow after it": "Tin liên quan ⟶\n\n",
    "header with its count": "Tin liên quan (3)\n\n",
}


@pytest.mark.parametrize("join", sorted(JOINS))
def test_the_item_after_the_furniture_gives_no_one(join: str) -> None:
    page = STORY + JOINS[join] + GLUED
    doc = read(page)
    names = {o.name for o in doc.officials}
    assert not names & GLUED_NAMES, (join, names)
    assert "Thái Lan" not in doc.text, join
    assert "Park Ji-hoon" in names and "Lê Minh Khang" in names


@pytest.mark.parametrize("line", ["Nghe audio", "Tải ứng dụng Báo Quân đội nhân dân để đọc tin nhanh hơn",
                                  "Share on facebook"])
def test_a_widget_inside_the_body_leaves_the_story_after_it(line: str) -> None:
    page = (STORY + line + "\n\n" + "Đại tá Park Ji-hoon cảm ơn sự giúp đỡ của Bộ Quốc phòng Việt Nam và khẳng định sẽ "
            "tiếp tục đóng góp cho quan hệ hai nước.\n")
    text = clean_page(page).text
    assert "cảm ơn sự giúp đỡ" in text and line not in text


def test_a_digests_own_header_above_its_items_cuts_nothing() -> None:
    page = ("Điểm tin sáng 13/3\n\n"
            "Chiều 12/3, tại Hà Nội, Thượng tướng Lê Minh Khang, Thứ trưởng Bộ Quốc phòng đã tiếp Đại tá Park Ji-hoon, "
            "Tùy viên Quốc phòng Hàn Quốc tại Việt Nam.\n\n"
            "Chiều 12/3, tại Vientiane, Thượng tướng Hoàng Văn Định đã hội đàm với Trung tướng Khăm-liềng Phôm-ma-vông, "
            "Thứ trưởng Bộ Quốc phòng Lào.\n")
    text = clean_page(page).text
    assert "Vientiane" in text and "Park Ji-hoon" in text


def test_a_programme_line_with_what_it_holds_stays() -> None:
    # not the bulletin's list header: the sentence goes on after "còn có"
    page = STORY + "Chương trình còn có phần giao lưu văn nghệ giữa cán bộ hai bên.\n"
    assert "giao lưu văn nghệ" in clean_page(page).text


def test_an_online_editions_dateline_opens_another_stories_lead() -> None:
    # one long body paragraph only: the capitals-dateline reading needs two; "NLĐO" is an outlet's mark
    page = ("Tàu Hải quân Ấn Độ thăm thành phố Đà Nẵng\n\n"
            "Sáng 5/6, tàu INS Kiltan của Hải quân Ấn Độ do Đại tá Rahul Mehta làm chỉ huy đã cập cảng Tiên Sa, thành "
            "phố Đà Nẵng, bắt đầu chuyến thăm hữu nghị Việt Nam.\n\n"
            "Chủ trì lễ đón có Đại tá Phạm Văn Hòa, Phó Tư lệnh Vùng 3 Hải quân.\n\n" + GLUED.replace("Chiều 11/3", "NLĐO - Chiều 11/3"))
    names = {o.name for o in read(page).officials}
    assert not names & GLUED_NAMES and "Rahul Mehta" in names


@pytest.mark.parametrize("header", ["❯ Tin liên quan", "▸ Bài viết liên quan", "Tin liên quan →"])
def test_a_header_set_apart_by_arrows_ends_the_body(header: str) -> None:
    # a domestic item after it: none of the foreign-item rules would see it
    page = (STORY + header + "\n\nQuân khu 4 tổ chức hội thi cán bộ dân vận giỏi\n\n"
            "Sáng 12/3, tại Nghệ An, Bộ Tư lệnh Quân khu 4 tổ chức hội thi cán bộ dân vận giỏi năm 2025. Thiếu tướng "
            "Đặng Hữu Tâm, Phó Chính ủy Quân khu dự và chỉ đạo hội thi.\n")
    assert "Đặng Hữu Tâm" not in {o.name for o in read(page).officials}
