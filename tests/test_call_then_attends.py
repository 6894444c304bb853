"""A call told as done, then "và tham dự" a named event in the same dated sentence, no trip word
between ("Ngày 9/5, đoàn ... đã chào xã giao A và tham dự Hội nghị X"): the event is held that day
too (pattern `call-then-attends-before`), not named as a trip's purpose (`event.purpose-of-a-trip`);
"sang thăm Việt Nam và dự Triển lãm X" stays a purpose."""

from kg.model import PartialDate

from tests.reading_helpers import events

CALL = (
    "Cảnh sát biển Việt Nam dự hội nghị với Indonesia\n\n"
    "Ngày 9/5/2023, tại Jakarta, Đoàn công tác Cảnh sát biển Việt Nam do Trung tướng Trần Văn Nam, "
    "Tư lệnh Cảnh sát biển Việt Nam làm Trưởng đoàn đã chào xã giao Đô đốc Budi Santoso, Tham mưu trưởng "
    "Hải quân Indonesia và tham dự Hội nghị Cơ chế phối hợp trên biển lần thứ 2 giữa Cảnh sát biển "
    "Việt Nam và Cơ quan An ninh biển Indonesia."
)

TRIP = (
    "Bộ Quốc phòng đón đoàn Indonesia\n\n"
    "Ngày 9/5/2023, tại Hà Nội, Thượng tướng Trần Văn Nam đón đoàn đại biểu Bộ Quốc phòng Indonesia "
    "do Đô đốc Budi Santoso dẫn đầu sang thăm Việt Nam và dự Triển lãm Quốc phòng quốc tế Việt Nam 2024."
)


def test_session_attended_after_a_call_takes_the_day():
    confs = events(CALL, kind="Conference")
    assert confs and confs[0].start == PartialDate(2023, 5, 9)


def test_show_attended_on_a_trip_stays_a_purpose():
    shows = [e for e in events(TRIP) if "Triển lãm" in (e.label or "")]
    assert shows and all(e.start != PartialDate(2023, 5, 9) for e in shows)
