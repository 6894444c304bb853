"""`drop_repeated_sentences` skips blocks holding no short key; it must drop
exactly what the unfiltered version (kept here as the oracle) drops."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.pipeline.clean import MAX_CAPTION_LEN, Block, collapsed_key, drop_repeated_sentences, paragraph_spans


def _reference(blocks: list[Block]) -> None:
    short = {b.key for b in blocks if not b.rule and len(b.text) <= MAX_CAPTION_LEN}
    if not short:
        return
    inside: set[str] = set()
    for b in blocks:
        if b.rule:
            continue
        spans = paragraph_spans(b.text)
        if len(spans) > 1:
            inside.update(k for k in (collapsed_key(b.text[s:e]) for s, e in spans) if k in short)
    for b in blocks:
        if not b.rule and len(b.text) <= MAX_CAPTION_LEN and b.key in inside:
            b.rule = "x"


def _both(lines: list[str]) -> tuple[list[bool], list[bool]]:
    a = [Block(x, [x]) for x in lines]
    b = [Block(x, [x]) for x in lines]
    drop_repeated_sentences(a)
    _reference(b)
    return [x.rule is not None for x in a], [x.rule is not None for x in b]


def test_caption_repeated_in_paragraph_is_dropped() -> None:
    para = "Bộ trưởng Quốc phòng hai nước hội đàm tại Hà Nội. ĐẠI TƯỚNG PHÁT BIỂU TẠI HỘI NGHỊ. Hai bên " + "nhất trí " * 30 + "."
    got, ref = _both(["Đại tướng phát biểu tại hội nghị.", para, "Một dòng khác."])
    assert got == ref == [True, False, False]


_SENTS = ["Hai bên ký kết.", "Đại tướng phát biểu.", "ẞ Straße hội đàm.", "ΣΊΣΥΦΟΣ gặp.", "“Ảnh: TTXVN”", "TP. Hà Nội."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_SENTS), min_size=1, max_size=20).map(" ".join), min_size=1, max_size=8))
def test_property_same_as_reference(lines: list[str]) -> None:
    got, ref = _both(lines)
    assert got == ref
