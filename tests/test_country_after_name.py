"""A name followed by "của" and a country closing its clause ("Đại tướng X của Campuchia, Đô đốc Y của
Myanmar và ..."), in a list of delegations' heads, takes that country, not the one the list named just
before (`official.country-after-name`)."""

from tests.reading_helpers import officials_by_name, read

TEXT = (
    "Hội nghị Bộ trưởng Quốc phòng các nước ASEAN\n\n"
    "Ngày 9/3, Đại tướng Hồ Văn Tâm, Bộ trưởng Bộ Quốc phòng dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN "
    "tại Kuala Lumpur, với sự tham dự của Bộ trưởng Quốc phòng Singapore Lim Boon Heng, Bộ trưởng Quốc phòng "
    "Indonesia Budi Santoso, Đại tướng Pol Saroeun của Campuchia, Đô đốc Kyaw Min của Myanmar và Đại tướng "
    "Bounthong Keomany của Lào.\n\n"
    "Các bộ trưởng đã trao đổi về tình hình an ninh khu vực."
)


def test_each_head_takes_the_country_after_his_name() -> None:
    people = officials_by_name(read(TEXT))
    assert people["Pol Saroeun"].country == "KHM"
    assert people["Kyaw Min"].country == "MMR"
    assert people["Bounthong Keomany"].country == "LAO"
    assert people["Budi Santoso"].country == "IDN"


def test_a_body_after_the_name_is_not_read_as_the_country() -> None:
    """"của Bộ Quốc phòng Thái Lan" is a body (`official.country-of-body-after`), still Thailand's."""
    text = ("Ngày 4/5, Thượng tướng Lê Quang Minh tiếp Trung tướng Somsak Chaiyo của Bộ Quốc phòng Thái Lan "
            "tại Hà Nội.")
    assert officials_by_name(read(text))["Somsak Chaiyo"].country == "THA"
