"""Officials, round 11 (issue 10): ships named with a hull number or for an officer are no
persons; a foreign officer named by his surname alone after his rank; long Lao names closed
by a title; "Tỉnh ủy viên" as a title. The sentences are written for these tests."""

from __future__ import annotations

from reading_helpers import read


def _run(text: str):
    return read("Tin quốc phòng\n\n" + text)


def _officials(text: str) -> dict[str, str]:
    return {o.name: o.country for o in _run(text).officials}


def _drop_rules(text: str) -> set[tuple[str, str]]:
    return {(d.text, d.rule) for d in _run(text).dropped if d.layer == "official"}


def _rules_of(text: str, name: str) -> set[str]:
    official = next(o for o in _run(text).officials if o.name == name)
    return {r for reading in official.readings for r in reading.rules}


def test_a_ship_named_after_its_hull_number_is_no_person() -> None:
    text = ("Sáng 3/9, Tàu 018-Lê Đại Hành của Hải quân Việt Nam cập cảng Sattahip, Thái Lan. "
            "Đại tá Hoàng Minh Đức, Thuyền trưởng Tàu 018-Lê Đại Hành, cảm ơn sự đón tiếp của "
            "Hải quân Hoàng gia Thái Lan.")
    names = _officials(text)
    assert "Lê Đại Hành" not in names
    assert names.get("Hoàng Minh Đức") == "VNM"
    assert ("Lê Đại Hành", "official.ship-name") in _drop_rules(text)


def test_a_ship_number_with_spaced_dash_is_a_ship_too() -> None:
    text = "Ngày 4/9, tàu 019 - Quang Khải rời cảng Cam Ranh, bắt đầu chuyến thăm Ấn Độ."
    assert "Quang Khải" not in _officials(text)


def test_a_foreign_officer_named_by_surname_after_his_rank() -> None:
    text = ("Sáng 10/6, tàu hộ vệ của Lực lượng Phòng vệ Biển Nhật Bản cập cảng Tiên Sa, Đà Nẵng. "
            "Đại tá Kitamura, Chỉ huy trưởng biên đội tàu Nhật Bản, bày tỏ vui mừng được thăm Việt Nam.")
    assert _officials(text).get("Kitamura") == "JPN"
    assert "official.ranked-foreign-surname" in _rules_of(text, "Kitamura")


def test_a_surname_alone_with_no_rank_is_still_dropped() -> None:
    text = ("Sáng 10/6, tàu hộ vệ của Lực lượng Phòng vệ Biển Nhật Bản cập cảng Tiên Sa. "
            "Ông Kitamura cho biết chuyến thăm kéo dài bốn ngày.")
    assert "Kitamura" not in _officials(text)


def test_a_ship_named_for_an_admiral_is_no_officer() -> None:
    text = ("Ngày 12/5, biên đội tàu Hải quân Nga gồm tàu khu trục lớn Đô đốc Vinogradov và tàu "
            "hậu cần Irkut cập cảng Cam Ranh.")
    assert "Vinogradov" not in _officials(text)


def test_a_lao_name_of_seven_syllables_closed_by_a_title() -> None:
    text = ("Ngày 5/12, tại tỉnh Hủa Phăn (Lào), Đại tá Vông Xay Khăm Phon Sỉ Thạ Vông, Phó Chỉ huy "
            "trưởng Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào), hội đàm với Đại tá Lò Văn Tùng, Chỉ huy "
            "trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Thanh Hóa.")
    names = _officials(text)
    assert names.get("Vông Xay Khăm Phon Sỉ Thạ Vông") == "LAO"
    assert names.get("Lò Văn Tùng") == "VNM"


def test_a_name_syllable_that_opens_a_longer_head_stays_in_the_name() -> None:
    # "Văn" opens "Văn phòng": only with "phòng" after it does it start a title
    text = ("Ngày 5/12, Đại tá Khăm Sỉ Bun Mi Vị Văn, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh "
            "Xiêng Khoảng (Lào), hội đàm với đoàn Bộ đội Biên phòng tỉnh Nghệ An.")
    assert _officials(text).get("Khăm Sỉ Bun Mi Vị Văn") == "LAO"


def test_a_lao_province_spelt_phong_sa_ly_is_no_name() -> None:
    text = ("Đại tá Bun Thăn Sỉ Vông, Chỉ huy trưởng Bộ CHQS tỉnh Phông Sa Ly, hội đàm với Đại tá "
            "Lường Văn Chiến, Chỉ huy trưởng BĐBP tỉnh Điện Biên, ngày 20/11.")
    names = _officials(text)
    assert "Sa Ly" not in names
    assert names.get("Bun Thăn Sỉ Vông") == "LAO"


def test_tinh_uy_vien_after_a_dash_makes_an_official() -> None:
    text = ("Chiều 14/3, tại Vinh, về phía tỉnh Nghệ An có đồng chí Hoàng Văn Phúc – Tỉnh ủy viên, "
            "Phó Chủ tịch UBND tỉnh tiếp đoàn đại biểu tỉnh Xiêng Khoảng (Lào).")
    assert _officials(text).get("Hoàng Văn Phúc") == "VNM"


def test_a_rank_in_lower_case_after_a_comma_anchors_the_name() -> None:
    text = ("Sáng 2/7, tàu USNS Comfort cập cảng Quy Nhơn. Tham dự lễ đón có Đại tá Michael Grant, "
            "Chỉ huy trưởng tàu USNS Comfort, đại tá Andrew HOLT, Hải quân Hoàng gia Anh.")
    assert _officials(text).get("Andrew HOLT") == "GBR"
    assert "official.country-of-service-after" in _rules_of(text, "Andrew HOLT")


def test_a_service_with_more_after_it_gives_no_country() -> None:
    text = ("Sáng 2/7, phía Hoa Kỳ có Đại tá Michael Grant, Hải quân Hoàng gia Anh và Hoa Kỳ phối hợp "
            "trong chuyến thăm cảng Quy Nhơn.")
    rules = _rules_of(text, "Michael Grant")
    assert "official.country-of-service-after" not in rules


def test_a_khmer_name_ending_in_a_foreign_looking_syllable_is_read_whole() -> None:
    text = ("Ngày 10/2, đoàn đại biểu tỉnh Kampot (Campuchia) do Thiếu tướng Sóc Bô Na Rith, Chỉ huy "
            "trưởng Hiến binh tỉnh Kampot làm trưởng đoàn đến thăm Bộ đội Biên phòng tỉnh Kiên Giang.")
    names = _officials(text)
    assert names.get("Sóc Bô Na Rith") == "KHM"
    assert "Rith" not in names
