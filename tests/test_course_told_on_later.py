"""A bare course word told on further down the page (round 51j): "Khóa học diễn ra từ ngày ..." heading its
sentence a paragraph or more after a joint course was told is that course told on, its days
(`event.course-told-on-later`); on a page telling no joint course, a domestic course stays dropped."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 4, 14)

JOINT = """Sáng 14/4, tại Học viện Kỹ thuật quân sự, Cục Đối ngoại phối hợp với Bộ Quốc phòng Nhật Bản khai mạc khóa huấn luyện chung về rà phá bom mìn nhân đạo.

Đại tá Lê Hữu Phước phát biểu tại lễ khai mạc.

Khóa học diễn ra từ ngày 14/4 đến 25/4 với 40 học viên là sĩ quan công binh của các quân khu.
"""


def test_a_bare_course_a_paragraph_later_gives_the_joint_course_its_days():
    courses = events(JOINT, PAGE_DAY, "Exercise")
    assert len(courses) == 1
    assert courses[0].start == PartialDate(2026, 4, 14)
    assert courses[0].end == PartialDate(2026, 4, 25)
    assert "event.course-told-on-later" in rules_of(courses)


DOMESTIC = """Sáng 14/4, tại Học viện Kỹ thuật quân sự, Binh chủng Công binh khai mạc khóa huấn luyện cán bộ về rà phá bom mìn.

Đại tá Lê Hữu Phước phát biểu tại lễ khai mạc.

Khóa học diễn ra từ ngày 14/4 đến 25/4 với 40 học viên là sĩ quan công binh của các quân khu.
"""


def test_a_bare_course_on_a_page_with_no_joint_one_stays_dropped():
    assert events(DOMESTIC, PAGE_DAY, "Exercise") == []
