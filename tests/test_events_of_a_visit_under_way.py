"""A visit under way told in the lead: its other happenings, told with no day, are some day of it
(event.some-day-of-the-visit); its bare mentions (event.visit-of-the-welcomed, "chuyến thăm của X")
name its visitor; a mechanism named in a document's title is no happening (round 39)."""

from kg.model import PartialDate

from tests.reading_helpers import events, of_type, rules_of


def test_talks_without_a_day_during_a_visit_take_its_month():
    text = ("Ngày 14/5, Thủ tướng Ba Lan Adam Kowal đã tiếp Đại tướng Nguyễn Văn An đang có chuyến thăm chính thức "
            "Ba Lan theo lời mời của Bộ trưởng Quốc phòng Ba Lan Piotr Zielinski.\n\n"
            "Tại cuộc hội đàm với Bộ trưởng Quốc phòng Piotr Zielinski, hai bên nhất trí thúc đẩy hợp tác "
            "đào tạo và công nghiệp quốc phòng.")
    found = events(text, PartialDate(2024, 5, 14))
    talks = of_type(found, "Talks")
    assert [t.start for t in talks] == [PartialDate(2024, 5)]
    assert "event.some-day-of-the-visit" in rules_of(talks)
    meetings = of_type(found, "Meeting")
    assert [m.start for m in meetings] == [PartialDate(2024, 5, 14)]


def test_talks_without_a_visit_keep_the_lead_day():
    text = ("Ngày 14/5, Thủ tướng Ba Lan Adam Kowal đã tiếp Đại tướng Nguyễn Văn An.\n\n"
            "Tại cuộc hội đàm với Bộ trưởng Quốc phòng Piotr Zielinski, hai bên nhất trí thúc đẩy hợp tác.")
    talks = events(text, PartialDate(2024, 5, 14), "Talks")
    assert "event.some-day-of-the-visit" not in rules_of(talks)


def test_bare_visit_after_a_welcome_is_the_guests():
    text = ("Sáng 3/10, tại trụ sở Bộ Quốc phòng, Đại tướng Nguyễn Văn An chủ trì lễ đón Bộ trưởng "
            "Quốc phòng Ba Lan Piotr Zielinski. Ngay sau lễ đón, hai Bộ trưởng đã tiến hành hội đàm.\n\n"
            "Tại hội đàm, Đại tướng Nguyễn Văn An nhấn mạnh, chuyến thăm góp phần làm sâu sắc quan hệ hai nước.")
    visits = events(text, PartialDate(2024, 10, 3), "Visit")
    assert [(v.start, sorted(v.countries), v.participants) for v in visits] == [
        (PartialDate(2024, 10), ["POL", "VNM"], ["Piotr Zielinski"])]
    assert "event.visit-of-the-welcomed" in rules_of(visits)


def test_visitor_named_after_of_not_the_speaker():
    text = ("Sáng 3/10, Bộ trưởng Quốc phòng Việt Nam và Ba Lan đã hội đàm tại Hà Nội. Tại hội đàm, Đại tướng "
            "Nguyễn Văn An cho rằng chuyến thăm của Bộ trưởng Ba Lan Piotr Zielinski là dấu mốc quan trọng.")
    visits = events(text, PartialDate(2024, 10, 3), "Visit")
    assert [v.participants for v in visits] == [["Piotr Zielinski"]]
    assert sorted(visits[0].countries) == ["POL", "VNM"]


def test_mechanism_in_terms_of_reference_is_no_dialogue():
    text = ("Ngày 3/10, Bộ trưởng Nguyễn Văn An và Bộ trưởng Quốc phòng Ba Lan Piotr Zielinski chứng kiến Hải quân "
            "hai nước trao văn bản Điều khoản tham chiếu Tham vấn Hải quân Việt Nam - Ba Lan.")
    assert events(text, PartialDate(2024, 10, 3), "Dialogue") == []
