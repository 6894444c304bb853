"""A named show told with no day takes the year its name holds (`event.year-of-name`),
as a named exercise does; a conference's name year is not widened to it."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

SHOW = (
    "Đoàn đại biểu Bộ Quốc phòng Việt Nam do Thượng tướng Lê Minh Tâm, Thứ trưởng Bộ Quốc phòng "
    "dẫn đầu đã tham dự Triển lãm Hàng không Farnborough 2026 tại Anh. "
    "Tại triển lãm, đoàn đã tham quan gian hàng của các doanh nghiệp quốc phòng Anh."
)

CONFERENCE = (
    "Thượng tướng Lê Minh Tâm, Thứ trưởng Bộ Quốc phòng Việt Nam đã dự Hội nghị An ninh quốc tế "
    "Warszawa 2026 tại Ba Lan và có bài phát biểu về hợp tác quốc phòng."
)


def test_undated_show_takes_its_name_year():
    shows = events(SHOW, kind="Exhibition")
    assert len(shows) == 1
    assert shows[0].start == PartialDate(2026)
    assert "event.year-of-name" in rules_of(shows)


def test_undated_conference_keeps_no_year_of_name():
    confs = events(CONFERENCE, kind="Conference")
    assert confs and all("event.year-of-name" not in rules_of([c]) for c in confs)


def test_show_on_a_page_telling_a_month_keeps_no_bare_year():
    """Where the page tells a month, the show's own month may be known: a bare year would say less."""
    text = SHOW + " Ngày 20/7, đoàn đã hội đàm với Bộ Quốc phòng Anh tại London."
    shows = events(text, kind="Exhibition")
    assert shows and all(s.start != PartialDate(2026) for s in shows)


def test_show_named_once_keeps_no_bare_year():
    """A show named once is background: its month may be known elsewhere."""
    text = SHOW.split(" Tại triển lãm,")[0] + " Hai bên đã trao đổi về hợp tác đào tạo."
    shows = events(text, kind="Exhibition")
    assert [s.start for s in shows] == [None]
