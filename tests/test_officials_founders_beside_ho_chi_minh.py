"""A leader named beside President Hồ Chí Minh as a founder of the relation is a figure of history, no
official of the article (`official.founder-beside-ho-chi-minh`); one named beside him for another reason stays."""

from tests.reading_helpers import drops, officials_by_name, read

FOUNDER_AFTER = (
    "Tại hội đàm, Đại tướng Phan Văn Giang nhấn mạnh quan hệ Việt Nam - Mông Cổ do Chủ tịch Hồ Chí Minh và "
    "Thủ tướng Yumjaagiin Tsedenbal đặt nền móng ngày càng phát triển. Bộ trưởng Quốc phòng Mông Cổ Gursed "
    "Saikhanbayar cảm ơn sự đón tiếp."
)
FOUNDER_BEFORE = (
    "Hai bên khẳng định tình hữu nghị được Tổng thống Gamal Abdel Nasser và Chủ tịch Hồ Chí Minh cùng các thế hệ "
    "lãnh đạo dày công vun đắp. Thượng tướng Hoàng Xuân Chiến tiếp Đại sứ Ai Cập Ahmed Fathy."
)
NOT_A_FOUNDER = (
    "Sáng 5/3, đoàn đã vào Lăng viếng Chủ tịch Hồ Chí Minh và Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc "
    "phòng đã tiếp Đại sứ Ai Cập Ahmed Fathy."
)


def test_a_founder_named_after_ho_chi_minh_is_no_official():
    doc = read(FOUNDER_AFTER)
    assert set(officials_by_name(doc)) == {"Phan Văn Giang", "Gursed Saikhanbayar"}
    assert "official.founder-beside-ho-chi-minh" in drops(doc, "official")


def test_a_founder_named_before_ho_chi_minh_is_no_official():
    doc = read(FOUNDER_BEFORE)
    assert set(officials_by_name(doc)) == {"Hoàng Xuân Chiến", "Ahmed Fathy"}


def test_an_official_after_ho_chi_minh_with_no_founding_stays():
    assert officials_by_name(read(NOT_A_FOUNDER))["Hoàng Xuân Chiến"].country == "VNM"
