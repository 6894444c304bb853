"""Commands, bodies and offices that only one state has stand for it when the press
names them without the country: the official who holds them represents it, and
the meeting he takes part in involves it."""

from __future__ import annotations

import pytest

from tests.reading_helpers import read


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Sáng 4/3/2025, Đại tướng Phan Văn Giang tiếp Đô đốc Mark Reynolds, Tư lệnh Bộ Tư lệnh Ấn Độ Dương - "
         "Thái Bình Dương đang thăm Việt Nam.", "Mark Reynolds", "USA"),
        ("Chiều 9/5/2025, Đại tướng Phan Văn Giang có cuộc gặp với Thượng tướng Hạ Vĩnh Đông, Phó Chủ tịch "
         "Quân ủy Trung ương.", "Hạ Vĩnh Đông", "CHN"),
        ("Sáng 3/3/2025, Thượng tướng Nguyễn Tân Cương tiếp đoàn sĩ quan Lực lượng Phòng vệ Mặt đất do Trung "
         "tướng Kenji Sato dẫn đầu.", "Kenji Sato", "JPN"),
    ],
)
def test_a_body_of_one_state_gives_its_official_and_meeting_the_country(text, name, code):
    doc = read(text)
    assert {o.name: o.country for o in doc.officials}.get(name) == code
    assert any(code in e.countries and "VNM" in e.countries for e in doc.events)


def test_vietnams_own_central_military_commission_is_vietnams():
    doc = read("Đại tướng Lương Cường, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương dự hội nghị.")
    assert {o.name: o.country for o in doc.officials}.get("Lương Cường") == "VNM"



def test_the_pla_in_lower_case_is_chinas():
    doc = read("Sáng 2/7/2025, Trung tướng Võ Tiến Trung hội kiến Thượng tướng Mã Hiểu Sơn, Phó Tổng tham mưu "
               "trưởng Quân giải phóng nhân dân.")
    assert {o.name: o.country for o in doc.officials}.get("Mã Hiểu Sơn") == "CHN"
