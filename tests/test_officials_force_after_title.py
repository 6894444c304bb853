"""A force named after a comma closes the title before it (`force-body-after`, read by
`_extend_by_body`): the office is that force's, and so is the official's country."""

from tests.reading_helpers import officials_by_name, read

LINKS = ("Cảnh sát biển Việt Nam và Lực lượng Bảo vệ bờ biển Indonesia trao đổi kinh nghiệm\n"
         "Cảnh sát biển Việt Nam - Trung Quốc tuần tra liên hợp trên Vịnh Bắc Bộ\n\n")


def test_coast_guard_after_the_title_gives_the_country():
    doc = read("Ngày 4/6, tàu CSB 9001 cùng Đoàn công tác Cảnh sát biển Việt Nam do Đại tá Lê Văn Nam, Tư lệnh "
               "Vùng Cảnh sát biển 3 làm trưởng đoàn đã cập cảng Surabaya (Indonesia), bắt đầu chuyến thăm và "
               "giao lưu với Lực lượng Bảo vệ bờ biển Indonesia.\n\n" + LINKS +
               "Chuẩn Đô đốc Budi Santoso, Giám đốc Trung tâm Huấn luyện và Hợp tác, Lực lượng Bảo vệ bờ biển "
               "Indonesia chủ trì lễ đón tàu CSB 9001.")
    found = officials_by_name(doc)
    assert found["Budi Santoso"].country == "IDN"
    assert found["Lê Văn Nam"].country == "VNM"


def test_self_defence_force_after_the_title():
    doc = read("Tàu huấn luyện cập cảng Cam Ranh.\n\nHải quân Việt Nam - Trung Quốc tuần tra chung trên Vịnh "
               "Bắc Bộ\n\nChuẩn Đô đốc Kenji Tanaka, Chỉ huy Hải đoàn huấn luyện, Lực lượng Phòng vệ Biển "
               "Nhật Bản cho biết chuyến thăm góp phần tăng cường hiểu biết.")
    assert officials_by_name(doc)["Kenji Tanaka"].country == "JPN"


def test_guard_a_lower_case_force_word_is_no_body():
    doc = read("Đại tá Lê Văn Hùng, Chỉ huy trưởng Bộ đội Biên phòng tỉnh, lực lượng chủ công trên biên "
               "giới với Lào, phát biểu.")
    assert officials_by_name(doc)["Lê Văn Hùng"].country == "VNM"
