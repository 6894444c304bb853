"""Page furniture of round 38 (all sentences our own): an item glued after an author's bare name whose guest's
title lists the story's countries as the posting ("Đặc phái viên ... Anh tại Việt Nam, Lào và Campuchia"); a foreign
news item after an inline "Đọc thêm:" link whose second sentence names its guest with an honorific ("Ông Olaechea":
"Ông" is a Vietnamese surname too); a machine-written summary box above the story ("Tóm tắt nhanh (AI)", a notice,
bulleted points) that made the story's own dateline lead read as another story's; a compass direction in a
command's name ("Hạm đội Phương Đông") read as a name."""

from __future__ import annotations

import pytest

from kg.pipeline.clean import clean_page
from kg.pipeline.countries import side_countries
from tests.reading_helpers import read

LAO_STORY = ("Phó Thủ tướng tiếp Bộ trưởng Quốc phòng Lào\n\n"
             "Chiều 8/4, tại Trụ sở Chính phủ, Phó Thủ tướng Đinh Quang Vượng tiếp Đại tướng Bounmy Sayavong, "
             "Bộ trưởng Bộ Quốc phòng Lào, đang thăm chính thức Việt Nam.\n\n"
             "Phó Thủ tướng đề nghị hai bên tiếp tục phối hợp chặt chẽ trong quản lý biên giới, đào tạo cán bộ "
             "và khắc phục hậu quả chiến tranh; Đại tướng Bounmy Sayavong cảm ơn sự giúp đỡ của Quân đội Việt Nam.\n\n"
             "Trước đó, Đại tướng Bounmy Sayavong đã hội đàm với Bộ trưởng Bộ Quốc phòng Việt Nam và dự lễ đón "
             "chính thức tại Hà Nội.\n\n"
             "Minh Khuê\n\n")
ENVOY_ITEM = ("Phó Thủ tướng Đinh Quang Vượng tiếp ông Harold Pemberton, Đặc phái viên Thương mại của Thủ tướng "
              "Vương quốc Anh tại Việt Nam, Lào và Campuchia. Ông Harold Pemberton cho biết các doanh nghiệp Anh "
              "muốn mở rộng đầu tư vào điện gió ngoài khơi.\n")


def test_an_envoys_posting_is_no_side():
    text = ("Ông Harold Pemberton, Đặc phái viên Thương mại của Thủ tướng Vương quốc Anh tại Việt Nam, "
            "Lào và Campuchia, thăm Hà Nội.")
    assert side_countries(text) == {"GBR", "VNM"}


def test_item_after_author_naming_the_story_countries_as_a_posting_goes():
    doc = read(LAO_STORY + ENVOY_ITEM)
    names = {o.name for o in doc.officials}
    assert "Harold Pemberton" not in names
    assert "GBR" not in {c.code for c in doc.countries}
    assert "Bounmy Sayavong" in names
    assert any(r.rule == "clean.foreign-item-after-author" for r in doc.removed_lines)


def test_item_after_author_naming_a_story_country_as_a_side_stays():
    # the story's own country as a side of the paragraph: no glued item
    item = ("Phó Thủ tướng Đinh Quang Vượng tiếp ông Harold Pemberton, Đặc phái viên Thương mại của Thủ tướng "
            "Vương quốc Anh, bàn về hợp tác ba bên Anh - Lào - Việt Nam trong rà phá bom mìn.\n")
    assert "Harold Pemberton" in clean_page(LAO_STORY + item).text


KOREAN_STORY = ("Tàu Hải quân Hàn Quốc thăm Nha Trang\n\n"
                "Sáng 14/9, tàu khu trục ROKS Gwanggaeto cập cảng Cam Ranh, bắt đầu chuyến thăm hữu nghị bốn ngày, "
                "do Đại tá Lee Sang-min, Chỉ huy trưởng biên đội, dẫn đầu.\n\n"
                "Đại tá Trần Đức Hạnh, Phó Tư lệnh Vùng 4 Hải quân chủ trì lễ đón; hai bên trao đổi về hợp tác "
                "tìm kiếm cứu nạn và giao lưu giữa thủy thủ hai nước.\n\n"
                "Trong thời gian ở Nha Trang, đoàn dự kiến chào xã giao lãnh đạo tỉnh và giao lưu thể thao.\n\n"
                "Đọc thêm: Tàu huấn luyện của Hải quân Nhật Bản cập cảng Tiên Sa\n\n")
PERU_ITEM = ("Tổng thống Peru Mariano Quispe hôm qua kết thúc chuyến thăm Seoul, trong đó hai bên nhất trí mở rộng "
             "hợp tác quốc phòng và khai khoáng. Ông Quispe cũng gặp Thủ tướng Australia và lãnh đạo các tập đoàn lớn.\n")


def test_foreign_item_after_read_more_link_goes_despite_an_honorific():
    doc = read(KOREAN_STORY + PERU_ITEM)
    names = {o.name for o in doc.officials}
    assert "Mariano Quispe" not in names
    assert not {"PER", "AUS"} & {c.code for c in doc.countries}
    assert "Lee Sang-min" in names


def test_vietnamese_guest_in_the_item_keeps_it():
    # "Ông Bùi ..." names a Vietnamese: the paragraph may be the story's own
    item = ("Tổng thống Peru Mariano Quispe hôm qua kết thúc chuyến thăm Seoul, bàn về hợp tác quốc phòng. Ông "
            "Bùi Văn Thạch, tùy viên quân sự, dự lễ tiễn.\n")
    assert "Quispe" in clean_page(KOREAN_STORY + item).text


