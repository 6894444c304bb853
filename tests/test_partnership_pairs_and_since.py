"""Round 48m (psh2): partnerships on real pages. Which pair a level relates when the page
names other countries around it (an item glued after the story, a second clause, a list of
partners), and its `since` when the date opens the upgrade's clause or the level is only
deepened. Sentences written for the test."""

from __future__ import annotations

from typing import Optional

from reading_helpers import read, rules_of

CSP = "ComprehensiveStrategicPartnership"
SP = "StrategicPartnership"


def _found(text: str) -> list[tuple[tuple[str, ...], str, Optional[str]]]:
    doc = read(text)
    return [(tuple(sorted(p.countries)), p.level, p.since.iso() if p.since else None) for p in doc.partnerships]


def test_two_countries_after_the_story_do_not_make_hai_nuoc_ambiguous() -> None:
    doc = read(
        "Sáng 12/5, tại Hà Nội, Thượng tướng Nguyễn Văn An tiếp Đại sứ Philippines Maria Santos.\n\n"
        "Thượng tướng Nguyễn Văn An hoan nghênh Đại sứ đến chào.\n\n"
        "Hai bên nhất trí thúc đẩy hợp tác quốc phòng, góp phần làm sâu sắc quan hệ Đối tác chiến lược "
        "giữa hai nước.\n\n"
        "Cùng ngày, Bộ Chỉ huy Quân sự tỉnh tiếp đoàn công tác của Lào.")
    assert [(tuple(sorted(p.countries)), p.level) for p in doc.partnerships] == [(("PHL", "VNM"), SP)]
    assert "partnership.pair-told-before" in rules_of(doc.partnerships)


def test_the_clause_of_the_level_tells_its_pair() -> None:
    found = _found(
        "Chiều 3/4, Thượng tướng Lê Văn Bình tiếp Tùy viên Quốc phòng Hàn Quốc và Tùy viên Quốc phòng "
        "Pháp. Với phía Hàn Quốc, hai bên nhất trí triển khai khuôn khổ Đối tác chiến lược toàn diện được "
        "thiết lập từ tháng 12/2022; phía Pháp đề nghị sớm tổ chức đối thoại.")
    assert found == [(("KOR", "VNM"), CSP, "2022-12")]


def test_the_tail_of_a_list_of_partners_is_no_pair() -> None:
    found = _found(
        "New Zealand đã trở thành Đối tác chiến lược toàn diện thứ 10 của Việt Nam (sau Trung Quốc, Ấn Độ, "
        "Hoa Kỳ và Nhật Bản).")
    assert (("JPN", "USA"), CSP, None) not in found


def test_a_pair_written_alone_still_counts() -> None:
    found = _found("Hai nước nhắc lại quan hệ Đối tác chiến lược toàn diện Hoa Kỳ - Ấn Độ.")
    assert found == [(("IND", "USA"), CSP, None)]


def test_a_date_opening_the_upgrade_clause_is_its_since() -> None:
    assert _found("Năm 2014, Thái Lan và Nhật Bản nâng cấp quan hệ lên Đối tác chiến lược.") == [
        (("JPN", "THA"), SP, "2014")]
    assert _found(
        "Ngày 9/6/2025, nhân chuyến thăm chính thức của Thủ tướng, Việt Nam và Brazil ra tuyên bố chung "
        "về việc nâng cấp quan hệ lên Đối tác chiến lược.") == [(("BRA", "VNM"), SP, "2025-06-09")]


def test_a_report_day_before_the_upgrade_is_no_since() -> None:
    found = _found(
        "Sáng 20/8/2025, Thượng tướng Phạm Văn Hòa tiếp Đại sứ Ấn Độ, khẳng định hai nước đã nâng cấp "
        "quan hệ lên Đối tác chiến lược toàn diện.")
    assert found == [(("IND", "VNM"), CSP, None)]


def test_an_anniversary_before_the_establishment_is_no_since() -> None:
    found = _found("Năm 2025, hai nước kỷ niệm 10 năm thiết lập quan hệ Đối tác chiến lược Việt Nam - Italia.")
    assert found == [(("ITA", "VNM"), SP, None)]


def test_a_deepened_level_is_not_dated_by_the_statement() -> None:
    found = _found(
        "Chuyến thăm nhằm triển khai Tuyên bố chung về tiếp tục làm sâu sắc và nâng tầm quan hệ Đối tác "
        "hợp tác chiến lược toàn diện Việt Nam - Trung Quốc (tháng 12/2023).")
    assert found == [(("CHN", "VNM"), CSP, None)]
    assert "partnership.deepened-not-raised" in rules_of(read(
        "Hai bên cam kết nâng tầm quan hệ Đối tác chiến lược toàn diện Việt Nam - Nga trong năm 2025.").partnerships)


def test_an_upgrade_to_a_level_written_with_len_thanh() -> None:
    found = _found(
        "Một tuần sau khi nâng cấp quan hệ với Malaysia lên thành Đối tác chiến lược toàn diện, Việt Nam "
        "đón Thủ tướng Thái Lan.")
    assert found == [(("MYS", "VNM"), CSP, None)]
