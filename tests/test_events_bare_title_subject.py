"""Side meetings whose subject is told by a bare title: the country that title was told with (round 23)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

LEAD = (
    "Từ ngày 3 đến 5/9, Hội thảo khu vực về an ninh hàng hải diễn ra tại Đà Nẵng với các đoàn của Lào, "
    "Nhật Bản, Ấn Độ và Philippines. Phát biểu khai mạc, Thứ trưởng Bộ Quốc phòng Việt Nam cảm ơn các đoàn.\n\n"
)
SIDE = (
    "Bên lề hội thảo, Thứ trưởng đã gặp song phương với Trưởng đoàn Nhật Bản, Chuẩn tướng Sato Kenji; "
    "Trưởng đoàn Ấn Độ, Chuẩn tướng Arjun Mehta và Trưởng đoàn Philippines, Đại tá Jose Bautista."
)


def test_bare_title_subject_is_vietnamese_when_told_so_before():
    found = events(LEAD + SIDE, PartialDate(2027, 9, 6), kind="Meeting")
    assert sorted(tuple(sorted(e.countries)) for e in found) == [("IND", "VNM"), ("JPN", "VNM"), ("PHL", "VNM")]
    assert "event.bare-title-told-before" in rules_of(found)


def test_title_told_before_with_another_country():
    lead = LEAD.replace("Thứ trưởng Bộ Quốc phòng Việt Nam", "Thứ trưởng Bộ Quốc phòng Philippines")
    side = SIDE.replace("Trưởng đoàn Philippines, Đại tá Jose Bautista", "Trưởng đoàn Lào, Đại tá Khamphan Sisavath")
    found = events(lead + side, PartialDate(2027, 9, 6), kind="Meeting")
    assert all("VNM" not in e.countries for e in found)
