"""Round 23: a Korean name ("Yoon Chang-ho") told at a forum abroad takes Korea, not the venue's
country named in its sentence, when the page names Korea (official.korean-name-shape)."""

from __future__ import annotations

from tests.reading_helpers import read


def _country(doc, name: str):
    return next(o.country for o in doc.officials if o.name == name)


def test_a_korean_minister_at_a_forum_abroad_is_korean() -> None:
    doc = read("Bộ trưởng Quốc phòng Han Min-seok dự Diễn đàn an ninh tại Kuala Lumpur, Malaysia ngày 4/6. "
               "Ông cho biết Hàn Quốc sẽ tăng viện trợ tàu tuần tra cho các nước Đông Nam Á.")
    assert _country(doc, "Han Min-seok") == "KOR"


def test_a_korean_shaped_name_on_a_page_without_korea_keeps_its_context() -> None:
    doc = read("Bộ trưởng Quốc phòng Han Min-seok dự Diễn đàn an ninh tại Kuala Lumpur, Malaysia ngày 4/6.")
    assert _country(doc, "Han Min-seok") != "KOR"


def test_a_name_that_is_not_korean_shaped_keeps_its_context() -> None:
    doc = read("Đại tá Lim Boon Keng, Tùy viên Quân sự Singapore, dự lễ tại Hà Nội; Hàn Quốc cử quan sát viên.")
    assert _country(doc, "Lim Boon Keng") == "SGP"
