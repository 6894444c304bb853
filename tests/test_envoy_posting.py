"""An envoy's posting ("Đại sứ Việt Nam tại Hoa Kỳ", "Tùy viên Quốc phòng Việt
Nam tại Nhật Bản", "Đặc phái viên ... tại Việt Nam, Campuchia và Lào") is where
they serve, not a side of what they do; a foreign envoy's country, Vietnam as
the host and a country visited stay. Sentences written for the test."""

from kg.pipeline import extract


def _codes(text):
    return [c.code for c in extract(text).countries]


def test_ambassador_posting_is_not_a_country_mention():
    doc = extract("Sáng 5/3/2024, Thượng tướng Lê Văn Hòa tiếp Đại sứ Việt Nam tại Ấn Độ Trần Minh Quang.")
    assert "IND" not in [c.code for c in doc.countries]
    assert any(d.rule == "country.envoy-posting" and d.text == "Ấn Độ" for d in doc.dropped)


def test_defence_attache_posting_is_not_a_side_of_the_meeting():
    doc = extract(
        "Chiều 12/4/2025, tại Hà Nội, Thứ trưởng Bộ Quốc phòng Lê Văn Hòa tiếp Đại tá Phạm Văn Sơn, "
        "Tùy viên Quốc phòng Việt Nam tại Nhật Bản, trước khi lên đường nhận nhiệm vụ."
    )
    assert "JPN" not in _codes(doc.text)
    assert all("JPN" not in e.countries for e in doc.events)


def test_embassy_and_consulate_postings():
    assert "NLD" not in _codes("Đại sứ quán Việt Nam tại Hà Lan tổ chức lễ kỷ niệm Ngày thành lập Quân đội.")
    assert "LAO" not in _codes("Các cán bộ Cơ quan đại diện Việt Nam tại Lào dự buổi gặp mặt ở Hà Nội.")


def test_foreign_envoy_and_visited_country_stay():
    assert "USA" in _codes("Thứ trưởng Lê Văn Hòa tiếp Đại sứ Hoa Kỳ tại Việt Nam Mark Evans.")
    assert "JPN" in _codes("Đoàn đại biểu Bộ Quốc phòng Việt Nam thăm Nhật Bản; Đại sứ Việt Nam tại Nhật Bản đón đoàn.")


def test_vietnamese_community_is_not_an_envoy():
    assert "PHL" in _codes("Đại sứ quán và đại diện cộng đồng người Việt Nam tại Philippines ra sân bay đón tàu.")


def test_foreign_envoys_posting_list_makes_no_partnership_of_its_own():
    doc = extract(
        "Chiều 3/4/2026, Bộ trưởng Phan Văn Giang tiếp ông Mark Garnier, Đặc phái viên Thương mại của Thủ tướng Anh "
        "tại Việt Nam, Campuchia và Lào, nhân dịp kỷ niệm quan hệ Đối tác chiến lược."
    )
    codes = [c.code for c in doc.countries]
    assert "KHM" not in codes and "LAO" not in codes and "VNM" in codes
    assert all(set(p.countries) != {"KHM", "LAO"} for p in doc.partnerships)
    assert all("KHM" not in e.countries for e in doc.events)


def test_a_list_after_the_posting_ends_at_a_new_phrase():
    doc = extract("Dự lễ có Đại sứ Việt Nam tại Lào và Bộ trưởng Quốc phòng Campuchia Tea Seiha.")
    assert "KHM" in [c.code for c in doc.countries]
