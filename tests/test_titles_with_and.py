"""'và' inside a body's name ("Bộ Khoa học và Công nghệ", "Ủy ban Đối ngoại và
Quốc phòng") continues a title; it still ends one before a rank, a title, a
person or a country ("... Việt Nam và Đại tướng B"). A title cut at such a 'và'
left the person after it without an anchor (a foreign official and his country
lost) and gave half the title to the person before. Sentences written for the test."""

from kg.pipeline import extract


def _officials(text):
    return {o.name: o for o in extract(text).officials}


def test_a_foreign_chairman_after_a_vietnamese_general_keeps_his_title_and_country():
    offs = _officials("Cùng dự có Đại tướng Nguyễn Tân Cương, Tổng Tham mưu trưởng, "
                      "Chủ tịch Ủy ban Đối ngoại và Quốc phòng Hạ viện Anh Tobias Ellwood.")
    assert offs["Tobias Ellwood"].country == "GBR"
    assert offs["Tobias Ellwood"].positions == ["Chủ tịch Ủy ban Đối ngoại và Quốc phòng Hạ viện Anh"]
    assert offs["Nguyễn Tân Cương"].positions == ["Tổng Tham mưu trưởng"]


def test_a_ministry_with_and_in_its_name_before_a_name():
    offs = _officials("Dự lễ có Thứ trưởng Bộ Tài nguyên và Môi trường Lê Công Thành, Thượng tướng Hoàng Xuân Chiến.")
    assert offs["Lê Công Thành"].positions == ["Thứ trưởng Bộ Tài nguyên và Môi trường"]


def test_and_before_a_rank_still_ends_the_title():
    offs = _officials("Trung tướng Vũ Hải Sản, Thứ trưởng Bộ Quốc phòng Việt Nam và Trung tướng Saksit Chatthong "
                      "đã đồng chủ trì hội đàm.")
    assert offs["Vũ Hải Sản"].positions == ["Thứ trưởng Bộ Quốc phòng Việt Nam"]


def test_and_before_a_country_joins_two_ministers_not_one_title():
    offs = _officials("Bộ trưởng Quốc phòng Việt Nam và Campuchia Tea Banh đã ký.")
    assert all("và" not in p for o in offs.values() for p in o.positions)


def test_a_title_closed_by_a_comma_before_the_rank_is_the_names():
    offs = _officials("Chiều 2/5, Thứ trưởng Bộ Quốc phòng, Thượng tướng Lê Huy Vịnh đã tiếp Đại sứ Italy.")
    assert offs["Lê Huy Vịnh"].positions == ["Thứ trưởng Bộ Quốc phòng"]


def test_a_foreign_title_closed_by_a_comma_before_ong_anchors_the_name():
    offs = _officials("Bộ trưởng Quốc phòng Hàn Quốc, ông Shin Won-sik đã hội đàm với Đại tướng Phan Văn Giang.")
    assert offs["Shin Won-sik"].country == "KOR"
    assert offs["Shin Won-sik"].positions == ["Bộ trưởng Quốc phòng Hàn Quốc"]


def test_a_title_after_a_name_and_a_comma_stays_that_names():
    offs = _officials("Đại tướng Lương Cường, Chủ nhiệm Tổng cục Chính trị, Thượng tướng Nguyễn Tân Cương dự lễ.")
    assert offs["Lương Cường"].positions == ["Chủ nhiệm Tổng cục Chính trị"]
    assert offs["Nguyễn Tân Cương"].positions == []
