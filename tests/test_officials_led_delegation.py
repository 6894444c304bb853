"""The leader of a delegation takes the delegation's country, however long the
delegation's description before its country ("đoàn cán bộ, học viên Đại học
Quốc phòng ... Trung Quốc do Thiếu tướng X dẫn đầu")."""

from __future__ import annotations

from kg.pipeline.officials.mentions import COUNTRY_LED
from tests.reading_helpers import read


def officials(text: str) -> dict[str, str]:
    return {o.name: o.country for o in read(text).officials}


def test_a_long_delegation_before_do_gives_its_leader_the_country():
    found = officials(
        "Sáng 3/4/2025, tại Hà Nội, Trung tướng Lê Văn Sơn, Giám đốc Học viện Lục quân đã tiếp đoàn "
        "giảng viên, học viên Học viện Chỉ huy Tham mưu Quân đội Hoàng gia Thái Lan do Thiếu tướng "
        "Somchai Phumsri, Phó Giám đốc Học viện dẫn đầu."
    )
    assert found["Lê Văn Sơn"] == "VNM"
    assert found["Somchai Phumsri"] == "THA"


def test_a_vietnamese_shaped_name_leading_a_chinese_delegation_is_chinese():
    found = officials(
        "Chiều 20/5/2025, Thiếu tướng Phạm Quang Vinh tiếp đoàn cán bộ, sĩ quan Đại học Quốc phòng "
        "Quân Giải phóng nhân dân Trung Quốc do Thiếu tướng Vương Kiến Hoa, Phó Hiệu trưởng dẫn đầu."
    )
    assert found["Phạm Quang Vinh"] == "VNM"
    assert found["Vương Kiến Hoa"] == "CHN"


def test_the_rule_is_named():
    doc = read(
        "Đại tá Trần Văn An tiếp đoàn cán bộ, học viên Học viện Quân sự Quân đội Trung Quốc "
        "do Đại tá Lý Minh Quân dẫn đầu."
    )
    leader = [m for m in doc.official_mentions if m.name == "Lý Minh Quân"]
    assert leader and all(m.country == "CHN" and COUNTRY_LED in m.rules for m in leader)


def test_a_country_visited_or_another_country_between_is_no_delegation_country():
    # "sang thăm Trung Quốc do ...": the country visited; the delegation is Vietnam's
    visited = officials(
        "Ngày 2/6/2025, đoàn cán bộ, học viên Học viện Quốc phòng sang thăm Trung Quốc do Thiếu tướng "
        "Nguyễn Văn Bình dẫn đầu."
    )
    assert visited["Nguyễn Văn Bình"] == "VNM"
    # "Đoàn Việt Nam dự Hội nghị ASEAN - Trung Quốc do ...": Vietnam's delegation
    other = officials(
        "Đoàn đại biểu Việt Nam tham dự Hội nghị quan chức quốc phòng cấp cao ASEAN - Trung Quốc do "
        "Thượng tướng Hoàng Xuân Chiến dẫn đầu."
    )
    assert other["Hoàng Xuân Chiến"] == "VNM"


def test_a_neighbours_province_before_do_gives_its_leader_the_country():
    found = officials(
        "Sáng 5/12/2025, tại tỉnh Tây Ninh, Ban Chỉ huy Bộ đội Biên phòng tỉnh hội đàm với đoàn Ty Công an "
        "các tỉnh Svay Rieng và Tbong Khmum. Đoàn Ty Công an các tỉnh Svay Rieng và Tbong Khmum do Thiếu tướng "
        "Sok Bun Tha, Phó Giám đốc phụ trách biên giới làm trưởng đoàn."
    )
    assert found["Sok Bun Tha"] == "KHM"


def test_two_countries_joined_by_a_dash_in_a_title_are_its_subject_not_its_country():
    found = officials(
        "Đoàn đại biểu Campuchia do Thiếu tướng Men Sophal, Phó Cục trưởng phụ trách biên giới "
        "Việt Nam – Campuchia, Tổng cục Công an quốc gia Campuchia làm trưởng đoàn."
    )
    assert found["Men Sophal"] == "KHM"
    # a title that names one country still gives it
    assert officials("Đại tá Lê Văn Minh, Tùy viên Quốc phòng Việt Nam tại Lào, dự buổi lễ.")["Lê Văn Minh"] == "VNM"


def test_the_head_named_after_the_sentence_telling_the_delegation_takes_its_country():
    found = officials(
        "Ngày 10/7/2025, đoàn đại biểu Bộ Quốc phòng Trung Quốc đã sang thăm Việt Nam. Trưởng đoàn là Trung tướng "
        "Lý Kiến Minh, Phó Tổng Tham mưu trưởng. Thượng tướng Hoàng Xuân Chiến đã tiếp Trung tướng Lý Kiến Minh."
    )
    assert found["Lý Kiến Minh"] == "CHN" and found["Hoàng Xuân Chiến"] == "VNM"
    # a head told without a delegation's country before keeps the country of his name
    alone = officials("Ngày 10/7/2025, đoàn công tác đã đến thăm Lữ đoàn 147. Trưởng đoàn là Đại tá Trần Văn Dũng.")
    assert alone["Trần Văn Dũng"] == "VNM"


def test_a_title_ends_before_the_delegation_joined_by_va_whose_country_is_the_names():
    doc = read("Chiều 13/10/2010, Thượng tướng Lương Quang Minh, Bộ trưởng Bộ Quốc phòng và Đoàn đại biểu Quân sự "
               "cấp cao nước Cộng hòa Nhân dân Trung Hoa đã rời Việt Nam, kết thúc tốt đẹp chuyến thăm chính thức.")
    official = next(o for o in doc.officials if o.name == "Lương Quang Minh")
    assert official.country == "CHN"
    assert official.positions == ["Bộ trưởng Bộ Quốc phòng"]
    # the delegation visiting a country after "và đoàn" is no country of the name's
    doc = read("Sáng 2/3/2025, Đại tướng Nguyễn Văn Sơn, Tổng cục trưởng và đoàn công tác đã đến thăm Lào.")
    assert {o.name: o.country for o in doc.officials}["Nguyễn Văn Sơn"] == "VNM"