SUMMARY_BOX = ("Việt Nam - Singapore đối thoại chính sách quốc phòng\n\n"
               "Tóm tắt nhanh (AI) Nội dung được tạo tự động, có thể chưa chính xác\n\n"
               "- Hai bên đồng chủ trì đối thoại lần thứ 15 tại Hà Nội.\n\n"
               "- Hai bên ký biên bản đối thoại.\n\n")
DIALOGUE = ("(VNA) - Ngày 21/10, tại Hà Nội, Thượng tướng Phạm Đức Lộc, Thứ trưởng Bộ Quốc phòng Việt Nam và "
            "ông Ong Kian Wee, Thư ký thường trực Bộ Quốc phòng Singapore đồng chủ trì Đối thoại chính sách quốc "
            "phòng Việt Nam - Singapore lần thứ 15.\n\n"
            "Hai bên đánh giá hợp tác quốc phòng thời gian qua phát triển tích cực, nhất là trong đào tạo, an ninh "
            "biển và gìn giữ hòa bình Liên hợp quốc; kết thúc đối thoại, hai Trưởng đoàn ký Biên bản đối thoại.\n")


@pytest.mark.parametrize("box", [
    SUMMARY_BOX,
    SUMMARY_BOX.replace("Tóm tắt nhanh (AI) ", "AI tóm tắt\n\n"),
    SUMMARY_BOX.replace("Tóm tắt nhanh (AI) Nội dung được tạo tự động, có thể chưa chính xác",
                        "Tóm tắt bởi AI").replace("- ", "• "),
])
def test_summary_box_goes_and_the_lead_stays(box):
    doc = read(box + DIALOGUE)
    names = {o.name for o in doc.officials}
    assert {"Phạm Đức Lộc", "Ong Kian Wee"} <= names
    assert any(e.type == "Dialogue" for e in doc.events)
    assert not any(r.rule == "clean.second-lead" for r in doc.removed_lines)
    assert any(r.rule == "clean.ai-summary-box" for r in doc.removed_lines)


def test_bullets_do_not_make_a_lead_second():
    # a box of points under a header no rule knows: the points are no body paragraphs
    box = ("Việt Nam - Singapore đối thoại chính sách quốc phòng\n\n"
           "Những điểm chính\n\n"
           "- Thượng tướng Phạm Đức Lộc và ông Ong Kian Wee đồng chủ trì đối thoại lần thứ 15 tại Trụ sở Bộ "
           "Quốc phòng ở Hà Nội, trong không khí hữu nghị và thẳng thắn.\n\n"
           "- Hai Trưởng đoàn ký biên bản đối thoại, thống nhất tăng cường hợp tác an ninh biển, đào tạo cán bộ "
           "và gìn giữ hòa bình Liên hợp quốc.\n\n")
    assert "Ong Kian Wee, Thư ký" in clean_page(box + DIALOGUE).text


def test_journal_abstract_is_no_summary_box():
    text = ("Hợp tác quốc phòng Việt Nam - Lào\n\n"
            "Tóm tắt: Bài viết làm rõ những thành tựu hợp tác quốc phòng giữa hai nước trong mười năm qua.\n\n"
            "Từ khóa: hợp tác quốc phòng; Việt Nam; Lào\n\n")
    assert "Bài viết làm rõ" in clean_page(text).text


def test_compass_direction_of_a_command_is_no_name():
    doc = read("Chuyến thăm do Chuẩn Đô đốc Rakesh Iyer, Tư lệnh Hạm đội Phương Đông, Hải quân Ấn Độ dẫn đầu; "
               "Đại tá Hoàng Văn Tiến, Phó Tư lệnh Vùng 1 Hải quân đón đoàn tại cảng Hải Phòng.")
    names = {o.name for o in doc.officials}
    assert "Phương Đông" not in names
    assert {"Rakesh Iyer", "Hoàng Văn Tiến"} <= names


def test_hyphenated_foreign_name_is_no_vietnamese_side():
    # "Kim" opens Vietnamese names, but "Kim Jae-won" is a Korean one: the item is foreign news
    item = ("Bộ trưởng Quốc phòng Hàn Quốc Kim Jae-won hôm thứ Tư đã tiếp Bộ trưởng Quốc phòng Na Uy tại Seoul. "
            "Kim Jae-won cho biết hai nước sẽ hợp tác đóng tàu ngầm.\n")
    doc = read(LAO_STORY.replace("Minh Khuê\n\n", "") + item)
    assert "Kim Jae-won" not in {o.name for o in doc.officials}
    assert not {"KOR", "NOR"} & {c.code for c in doc.countries}


def test_same_day_item_of_other_people_naming_the_story_countries_as_a_posting_goes():
    item = ("Cùng ngày, Thượng tướng Lã Văn Thuận, Thứ trưởng Bộ Công an đã tiếp ông Harold Pemberton, Đặc phái "
            "viên Thương mại của Thủ tướng Vương quốc Anh tại Việt Nam, Lào và Campuchia, bàn về phòng chống tội "
            "phạm tài chính.\n")
    doc = read(LAO_STORY.replace("Minh Khuê\n\n", "") + item)
    names = {o.name for o in doc.officials}
    assert not {"Harold Pemberton", "Lã Văn Thuận"} & names
    assert "Bounmy Sayavong" in names


def test_bare_summary_heading_over_points_goes():
    box = ("Việt Nam - Singapore đối thoại chính sách quốc phòng\n\n"
           "Tóm tắt\n\n"
           "- Hai bên đồng chủ trì đối thoại lần thứ 15 tại Hà Nội.\n\n"
           "- Hai bên ký biên bản đối thoại.\n\n")
    cleaned = clean_page(box + DIALOGUE)
    assert "Ong Kian Wee, Thư ký" in cleaned.text
    assert "đồng chủ trì đối thoại lần thứ 15 tại Hà Nội." not in cleaned.text
