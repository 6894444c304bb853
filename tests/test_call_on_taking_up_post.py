"""A newly posted envoy's first call on a host ("chào ra mắt", the opposite of "chào từ biệt") is a
meeting with the host's country (round 51b)."""

from tests.reading_helpers import events, read

CALL = ("Sáng 3/4/2025, tại Phnôm Pênh, Đại tá Trần Minh Khoa, Tùy viên Quốc phòng Việt Nam tại Campuchia, "
        "đã chào ra mắt Đại tướng Vong Pisen, Tổng Tư lệnh Quân đội Hoàng gia Campuchia.")


def test_a_first_call_is_a_meeting_with_the_host():
    meetings = events(CALL, kind="Meeting")
    assert [(str(m.start), sorted(m.countries)) for m in meetings] == [("2025-04-03", ["KHM", "VNM"])]
    assert "KHM" in read(CALL).partners


def test_a_call_planned_is_none():
    assert events(CALL.replace("Sáng 3/4/2025", "Tuần tới").replace("đã chào", "sẽ chào"), kind="Meeting") == []


def test_a_book_launch_is_no_meeting():
    text = "Ngày 3/4/2025, Ban Tuyên giáo đã ra mắt cuốn sách về quan hệ hữu nghị Việt Nam - Lào tại Hà Nội."
    assert events(text) == []
