"""Officials, round 12 (issue 10): who acts for a state and whose title is whose.

Firms' managers are no officials, even when they sign (unless an officer heading a
military firm signs with them); "Bộ Chỉ huy" and "Bộ Tư lệnh" are commands, not
titles; a title ends before "và" and an honorific; "Thống tướng" is a rank; a sea
and a country's name are no person; a body met "với" and told with its country is
the delegation its leader speaks for; a Lao family name may close with a second dash;
Hmong surnames after "tỉnh" are people. Every sentence here is written for the test."""

from __future__ import annotations

from kg.pipeline import extract
from kg.explain import explain_doc


def _officials(text: str) -> dict[str, object]:
    return {o.name: o for o in extract(text).officials}


def _dropped_rules(text: str) -> set[str]:
    doc = extract(text)
    return {d.rule for d in doc.dropped}


def test_managers_signing_between_firms_are_no_officials() -> None:
    text = ("Hợp tác công nghiệp quốc phòng\n\nDưới sự chứng kiến của Thượng tướng Trần Văn Khải, "
            "Thứ trưởng Bộ Quốc phòng, ông Đặng Minh Tuấn, Tổng Giám đốc Công ty cổ phần Thiết bị "
            "Biển Xanh và ông Park Sung-ho, Phó Chủ tịch Tập đoàn Hanbit Marine đã ký biên bản ghi nhớ.")
    names = set(_officials(text))
    assert "Trần Văn Khải" in names
    assert "Đặng Minh Tuấn" not in names and "Park Sung-ho" not in names
    assert "official.company-manager" in _dropped_rules(text)


def test_a_partner_firm_signing_with_an_officer_heading_a_military_firm_acts_for_it() -> None:
    text = ("Ký kết hợp tác\n\nSáng 9/3, hai bên ký biên bản ghi nhớ. Ký kết có Đại tá Lê Văn Thịnh, "
            "Tổng giám đốc MTC và ông Budi Santoso, Tổng giám đốc PT Garuda Sistem.")
    offs = _officials(text)
    assert "Lê Văn Thịnh" in offs and "Budi Santoso" in offs


def test_a_manager_title_before_a_foreign_brand_is_a_firms() -> None:
    text = ("Diễn đàn quân sự\n\nNgày 11/8, đoàn làm việc với các hãng. Tại buổi làm việc, ông Pavel "
            "Orlov, Phó Tổng Giám đốc Uralvagonzavod giới thiệu sản phẩm mới.")
    assert "Pavel Orlov" not in _officials(text)


def test_an_agencys_acronym_after_a_manager_title_keeps_the_official() -> None:
    text = ("Hội thảo\n\nNgày 4/6, ông Kim Tae-woo, Giám đốc DAPA, đã làm việc với Thứ trưởng "
            "Bộ Quốc phòng Việt Nam.")
    assert "Kim Tae-woo" in _officials(text)


def test_a_command_after_bo_is_no_title_for_the_unit_name_after_it() -> None:
    text = ("Lễ ký\n\nHai Bộ trưởng chứng kiến lễ ký Bản ghi nhớ giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh "
            "Hà Giang và Trạm Kiểm soát biên phòng Văn Sơn về quản lý cửa khẩu.")
    assert _officials(text) == {}
    kept = ("Tiếp đoàn\n\nĐại tá Nguyễn Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Lạng Sơn đã tiếp "
            "đoàn. Tư lệnh Bộ Tư lệnh Vùng 2 Hải quân Trần Văn Bình dự.")
    offs = _officials(kept)
    assert offs["Trần Văn Bình"].positions == ["Tư lệnh Bộ Tư lệnh Vùng 2 Hải quân"]


def test_a_title_ends_before_and_and_an_honorific() -> None:
    text = ("Đối thoại\n\nNgày 11/3, đối thoại diễn ra dưới sự đồng chủ trì của Thượng tướng Hoàng Văn "
            "Thành, Thứ trưởng Bộ Quốc phòng Việt Nam và Ngài John Smithers, Tổng Thư ký Quốc phòng "
            "New Zealand.")
    off = _officials(text)["John Smithers"]
    assert off.country == "NZL"
    assert off.positions == ["Tổng Thư ký Quốc phòng New Zealand"]


