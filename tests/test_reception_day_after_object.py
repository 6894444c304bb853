"""A reception's day set off by commas right after its object; a call told inside it (round 48l)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

RECEPTION_DAY_AFTER_OBJECT = (
    "Tàu hộ vệ HMAS Toowong của Hải quân Australia đang có chuyến thăm hữu nghị thành phố Đà Nẵng.\n"
    "Tàu có hơn 180 sĩ quan và thủy thủ.\n"
    "Tiếp đoàn sĩ quan tàu, chiều 12/5, ông Trần Văn Bình, Phó Chủ tịch UBND thành phố Đà Nẵng, tin "
    "tưởng chuyến thăm của tàu sẽ để lại nhiều ấn tượng tốt đẹp với người dân thành phố."
)

MEETING_DAY_AFTER_OBJECT = (
    "Quan hệ quốc phòng hai nước phát triển tốt đẹp.\n"
    "Gặp Đại tướng Han Sung-min, Tổng Tham mưu trưởng Quân đội Hàn Quốc, sáng 4/9, Thượng tướng Lê Đức "
    "Thắng, Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam, đề nghị hai bên tăng cường trao đổi đoàn."
)



def test_reception_takes_the_day_set_off_after_its_object():
    (meeting,) = events(RECEPTION_DAY_AFTER_OBJECT, None, "Meeting")
    assert meeting.start == PartialDate(None, 5, 12)
    assert "event.day-after-its-object" in rules_of([meeting])
    assert meeting.participants == ["Trần Văn Bình"]


def test_call_told_in_the_reception_takes_none_of_its_hosts():
    found = events(RECEPTION_DAY_AFTER_OBJECT, None)
    calls = [e for e in found if e.type == "PortCall"]
    assert calls and all("Trần Văn Bình" not in e.participants for e in calls)
    assert "event.call-told-in-a-reception" in rules_of(calls)
    assert all("Trần Văn Bình" not in e.label for e in calls)


def test_meeting_verb_gap_takes_the_day_after_its_object():
    (meeting,) = events(MEETING_DAY_AFTER_OBJECT, None, "Meeting")
    assert meeting.start == PartialDate(None, 9, 4)
    assert "event.day-after-its-object" in rules_of([meeting])


def test_a_linking_tiep_is_no_reception_object():
    text = ("Quan hệ quốc phòng hai nước phát triển tốt đẹp.\n"
            "Tiếp theo chương trình, chiều 12/5, đoàn đại biểu Quân đội Lào thăm Học viện Quốc phòng.")
    assert not any("event.day-after-its-object" in rules_of([e]) for e in events(text))


def test_call_told_in_a_reception_after_an_agency_dateline():
    """The reception's sentence opened by a wire dateline ("Đà Nẵng, 12/5 (TTXVN) - Tiếp ..."): read from the
    sentence's own words, as its day is, so its hosts still take no part in the call."""
    text = RECEPTION_DAY_AFTER_OBJECT.replace("Tiếp đoàn sĩ quan tàu,", "Đà Nẵng, 12/5 (TTXVN) - Tiếp đoàn sĩ quan tàu,")
    calls = [e for e in events(text, None) if e.type == "PortCall"]
    assert calls and all("Trần Văn Bình" not in e.participants for e in calls)
    assert "event.call-told-in-a-reception" in rules_of(calls)
