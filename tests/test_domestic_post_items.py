"""A border post's own work told as another item after its talks with the neighbour's command ("Cùng ngày, Đồn
Biên phòng X ... bắt quả tang ...", a seizure, gifts to poor households, a free clinic) goes with
`clean.domestic-item-at-end` (lex_domestic_activities.txt, round 39); an arrest made with the other side stays."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read

DAY = PartialDate(2026, 5, 21)
STORY = ("Sáng 20/5, tại Đồn Biên phòng cửa khẩu Cầu Treo, Bộ Chỉ huy BĐBP tỉnh Hà Tĩnh và Bộ Chỉ huy Quân sự tỉnh "
         "Bô-ly-khăm-xay (Lào) tổ chức hội đàm định kỳ năm 2026.\n\n"
         "Đoàn Việt Nam do Đại tá Đinh Công Lực, Chỉ huy trưởng làm trưởng đoàn.\n\n"
         "Hai bên thống nhất tăng cường tuần tra song phương và trao đổi thông tin qua đường dây nóng.\n\n")


def test_a_posts_own_arrest_that_day_goes() -> None:
    doc = read(STORY + "Cùng ngày, Đồn Biên phòng Sơn Kim chủ trì, phối hợp với Công an huyện bắt quả tang một "
               "đối tượng đang vận chuyển 2 kg ma túy tổng hợp. Thiếu tá Lò Văn Tuấn, Đồn trưởng Đồn Biên phòng Sơn "
               "Kim cho biết đơn vị đang củng cố hồ sơ.\n", DAY)
    assert "Lò Văn Tuấn" not in {o.name for o in doc.officials}
    assert any(r.rule == "clean.domestic-item-at-end" for r in doc.removed_lines)


def test_an_arrest_made_with_the_other_side_stays() -> None:
    doc = read(STORY + "Cùng ngày, lực lượng hai bên phối hợp bắt quả tang một đối tượng vận chuyển ma túy qua "
               "biên giới; Thiếu tá Lò Văn Tuấn, Đồn trưởng Đồn Biên phòng Sơn Kim chỉ huy tổ công tác.\n", DAY)
    assert not any(r.rule == "clean.domestic-item-at-end" for r in doc.removed_lines)


def test_a_posts_own_seizure_goes() -> None:
    doc = read(STORY + "Chiều cùng ngày, tổ công tác Đồn Biên phòng Sơn Hồng phát hiện, thu giữ 500 kg pháo nổ "
               "cất giấu trên xe tải. Đại úy Hà Minh Quyết, Đội trưởng Đội vũ trang cho biết đang xác minh chủ hàng.\n",
               DAY)
    assert "Hà Minh Quyết" not in {o.name for o in doc.officials}


def test_a_posts_gifts_to_poor_households_go() -> None:
    doc = read(STORY + "Cũng trong ngày 20/5, Đồn Biên phòng Bản Giàng trao 40 suất quà cho hộ nghèo và học sinh "
               "vùng cao. Thiếu tá Lục Văn Sáng, Chính trị viên Đồn cho biết quà do các nhà hảo tâm ủng hộ.\n", DAY)
    assert "Lục Văn Sáng" not in {o.name for o in doc.officials}
