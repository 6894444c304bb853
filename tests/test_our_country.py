""""nước ta" (our country) stands for Vietnam when it qualifies a body ("Đoàn đại
biểu quân sự cấp cao nước ta"), so the official leading it is Vietnam's, not the
foreign side named later in the sentence; as a place visited it is left alone."""

from kg.pipeline import extract
from kg.pipeline.countries import vietnamese_units


def test_our_country_after_a_delegation_is_vietnam():
    units = vietnamese_units("Đoàn đại biểu Bộ Quốc phòng nước ta do Thượng tướng Lê Văn Hải dẫn đầu.")
    assert [(u.code, u.surface) for u in units] == [("VNM", "nước ta")]


def test_our_country_as_the_place_visited_is_not_a_side():
    assert vietnamese_units("Đoàn đang thăm và làm việc tại nước ta từ ngày 3 đến 6/5.") == []


def test_the_head_of_our_delegation_is_not_the_foreign_side():
    doc = extract(
        "Sáng 9/5, hội đàm giữa Đoàn đại biểu quân sự cấp cao nước ta do Đại tướng Lê Văn Hải, Bộ trưởng "
        "Bộ Quốc phòng, làm trưởng đoàn và Đoàn đại biểu quân sự Ba Lan do ông Jan Nowak, Bộ trưởng Quốc "
        "phòng Ba Lan, làm trưởng đoàn đã diễn ra tại Hà Nội."
    )
    country = {o.name: o.country for o in doc.officials}
    assert country.get("Lê Văn Hải") == "VNM"
    assert country.get("Jan Nowak") == "POL"
