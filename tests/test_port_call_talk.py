"""What a ship's crew says around its port call: an unplanned encounter at sea the naval code of
conduct covers is no meeting, and the call spoken of again by someone it did not have is the call
told before (round 48q, mend53)."""

from kg.model import PartialDate
from reading_helpers import drops, events, read, rules_of

CALL = "Ngày 12/5, hai tàu hộ vệ của Hải quân Ấn Độ đã cập cảng Tiên Sa, thành phố Đà Nẵng, theo lời mời của Đại sứ Ấn Độ Rohan Kapoor."
PAGE_DAY = PartialDate(2024, 5, 15)


def test_unplanned_encounter_at_sea_is_no_meeting():
    text = (CALL + "\n\nChỉ huy biên đội, Đại tá Rahul Mehta cho hay, chuyến thăm giúp thủy thủ hai nước hiểu nhau "
            "hơn, biết cách ứng xử khi diễn ra cuộc gặp ngoài dự kiến trên biển.")
    assert events(text, PAGE_DAY, "Meeting") == []
    assert len(events(text, PAGE_DAY, "PortCall")) == 1


def test_encounter_dropped_by_its_rule():
    text = (CALL + "\n\nĐại tá Rahul Mehta cho biết, các thủy thủ đã luyện tập cách xử lý khi diễn ra "
            "cuộc gặp ngoài ý muốn trên biển khơi.")
    doc = read(text, PAGE_DAY)
    assert "event.unplanned-encounter" in drops(doc, "event")
    assert [e.type for e in doc.events] == ["PortCall"]


def test_a_surprise_meeting_with_a_person_stays():
    text = "Chiều 4/3, Thượng tướng Nguyễn Văn Bình đã có cuộc gặp bất ngờ với Đại sứ Australia Andrew Smith tại Hà Nội."
    meetings = events(text, PartialDate(2024, 3, 4), "Meeting")
    assert len(meetings) == 1 and str(meetings[0].start) == "2024-03-04"


def test_call_spoken_of_by_its_captain_is_the_call_told():
    text = (CALL + "\n\nĐại tá Rahul Mehta, chỉ huy biên đội, nhấn mạnh rằng việc ghé thăm cảng Tiên Sa là dấu mốc "
            "quan trọng của hải quân nước này.")
    calls = events(text, PAGE_DAY, "PortCall")
    assert len(calls) == 1
    assert str(calls[0].start) == "2024-05-12"
    assert "event.call-spoken-of" in rules_of(calls)
