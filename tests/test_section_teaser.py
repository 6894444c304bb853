"""A teaser of another section's story, closing on a pointer to it ("Xem chi tiết tại chuyên mục Thế giới."),
is no part of the story: its foreign leader and countries stay out of the graph (clean.widget, boilerplate.tsv)."""

from tests.reading_helpers import read

from kg.model import PartialDate

_STORY = (
    "Sáng nay, tại Hà Nội, Thượng tướng Hoàng Văn Quyết, Thứ trưởng Bộ Quốc phòng đã tiếp Trung tướng Lars "
    "Eriksen, Tư lệnh Lục quân Na Uy đang thăm Việt Nam. Hai bên trao đổi về hợp tác đào tạo và gìn giữ hòa bình.\n\n"
)


def test_teaser_pointing_to_another_section_goes():
    doc = read(_STORY + "Thủ tướng Chile Rodrigo Salinas bắt đầu chuyến thăm Hàn Quốc, bàn về hợp tác năng lượng "
               "và đồng. Xem chi tiết tại chuyên mục Quốc tế.\n", PartialDate(2026, 3, 10))
    names = {o.name for o in doc.officials}
    assert "Rodrigo Salinas" not in names
    assert "Hoàng Văn Quyết" in names


def test_story_paragraph_without_pointer_stays():
    doc = read(_STORY + "Dịp này, Trung tướng Lars Eriksen đã thăm Học viện Quốc phòng và làm việc với "
               "Cục Đối ngoại. Chi tiết chương trình sẽ được công bố sau.\n", PartialDate(2026, 3, 10))
    text = doc.text
    assert "Học viện Quốc phòng" in text
    assert "Lars Eriksen" in {o.name for o in doc.officials}


_BULLETIN = (
    "Bản tin Quốc phòng ngày 10/3\n\n"
    "Đại tướng Lê Hữu Phúc dẫn đầu đoàn đại biểu Quân đội nhân dân Việt Nam dự Hội nghị Tư lệnh Quốc phòng ASEAN "
    "tại Jakarta, Indonesia; các trưởng đoàn thống nhất tăng cường chia sẻ thông tin.\n\n"
    "Hội nghị kết thúc với tuyên bố chung về hợp tác ứng phó thảm họa trong khu vực.\n\n"
    "Việt Nam - Hàn Quốc khai giảng khóa học tiếng Anh quân sự\n\n"
    "Sáng nay, tại Hà Nội, Học viện Quốc phòng phối hợp với Bộ Quốc phòng Hàn Quốc khai giảng khóa học tiếng Anh "
    "chuyên ngành cho 30 sĩ quan trẻ.\n\n"
    "Thứ trưởng Bộ Quốc phòng tiếp Tư lệnh Lục quân Na Uy\n\n"
    "Chiều qua, tại trụ sở Bộ Quốc phòng, Thượng tướng Hoàng Văn Quyết, Thứ trưởng Bộ Quốc phòng đã tiếp Trung "
    "tướng Lars Eriksen, Tư lệnh Lục quân Na Uy đang thăm Việt Nam.\n\n"
)


def test_bulletin_last_item_stays_once_teaser_goes():
    doc = read(_BULLETIN + "Thủ tướng Chile Rodrigo Salinas bắt đầu chuyến thăm Hàn Quốc, bàn về hợp tác năng lượng. "
               "Xem chi tiết tại chuyên mục Quốc tế.\n", PartialDate(2026, 3, 10))
    names = {o.name for o in doc.officials}
    assert "Rodrigo Salinas" not in names
    assert {"Hoàng Văn Quyết", "Lars Eriksen"} <= names
