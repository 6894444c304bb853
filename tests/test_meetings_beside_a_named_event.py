"""Side meetings told in a lead before the event they were held beside: "A gặp song phương người đồng
cấp B, C và D bên lề hội nghị X ở <city>, <country>", in the present as leads are written, X's day told
in the next sentence. One meeting per counterpart, on X's day; the host country of the place is no
counterpart (round 25, heldout37)."""

from __future__ import annotations

from reading_helpers import events, rules_of

from kg.model import PartialDate

LEAD = ("Bộ trưởng Quốc phòng Việt Nam gặp song phương người đồng cấp Lào, Thái Lan và Brunei bên lề hội nghị "
        "hẹp các bộ trưởng quốc phòng ASEAN ở thành phố Kuching, Malaysia.\n\n"
        "Hội nghị hẹp Bộ trưởng Quốc phòng các nước ASEAN diễn ra ngày 4/3 do Bộ Quốc phòng Malaysia tổ chức.")


def test_one_meeting_per_counterpart_on_the_day_of_the_event_beside() -> None:
    found = events(LEAD, PartialDate(2027, 3, 6), kind="Meeting")
    assert sorted(sorted(e.countries) for e in found) == [["BRN", "VNM"], ["LAO", "VNM"], ["THA", "VNM"]]
    assert {e.start.iso() for e in found if e.start} == {"2027-03-04"} and all(e.start for e in found)
    assert "event.beside-the-named-after" in rules_of(found)


def test_a_planned_side_meeting_stays_no_event() -> None:
    text = ("Ngày 2/3, Bộ trưởng cho biết ông sẽ gặp song phương người đồng cấp Lào và Thái Lan bên lề hội nghị "
            "hẹp các bộ trưởng quốc phòng ASEAN.")
    assert events(text, PartialDate(2027, 3, 2), kind="Meeting") == []
