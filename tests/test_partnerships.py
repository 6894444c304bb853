"""Partnerships: level, pair and since."""

from kg.pipeline import extract


def test_pair_from_dash_and_since_from_upgrade():
    doc = extract(
        "Đô đốc Samuel Paparo vui mừng về quan hệ Hoa Kỳ - Việt Nam, nhất là việc hai nước nâng cấp quan hệ lên "
        "Đối tác chiến lược toàn diện vào tháng 9/2023."
    )
    (p,) = doc.partnerships
    assert set(p.countries) == {"USA", "VNM"} and p.level == "ComprehensiveStrategicPartnership"
    assert p.since is not None and p.since.iso() == "2023-09"


def test_strategic_is_not_comprehensive_strategic():
    doc = extract("Hai bên thúc đẩy quan hệ đối tác chiến lược Việt Nam - Italia.")
    assert [(set(p.countries), p.level) for p in doc.partnerships] == [({"VNM", "ITA"}, "StrategicPartnership")]


def test_future_aim_is_not_a_partnership_and_no_date_no_since():
    doc = extract("Hai nước hướng tới nâng cấp quan hệ lên Đối tác chiến lược toàn diện với Australia.")
    assert doc.partnerships == []
    doc = extract("Ngày 5/3/2024, Bộ trưởng đánh giá cao quan hệ Đối tác toàn diện Việt Nam - Hoa Kỳ.")
    assert doc.partnerships and doc.partnerships[0].since is None


def test_vietnam_china_framework_name():
    doc = extract(
        "Hai bên nhất trí làm sâu sắc hơn quan hệ Đối tác hợp tác chiến lược toàn diện Việt Nam - Trung Quốc "
        "được xác lập năm 2008."
    )
    (p,) = doc.partnerships
    assert set(p.countries) == {"CHN", "VNM"} and p.level == "ComprehensiveStrategicPartnership"
    assert p.since is not None and p.since.iso() == "2008"


def test_upgrades_listed_with_voi_pair_vietnam_with_each():
    doc = extract(
        "Chỉ trong quý I/2025, Việt Nam đã nâng cấp quan hệ lên Đối tác chiến lược toàn diện với New Zealand "
        "(tháng 2/2025), với Indonesia và Singapore (tháng 3/2025)."
    )
    got = {(p.countries, p.since.iso() if p.since else None) for p in doc.partnerships}
    assert got == {(("NZL", "VNM"), "2025-02"), (("IDN", "VNM"), "2025-03"), (("SGP", "VNM"), "2025-03")}


def test_a_level_inside_the_name_of_a_dialogue_is_no_partnership():
    doc = extract("Hai bên nghiên cứu khả năng khởi động Đối thoại đối tác chiến lược về ngoại giao - quốc phòng "
                  "giữa Việt Nam và Chile.")
    assert doc.partnerships == []
    assert [d.rule for d in doc.dropped if d.layer == "partnership"] == ["partnership.mechanism-name"]


def test_countries_listed_before_the_level_each_pair_with_vietnam():
    from kg.pipeline import extract as run

    doc = run(
        "Sau khi Việt Nam nâng cấp quan hệ với Hàn Quốc (tháng 12/2022) và Ấn Độ (tháng 9/2016) lên "
        "Đối tác chiến lược toàn diện, hợp tác quốc phòng phát triển mạnh."
    )
    found = {(p.countries, p.since.iso() if p.since else None) for p in doc.partnerships}
    assert found == {(("KOR", "VNM"), "2022-12"), (("IND", "VNM"), "2016-09")}


def test_one_country_before_lên_in_a_sentence_of_many():
    from kg.pipeline import extract as run

    doc = run(
        "Việt Nam thiết lập quan hệ Đối tác toàn diện với Peru (tháng 5) và nâng cấp quan hệ với Argentina lên "
        "Đối tác chiến lược (tháng 9); hai bên sẽ mở rộng hợp tác."
    )
    found = {(p.countries, p.level) for p in doc.partnerships}
    assert (("ARG", "VNM"), "StrategicPartnership") in found
    assert (("PER", "VNM"), "ComprehensivePartnership") in found


def test_countries_apposed_to_plural_partners_each_pair_with_vietnam():
    from kg.pipeline import extract as run

    doc = run(
        "Hợp tác với Nhật Bản và Ấn Độ, những đối tác chiến lược toàn diện từ tháng 11/2023 và tháng 9/2016, "
        "tiếp tục mở rộng."
    )
    found = {(p.countries, p.since.iso() if p.since else None) for p in doc.partnerships}
    assert found == {(("JPN", "VNM"), "2023-11"), (("IND", "VNM"), "2016-09")}


def test_two_foreign_countries_as_each_others_partners_stay_a_pair():
    from kg.pipeline import extract as run

    doc = run("Nga và Trung Quốc là đối tác chiến lược toàn diện của nhau.")
    assert {p.countries for p in doc.partnerships} <= {("CHN", "RUS")}
