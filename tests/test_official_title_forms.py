"""Titles as the press writes them (issue 10, round 6): an abbreviation with a full stop
inside ("Ủy viên T.Ư Đảng") does not end the title; an acting or deputy title in lower
case ("quyền Cục trưởng") opens it; a body named after a comma closes it and gives its
country ("..., Bộ Quốc phòng Lào"); a name that holds a company marker is the company's;
a Lao name written twice with "-n" and "-ng" is one person."""

from __future__ import annotations

from kg.pipeline import extract


def _officials(text: str) -> dict[str, object]:
    return {o.name: o for o in extract(text).officials}


def test_an_abbreviation_with_a_full_stop_does_not_end_the_title() -> None:
    text = ("Lễ trao quyết định\n\nSáng 12.9, ông Lê Minh Khôi, Ủy viên T.Ư Đảng, Phó chủ nhiệm "
            "Tổng cục Hậu cần Quân đội nhân dân VN, đã dự lễ.")
    off = _officials(text)["Lê Minh Khôi"]
    assert "Phó chủ nhiệm Tổng cục Hậu cần Quân đội nhân dân VN" in off.positions
    assert not any(p.endswith(" T") for p in off.positions)


def test_an_acting_title_closed_by_a_foreign_ministry_gives_its_country() -> None:
    text = ("Tiếp đoàn hữu nghị\n\nSáng 3/4, tại Hà Nội, Trung tướng Trần Quốc Hưng, Phó Chủ nhiệm "
            "Tổng cục Chính trị, đã tiếp đoàn do Thiếu tướng Somsak Inthavong, quyền Cục trưởng Cục "
            "Quân y, Bộ Quốc phòng Lào làm trưởng đoàn.")
    off = _officials(text)["Somsak Inthavong"]
    assert off.country == "LAO"
    assert any(p.startswith("quyền Cục trưởng Cục Quân y") for p in off.positions)


def test_a_body_after_the_comma_never_takes_another_name() -> None:
    text = ("Hội đàm\n\nChiều 3/4, Đại tá Somsak Inthavong, Cục trưởng Cục Quân y, Bộ Quốc phòng Lào "
            "Đại tá Bounmy Keo cùng dự.")
    off = _officials(text)["Somsak Inthavong"]
    assert not any("Bounmy" in p for p in off.positions)


def test_a_manager_title_before_a_company_name_makes_no_official() -> None:
    text = ("Triển lãm quốc phòng\n\nNgày 10/12, Thượng tướng Phạm Hoài Nam, Thứ trưởng Bộ Quốc phòng "
            "đã thăm gian hàng. Ông Lee Min-ho, Tổng Giám đốc Doosan Aerospace, giới thiệu sản phẩm.\n"
            "Phó Chủ tịch Kolon Group tiếp đoàn tại gian hàng.")
    names = set(_officials(text))
    assert "Phạm Hoài Nam" in names
    assert not any("Aerospace" in n or "Group" in n for n in names)


def test_a_lao_name_spelt_with_n_and_with_ng_is_one_official() -> None:
    text = ("Hội đàm\n\nNgày 8/5, Đại tướng Chansy Phommavong, Bộ trưởng Bộ Quốc phòng Lào, hội đàm "
            "với Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng. Bộ trưởng Chansy Phommavon "
            "cảm ơn sự giúp đỡ của Việt Nam.")
    lao = [o for o in extract(text).officials if o.country == "LAO"]
    assert len(lao) == 1


def test_a_standing_member_title_opens_a_lao_officials_titles() -> None:
    text = ("Chúc Tết\n\nChiều 2-2, đoàn công tác tỉnh Luang Namtha do đồng chí Bounthong Sisavath, "
            "Thường vụ Tỉnh ủy, Phó Tỉnh trưởng tỉnh Luang Namtha làm trưởng đoàn đã đến thăm "
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Điện Biên.")
    off = _officials(text)["Bounthong Sisavath"]
    assert off.country == "LAO"
    assert "Phó Tỉnh trưởng tỉnh Luang Namtha" in off.positions
