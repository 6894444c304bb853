"""A neighbour's province closing a title, then the person's name with no comma ("Tỉnh trưởng tỉnh
Savannakhet X"), and a Lao one-word name leading a delegation after a run of titles (round 32)."""

from __future__ import annotations

from kg.model import PartialDate
from reading_helpers import read, rules_of

DAY = PartialDate(2026, 4, 20)


def found(text: str) -> dict[str, object]:
    return {o.name: o for o in read(text, DAY).officials}


def test_a_lao_governor_named_right_after_his_province() -> None:
    got = found("Sáng 19/4, tại cửa khẩu, Tỉnh trưởng tỉnh Savannakhet Bounmy Sisavath chủ trì lễ đón đoàn "
                "đại biểu Quân khu 4.")
    assert got.get("Bounmy Sisavath") is not None and got["Bounmy Sisavath"].country == "LAO"
    assert "official.name-after-province" in rules_of([got["Bounmy Sisavath"]])


def test_a_province_written_with_dashes_then_the_name() -> None:
    got = found("Cùng ngày, Tỉnh trưởng tỉnh Phông-xa-lỳ Bun-mi Xi-xa-vắt đã tiếp đoàn công tác Bộ Chỉ huy "
                "Quân sự tỉnh Điện Biên.")
    assert got.get("Bun-mi Xi-xa-vắt") is not None and got["Bun-mi Xi-xa-vắt"].country == "LAO"


def test_a_province_alone_is_still_no_person() -> None:
    got = found("Sáng 19/4, Đại tá Nguyễn Văn Hải, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh, đã tiếp đoàn "
                "cán bộ tỉnh Savannakhet.")
    assert "Savannakhet" not in got and set(got) == {"Nguyễn Văn Hải"}


def test_a_one_word_lao_name_leads_after_a_run_of_titles() -> None:
    got = found("Sáng 19/4, Thiếu tướng Lê Văn Hòa tiếp đoàn đại biểu tỉnh Savannakhet do Ủy viên Ban Thường vụ "
                "Tỉnh ủy, Phó Tỉnh trưởng tỉnh Savannakhet Vông-xay dẫn đầu.")
    assert got.get("Vông-xay") is not None and got["Vông-xay"].country == "LAO"


def test_a_vietnamese_given_name_after_do_stays_a_short_form() -> None:
    got = found("Sáng 19/4, đoàn công tác do Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch tỉnh Hà Tĩnh Hòa dẫn "
                "đầu đã sang thăm tỉnh Savannakhet.")
    assert "Hòa" not in got
