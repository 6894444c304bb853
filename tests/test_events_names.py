"""Names as real pages write them: a capitalised name may hold words that end a name in
prose; a joint patrol told by its edition number is one happening; a named event's year
completes a day told without one."""

from kg.model import PartialDate
from reading_helpers import events


def test_a_capitalised_name_goes_on_past_a_word_that_ends_names_in_prose():
    text = ("Ngày 10/10/2024, tại Đà Nẵng, Cục Quân y phối hợp với Quân y Nhật Bản tổ chức Hội nghị Trao đổi "
            "Kinh nghiệm Quân y năm 2024 với đại biểu nhiều nước.\n")
    (conference,) = events(text, kind="Conference")
    assert conference.label.startswith("Hội nghị Trao đổi Kinh nghiệm Quân y")
    assert conference.start == PartialDate(2024, 10, 10)
    assert "JPN" in conference.countries


def test_a_joint_patrol_told_by_its_edition_number_is_one_happening():
    text = ("Ngày 20/6/2024, Tuần tra liên hợp lần thứ 37 giữa Hải quân Việt Nam và Hải quân Trung Quốc "
            "trên vịnh Bắc Bộ đã kết thúc tốt đẹp.\n")
    (patrol,) = events(text, kind="Exercise")
    assert patrol.start == PartialDate(2024, 6, 20)
    assert {"CHN", "VNM"} <= set(patrol.countries)


def test_days_told_without_a_year_take_the_year_of_the_events_name():
    text = ("Triển lãm Quốc phòng quốc tế Việt Nam 2026 chính thức khai mạc tại sân bay Gia Lâm. Triển lãm "
            "diễn ra từ ngày 9 đến 12-12, với sự tham dự của Bộ trưởng Quốc phòng các nước Lào, Campuchia.\n")
    (expo,) = events(text, kind="Exhibition")
    assert (expo.start, expo.end) == (PartialDate(2026, 12, 9), PartialDate(2026, 12, 12))


def test_two_names_sharing_a_code_name_are_one_exercise():
    text = ("Ngày 10/6/2025, cuộc diễn tập quốc tế Sea Garuda 2025 khai mạc tại Bali với sự tham gia của tàu "
            "Hải quân Việt Nam. Diễn tập hải quân đa phương Sea Garuda lần thứ 3 kéo dài từ ngày 10-14/6.\n")
    (exercise,) = events(text, kind="Exercise")
    assert exercise.start == PartialDate(2025, 6, 10)


def test_two_vietnamese_names_sharing_words_stay_two_events():
    text = ("Sáng 5/3/2025, tại Hà Nội đã khai mạc Hội nghị Tư lệnh Hải quân ASEAN lần thứ 18. Chiều cùng ngày, "
            "tại Hà Nội cũng diễn ra Hội nghị Tư lệnh Lục quân ASEAN lần thứ 18.\n")
    assert len(events(text, kind="Conference")) == 2


def test_a_named_seminar_is_a_conference():
    text = ("Ngày 15/5/2025, tại Hà Nội, Viện Chiến lược Quốc phòng phối hợp với Đại sứ quán Australia tổ chức "
            "Tọa đàm Hợp tác An ninh Biển Việt Nam - Australia.\n")
    (seminar,) = events(text, kind="Conference")
    assert seminar.start == PartialDate(2025, 5, 15)
    assert {"AUS", "VNM"} <= set(seminar.countries)


def test_a_seminar_held_with_a_visiting_delegation_opens_no_conference():
    text = ("Ngày 15/5/2025, đoàn sĩ quan Hải quân Australia đã đến thăm Học viện Hải quân. Tại chương trình "
            "tọa đàm với đoàn, hai bên đã trao đổi kinh nghiệm huấn luyện.\n")
    assert events(text, kind="Conference") == []
