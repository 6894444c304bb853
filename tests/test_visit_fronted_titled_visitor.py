"""A visit to Vietnam told in a clause fronting its sentence, its subject a title with a country and
no name ("Trong thời gian thăm Việt Nam, ..., Bộ trưởng Quốc phòng Chile đã ..."): that country visits."""

from tests.reading_helpers import events, rules_of


def test_title_after_fronted_visit_is_the_visitor():
    text = ("Trong thời gian thăm Việt Nam, từ ngày 12 đến 14/10/2024, Bộ trưởng Quốc phòng Chile "
            "đã đến thăm Học viện Quốc phòng và đặt vòng hoa tại Nghĩa trang Liệt sĩ.")
    found = events(text, kind="Visit")
    assert len(found) == 1 and set(found[0].countries) == {"VNM", "CHL"}
    assert "event.titled-subject-visitor" in rules_of(found)


def test_no_title_no_visitor_from_later_country():
    text = ("Trong thời gian thăm Việt Nam, từ ngày 12 đến 14/10/2024, đoàn đã làm việc với Bộ Tư lệnh "
            "Hải quân và trao đổi về hợp tác với Chile.")
    assert all("event.titled-subject-visitor" not in r for r in rules_of(events(text, kind="Visit")))


def test_country_after_a_verb_is_not_the_visitor():
    text = ("Trong thời gian thăm Việt Nam, từ ngày 12 đến 14/10/2024, đoàn đã làm việc với Bộ Quốc phòng "
            "Chile tại Hà Nội.")
    assert all("event.titled-subject-visitor" not in r for r in rules_of(events(text, kind="Visit")))
