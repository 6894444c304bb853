"""The chain-regex `capitalised_runs` must cut exactly the runs of the old word-by-word scan.

`reference_runs` (tests/reference_runs.py) is the original definition, kept as the oracle."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from reference_runs import reference_runs

from kg.pipeline.officials.names import capitalised_runs


def _same(text: str, offset: int = 0) -> None:
    assert capitalised_runs(text, offset) == reference_runs(text, offset), text


def test_particles_and_caps() -> None:
    text = "Ngài Matteo Perego di Cremnago gặp NATO van Berg và Ludwig van Beethoven, Hà Nội di"
    runs = capitalised_runs(text)
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
    from kg.pipeline.clean import split_sentences

    root = Path(__file__).parent / "data"
    texts = [p.read_text(encoding="utf-8") for d in ("gold_dev", "dev2", "dev3", "articles")
             if (root / d).is_dir() for p in sorted((root / d).rglob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parents[1] / "seeds").glob("*.txt"))]
    assert texts
    n = 0
    for text in texts:
        _same(text)
        for s in split_sentences(text):
            _same(text[s.start : s.end], s.start)
            n += 1
    assert n > 50
