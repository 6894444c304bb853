"""Lao and Khmer names as the Vietnamese press writes them (issue 10, round 7 of reading real
pages): the family name after a spaced dash ("Khăm Liêng – U Thạ Cay Sỏn"), a whole short name
after a rank whose last words look Vietnamese ("Mươn Sa Mon"), and a name in Vietnamese
syllables that opens with no Vietnamese surname, which takes the foreign country told near it
rather than Vietnam. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from kg.pipeline import extract
from kg.pipeline.officials.mentions import COUNTRY_NO_SURNAME, DASHED_FAMILY_NAME


def _officials(text: str) -> dict[str, tuple[str | None, list[str]]]:
    doc = extract("Tin đối ngoại\n\n" + text)
    return {o.name: (o.country, o.positions) for o in doc.officials}


def _rules(text: str, name: str) -> set[str]:
    doc = extract("Tin đối ngoại\n\n" + text)
    off = next(o for o in doc.officials if o.name == name)
    return {r for reading in off.readings for r in reading.rules}


@pytest.mark.parametrize(("text", "name", "country", "position"), [
    ("Tiếp đoàn có Đại tá Sổm Phết – Xay Nha Vông, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sê Kông.",
     "Sổm Phết – Xay Nha Vông", "LAO", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Sê Kông"),
    ("Chiều 4/3, Đại tá Kham Sỉ - Phông Sa Vắt, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh Chăm Pa Sắc (Lào), "
     "đã đến chúc Tết Bộ Chỉ huy Quân sự tỉnh Kon Tum.",
     "Kham Sỉ - Phông Sa Vắt", "LAO", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh Chăm Pa Sắc"),
])
def test_a_family_name_after_a_spaced_dash_is_part_of_the_name(text: str, name: str, country: str,
                                                                position: str) -> None:
    got = _officials(text)
    assert got[name] == (country, [position])
    assert DASHED_FAMILY_NAME in _rules(text, name)


def test_each_dashed_name_of_a_list_is_whole_and_no_half_of_one_is_another_official() -> None:
    got = _officials("Ngày 12/4, đoàn công tác Quân khu 5 đến thăm Bộ Quốc phòng Lào. Các đồng chí Ủy viên "
                     "Trung ương Đảng Nhân dân Cách mạng Lào: Thượng tướng Sỉ Thoong – Phăn Vi Lay, Thứ trưởng "
                     "Bộ Quốc phòng; Trung tướng Bun Mi – Khăm Phoong, Thứ trưởng Bộ Quốc phòng Lào tiếp đoàn.")
    assert set(got) == {"Sỉ Thoong – Phăn Vi Lay", "Bun Mi – Khăm Phoong"}
    assert {country for country, _ in got.values()} == {"LAO"}


@pytest.mark.parametrize(("text", "name", "position"), [
    # a Vietnamese name: the words after its dash are a title, however they are spelt
    ("Đại tướng Trần Quốc Bảo – Bộ trưởng Bộ Quốc phòng chủ trì buổi tiếp.", "Trần Quốc Bảo",
     "Bộ trưởng Bộ Quốc phòng"),
    ("Thiếu tướng Lê Văn Thắm - Phó Tư lệnh Quân khu 7 dẫn đầu đoàn.", "Lê Văn Thắm", "Phó Tư lệnh Quân khu 7"),
])
def test_a_title_after_the_dash_of_a_vietnamese_name_stays_a_title(text: str, name: str, position: str) -> None:
    got = _officials(text)
    assert got[name] == ("VNM", [position])


def test_a_dash_followed_by_a_country_or_prose_joins_nothing() -> None:
    got = _officials("Chiều 8/3, Đại tá Bun Thoong - Lào và đoàn công tác đã đến thăm đơn vị. Thượng tá "
                     "Khăm Phăn - người chỉ huy đội tuần tra - phát biểu.")
    assert not any("–" in n or " - " in n for n in got)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Về phía Quân đội Hoàng gia Campuchia có Thiếu tướng Thol Sa Ron, Chỉ huy trưởng Tiểu khu Quân sự; "
     "Trung tướng Mươn Sa Mon, Phó Chỉ huy trưởng.", "Mươn Sa Mon", "KHM"),
    ("Dự hội nghị về phía tỉnh bạn Campuchia có Đại tá Am Sa Da, Phó Chỉ huy trưởng Tiểu khu Quân sự.",
     "Am Sa Da", "KHM"),
])
def test_a_short_name_after_a_rank_is_whole(text: str, name: str, country: str) -> None:
    got = _officials(text)
    assert got[name][0] == country
    assert not any(n != name and name.endswith(n) for n in got)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Ngày 5/2, Bộ Chỉ huy Quân sự tỉnh Luông Nặm Thà, nước CHDCND Lào do Thiếu tướng "
     "Nếch Khăm Phoong, Chính ủy làm trưởng đoàn đã đến chúc Tết Bộ Chỉ huy Quân sự tỉnh Điện Biên.",
     "Nếch Khăm Phoong", "LAO"),
    ("Về phía các Tiểu khu Quân sự thuộc Quân đội Hoàng gia Campuchia có Trung tướng Yêt Sô Khon, "
     "Chỉ huy trưởng Tiểu khu Quân sự tỉnh Kra Chiếh.", "Yêt Sô Khon", "KHM"),
])
def test_a_name_with_no_vietnamese_surname_takes_the_country_told_near_it(text: str, name: str,
                                                                           country: str) -> None:
    assert _officials(text)[name][0] == country
    assert COUNTRY_NO_SURNAME in _rules(text, name)


def test_a_vietnamese_name_with_a_minority_surname_stays_vietnamese() -> None:
    got = _officials("Đoàn Quân đội nhân dân Lào thăm tỉnh Sơn La. Tiếp đoàn có Đại tá Cầm Văn Tươi, "
                     "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, cùng các đồng chí trong Thường vụ Đảng ủy.")
    assert got["Cầm Văn Tươi"][0] == "VNM"


def test_no_surname_name_far_from_any_foreign_country_is_not_given_the_articles() -> None:
    text = ("Đoàn công tác Quân khu 5 thăm Lào\n\nNgày 3/5, đoàn công tác Quân khu 5 đã đến thăm tỉnh "
            "Sê Kông, Lào.\n\nTrước đó, tại Đà Nẵng, Thượng tá Khổng Tú Vinh chủ trì buổi gặp mặt cán bộ "
            "của đoàn; Đại tá Ông Văn Lự, Chính ủy, dự.")
    got = _officials(text)
    assert got["Khổng Tú Vinh"][0] == "VNM" and got["Ông Văn Lự"][0] == "VNM"


def test_a_service_written_with_a_capital_is_no_official() -> None:
    got = _officials("Tiếp đoàn có Đại tướng Chea Sô Phon, Phó Tư lệnh Lục Quân, Tư lệnh Quân khu 4 Campuchia.")
    assert "Lục Quân" not in got
    assert got["Chea Sô Phon"][0] == "KHM"


@pytest.mark.parametrize(("text", "name", "country", "position"), [
    ("Ngày 9/3, tại Hà Nội, Thượng tướng Lê Quốc Hưng đã tiếp ông Lưu Kiến Minh, Tham tán Quốc phòng Trung Quốc.",
     "Lưu Kiến Minh", "CHN", "Tham tán Quốc phòng Trung Quốc"),
    ("Về phía tỉnh bạn Campuchia có ông Sôm Sa Rin– Huyện trưởng huyện Rô Meas Hek.",
     "Sôm Sa Rin", "KHM", "Huyện trưởng huyện Rô Meas Hek"),
])
def test_a_counsellor_and_a_district_head_are_officials(text: str, name: str, country: str, position: str) -> None:
    assert _officials(text)[name] == (country, [position])


def test_the_indo_pacific_is_no_country_of_an_official() -> None:
    got = _officials("Chiều 5/3, Đại tướng Trần Quốc Bảo tiếp Đô đốc Robert Kessler, Tư lệnh Bộ Tư lệnh Ấn Độ - "
                     "Thái Bình Dương Hoa Kỳ. Đô đốc Robert Kessler nhấn mạnh vai trò của khu vực Ấn Độ - "
                     "Thái Bình Dương; ông Mark Delaney, Tư lệnh các lực lượng Ấn Độ - Thái Bình Dương, cùng dự.")
    assert got["Robert Kessler"][0] == "USA"
    assert got["Mark Delaney"][0] == "USA"


def test_a_dashed_name_closed_by_a_verb_and_holding_a_foreign_looking_word_is_whole() -> None:
    got = _officials("Đoàn Công an tỉnh Bô Ly Khăm Xay (Lào) do Đại tá Khăm Sỏn - In Thao Vông làm trưởng đoàn "
                     "đã sang thăm, chúc Tết Bộ đội Biên phòng tỉnh Hà Tĩnh.")
    assert got["Khăm Sỏn - In Thao Vông"][0] == "LAO"
    assert "Khăm Sỏn" not in got


def test_a_japanese_name_written_in_both_orders_is_one_official() -> None:
    got = _officials("Tàu tuần tra của Lực lượng Bảo vệ bờ biển Nhật Bản do Đại tá Takeshi Mori, Chỉ huy tàu "
                     "dẫn đầu đã cập cảng Tiên Sa. Đại tá Mori Takeshi cho biết chuyến thăm góp phần tăng "
                     "cường hợp tác giữa hai lực lượng.")
    assert set(got) == {"Takeshi Mori"}
    assert got["Takeshi Mori"][0] == "JPN"


def test_two_vietnamese_names_of_the_same_words_stay_two_people() -> None:
    got = _officials("Dự buổi lễ có Đại tá Lê Văn Minh, Chính ủy Lữ đoàn 170, và Thượng tá Minh Văn Lê, "
                     "Phó Lữ đoàn trưởng Lữ đoàn 170.")
    assert "Lê Văn Minh" in got
