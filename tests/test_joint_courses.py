"""Training courses run jointly with or for foreign partners are Exercises; domestic ones are no events (round 35)."""

from kg.model import PartialDate

from tests.reading_helpers import events, read, rules_of

PUBLISHED = PartialDate(2025, 11, 20)


def _exercises(text: str) -> list:
    return events(text, PUBLISHED, "Exercise")


def test_a_course_run_with_a_foreign_ministry_is_an_exercise() -> None:
    found = _exercises(
        "Sáng 14/4, tại Hà Nội, Cục Gìn giữ hòa bình Việt Nam phối hợp với Bộ Quốc phòng Nhật Bản khai giảng "
        "khóa tập huấn về công binh cho 25 học viên."
    )
    assert [(e.start.iso(), sorted(e.countries)) for e in found] == [("2025-04-14", ["JPN", "VNM"])]
    assert "event.joint-course" in rules_of(found)


def test_a_course_told_as_joint_is_an_exercise() -> None:
    found = _exercises(
        "Ngày 3/10, Hải quân Việt Nam và Hải quân Ấn Độ khai mạc khóa huấn luyện chung về lặn cứu hộ tại Cam Ranh."
    )
    assert [(e.start.iso(), sorted(e.countries)) for e in found] == [("2025-10-03", ["IND", "VNM"])]


def test_the_trainees_told_next_join_the_course() -> None:
    found = _exercises(
        "Sáng 20/5, Học viện Lục quân khai giảng khóa huấn luyện tiếng Anh do Bộ Quốc phòng Canada tài trợ. "
        "Học viên đến từ Việt Nam, Campuchia và Myanmar."
    )
    assert [sorted(e.countries) for e in found] == [["CAN", "KHM", "MMR", "VNM"]]
    assert "event.course-sides" in rules_of(found)


def test_a_course_retold_with_its_instructors_stays_one() -> None:
    found = _exercises(
        "Ngày 6/10, Việt Nam và New Zealand khai mạc khóa huấn luyện chung về y tế dã chiến tại Hà Nội. "
        "Khóa huấn luyện kéo dài đến ngày 17/10. "
        "Ngoài các giảng viên New Zealand, khóa học còn có các chuyên gia đến từ Singapore và Thái Lan."
    )
    assert [(e.start.iso(), sorted(e.countries)) for e in found] == [("2025-10-06", ["NZL", "SGP", "THA", "VNM"])]


def test_trainees_of_many_countries_make_a_course_joint() -> None:
    found = _exercises(
        "Ngày 2/7, 40 sĩ quan của 12 quốc gia bắt đầu khóa tập huấn về bảo vệ thường dân tại Trung tâm Gìn giữ "
        "hòa bình Việt Nam."
    )
    assert [e.start.iso() for e in found] == ["2025-07-02"]


def test_a_domestic_course_is_no_event() -> None:
    doc = read("Sáng 20/5, Bộ Chỉ huy Quân sự tỉnh khai giảng khóa huấn luyện dân quân tự vệ năm 2025 cho 120 học viên.",
               PUBLISHED)
    assert doc.events == []
    assert "event.domestic-course" in [d.rule for d in doc.dropped if d.layer == "event"]


def test_a_class_of_foreign_cadets_stays_no_event() -> None:
    # a graduation of foreign cadets (rounds 7-8): no one runs it with Vietnam, no trainees "from" abroad
    assert _exercises("Chiều 8/11, Trường Sĩ quan Lục quân 1 tổ chức bế giảng khóa học cho 30 học viên Quân đội "
                      "nhân dân Lào.") == []


def test_a_planned_joint_course_is_no_event() -> None:
    assert _exercises("Tại buổi tiếp ngày 5/6, hai bên nhất trí năm tới Việt Nam và Hàn Quốc sẽ tổ chức khóa tập "
                      "huấn chung về rà phá bom mìn.") == []


def test_a_weekday_between_the_time_word_and_the_day_dates_the_clause() -> None:
    found = _exercises("Hải quân Việt Nam và Hải quân Philippines hôm thứ Tư 17/9 khai mạc cuộc diễn tập chung về "
                       "tìm kiếm cứu nạn.")
    assert [e.start.iso() for e in found] == ["2025-09-17"]