def test_senior_general_is_a_rank() -> None:
    text = ("Tiếp kiến\n\nSáng 19-12, Đại tướng Lê Minh Tâm tiếp Thống tướng Soe Win Naing, tổng tư "
            "lệnh các lực lượng vũ trang Myanmar.")
    off = _officials(text)["Soe Win Naing"]
    assert off.rank == "Thống tướng" and off.country == "MMR"


def test_a_sea_then_a_country_is_no_name() -> None:
    text = ("Hội nghị hải quân\n\nBên lề hội nghị, Tư lệnh Hải quân gặp Tư lệnh Hải quân Pháp và Tư lệnh "
            "Hạm đội Thái Bình Dương Mỹ trao đổi hợp tác.")
    assert not any("Thái Bình Dương" in n for n in _officials(text))
    assert "official.stoplist" in _dropped_rules(text)


def test_a_body_met_with_its_country_gives_its_leader_that_country() -> None:
    china = ("Hội đàm\n\nNgày 18/3, tại cửa khẩu, Bộ CHQS tỉnh Lai Châu hội đàm với Quân phân khu Hồng Hà "
             "(tỉnh Vân Nam, Trung Quốc) do Đại tá Lý Văn Phúc, Tư lệnh Quân phân khu làm trưởng đoàn.")
    assert _officials(china)["Lý Văn Phúc"].country == "CHN"
    laos = ("Tiếp đoàn\n\nSáng 3/4, Bộ CHQS tỉnh tiếp Bộ Chỉ huy Quân sự tỉnh Hủa Phăn (Lào) do Đại tá "
            "Vũ Văn Minh dẫn đầu.")
    assert _officials(laos)["Vũ Văn Minh"].country == "LAO"
    own = ("Thăm Lào\n\nSáng 3/4, đoàn Bộ CHQS tỉnh sang thăm tỉnh Hủa Phăn (Lào) do Đại tá Vũ Văn Minh "
           "dẫn đầu.")
    assert _officials(own)["Vũ Văn Minh"].country == "VNM"


def test_a_lao_family_name_closed_by_a_second_dash() -> None:
    text = ("Hội đàm\n\nThượng tướng Sỉ Thoong - Phăn Vi Lay - Thứ trưởng Bộ Quốc phòng Lào đánh giá cao "
            "sự giúp đỡ của Quân khu 4.")
    off = _officials(text)["Sỉ Thoong - Phăn Vi Lay"]
    assert off.country == "LAO"
    vn = _officials("Phát biểu\n\nĐại tướng Phan Văn Giang - Bộ trưởng Bộ Quốc phòng phát biểu.")
    assert "Phan Văn Giang" in vn


def test_a_hmong_name_after_tinh_is_a_person() -> None:
    text = ("Chúc Tết\n\nTừ ngày 10 đến 12/4, đoàn đại biểu tỉnh Điện Biên do Phó Chủ tịch UBND tỉnh "
            "Sùng A Páo dẫn đầu đã thăm tỉnh Phongsaly.")
    assert "Sùng A Páo" in _officials(text)


def test_explain_names_the_company_rule() -> None:
    text = ("Triển lãm\n\nÔng Pavel Orlov, Phó Tổng Giám đốc Uralvagonzavod giới thiệu sản phẩm. "
            "Thượng tướng Trần Văn Khải, Thứ trưởng Bộ Quốc phòng thăm gian hàng.")
    explanation = explain_doc(extract(text))
    assert "official.company-manager" in explanation.rule_names()


def test_a_patronymic_name_in_the_other_order_is_the_same_official() -> None:
    text = ("Lễ đón\n\nĐại tướng Lê Quang Hòa và Thiếu tướng Sidorenko Oleg Viktorovich duyệt Đội Danh dự. "
            "Ảnh: Minh Tâm\n\nSáng 20/10, Đại tướng Lê Quang Hòa chủ trì lễ đón Đoàn do Thiếu tướng Oleg "
            "Sidorenko, Tổng Tham mưu trưởng các Lực lượng vũ trang Belarus dẫn đầu.")
    foreign = [o.name for o in extract(text).officials if o.country == "BLR"]
    assert foreign == ["Oleg Sidorenko"]
