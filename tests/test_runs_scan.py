"""The chain-regex `_runs` must cut exactly the runs of the old word-by-word scan.

`_runs_reference` is that old scan, kept verbatim as the oracle."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.common import WORD_RE
from kg.extract.officials import _JOINERS, _Tok, _is_letter, _particles, _runs

_LETTER_RE = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _cand_re() -> re.Pattern[str]:
    chars = [ch for ch in map(chr, range(0x10000)) if not ch.islower() and _LETTER_RE.match(ch)]
    ranges: list[list[int]] = []
    for ch in chars:
        if ranges and ranges[-1][1] == ord(ch) - 1:
            ranges[-1][1] = ord(ch)
        else:
            ranges.append([ord(ch), ord(ch)])
    cls = "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in ranges)
    return re.compile(f"[{cls}\\U00010000-\\U0010ffff]" + r"(?<![^\W\d_].)(?<=[^\W\d_])")


def _runs_reference(text: str, offset: int = 0) -> list[list[_Tok]]:
    """The previous implementation: one Python step per capitalised word."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    particles = _particles()
    word_search, word_match, cand_search = WORD_RE.search, WORD_RE.match, _cand_re().search
    pos = 0
    while True:
        if cur:
            m = word_search(text, pos)
        else:
            c = cand_search(text, pos)
            if c is None:
                break
            p = c.start()
            if p >= 2 and text[p - 1] in _JOINERS and _is_letter(text[p - 2]):
                m = word_search(text, pos)
            else:
                m = word_match(text, p)
        if m is None:
            break
        w, s, e = m.group(), m.start(), m.end()
        pos = e
        cap = w[:1].isupper() and not (len(w) > 1 and w.isupper())
        glued = bool(cur) and text[cur[-1].end - offset : s] == " "
        is_particle = False
        if w in particles and cur and glued and text[e : e + 1] == " ":
            nm = word_search(text, e)
            is_particle = nm is not None and nm.start() == e + 1 and nm.group()[:1].isupper()
        if (cap or is_particle) and (glued or not cur):
            cur.append(_Tok(w, s + offset, e + offset))
        else:
            if cur:
                runs.append(cur)
            cur = [_Tok(w, s + offset, e + offset)] if cap else []
    if cur:
        runs.append(cur)
    for r in runs:
        while r and r[-1].text in particles:
            r.pop()
    return [r for r in runs if r]


def _same(text: str, offset: int = 0) -> None:
    assert _runs(text, offset) == _runs_reference(text, offset), text


def test_particles_and_caps() -> None:
    text = "Ngài Matteo Perego di Cremnago gặp NATO van Berg và Ludwig van Beethoven, Hà Nội di"
    runs = _runs(text)
    assert [[t.text for t in r] for r in runs] == [
        ["Ngài", "Matteo", "Perego", "di", "Cremnago"],
        ["Berg"],
        ["Ludwig", "van", "Beethoven"],
        ["Hà", "Nội"],
    ]
    _same(text)


def test_traps() -> None:
    for text in [
        "an-Giang Nam", "a'b'Cd Ef", "x-Y Z", "Anh-Quốc  Mỹ", "Mỹ van de Berg", "ABC Def", "A B",
        "Đại tướng Phan Văn Giang", "Jr. Smith", "ǅemal Ali", "Ⓐbc Def", "Ab van", "Ab van ", "Ab van cd",
        "Ab van Van Cd", "Van Ab", "3D Mô", "Mỹ—Anh", "l'Élysée Palace", "al-Assad Bashar", "Bashar al-Assad",
        "O'Brien's Kim", "Ab\u00a0Cd", "Ab van\u00a0Cd", "𝐀bc Def", "Āb-‐Cd",
    ]:
        for off in (0, 7):
            _same(text, off)


_ALPHA = st.sampled_from(
    ["A", "Ă", "Đ", "Ê", "a", "ă", "đ", "ê", "ư", "Ư", "ǅ", "x", "Z", " ", " ", " ", "  ", "-", "‐", "'",
     ",", ".", "1", "_", "\n", "\u00a0", "van", "di", "de", "la", "NATO", "Ⓐ", "中", "𝐀", "ß"]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_ALPHA, max_size=40).map("".join), st.integers(0, 5))
def test_property_matches_reference(text: str, offset: int) -> None:
    _same(text, offset)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_property_any_text(text: str) -> None:
    _same(text)


def test_every_sentence_of_the_corpora() -> None:
    """Every sentence of the sample and dev corpora, as the pipeline cuts them."""
    from kg.cleaning import split_sentences

    root = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for d in ("gold_dev", "dev2", "dev3", "articles")
             if (root / d).is_dir() for p in sorted((root / d).rglob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(Path("/work/shared/seeds").glob("*.txt"))]
    assert texts
    n = 0
    for text in texts:
        _same(text)
        for s in split_sentences(text):
            _same(text[s.start : s.end], s.start)
            n += 1
    assert n > 50
