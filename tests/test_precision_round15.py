"""Precision, round 15 (issue 10): a title region ending on "của", "cho", "thay" or "thế" is a
clause whose object is the person, not his title ("dưới sự chỉ huy của Đại tá X"); "quyền" after
"chính", "thẩm", "ủy" closes a noun and makes no acting title ("chính quyền Tổng thống X"); an
envoy's name after his posting's country ("tại Hàn Quốc Vũ Hồ") is read; a name ends before a
word that opens a rank with the words after it ("Quyết Thượng tướng"). Sentences written for
the test."""

from __future__ import annotations

from reading_helpers import read, rules_of


def _official(text: str, name: str):
    found = [o for o in read(text).officials if o.name == name]
    assert found, f"{name} not read from {text!r}"
    return found[0]


def test_a_commander_named_after_under_the_command_of_gets_no_dangling_title() -> None:
    text = ("Tàu khu trục INS Rana của Hải quân Ấn Độ cập cảng Tiên Sa, Đà Nẵng sáng 4/6. Trên tàu có 280 "
            "thủy thủ dưới sự chỉ huy của Đại tá Arun Mehta, Thuyền trưởng.")
    officer = _official(text, "Arun Mehta")
    assert officer.positions == ["Thuyền trưởng"]
    assert officer.rank == "Đại tá"
    assert officer.country == "IND"
    assert "official.title-ends-on-preposition" in rules_of([officer])


def test_a_decision_given_to_someone_is_not_his_title() -> None:
    text = ("Sáng 9/3, Phó Chủ nhiệm Văn phòng Chủ tịch nước công bố quyết định của Chủ tịch nước phong hàm "
            "Đại sứ cho ông Lê Minh Đức, Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao.")
    official = _official(text, "Lê Minh Đức")
    assert not any(p.endswith(" cho") or "phong hàm" in p for p in official.positions)
    assert official.positions == ["Vụ trưởng Vụ Châu Âu, Bộ Ngoại giao"]


def test_the_one_replaced_gets_no_title_ending_on_thay() -> None:
    text = ("Tổng thống Pháp bổ nhiệm ông Jean Moreau làm Bộ trưởng Quốc phòng thay Đại tướng Paul Girard, "
            "người giữ chức này từ năm 2020.")
    replaced = _official(text, "Paul Girard")
    assert not any(p.endswith(" thay") for p in replaced.positions)


def test_the_administration_of_a_president_is_no_acting_president() -> None:
    text = ("Hợp tác quốc phòng với Việt Nam là ưu tiên của chính quyền Tổng thống Joe Biden, Bộ trưởng "
            "Quốc phòng Hoa Kỳ Lloyd Austin nói tại Hà Nội ngày 2/6.")
    president = _official(text, "Joe Biden")
    assert president.positions == ["Tổng thống"]
    assert "official.quyen-in-a-noun" in rules_of([president])


def test_an_acting_title_keeps_its_quyen() -> None:
    text = "Chiều 5/3, Đại tá Lê Văn Hòa, quyền Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, tiếp đoàn."
    assert _official(text, "Lê Văn Hòa").positions == ["quyền Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]
    text = "Chiều 5/3, quyền Bộ trưởng Quốc phòng Thái Lan Somchai Rakpong tiếp đoàn Việt Nam."
    assert _official(text, "Somchai Rakpong").positions == ["quyền Bộ trưởng Quốc phòng Thái Lan"]


def test_an_envoy_with_a_two_word_name_after_his_posting_is_read() -> None:
    text = ("Đón đoàn tại sân bay có Đại sứ Việt Nam tại Hàn Quốc Lê Hải cùng cán bộ Đại sứ quán. "
            "Dự lễ còn có Đại sứ Việt Nam tại Hà Lan Vũ Minh.")
    envoy = _official(text, "Lê Hải")
    assert envoy.country == "VNM"
    assert envoy.positions == ["Đại sứ Việt Nam tại Hàn Quốc"]
    assert "official.name-after-posting" in rules_of([envoy])
    assert _official(text, "Vũ Minh").country == "VNM"


def test_a_place_after_a_country_stays_a_place() -> None:
    doc = read("Đoàn đã đến thăm một đơn vị tại Trung Quốc Quảng Tây và tại Lào Cai Hà Khẩu.")
    assert doc.officials == []


def test_a_name_ends_before_the_rank_of_the_next_sentence() -> None:
    text = ("Tân Tư lệnh Quân khu 9 Nguyễn Văn Toàn Thiếu tướng Nguyễn Văn Toàn được bổ nhiệm làm Tư lệnh "
            "Quân khu 9 từ ngày 1/8.")
    names = {o.name for o in read(text).officials}
    assert "Nguyễn Văn Toàn" in names
    assert not any(n.endswith(" Thiếu") for n in names)


def test_a_given_name_that_is_no_rank_word_is_kept() -> None:
    text = "Dự buổi tiếp có Thượng tướng Nguyễn Văn Trung, Phó Tổng Tham mưu trưởng, và Đại tá Lê Hoài Trung."
    names = {o.name for o in read(text).officials}
    assert {"Nguyễn Văn Trung", "Lê Hoài Trung"} <= names
