"""A meeting told by a sentence opening on it ("Tại cuộc gặp với Đại tướng X, ...") right after a sentence
dated by its day is on that day (round 16's `event.meeting-opens-sentence`), not some day of the stay the
lead gave: the pattern `meeting-opens-paragraph` ends on a space past "gặp", which merge.py's `_day_narrated`
cut off by reading only up to the mention's end (round 51d, dates6; real tuning page r35 qk7). Each
sentence is a paragraph of its own, as on news pages."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

_STAY = ("Từ ngày 14-16/4, đoàn công tác Quân khu 9 do Thiếu tướng Lê Quang Minh làm trưởng đoàn đã có chuyến "
         "thăm và làm việc tại Vương quốc Campuchia.\n\n")
_DAY = ("Trong khuôn khổ chuyến thăm, sáng 15/4, Thiếu tướng Lê Quang Minh và đoàn đã đến thăm Bộ Tư lệnh "
        "Lục quân Campuchia.\n\n")


def test_a_meeting_opening_its_sentence_takes_the_day_told_before():
    text = _STAY + _DAY + ("Tại cuộc gặp với Đại tướng Mao Sophan, Tư lệnh Lục quân Campuchia, Thiếu tướng Lê Quang "
                           "Minh cảm ơn sự giúp đỡ của phía bạn.")
    found = events(text, published=PartialDate(2025, 4, 17), kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2025, 4, 15)]
    assert "event.meeting-opens-sentence" in rules_of(found)


def test_a_meeting_of_the_stay_not_opening_its_sentence_keeps_the_month():
    # guard: "Trong thời gian thăm, ... đã chào xã giao": no day told before it, some day of the stay
    text = _STAY + ("Trong thời gian thăm, Thiếu tướng Lê Quang Minh đã chào xã giao Đại tướng Mao Sophan, Tư lệnh "
                    "Lục quân Campuchia.")
    found = events(text, published=PartialDate(2025, 4, 17), kind="Meeting")
    assert [e.start for e in found] == [PartialDate(2025, 4)]
