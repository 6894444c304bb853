"""Some papers write ranks in lower case ("đại tướng Phan Văn Giang", "do trung tá
Luc Regnier chỉ huy"): a rank right before a capitalised name anchors it all the
same; lower-case rank words before other capitalised words name nobody."""

from __future__ import annotations

from tests.reading_helpers import read


def officials(text: str) -> dict[str, tuple[str, str]]:
    return {o.name: (o.country, o.rank) for o in read(text).officials}


def test_a_lower_case_rank_anchors_a_foreign_captains_name():
    found = officials("Sáng 12/5/2025, tàu hộ vệ Vendémiaire của Hải quân Pháp do trung tá Marc Dupuis chỉ huy "
                      "đã cập cảng Tiên Sa, Đà Nẵng.")
    assert found["Marc Dupuis"] == ("FRA", "Trung tá")


def test_a_lower_case_rank_anchors_an_official_named_without_a_title():
    found = officials("Chiều 3/6/2025, đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, đã tiếp Bộ trưởng "
                      "Quốc phòng Lào. Cùng dự có thượng tướng Lê Huy Vịnh.")
    assert found["Lê Huy Vịnh"] == ("VNM", "Thượng tướng")
    assert found["Phan Văn Giang"][1] == "Đại tướng"


def test_lower_case_rank_words_before_other_capitalised_words_name_nobody():
    found = officials("Năm nay có 5 sĩ quan được thăng quân hàm thiếu tướng. Quân đội nhân dân Việt Nam tổ chức lễ "
                      "trao quyết định. Sau đó thượng tá Quân y được khen thưởng.")
    assert found == {}


def test_a_one_word_rank_inside_a_title_is_no_lower_case_rank():
    found = officials("Ngày 6/6/2025, Bộ trưởng Nakatani Gen chào xã giao Thủ tướng Phạm Minh Chính.")
    assert found["Phạm Minh Chính"][1] is None
