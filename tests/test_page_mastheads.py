"""A page's masthead and its tag lines close the story: they add no fact and date nothing.

Real pages end with the publisher's masthead (editors, licence, address) and with
topic tags ("Sự kiện: ...", "Chủ đề: ..."). A licence "cấp ngày 14/9/2021" is the
publisher's date, and a tag line names countries the story may not be about.
"""

from __future__ import annotations

from kg.model import Article
from kg.pipeline import Pipeline

STORY = ("Thứ trưởng Bộ Quốc phòng tiếp Đại sứ Lào\n\n"
         "Chiều 14/5, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp xã giao "
         "Đại sứ Lào tại Việt Nam Khamphao Ernthavanh.\n\n"
         "Hai bên đánh giá cao kết quả hợp tác quốc phòng giữa hai nước và thống nhất tiếp tục "
         "triển khai các nội dung đã ký kết.\n")
MASTHEAD = ("\nBÁO ĐIỆN TỬ QUÂN KHU\nCơ quan chủ quản: Bộ Tư lệnh Quân khu\n"
            "Tổng Biên tập: Đại tá Trần Văn Tâm\nGiấy phép số 321/GP-BTTTT cấp ngày 3/11/2022\n"
            "Tòa soạn: 12 Trần Phú, Đà Nẵng\n")
TAGS = "\nSự kiện: Quan hệ quốc phòng Việt Nam - Hoa Kỳ\nChủ đề: Biển Đông, Trung Quốc, ASEAN\n"


def read(text: str):
    return Pipeline()(Article(id="masthead.txt", text=text))


def facts(doc) -> tuple:
    return (sorted((o.name, o.country) for o in doc.officials),
            sorted((e.type, str(e.start), tuple(sorted(e.countries))) for e in doc.events))


def test_a_licence_date_in_the_masthead_dates_nothing():
    doc = read(STORY + MASTHEAD)
    assert doc.published is None or doc.published.year != 2022
    assert facts(doc) == facts(read(STORY))


def test_the_editor_in_the_masthead_is_no_official():
    assert "Trần Văn Tâm" not in [o.name for o in read(STORY + MASTHEAD).officials]


def test_tag_lines_add_no_country():
    doc = read(STORY + TAGS)
    assert "Hoa Kỳ" not in doc.text and "Biển Đông" not in doc.text
    assert facts(doc) == facts(read(STORY))


def test_an_editor_told_in_the_body_is_not_a_masthead():
    text = (STORY + "\nTổng Biên tập Báo Quân đội nhân dân, Thiếu tướng Đoàn Xuân Bộ cùng dự buổi tiếp và trao "
            "tặng Đại sứ bộ sách ảnh về quan hệ đặc biệt Việt Nam - Lào.\n")
    assert "Đoàn Xuân Bộ" in read(text).text
