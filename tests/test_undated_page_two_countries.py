"""A happening the page tells as its own ("lần này") given to "the two countries", on a page with no
day: Vietnam and the one foreign country the page names (round 48q, mend53)."""

from reading_helpers import events, rules_of

PAGE = (
    "Hoạt động nhằm thắt chặt quan hệ hữu nghị, hợp tác giữa Hải quân hai nước Việt Nam và Thái Lan.\n\n"
    "Phía Hải quân Việt Nam cử biên đội gồm tàu 016 và tàu 018 do Đại tá Trần Văn Minh làm trưởng đoàn.\n\n"
    "Trong chuyến tuần tra liên hợp lần này, các tàu của Hải quân 2 nước đã tiến hành "
    "tuần tra dọc đường ranh giới trên biển và huấn luyện thông tin liên lạc."
)


def test_patrol_of_this_page_with_its_two_countries():
    found = events(PAGE, None, "Exercise")
    assert len(found) == 1
    assert sorted(found[0].countries) == ["THA", "VNM"]
    assert found[0].start is None
    assert "event.two-countries-of-the-page" in rules_of(found)


def test_a_page_naming_two_foreign_countries_stays_silent():
    text = PAGE.replace("Việt Nam và Thái Lan.", "Việt Nam, Thái Lan và Campuchia.")
    assert events(text, None, "Exercise") == []
