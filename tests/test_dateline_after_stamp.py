"""A page stored with its date before its text (" date 2024-06-12 Ngày 11/6, ..."): the day opening the
sentence's own words heads the sentence for every event it tells, as on a page without the stamp
(mentions.py `_dateline_after_stamp`, pattern `stamp-then-dateline`, rule `event.dateline-after-the-stamp`,
round 51d, dates6). Before, the stamp was taken for the head and dropped, so a named conference told after
a call in the lead sentence kept only the stamp's month."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

_CALL_THEN_CONFERENCE = ("Ngày 11/6, trong khuôn khổ chuyến công tác tại Malaysia, đoàn Cảnh sát biển Việt Nam do Thiếu "
                         "tướng Trần Văn Hải làm trưởng đoàn đã chào xã giao lãnh đạo Cơ quan Thực thi pháp luật hàng "
                         "hải Malaysia và đồng chủ trì Hội nghị song phương lần thứ hai.")


def test_a_named_conference_after_a_call_takes_the_dateline_after_the_stamp():
    found = events(" date 2024-06-12 " + _CALL_THEN_CONFERENCE, kind="Conference")
    assert [e.start for e in found] == [PartialDate(2024, 6, 11)]
    assert "event.dateline-after-the-stamp" in rules_of(found)


def test_the_same_sentence_without_a_stamp_reads_the_same_day():
    found = events(_CALL_THEN_CONFERENCE, published=PartialDate(2024, 6, 12), kind="Conference")
    assert [e.start for e in found] == [PartialDate(2024, 6, 11)]


def test_a_stamp_glued_to_a_headline_is_no_dateline():
    # guard: no day opens the words after the stamp ("Đoàn ... dự Triển lãm X"): the stamp dates
    # the page only, the show told with no day keeps the stored month
    found = events(" date 2024-11-14 Đoàn Bộ Quốc phòng Việt Nam do Thượng tướng Lê Văn Hòa dẫn đầu tham dự Triển lãm "
                   "Quốc phòng Indo Defence 2024 tại Jakarta theo lời mời của Bộ Quốc phòng Indonesia.",
                   kind="Exhibition")
    assert [e.start for e in found] in ([PartialDate(2024, 11)], [PartialDate(2024)])
    assert "event.dateline-after-the-stamp" not in rules_of(found)
