"""'Hội nghị ... (ADMM) lần thứ 15' also answers to 'ADMM-15'; 'thông qua' ends a name; the year of
an ASEAN chair named with it dates a page with no other year (round 38)."""

from kg.model import PartialDate

from tests.reading_helpers import events, read

TEXT = ("Hội nghị ADMM-16 thông qua Tuyên bố chung về an ninh biển\n\n"
        "Chiều 20/5, Hội nghị Bộ trưởng Quốc phòng các nước ASEAN (ADMM) lần thứ 16 đã diễn ra theo hình thức "
        "trực tuyến dưới sự chủ trì của nước Chủ tịch ASEAN 2022 Campuchia. Đại tướng Nguyễn Văn An dẫn đầu "
        "đoàn Việt Nam tham dự Hội nghị ADMM-16.")


def test_short_name_with_edition_is_one_conference():
    found = events(TEXT, kind="Conference")
    assert len(found) == 1
    assert "thông" not in found[0].label


def test_asean_chair_year_dates_the_page():
    assert read(TEXT).published == PartialDate(2022, 5, 20)
    assert [f.start for f in events(TEXT, kind="Conference")] == [PartialDate(2022, 5, 20)]
