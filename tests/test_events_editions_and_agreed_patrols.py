"""An event named with its year is not an earlier edition told with another year; patrols the
sides agree to coordinate ("thống nhất phối hợp tuần tra") are a plan, not an exercise held."""

from __future__ import annotations

from reading_helpers import events

from kg.model import PartialDate

PAGE = ("(BBP) - Ngày 14/10, tại cửa khẩu Thanh Thủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tuyên Quang phối hợp với "
        "Chi đội Quản lý biên giới Văn Sơn (Trung Quốc) tổ chức Giao lưu hữu nghị biên phòng năm 2025.\n\n"
        "Giao lưu hữu nghị biên phòng hai bên lần thứ nhất được tổ chức tại Hà Giang năm 2015; từ đó đến nay, "
        "quan hệ giữa hai lực lượng ngày càng bền chặt.\n\n"
        "Cùng ngày, lãnh đạo hai đơn vị đã hội đàm và ký Biên bản hội đàm, thống nhất phối hợp tuần tra song "
        "phương, trao đổi thông tin về tội phạm qua biên giới.")


def test_the_named_exchange_keeps_the_day_of_its_own_year() -> None:
    found = events(PAGE, PartialDate(2025, 10, 15), "Exchange")
    assert PartialDate(2025, 10, 14) in [e.start for e in found]
    assert all(e.start is None or e.start.year != 2015 or "2025" not in e.label for e in found)


def test_patrols_agreed_on_are_no_exercise() -> None:
    assert events(PAGE, PartialDate(2025, 10, 15), "Exercise") == []
