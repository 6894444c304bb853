"""A page declaring a charset that is no web encoding is read alike on w3lib 2.5 and 2.6 (round 51f): 2.6 keeps
to the WHATWG list and names no codec outside it, so kg.reading looks for the label itself where w3lib names
none. A Unicode label reads as UTF-8 (as browsers do); any other is ignored with a warning naming it. Pages of
our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.reading import Warned, iter_articles

PAGE = """<html><head>{meta}<title>Giao lưu sĩ quan trẻ</title></head><body><article><h1>Giao lưu sĩ quan trẻ</h1>
<p>Chiều 9-4, tại Đà Nẵng, đoàn sĩ quan trẻ Quân đội nhân dân Việt Nam đã giao lưu với đoàn sĩ quan trẻ Lào.</p>
<p>Hai bên đã trao đổi kinh nghiệm công tác Đoàn và tổ chức thi đấu thể thao hữu nghị.</p>
</article></body></html>"""
IGNORED = "ignored the charset the page declares ({}): not an encoding of web pages"


def read_page(tmp_path: Path, meta: str) -> tuple[str, list[str]]:
    f = tmp_path / "a.html"
    f.write_bytes(PAGE.format(meta=meta).encode("utf-8"))
    warned: list[Warned] = []
    (art,) = list(iter_articles([f], on_warn=warned.append))
    return art.text, [w.message for w in warned]


@pytest.mark.parametrize("meta, codec", [
    ('<meta http-equiv="Content-Type" content="text/html; charset=punycode">', "punycode"),
    ('<?xml version="1.0" encoding="punycode"?>', "punycode"),
    ('<meta charset="utf-7">', "utf-7"),
    ('<meta charset="iso-2022-kr">', "iso2022_kr"),
])
def test_a_declared_charset_that_is_no_web_encoding_is_ignored_with_a_warning(tmp_path: Path, meta: str,
                                                                               codec: str) -> None:
    text, warned = read_page(tmp_path, meta)
    assert "đoàn sĩ quan trẻ Lào" in text
    assert warned == [IGNORED.format(codec)]


@pytest.mark.parametrize("label", ["utf-32", "UTF-16"])
def test_a_declared_unicode_charset_reads_as_utf_8(tmp_path: Path, label: str) -> None:
    text, warned = read_page(tmp_path, f'<meta charset="{label}">')
    assert "đoàn sĩ quan trẻ Lào" in text and warned == []
