"""Round 50c: an ASEAN series told by its bare short name ("Hội nghị ADMM hẹp", a headline) and by its full
name in the body is one conference, not two."""

from kg.model import PartialDate

from tests.reading_helpers import events

PAGE = (
    "Thứ trưởng dự Hội nghị ADMM hẹp tại Malaysia\n\n"
    "Ngày 24/2, tại Langkawi (Malaysia), Thượng tướng Trần Văn Sơn, Thứ trưởng Bộ Quốc phòng dẫn đầu đoàn "
    "Việt Nam tham dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN hẹp (ADMM Retreat) năm 2025. "
    "Hội nghị có sự tham dự của trưởng đoàn các nước Brunei, Lào, Malaysia, Singapore và Việt Nam."
)


def test_headline_short_name_is_the_body_conference() -> None:
    found = events(PAGE, PartialDate(2025, 2, 25), kind="Conference")
    assert len(found) == 1
    assert found[0].start == PartialDate(2025, 2, 24)


def test_the_full_meeting_is_not_the_retreat() -> None:
    text = ("Bộ trưởng dự Hội nghị ADMM hẹp\n\n"
            "Ngày 24/2, Bộ trưởng Quốc phòng Đại tướng Lê Minh Khải dự Hội nghị Bộ trưởng Quốc phòng các nước "
            "ASEAN lần thứ 19 tại Viêng Chăn (Lào).")
    assert len(events(text, PartialDate(2025, 2, 25), kind="Conference")) == 2
