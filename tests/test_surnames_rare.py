"""Rare Vietnamese family names (Mạch, Liễu) open a whole name; "Đan Mạch" stays Denmark."""

from __future__ import annotations

from kg.pipeline import extract


def officials(text: str) -> dict[str, str]:
    return {o.name: o.country for o in extract(text).officials}


def test_mach_opens_the_name_of_a_vietnamese_leader() -> None:
    got = officials("Chiều 4/6/2025, Phó Thủ tướng Mạch Quang Vinh đã tiếp Trung tướng Somsak Wongchai, "
                    "Tư lệnh Lục quân Hoàng gia Thái Lan.")
    assert got.get("Mạch Quang Vinh") == "VNM"
    assert "Quang Vinh" not in got


def test_lieu_opens_the_name_of_a_deputy_minister() -> None:
    got = officials("Ngày 9/10/2025, Đại sứ Bỉ Jan Peeters đã chào xã giao Thượng tướng Liễu Đức Hạnh, "
                    "Thứ trưởng Bộ Quốc phòng.")
    assert got.get("Liễu Đức Hạnh") == "VNM"


def test_denmark_before_a_foreign_name_is_still_the_country() -> None:
    got = officials("Ngày 2/2/2025, Bộ trưởng Quốc phòng Đan Mạch Lars Holm Kristensen đã hội đàm với "
                    "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam.")
    assert got.get("Lars Holm Kristensen") == "DNK"
    assert not any(name.startswith("Mạch") for name in got)


def test_a_chinese_looking_surname_beside_a_far_country_takes_the_vietnamese_reading_elsewhere() -> None:
    text = ("Hợp tác đào tạo với Kazakhstan\n\n"
            "Nhận lời mời của Thiếu tướng, TS Khâu Đình Lộc, Hiệu trưởng Trường Sĩ quan Lục quân 2, đoàn Học viện "
            "Quân sự Kazakhstan do Đại tá Nurlan Abenov dẫn đầu đã thăm và làm việc tại Nhà trường ngày 4/5/2025.\n\n"
            "Thiếu tướng Khâu Đình Lộc và Đại tá Nurlan Abenov ký Biên bản ghi nhớ hợp tác đào tạo.")
    got = officials(text)
    assert got.get("Khâu Đình Lộc") == "VNM"
    assert got.get("Nurlan Abenov") == "KAZ"


def test_a_chinese_leader_beside_another_country_takes_china_when_the_page_names_it() -> None:
    text = ("Thời sự quốc tế\n\nQuan hệ Trung Quốc - Ấn Độ được chú ý.\n\n"
            "Ngày 3/5/2025, Chủ tịch Tập Cận Bình đã hội đàm với Thủ tướng Ấn Độ Narendra Modi.")
    assert officials(text).get("Tập Cận Bình") == "CHN"
