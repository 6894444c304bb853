"""A ship's launch told to its month ("được hạ thủy vào tháng 3/2009") dates the ship, not the page:
a port call told with a yearless day keeps no year guessed from it (round 40, realev4)."""

from tests.reading_helpers import events, read

TEXT = ("Tàu hộ vệ Hải quân Pháp thăm Cam Ranh\n"
        "Ngày 12/4, tàu hộ vệ Vendémiaire của Hải quân Pháp đã cập cảng quốc tế Cam Ranh, bắt đầu chuyến "
        "thăm Việt Nam.\n"
        "Tàu được hạ thủy vào tháng 8/1990 và là một trong những tàu tuần tra lớn của Hải quân Pháp ở "
        "Thái Bình Dương.")


def test_launch_month_gives_the_page_no_year():
    assert read(TEXT).published is None


def test_the_call_keeps_its_yearless_day():
    calls = events(TEXT, kind="PortCall")
    assert [c.start.iso() for c in calls] == ["--04-12"]


def test_a_signing_month_still_bounds_the_year():
    text = ("Ngày 12/4, Thứ trưởng Bộ Quốc phòng tiếp Tùy viên Quốc phòng Pháp. Hai bên đánh giá cao "
            "Thư ý định về hợp tác quốc phòng được ký kết vào tháng 11/2023.")
    assert read(text).published.year == 2024
