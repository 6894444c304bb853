"""A related-news box set inside a port call's story, the story going on with the visit's programme ("Theo
chương trình, trong thời gian ở ..., ..."): only the box goes, so what is told after it (a partnership the guest
names) is read (round 46). The page is written for this test."""

from __future__ import annotations

from kg.pipeline import extract
from kg.pipeline.clean import RELATED_BOX

PAGE = """Tàu Hải quân Hoàng gia Australia cập cảng Tiên Sa

Sáng 9.3, tại cảng Tiên Sa (TP.Đà Nẵng), Bộ Tư lệnh Vùng 3 Hải quân tổ chức lễ đón tàu HMAS Warrego của Hải quân Hoàng gia Australia thăm hữu nghị thành phố đến ngày 12.3.

Dẫn đầu đoàn là hạm trưởng, trung tá Liam Prescott, cùng hơn 150 sĩ quan, thủy thủ.

Tin liên quan

Tàu huấn luyện của Hải quân Ấn Độ thăm TP.HCM
Chiến hạm Nhật Bản cập cảng Cam Ranh, bắt đầu chuyến thăm 5 ngày

Theo chương trình, trong thời gian ở Đà Nẵng, các sĩ quan chỉ huy tàu sẽ chào xã giao lãnh đạo thành phố và Bộ Tư lệnh Vùng 3 Hải quân; giao lưu bóng đá với cán bộ, chiến sĩ Hải quân Việt Nam.

Trung tá Liam Prescott cho biết chuyến thăm góp phần cụ thể hóa quan hệ Đối tác chiến lược toàn diện Việt Nam - Australia được thiết lập năm 2024.
"""


def test_the_programme_after_a_box_goes_on_with_the_story() -> None:
    doc = extract(PAGE, "page.txt")
    assert "Theo chương trình, trong thời gian ở Đà Nẵng" in doc.text
    assert "Chiến hạm Nhật Bản" not in doc.text
    assert {r.rule for r in doc.removed_lines if "Chiến hạm Nhật Bản" in r.text} == {RELATED_BOX}
    assert [(sorted(p.countries), p.level) for p in doc.partnerships] == [
        (["AUS", "VNM"], "ComprehensiveStrategicPartnership")]
