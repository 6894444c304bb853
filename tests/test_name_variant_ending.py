"""A foreign name spelt otherwise at its end on one page is one official (round 52h)."""

from tests.reading_helpers import events, read, rules_of

_MEETING = ("Chiều 4/3, bên lề hội nghị, Thượng tướng Hoàng Văn Sơn đã gặp song phương với Bộ trưởng Quốc phòng "
            "New Zealand {a}. Hai bên trao đổi về hợp tác gìn giữ hòa bình.\n"
            "Thượng tướng Hoàng Văn Sơn gặp Bộ trưởng Quốc phòng New Zealand {b}.")


def test_variant_ending_is_one_official():
    doc = read(_MEETING.format(a="Daniel Murphy", b="Daniel Murphie"))
    assert [o.name for o in doc.officials if o.country == "NZL"] == ["Daniel Murphy"]
    assert "official.variant-ending" in rules_of(doc.officials)
    assert len([e for e in doc.events if e.type == "Meeting"]) == 1


def test_other_stem_stays_two_people():
    doc = read(_MEETING.format(a="Daniel Murphy", b="Daniel Murray"))
    assert {"Daniel Murphy", "Daniel Murray"} <= {o.name for o in doc.officials}


def test_other_given_name_stays_two_people():
    doc = read(_MEETING.format(a="Daniel Murphy", b="Daniela Murphie"))
    assert {"Daniel Murphy", "Daniela Murphie"} <= {o.name for o in doc.officials}
