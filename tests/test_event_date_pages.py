"""Short pages of our own telling the days of events the ways the news does (round 22): wire datelines
with a weekday, "cùng ngày", "hôm sau", "một ngày trước đó", ranges in the lead, a closing day with its
first day or its days of work, a day beside a named event, a plan carried out, a "Cập nhật" stamp, and
a yearless day after a full date of an earlier year. Each event's day is checked."""

import pytest

from kg.model import PartialDate as P
from reading_helpers import events

PAGES = [
 ("Hà Nội, 12/3 (TTXVN) -- Bộ trưởng Quốc phòng Lã Văn Minh hôm thứ Tư đã tiếp Đại sứ Nhật Bản Ito Kenji tại Hà Nội.", P(2025,3,12), {"Meeting": "2025-03-12"}),
 ("Viêng Chăn, 5/6 (KPL) – Sáng nay, Thứ trưởng Bộ Quốc phòng Lào Vi-lay Phôm-ma đã hội đàm với Thượng tướng Trần Văn Nam.", P(2025,6,5), {"Talks": "2025-06-05"}),
 ("Sáng 8/4, Đại tướng Lê Minh Tâm tiếp Tư lệnh Lục quân Thái Lan Somsak Chai. Chiều cùng ngày, Đại tướng Lê Minh Tâm hội đàm với Bộ trưởng Quốc phòng Lào Xay Som-phone.", P(2025,4,9), {"Meeting": "2025-04-08", "Talks": "2025-04-08"}),
 ("Từ ngày 3 đến 6/11, Triển lãm Quốc phòng quốc tế Việt Nam lần thứ 3 diễn ra tại Hà Nội với sự tham gia của Nga, Ấn Độ và Hàn Quốc.", P(2025,11,7), {"Exhibition": ("2025-11-03","2025-11-06")}),
 ("Hội nghị Tư lệnh Hải quân ASEAN lần thứ 19, do Hải quân Philippines tổ chức, đã bế mạc chiều 14/8 tại Manila sau ba ngày làm việc.", P(2025,8,15), {"Conference": ("2025-08-12","2025-08-14")}),
 ("Bộ trưởng Quốc phòng Ấn Độ Rajiv Singh hôm thứ Hai đã hội đàm với Đại tướng Lê Minh Tâm tại New Delhi.", P(2025,9,10), {"Talks": "2025-09-08"}),
 ("Cập nhật: 10:20, 02/05/2025\n\nSáng 30/4, tàu hộ vệ HQ-012 của Hải quân Việt Nam cập cảng Changi, Singapore, bắt đầu chuyến thăm hữu nghị.", None, {"PortCall": "2025-04-30"}),
 ("Ngày 20/11/2024, Đối thoại Quốc phòng Việt Nam - Ấn Độ lần thứ 14 diễn ra tại Hà Nội. Hôm sau, Thứ trưởng Hoàng Văn Long tiếp Tham mưu trưởng Hải quân Ấn Độ Arun Kumar.", P(2025,1,10), {"Dialogue": "2024-11-20", "Meeting": "2024-11-21"}),
 ("Đối thoại Shangri-La lần thứ 22 đã khép lại hôm Chủ nhật 2/6 tại Singapore, bắt đầu từ tối thứ Sáu 31/5. Đoàn Việt Nam do Đại tướng Lê Minh Tâm dẫn đầu.", P(2024,6,3), {"Conference": ("2024-05-31","2024-06-02")}),
 ("Bên lề Hội nghị ADMM+ lần thứ 10 diễn ra ngày 16/11 tại Jakarta, Đại tướng Lê Minh Tâm đã gặp Bộ trưởng Quốc phòng Úc Richard Marles.", P(2023,11,17), {"Conference": "2023-11-16", "Meeting": "2023-11-16"}),
 ("Thực hiện kế hoạch hợp tác năm 2025, ngày 12/3, đoàn Bộ Chỉ huy Quân sự tỉnh Sơn La đã sang thăm và làm việc tại tỉnh Hủa Phăn, Lào.", P(2025,3,14), {"Visit": "2025-03-12"}),
 ("Kuala Lumpur, 21/4 (Bernama) -- Thứ trưởng Quốc phòng Malaysia Hasnul Iskandar hôm thứ Hai đã gặp Trung tướng Khúc Văn Tường bên lề Triển lãm Quốc phòng châu Á DSA 2026 tại đây.", P(2026,4,21), {"Meeting": "2026-04-20", "Exhibition": "2026-04-20"}),
 ("Trong hai ngày 15-16/6, tại Hà Nội đã diễn ra Hội đàm cán bộ tham mưu Lục quân Việt Nam - Australia lần thứ 3. Hai bên đánh giá kết quả Hội đàm lần thứ 2 diễn ra ngày 22/5/2025. Chiều 16/6, Thiếu tướng Đỗ Văn Nam tiếp Chuẩn tướng Lục quân Australia Matthew Hart.", P(2026,6,17), {"Talks": ("2026-06-15","2026-06-16"), "Meeting": "2026-06-16"}),
 ("Chiều 9/10, Thượng tướng Hoàng Văn Long hội đàm với Thứ trưởng Quốc phòng Hàn Quốc Kim Min-su. Một ngày trước đó, Hội thảo An ninh Biển Seoul lần thứ 5 đã khai mạc với sự tham dự của Việt Nam, Nhật Bản và Philippines.", P(2025,10,10), {"Talks": "2025-10-09", "Conference": "2025-10-08"}),
 ("Hội nghị Tư lệnh Quốc phòng ASEAN lần thứ 22 khai mạc tại Bangkok ngày 5/3/2025. Cũng trong ngày 6/3, Thượng tướng Nguyễn Tân Sơn gặp Tư lệnh Quốc phòng Thái Lan Songwit Noonpackdee.", P(2026,1), {"Conference": "2025-03-05", "Meeting": "2025-03-06"}),
]


@pytest.mark.parametrize("text,published,want", PAGES, ids=[str(i) for i in range(len(PAGES))])
def test_each_event_has_its_day(text, published, want):
    got = {}
    for e in events("Tin quốc phòng\n\n" + text + "\n", published=published):
        got.setdefault(e.type, str(e.start) if e.end is None else (str(e.start), str(e.end)))
    assert {k: got.get(k) for k in want} == want
