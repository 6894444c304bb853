"""A friendship exchange the two delegations hold after their talks ("Sau đó, hai đoàn tổ chức giao lưu
hữu nghị") is an Exchange of the talks' two sides (round 45c)."""

from kg.model import PartialDate

from tests.reading_helpers import events, rules_of

_TALKS = (
    "Sáng 12/3, tại Nhà hội đàm cửa khẩu Tà Lùng, Đoàn đại biểu Bộ đội Biên phòng tỉnh Cao Bằng (Việt Nam) và Đoàn "
    "đại biểu Trạm Quản lý biên giới Long Châu (Trung Quốc) đã tổ chức hội đàm định kỳ quý I/2026.\n\n"
    "Tại hội đàm, Đại tá Hoàng Văn Tiến và Thượng tá Lý Minh Hoa thông báo tình hình biên giới.\n\n"
)


def test_exchange_of_the_two_delegations_after_talks():
    text = _TALKS + "Sau đó, hai đoàn tổ chức giao lưu hữu nghị: cùng hát, trồng cây và tặng quà cho cán bộ, chiến sĩ."
    found = events(text, PartialDate(2026, 3, 12), kind="Exchange")
    assert len(found) == 1
    assert sorted(found[0].countries) == ["CHN", "VNM"]
    assert str(found[0].start) == "2026-03-12"
    assert "event.talks-of-the-two-sides" in rules_of(found)


def test_activity_of_a_port_call_is_no_exchange_of_its_own():
    text = (
        "Sáng 12/3, tàu hộ vệ HMAS Perth của Hải quân Hoàng gia Australia cập Cảng Tiên Sa, bắt đầu chuyến thăm "
        "thành phố Đà Nẵng.\n\nTrong thời gian ở Đà Nẵng, hai bên tổ chức giao lưu thể thao, văn nghệ."
    )
    assert events(text, PartialDate(2026, 3, 12), kind="Exchange") == []
