"""A named event that is the whole of a paragraph of the body ("| Hội nghị song phương lần thứ hai giữa A và B.", a
photo's caption once its credit is cut) is what the photo shows: held (event.name-alone-on-its-line, round 51b).
The page's first paragraph, its headline, may name an event only announced: not read so. With no day told, the
caption shows the page's news: dated as the page is (event.caption-of-the-page)."""

from kg.model import PartialDate
from tests.reading_helpers import events, rules_of

BODY = ("Hai bên đánh giá cao kết quả hợp tác giữa Bộ đội Biên phòng Việt Nam và Cảnh sát biên giới Thái Lan "
        "thời gian qua.\n")
CAPTION = ("| Hội nghị song phương lần thứ hai giữa Bộ đội Biên phòng Việt Nam và Cảnh sát biên giới "
           "Thái Lan.\n")


def test_a_caption_naming_an_event_tells_it_held():
    found = events("Hợp tác biên phòng Việt Nam - Thái Lan\n" + BODY + CAPTION, kind="Conference")
    assert [sorted(e.countries) for e in found] == [["THA", "VNM"]]
    assert "event.name-alone-on-its-line" in rules_of(found)


def test_a_headline_naming_an_event_announced_tells_nothing():
    text = ("\n\n" + CAPTION.lstrip("| ") + "Theo kế hoạch, đoàn Bộ đội Biên phòng Việt Nam sẽ sang Thái Lan dự Hội nghị song "
            "phương lần thứ hai giữa hai lực lượng.\n")
    assert events(text, kind="Conference") == []


def test_a_name_inside_a_sentence_of_plans_is_not_alone():
    text = BODY + "Hai bên thống nhất sẽ tổ chức " + CAPTION.lstrip("| ")
    assert events(text, kind="Conference") == []


def test_a_caption_with_no_day_is_dated_as_the_page():
    found = events("Hợp tác biên phòng Việt Nam - Thái Lan\n" + BODY + CAPTION, PartialDate(2024, 5), kind="Conference")
    assert [str(e.start) for e in found] == ["2024-05"]
    assert "event.caption-of-the-page" in rules_of(found)


def test_a_caption_event_with_a_day_told_in_prose_keeps_it():

    prose = ("Sáng 12/3/2024, Hội nghị song phương lần thứ hai giữa Bộ đội Biên phòng Việt Nam và Cảnh sát biên giới "
             "Thái Lan đã diễn ra tại Hà Nội.\n")
    found = events("Hợp tác biên phòng Việt Nam - Thái Lan\n" + prose + CAPTION, PartialDate(2024, 5), kind="Conference")
    assert [str(e.start) for e in found] == ["2024-03-12"]
    assert "event.caption-of-the-page" not in rules_of(found)
