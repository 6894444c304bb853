"""'Ngày thứ hai của chương trình, ...', 'Ngày làm việc thứ ba, ...': a programme's day counted from the first day of
the stretch told before (round 33), for the sentence it opens and a 'Chiều cùng ngày, ...' after it."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2025, 11, 7)

EXCHANGE = (
    "Trong hai ngày 4 và 5/11, Giao lưu hữu nghị quốc phòng biên giới Việt Nam - Campuchia lần thứ 2 đã diễn ra "
    "tại tỉnh Tây Ninh và tỉnh Svay Rieng. Ngày đầu tiên, hai đoàn dự lễ khánh thành một trường học. "
    "Ngày thứ hai của chương trình, các hoạt động chuyển sang tỉnh Svay Rieng. "
    "Chiều cùng ngày, Đại tướng Đinh Văn Khải và Đại tướng Tea Seiha đã hội đàm."
)

VISIT = (
    "Từ ngày 4 đến 6/11, Đại tướng Đinh Văn Khải, Bộ trưởng Bộ Quốc phòng Việt Nam thăm chính thức Campuchia. "
    "Ngày làm việc thứ ba, Đại tướng Đinh Văn Khải hội đàm với Đại tướng Tea Seiha, Bộ trưởng Quốc phòng Campuchia."
)


def _talks(text):
    return events(text, PAGE_DAY, kind="Talks")


def test_same_day_after_the_programmes_second_day_is_that_day():
    talks = _talks(EXCHANGE)
    assert [t.start for t in talks] == [PartialDate(2025, 11, 5)]
    assert "event.day-of-the-programme" in rules_of(talks)


def test_working_day_opening_the_sentence_counts_from_the_visits_first_day():
    talks = _talks(VISIT)
    assert [(t.start, t.end) for t in talks] == [(PartialDate(2025, 11, 6), None)]


def test_a_day_past_the_stretch_is_not_read():
    talks = _talks(VISIT.replace("thứ ba", "thứ năm"))
    assert all(t.start != PartialDate(2025, 11, 8) for t in talks)
    assert "event.day-of-the-programme" not in rules_of(talks)


def test_a_weekday_is_no_programme_day():
    for day in ("Ngày thứ Hai,", "Ngày thứ 2,", "Ngày thứ hai, 5/11,"):
        talks = _talks(VISIT.replace("Ngày làm việc thứ ba,", day))
        assert "event.day-of-the-programme" not in rules_of(talks), day
