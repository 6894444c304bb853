"""One named event quoted with two styles of quote marks ("X” first, “X” later, as pages typed by hand do): one
event, not two (`event.same-name`, round 45, realev10)."""

from kg.model import PartialDate
from tests.reading_helpers import events

TEXT = ('Ngày 9/9/2023, Thứ trưởng Bộ Quốc phòng Việt Nam đã phát biểu tại hội thảo trực tuyến "Hợp tác rà phá bom '
        'mìn sau chiến tranh: Bài học và triển vọng” do Viện Nghiên cứu Hòa bình Na Uy tổ chức.\n\n'
        'Các đại biểu Na Uy và Việt Nam tham dự hội thảo trực tuyến “Hợp tác rà phá bom mìn sau chiến tranh: '
        'Bài học và triển vọng”.')


def test_two_quote_styles_name_one_conference():
    found = events(TEXT, kind="Conference")
    assert len(found) == 1
    assert found[0].start == PartialDate(2023, 9, 9)
