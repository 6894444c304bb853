"""Events of a border programme, a joint patrol and a joint course told on (round 39): "Sau đó, hai bên
hội đàm, ..." after a programme of two sides is their Talks; a "tuần tra liên hợp" with one foreign navy named
has Vietnam as its other side; "Khóa học diễn ra từ ngày 9-3 ..." right after a joint course dated by its
closing gives its opening day."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 3, 20)

PROGRAMME = """Ngày 18/3, tại cửa khẩu, Bộ Chỉ huy BĐBP tỉnh Hà Giang (Việt Nam) và Trạm Kiểm soát biên giới Mã Quan (Trung Quốc) tổ chức chương trình giao lưu hữu nghị năm 2026.

Trước hết, hai đoàn dâng hương tại nhà bia. Sau đó, hai bên hội đàm, trao đổi kết quả phối hợp quản lý biên giới quý I.
"""


def test_the_two_sides_talks_are_the_programme_s_sides_on_its_day():
    talks = events(PROGRAMME, PAGE_DAY, "Talks")
    assert len(talks) == 1
    assert sorted(talks[0].countries) == ["CHN", "VNM"]
    assert talks[0].start == PartialDate(2026, 3, 18)
    assert "event.talks-of-the-two-sides" in rules_of(talks)


def test_talks_with_no_two_sides_before_them_are_not_opened():
    text = PROGRAMME.replace("Sau đó, hai bên hội đàm, trao đổi", "Sau đó, đoàn trao đổi")
    assert events(text, PAGE_DAY, "Talks") == []


PATROL = ("Trong hai ngày 16 và 17-3, biên đội tàu thuộc Vùng 5 Hải quân cùng biên đội tàu của Bộ Tư lệnh Hải quân "
          "Thái Lan đã tiến hành tuần tra liên hợp lần thứ 12 trên vùng biển giáp ranh.")


def test_a_joint_patrol_with_one_foreign_navy_has_vietnam_too():
    patrols = events(PATROL, PAGE_DAY, "Exercise")
    assert len(patrols) == 1
    assert sorted(patrols[0].countries) == ["THA", "VNM"]


COURSE = """Ngày 14-3, tại Học viện Hậu cần, Cục Gìn giữ hòa bình Việt Nam và Bộ Quốc phòng Australia bế giảng khóa huấn luyện sĩ quan hậu cần cho 20 học viên. Khóa học diễn ra từ ngày 9-3 theo chương trình hợp tác của hai bên.
"""


def test_a_joint_course_told_on_gets_its_opening_day():
    courses = events(COURSE, PAGE_DAY, "Exercise")
    assert len(courses) == 1
    assert courses[0].start == PartialDate(2026, 3, 9)
    assert courses[0].end == PartialDate(2026, 3, 14)
    assert "event.course-told-on" in rules_of(courses)
