"""The head of a Chinese provincial exit-entry border inspection station ("Tổng trạm trưởng", round 50r) is a
title: an official with it is read as one, not as a citizen with only an honorific; a bare honorific stays out."""

from reading_helpers import officials_by_name, read

TITLED = ("Về phía Trung Quốc, trưởng đoàn là ông Hoàng Chí Minh, Tổng trạm trưởng Tổng trạm Kiểm tra Biên phòng "
          "xuất, nhập cảnh tỉnh Vân Nam (Trung Quốc), cùng các thành viên trong đoàn.")


def test_station_head_is_an_official() -> None:
    found = officials_by_name(read(TITLED))
    assert "Hoàng Chí Minh" in found
    assert found["Hoàng Chí Minh"].country == "CHN"


def test_bare_honorific_is_no_official() -> None:
    text = "Ông Hoàng Chí Minh, một người dân ở khu vực biên giới, cho biết cuộc sống đã ổn định hơn."
    assert "Hoàng Chí Minh" not in officials_by_name(read(text))
