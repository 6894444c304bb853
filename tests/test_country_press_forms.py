"""Country names as the press shortens and spells them: abbreviations in capitals
("VN", "TQ"), a country's first syllable joined by a dash to another ("Việt -
Trung"), and transliterations with hyphens ("Phi-li-pin", "Xinh-ga-po")."""

from __future__ import annotations

import pytest

from kg.pipeline.countries import find_countries
from tests.reading_helpers import read


def codes(text: str) -> list[str]:
    return [c.code for c in find_countries(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hai bên nhất trí thúc đẩy quan hệ quốc phòng Việt - Trung lên tầm cao mới.", ["VNM", "CHN"]),
        ("Hợp tác quốc phòng Việt-Hàn ngày càng đi vào chiều sâu.", ["VNM", "KOR"]),
        ("Cuộc họp của Ủy ban liên chính phủ Nga - Ấn về kỹ thuật quân sự.", ["RUS", "IND"]),
        ("Quan hệ Việt - Thái được nâng lên đối tác chiến lược.", ["VNM", "THA"]),
        ("Hải quân VN và Hải quân TQ tuần tra chung trên vịnh Bắc Bộ.", ["VNM", "CHN"]),
        ("Khóa tập huấn có 30 sĩ quan của VN và Ấn Độ tham gia.", ["VNM", "IND"]),
        ("Tàu hộ vệ của Hải quân Phi-li-pin cập cảng Sài Gòn.", ["PHL"]),
        ("Đoàn sĩ quan trẻ Xinh-ga-po và Ô-xtrây-lia thăm Học viện.", ["SGP", "AUS"]),
    ],
)
def test_press_forms_name_their_country(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("VOV.VN - Sáng nay, tại Hà Nội, hội nghị đã khai mạc.", []),  # a site's name, not Vietnam
        ("Việt Nam và Trung tâm Hợp tác quốc tế đã ký kết.", ["VNM"]),  # 'Trung tâm' is a centre
        ("Hợp tác Việt Nam - Trung tâm Nghiên cứu biển.", ["VNM"]),
        ("Trung tướng Lê Văn Thái - Phó Tư lệnh Quân khu.", []),
        ("Đồng bào các dân tộc Kinh, Tày, Thái, Mông cùng tham gia.", []),  # 'Thái' is a people here
        ("Đại biểu Trung ương và địa phương dự hội nghị.", []),
        ("Anh Nguyễn Văn Trung - Hàn Mặc Tử là bút danh.", []),
    ],
)
def test_look_alikes_name_no_country(text, expected):
    assert codes(text) == expected


def test_a_dashed_pair_reaches_the_event():
    doc = read(
        "Sáng 12/9/2025, tại Lào Cai, Đại tướng Phan Văn Giang dự Giao lưu hữu nghị quốc phòng biên giới "
        "Việt - Trung lần thứ 10 cùng đoàn đại biểu cấp cao Bộ Quốc phòng nước bạn."
    )
    assert any("CHN" in e.countries and "VNM" in e.countries for e in doc.events)


def test_a_first_syllable_is_no_name_a_user_types_for_a_country():
    from kg.countries import lookup

    assert lookup("Trung") is None and lookup("Hàn") is None
    assert lookup("VN") == "VNM" and lookup("Phi-li-pin") == "PHL"


def test_a_label_before_a_list_ends_the_capitalised_run():
    # "châu Âu:" is a label: the short name after it is a country when the list beside it is
    assert codes("Đoàn đi thăm các nước châu Âu: Nga, Ba Lan, Bulgaria và Hà Lan.") == ["RUS", "POL", "BGR", "NLD"]
    assert codes("Ảnh: Đức Anh") == []


def test_chinas_state_council_is_chinas():
    doc = read("Thượng tướng Lương Quang Minh, Ủy viên Quốc vụ viện, Bộ trưởng Bộ Quốc phòng đã hội đàm với "
               "Đại tướng Phùng Quang Thanh tại Hà Nội ngày 12/10/2010.")
    assert {o.name: o.country for o in doc.officials}.get("Lương Quang Minh") == "CHN"


def test_the_overseas_press_names_the_two_koreas_by_their_halves():
    assert codes("Việt Nam và Nam Hàn tăng cường hợp tác quốc phòng; Bắc Hàn phóng tên lửa.") == ["VNM", "KOR", "PRK"]
