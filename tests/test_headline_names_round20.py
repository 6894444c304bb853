"""Round 20: an official named only in the page's headline (read apart from the body, officials only)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.model import Article, Doc
from kg.pipeline import DEFAULT_COMPONENTS, Pipeline
from kg.pipeline.headline import HEADLINE_COUNTRY_OF_BODY, HEADLINE_ONLY
from kg.reading import iter_articles

TOP = "TIN QUỐC PHÒNG\nThời sự | Quốc phòng\n\n"
STAMP = "\n\n04/06/2026 09:15\n\n"
BODY = (
    "(TQP) - Sáng 4/6, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp "
    "Bộ trưởng Quốc phòng Indonesia đang thăm chính thức Việt Nam.\n\n"
    "Hai bên nhất trí tiếp tục thúc đẩy hợp tác quốc phòng trong các lĩnh vực đào tạo, an ninh biển "
    "và công nghiệp quốc phòng, vì lợi ích của nhân dân hai nước.\n"
)


def _doc(text: str) -> Doc:
    return Pipeline()(Article(id="t", text=text))


def _official(doc: Doc, name: str):
    return next((o for o in doc.officials if o.name == name), None)


def _rules(official) -> set[str]:
    return {r for reading in official.readings for r in reading.rules}


def test_a_minister_named_only_in_the_headline_is_an_official_of_the_headline_title_country():
    doc = _doc(TOP + "Thứ trưởng Bộ Quốc phòng tiếp Bộ trưởng Quốc phòng Indonesia Budi Santoso" + STAMP + BODY)
    found = _official(doc, "Budi Santoso")
    assert found is not None and found.country == "IDN"
    assert HEADLINE_ONLY in _rules(found)
    assert found.evidence == [doc.headline]
    assert "Budi Santoso" not in doc.text  # the headline stays out of the body
    assert all("Budi Santoso" not in e.participants for e in doc.events)  # officials only


def test_a_headline_title_without_country_takes_the_one_of_the_body_unnamed_title():
    doc = _doc(TOP + "Bộ trưởng Budi Santoso: hai nước cần tăng cường hợp tác an ninh biển" + STAMP + BODY)
    found = _official(doc, "Budi Santoso")
    assert found is not None and found.country == "IDN"
    assert {HEADLINE_ONLY, HEADLINE_COUNTRY_OF_BODY} <= _rules(found)


def test_no_country_anywhere_adds_nobody():
    body = BODY.replace("Bộ trưởng Quốc phòng Indonesia đang thăm", "Bộ trưởng đang thăm")
    doc = _doc(TOP + "Bộ trưởng Budi Santoso: hai nước cần tăng cường hợp tác an ninh biển" + STAMP + body)
    assert _official(doc, "Budi Santoso") is None


def test_a_name_the_body_repeats_is_read_from_the_body():
    body = BODY.replace("Indonesia đang thăm", "Indonesia Budi Santoso đang thăm")
    doc = _doc(TOP + "Thứ trưởng Bộ Quốc phòng tiếp Bộ trưởng Quốc phòng Indonesia Budi Santoso" + STAMP + body)
    found = [o for o in doc.officials if o.name == "Budi Santoso"]
    assert len(found) == 1 and HEADLINE_ONLY not in _rules(found[0])


def test_the_body_naming_another_holder_of_the_title_keeps_the_headline_name_out():
    body = BODY.replace("Indonesia đang thăm", "Indonesia Agus Wirawan đang thăm")
    doc = _doc(TOP + "Thứ trưởng Bộ Quốc phòng tiếp Bộ trưởng Quốc phòng Indonesia Budi Santoso" + STAMP + body)
    assert _official(doc, "Budi Santoso") is None


def test_an_athlete_or_a_business_person_in_the_headline_is_no_official():
    athlete = _doc("TIN THỂ THAO\nThể thao | Bóng đá\n\nVận động viên Nguyễn Thị Hoa giành huy chương vàng SEA Games"
                   + STAMP + BODY)
    assert _official(athlete, "Nguyễn Thị Hoa") is None
    business = _doc(
        "TIN KINH TẾ\nKinh tế | Doanh nghiệp\n\nChủ tịch Tập đoàn Samsung Hàn Quốc Lee Jae-won thăm nhà máy ở Bắc Ninh"
        + STAMP + "(KT) - Sáng 4/6, Chủ tịch Tập đoàn Samsung Hàn Quốc đã thăm nhà máy của tập đoàn tại Bắc Ninh "
        "và làm việc với lãnh đạo tỉnh.\n\nHai bên trao đổi về kế hoạch mở rộng đầu tư trong lĩnh vực điện tử, "
        "bán dẫn và đào tạo nhân lực chất lượng cao.\n")
    assert _official(business, "Lee Jae-won") is None


def test_a_glued_headline_of_another_story_above_is_not_read():
    text = (TOP + "Đại sứ Nhật Bản Tanaka Hiroshi thăm tỉnh Quảng Ninh\n"
            "Thứ trưởng Bộ Quốc phòng tiếp khách quốc tế tại Hà Nội" + STAMP + BODY)
    doc = _doc(text)
    assert doc.headline.startswith("Thứ trưởng Bộ Quốc phòng tiếp khách")
    assert _official(doc, "Tanaka Hiroshi") is None


def test_an_html_headline_below_a_section_label_and_its_explanation(tmp_path: Path):
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>Bộ trưởng Quốc phòng Indonesia Budi Santoso thăm Việt Nam - Báo X</title></head><body>"
        "<article><p class='cat'>Thời sự</p><h1>Bộ trưởng Quốc phòng Indonesia Budi Santoso thăm Việt Nam</h1>"
        "<p class='time'>04/06/2026 09:15</p>"
        + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n")) + "</article></body></html>",
        encoding="utf-8")
    article = next(iter_articles([page]))
    doc = Pipeline()(article)
    assert "Budi Santoso" not in doc.text  # a section label above the headline: cleaning drops it as a repeat
    found = _official(doc, "Budi Santoso")
    assert found is not None and found.country == "IDN"
    result = CliRunner().invoke(cli, ["explain", "--format", "json", str(page)])
    assert result.exit_code == 0, result.output
    assert HEADLINE_ONLY in result.output and "Budi Santoso thăm Việt Nam" in result.output


LINES = [
    "TIN QUỐC PHÒNG", "Thời sự | Quốc phòng", "04/06/2026 09:15", "Thời sự",
    "Thứ trưởng Bộ Quốc phòng tiếp Bộ trưởng Quốc phòng Indonesia Budi Santoso",
    "Bộ trưởng Budi Santoso: hai nước cần tăng cường hợp tác an ninh biển",
    "Đại sứ Nhật Bản Tanaka Hiroshi thăm tỉnh Quảng Ninh",
    "Vận động viên Nguyễn Thị Hoa giành huy chương vàng SEA Games",
    *BODY.strip().split("\n\n"),
    "Ngài Đại sứ cảm ơn Thượng tướng Hoàng Xuân Chiến đã dành thời gian tiếp và mong muốn hai bên tăng cường hợp tác.",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=8))
def test_the_headline_zone_only_adds_officials(lines: list[str]):
    article = Article(id="p", text="\n\n".join(lines))
    without = Pipeline([n for n in DEFAULT_COMPONENTS if n != "headline_officials"])(article)
    doc = Pipeline()(article)
    assert doc.officials[: len(without.officials)] == without.officials
    assert all(HEADLINE_ONLY in _rules(o) for o in doc.officials[len(without.officials):])
    assert (doc.events, doc.agreements, doc.partnerships) == (without.events, without.agreements, without.partnerships)
    names = [o.name for o in doc.officials]
    assert len(names) == len(set(names))
