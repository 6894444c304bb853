"""A list of delegations told one a segment (round 52f): "Tham dự có các đoàn A do X dẫn đầu; B do Y dẫn đầu; ..."
opens each segment after its semicolon with the delegation's own country, so the side told at the list's head ("các
đoàn A") is not the side of a name in a later segment (`official.country-of-side` stops there); a segment opening on
a person ("; ông Y") still belongs to the side before it."""

from tests.reading_helpers import officials_by_name, read

LIST = (
    "Chiều 14/5, tại Kuala Lumpur, Malaysia, Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN đã diễn ra. "
    "Tham dự hội nghị có các đoàn Malaysia do Đại tướng Hisham Ramli Zainudin, Bộ trưởng Quốc phòng dẫn đầu; "
    "Singapore do ông Daniel Koh Jun Wei, Bộ trưởng Quốc phòng dẫn đầu; Lào do Trung tướng Souksavanh "
    "Phommachanh, Thứ trưởng Bộ Quốc phòng dẫn đầu; Campuchia do Đại tướng Chhay Sokunthea, Bộ trưởng Cao cấp "
    "dẫn đầu.\n"
)


def test_each_segment_of_a_list_of_delegations_takes_its_own_country():
    officials = officials_by_name(read(LIST))
    assert officials["Hisham Ramli Zainudin"].country == "MYS"
    assert officials["Daniel Koh Jun Wei"].country == "SGP"
    assert officials["Souksavanh Phommachanh"].country == "LAO"
    assert officials["Chhay Sokunthea"].country == "KHM"


ONE_SIDE = (
    "Sáng 9/6, tại Hà Nội, Thượng tướng Lê Quang Hưng, Thứ trưởng Bộ Quốc phòng đã hội đàm với đoàn Trung Quốc. "
    "Đoàn Trung Quốc có Thượng tướng Zhao Weiming, Phó Tham mưu trưởng Bộ Tham mưu liên hợp; ông Sun Haotian, "
    "Cục trưởng Cục Hợp tác quốc tế.\n"
)


def test_a_segment_opening_on_a_person_stays_on_the_side_before_it():
    officials = officials_by_name(read(ONE_SIDE))
    assert officials["Sun Haotian"].country == "CHN"
