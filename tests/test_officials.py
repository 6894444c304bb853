"""Officials: anchors, names, countries, merging."""

from kg.pipeline import extract


def _officials(text):
    return {o.name: o for o in extract(text).officials}


def test_title_country_not_host():
    offs = _officials("Đại sứ Pháp tại Việt Nam Olivier Brochet cho biết hai bên sẽ hợp tác.")
    assert offs["Olivier Brochet"].country == "FRA"


def test_title_after_name_and_rank():
    offs = _officials("Ông Richard Marles, Phó Thủ tướng, Bộ trưởng Quốc phòng Australia đã đến Hà Nội.")
    assert offs["Richard Marles"].country == "AUS"


def test_sino_vietnamese_name_gets_country_from_title():
    offs = _officials("Thượng tướng Trương Hựu Hiệp, Phó Chủ tịch Quân ủy Trung ương Trung Quốc đã tới Hà Nội.")
    assert offs["Trương Hựu Hiệp"].country == "CHN"
    assert offs["Trương Hựu Hiệp"].rank == "Thượng tướng"


def test_vietnamese_default_and_merge_short_form():
    offs = _officials(
        "Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng chủ trì. Thứ trưởng Hoàng Xuân Chiến nhấn mạnh."
    )
    assert list(offs) == ["Hoàng Xuân Chiến"] and offs["Hoàng Xuân Chiến"].country == "VNM"


def test_hyphenated_transliteration_and_police_admiral_rank():
    offs = _officials("Bộ trưởng Quốc phòng Nga Xéc-gây Sôi-gu hội đàm với Chuẩn Đô đốc Trần Thanh Nghiêm.")
    assert offs["Xéc-gây Sôi-gu"].country == "RUS"
    assert offs["Trần Thanh Nghiêm"].rank == "Chuẩn Đô đốc"


def test_photo_credit_and_bare_title_are_not_officials():
    offs = _officials("Quang cảnh hội nghị. Ảnh: Huy Hùng/TTXVN\nThứ trưởng Ngoại giao Mỹ tới thăm và làm việc.")
    assert offs == {}


def test_location_is_not_a_person():
    offs = _officials("Chiều 24/10, tại Hà Nội, Thứ trưởng Bộ Quốc phòng Hoàng Xuân Chiến tiếp đoàn.")
    assert "Hà Nội" not in offs and "Hoàng Xuân Chiến" in offs


def test_short_later_form_merges_into_full_name():
    offs = _officials("Đại sứ Hoa Kỳ Marc Knapper phát biểu. Đại sứ Knapper nói thêm.")
    assert list(offs) == ["Marc Knapper"]
