"""A ship group ("biên đội") of a foreign navy led by a named officer gives him its country, though his
name is written the Vietnamese way (round 49, mend54)."""

from kg.model import PartialDate
from reading_helpers import officials_by_name, read

DAY = PartialDate(2024, 10, 3)


def test_officer_leading_a_foreign_ship_group_takes_its_country():
    text = ("Từ ngày 1 đến 3/10, Biên đội tàu 012 và 014 thuộc Lữ đoàn 162, Vùng 4 Hải quân do Đại tá Phạm Văn "
            "Hùng, Phó Tư lệnh Vùng 4 chỉ huy đã tuần tra liên hợp cùng Biên đội tàu hộ vệ số hiệu 551, 552 thuộc "
            "Chi đội tàu hộ vệ số 9, Căn cứ Hải quân Trạm Giang của Hải quân Trung Quốc do Thượng tá Lý Quang, "
            "Phó Chi đội trưởng chỉ huy.")
    names = officials_by_name(read(text, DAY))
    assert names["Lý Quang"].country == "CHN"
    assert names["Phạm Văn Hùng"].country == "VNM"
