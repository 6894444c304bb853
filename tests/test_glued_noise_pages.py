"""Round 23: one short port-call story of our own with page noise of many kinds after it (comment
threads, forum quotes, share and social widgets, translator lines, "Đọc bài gốc", credits, a
world-news segment, glued trade, sports and culture items). The story's two officials and its
port call come out; no person or country of the noise does."""

from __future__ import annotations

import pytest

from tests.reading_helpers import read

STORY = (
    "Tàu Hải quân Ấn Độ thăm Đà Nẵng\n\n"
    "Sáng 9/4, tàu khu trục INS Kolkata của Hải quân Ấn Độ cập cảng Tiên Sa, Đà Nẵng, bắt đầu chuyến thăm "
    "bốn ngày. Đại tá Phùng Văn Lực, Phó Tư lệnh Vùng 3 Hải quân, chủ trì lễ đón.\n\n"
    "Trong thời gian ở Đà Nẵng, thủy thủ hai nước giao lưu thể thao và tập huấn tìm kiếm cứu nạn trên biển.\n\n"
    "Hạm trưởng, Đại tá Rohan Mehta, cảm ơn sự đón tiếp chu đáo của Vùng 3 Hải quân.\n\n"
)

NOISE = {
    "comments": "Bình luận (2)\nTrần Quốc Vượng · 2 giờ trước\nTàu đẹp quá, mong hai nước hợp tác lâu dài.\n"
                "Lê Thị Hoa · 1 giờ trước\nỦng hộ Hải quân!",
    "reader-colonel": "Ý kiến bạn đọc\nĐại tá Hồ Văn Tâm (cựu chiến binh): Rất tự hào về Hải quân ta.",
    "forum": "Trích dẫn bài viết của thành viên Nguyễn Đức Toàn:\n> Tàu này trước đây từng thăm Cam Ranh năm 2019.\n"
             "Phản hồi",
    "share": "Chia sẻ: Facebook | Zalo | Twitter | Sao chép liên kết\nLượt xem: 1.234",
    "translator": "Người dịch: Đoàn Minh Thư\nĐọc bài gốc tại đây",
    "original": "Đọc bài gốc\nNguồn: Báo Đà Nẵng",
    "embed": "Một bài đăng được chia sẻ bởi Indian Navy (@indiannavy)\nXem bài viết này trên Instagram",
    "tweet": "— Bộ Quốc phòng Ấn Độ (@DefenceMinIndia) April 9, 2026\npic.twitter.com/abc123",
    "sports": "Cũng trong ngày 9/4, tại sân vận động Hòa Xuân, Chủ tịch Liên đoàn Bóng đá thành phố Lý Quang Hải "
              "trao cúp cho đội vô địch giải bóng đá thanh niên mở rộng năm 2026.",
    "tourism": "Chiều 9/4, Phó Chủ tịch UBND thành phố Đặng Thị Mỹ làm việc với ông Arjun Kapoor, Tổng Lãnh sự Ấn Độ "
               "tại TP Hồ Chí Minh, về thu hút du khách Ấn Độ và mở đường bay thẳng Đà Nẵng - Mumbai.",
    "world": "TIN THẾ GIỚI\nThủ tướng Canada Mark Ellison hôm nay thăm Mexico, ký thỏa thuận thương mại với "
             "Tổng thống Lucia Ortega.",
    "other-news": "Tin khác\nChủ tịch nước tiếp Đại sứ Brazil chào từ biệt\n"
                  "Bộ trưởng Ngoại giao Nhật Bản Sato Ken thăm Philippines",
    "caps-byline": "MINH QUÂN",
    "ranked-byline": "Thiếu tá Nguyễn Văn Phong (Báo Quân khu 5)",
    "credits": "Ảnh: Lê Hùng - Thu Trang\nVideo: Hoàng Sơn",
    "reader": "Bạn đọc Phạm Thế Duyệt, Hà Nội: Mong tàu Việt Nam cũng sớm thăm Ấn Độ.",
    "editors": "Biên tập viên: Lâm Thị Ngọc | Thiết kế: Đỗ Hải",
    "masthead": "© 2026 Báo Đà Nẵng. Tổng Biên tập: Nguyễn Đức Hòa. Giấy phép số 123/GP-BTTTT.",
    "newsletter": "Đăng ký nhận bản tin\nNhập email của bạn\nHủy đăng ký",
    "trade-envoy": "Cùng ngày, ông Vikram Rao, Tham tán Thương mại Ấn Độ tại Việt Nam kiêm nhiệm Campuchia, dự hội "
                   "chợ hàng tiêu dùng tại Đà Nẵng và giới thiệu sản phẩm dệt may, dược phẩm của Ấn Độ.",
    "culture": "Ngày 10/4, Đại sứ Nepal tại Việt Nam Sita Sharma dự lễ khai mạc Tuần văn hóa Nepal tại Hà Nội, "
               "giới thiệu múa truyền thống và ẩm thực vùng núi.",
    "stock": "Hôm nay, Tổng Giám đốc Sở Giao dịch Chứng khoán Hà Nội Vũ Thị Ngân cho biết chỉ số HNX tăng 1,2% "
             "nhờ nhóm cổ phiếu ngân hàng.",
}


@pytest.mark.parametrize("kind", sorted(NOISE))
def test_noise_after_the_story_gives_no_fact(kind: str) -> None:
    doc = read(STORY + NOISE[kind])
    assert {o.name for o in doc.officials} == {"Phùng Văn Lực", "Rohan Mehta"}
    assert [(e.type, sorted(e.countries)) for e in doc.events] == [("PortCall", ["IND", "VNM"])]
    assert not doc.agreements
