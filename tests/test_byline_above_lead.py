"""A byline printed under the headline, after only a site's name, a menu bar and a date line,
opens the story: the lead and the paragraphs after it are not a glued story (round 27)."""

from kg.model import PartialDate

from tests.reading_helpers import read

PAGE = """BÁO TIN NHANH ĐIỆN TỬ
Trang chủ | Chính trị | Kinh tế | Xã hội | Quốc phòng | An ninh | Thế giới | Văn hóa | Thể thao | Giáo dục | Sức khỏe | Công nghệ | Xe | Đời sống | Bất động sản
Thứ Ba, 14/10/2025

Tàu Hải quân Hoàng gia Canada thăm thành phố Hải Phòng

Bài và ảnh: MINH CHÂU

Sáng 14-10, tàu hộ vệ HMCS Ville-Marie của Hải quân Hoàng gia Canada đã cập cảng Hải Phòng, bắt đầu chuyến thăm thành phố đến ngày 17-10.

Lễ đón tàu có sự tham dự của Đại tá Lò Văn Tuấn, Phó Tư lệnh Vùng 1 Hải quân, cùng đại diện lãnh đạo thành phố.

Trong thời gian ở Hải Phòng, thủy thủ đoàn sẽ giao lưu thể thao với cán bộ, chiến sĩ Vùng 1 Hải quân.
"""


def test_byline_above_the_lead_keeps_the_story():
    doc = read(PAGE, PartialDate(2025, 10, 14))
    calls = [e for e in doc.events if e.type == "PortCall"]
    assert calls and calls[0].start == PartialDate(2025, 10, 14)
    assert "Lò Văn Tuấn" in {o.name for o in doc.officials}
