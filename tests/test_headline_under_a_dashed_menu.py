"""An outlet's menu row whose items hold a dash ("Văn hóa - Giải trí") is a menu, not the body's first
line: the headline under it still names its official (round 32)."""

from __future__ import annotations

from kg.model import Article
from kg.pipeline import Pipeline
from kg.pipeline.headline import top_headline


def test_a_ranked_officer_named_only_in_the_headline_under_a_menu_with_dashes() -> None:
    text = ("TINMAU.VN | Thời sự | Chính trị | Quốc phòng - An ninh | Thế giới | Kinh tế | Xã hội | Văn hóa - Giải "
            "trí | Thể thao | Sức khỏe | Đời sống | Podcast\n"
            "Thứ Ba, 08:15, 10/03/2026\n\n"
            "Quốc phòng - An ninh\n\n"
            "Chuẩn Đô đốc Đỗ Minh Khoa dẫn đầu tàu 016 thăm hữu nghị Philippines\n\n"
            "Từ ngày 9-12/3, tàu 016 cùng đoàn công tác Hải quân nhân dân Việt Nam thăm hữu nghị Philippines.\n\n"
            "Sáng 9/3, tàu đã cập cảng Manila. Đoàn công tác gồm 120 cán bộ, chiến sĩ do Phó Tư lệnh Quân chủng "
            "Hải quân làm trưởng đoàn.\n")
    doc = Pipeline()(Article(id="t", text=text))
    assert (top_headline(doc) or "").startswith("Chuẩn Đô đốc Đỗ Minh Khoa")
    found = {o.name: o.country for o in doc.officials}
    assert found.get("Đỗ Minh Khoa") == "VNM"
