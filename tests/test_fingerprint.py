"""The extraction hash carries a fingerprint of the pipeline: a changed lexicon re-reads articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg.resources
from kg.build import Builder, extraction_hash
from kg.model import Article
from kg.pipeline.fingerprint import fingerprint_files, pipeline_fingerprint, reset_fingerprint
from kg.store import OxigraphStore

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_f74212ffafb4c7eb.txt"


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A private copy of kg/data that the fingerprint reads instead of the package's."""
    copy = tmp_path / "data"
    shutil.copytree(kg.resources.DATA_DIR, copy)
    monkeypatch.setattr(kg.resources, "DATA_DIR", copy)
    reset_fingerprint()
    yield copy
    reset_fingerprint()


def test_fingerprint_covers_pipeline_code_and_every_lexicon():
    files = fingerprint_files()
    names = {p.name for p in files}
    package = Path(kg.resources.__file__).parent
    sources = {p.relative_to(package).as_posix() for p in (package / "pipeline").rglob("*.py")}
    assert sources <= {p.relative_to(package).as_posix() for p in files if package in p.parents}
    assert {"rdf.py", "ids.py", "model.py"} <= names
    data = {p.name for p in kg.resources.DATA_DIR.glob("*") if p.is_file()}
    assert data <= names
    assert "template.html" not in names  # the view's template does not shape the graph


def test_fingerprint_is_computed_once_per_process(data_copy):
    first = pipeline_fingerprint()
    (data_copy / "lex_ranks.txt").write_text("Đại tướng\n", encoding="utf-8")
    assert pipeline_fingerprint() == first  # cached until reset
    reset_fingerprint()
    assert pipeline_fingerprint() != first


def test_a_changed_lexicon_row_re_reads_the_article(data_copy, tmp_path):
    article = Article(id="seed", text=SEED.read_text(encoding="utf-8"))
    with OxigraphStore(tmp_path / "store") as store:
        assert Builder(store).add([article]).added == ["seed"]
        assert Builder(store).add([article]).unchanged == ["seed"]
        lexicon = data_copy / "lex_event_label_stops.txt"
        lines = lexicon.read_text(encoding="utf-8").splitlines()
        row = next(i for i, line in enumerate(lines) if line.strip() and not line.startswith("#"))
        lines[row] = lines[row] + "x"  # one row changed
        lexicon.write_text("\n".join(lines) + "\n", encoding="utf-8")
        reset_fingerprint()
        assert Builder(store).add([article]).updated == ["seed"]


def test_the_hash_depends_on_content_and_pipeline():
    a = Article(id="a", text="Chiều 24/10, hai bên hội đàm.")
    b = Article(id="a", text="Chiều 25/10, hai bên hội đàm.")
    assert extraction_hash(a) == extraction_hash(Article(id="a", text=a.text))
    assert extraction_hash(a) != extraction_hash(b)
