"""A meeting's short name in capitals after the event's head word ("tại Hội nghị ADMM Retreat", "Diễn
đàn ARF Plus") is no family name in capitals before a given name: no official "ADMM Retreat"
(round 48; `official.family-name-in-capitals-before` keeps "Đại sứ KAWANO Hiroaki")."""

from tests.reading_helpers import officials_by_name, read

TEXT = ("Ngày 14/2, tại Kuala Lumpur, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp đã diễn ra dưới sự chủ trì "
        "của Bộ trưởng Quốc phòng Malaysia Hamid Yusof. Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, dự hội nghị.\n\n"
        "Các trưởng đoàn chụp ảnh chung tại Hội nghị ADMM Retreat.")


def test_the_retreat_is_no_person() -> None:
    names = officials_by_name(read(TEXT))
    assert "ADMM Retreat" not in names and "Retreat" not in names
    assert "Hamid Yusof" in names


def test_a_family_name_in_capitals_is_still_read() -> None:
    doc = read("Ngày 3/6, Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Nhật Bản tại Việt Nam YAMADA Takio, "
               "đến chào xã giao.")
    assert "YAMADA Takio" in officials_by_name(doc)
