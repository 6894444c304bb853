"""A Vietnamese official's bare "thăm" of foreign troops here (round 52c): "thăm và tặng quà động viên ba khối quân
nhân các nước, gồm: A, B, và C" is meeting them, a Meeting of all their countries (`event.foreign-troops-visited`;
the count "các nước" is listed after it, so not `event.counterparts-unnamed`, and ", và" joins the last country).
Vietnam's own troops visited open nothing."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

PAGE_DAY = PartialDate(2026, 8, 30)

FOREIGN = ("Chiều 30/8, Thượng tướng Lê Văn Thành, Thứ trưởng Bộ Quốc phòng, thăm và tặng quà động viên ba khối quân "
           "nhân các nước, gồm: Thái Lan, Myanmar, và Indonesia.")


def test_visiting_foreign_contingents_is_a_meeting_of_their_countries():
    found = events(FOREIGN, PAGE_DAY, "Meeting")
    assert len(found) == 1
    assert set(found[0].countries) == {"VNM", "THA", "MMR", "IDN"}
    assert found[0].start == PartialDate(2026, 8, 30)
    assert "event.foreign-troops-visited" in rules_of(found)


OWN = ("Chiều 30/8, Thượng tướng Lê Văn Thành, Thứ trưởng Bộ Quốc phòng, thăm và tặng quà động viên các khối quân nhân "
       "Quân khu 7 tham gia luyện tập diễu binh.")


def test_visiting_vietnams_own_troops_is_no_event():
    assert events(OWN, PAGE_DAY) == []
