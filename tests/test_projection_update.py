"""The projection cache updated for a few changed articles equals a fresh read of the store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg import projection
from kg.build import Builder, remove_article
from kg.projection import KGData, load_kg, load_kg_cached
from kg.store import OxigraphStore

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from corpus import generate  # noqa: E402


def snapshot(data: KGData) -> dict:
    """Everything the projection holds, in its order (the order feeds the views and analytics)."""
    return data.__getstate__()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    generate(folder, 40, seed=7)
    return folder


def build(store: OxigraphStore, folder: Path) -> None:
    report = Builder(store).build([folder])
    assert not report.skipped


def no_full_reads(monkeypatch) -> list:
    calls: list = []
    real = projection.load_kg
    monkeypatch.setattr(projection, "load_kg", lambda *a, **k: calls.append(1) or real(*a, **k))
    return calls


@pytest.mark.parametrize("details", [True, False])
def test_an_update_equals_a_fresh_read(tmp_path, corpus, monkeypatch, details):
    folder = tmp_path / "articles"
    folder.mkdir()
    files = sorted(corpus.glob("*.txt"))
    for path in files[:30]:
        (folder / path.name).write_bytes(path.read_bytes())
    with OxigraphStore(tmp_path / "store") as store:
        build(store, folder)
        load_kg_cached(store)  # the build's view: the cache with details and subjects
        # changed articles that now tell other stories (entities gone, others new), new ones, a removed one
        names = sorted(p.name for p in folder.glob("*.txt"))
        for i, name in enumerate(names[:4]):
            (folder / name).write_text(files[30 + i].read_text(encoding="utf-8"), encoding="utf-8")
        for path in files[34:37]:
            (folder / path.name).write_bytes(path.read_bytes())
        (folder / names[10]).unlink()
        build(store, folder)
        assert remove_article(store, names[10])
        calls = no_full_reads(monkeypatch)
        updated = load_kg_cached(store, details=details)
        assert calls == []  # updated, not read again
        monkeypatch.undo()
        assert snapshot(updated) == snapshot(load_kg(store, details=True))
        again = load_kg_cached(store, details=details)  # the updated cache is current
        assert snapshot(again) == snapshot(updated)


def test_an_article_restated_elsewhere_keeps_its_entities(tmp_path, corpus, monkeypatch):
    """A removed article whose entities other articles also state: they stay, with those articles only."""
    folder = tmp_path / "articles"
    folder.mkdir()
    files = sorted(corpus.glob("*.txt"))
    for path in files[:12]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "copy.txt").write_bytes(files[0].read_bytes())  # the same text under another name
    with OxigraphStore(tmp_path / "store") as store:
        build(store, folder)
        load_kg_cached(store)
        assert remove_article(store, files[0].name)
        calls = no_full_reads(monkeypatch)
        updated = load_kg_cached(store)
        assert calls == []
        monkeypatch.undo()
        assert snapshot(updated) == snapshot(load_kg(store))


def test_many_changes_read_the_store_again(tmp_path, corpus, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    files = sorted(corpus.glob("*.txt"))
    for path in files[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    with OxigraphStore(tmp_path / "store") as store:
        build(store, folder)
        load_kg_cached(store)
        for path in files[2:40]:  # 38 new articles on 2: an update would cost more than a read
            (folder / path.name).write_bytes(path.read_bytes())
        build(store, folder)
        calls = no_full_reads(monkeypatch)
        data = load_kg_cached(store)
        assert calls == [1]
        monkeypatch.undo()
        assert snapshot(data) == snapshot(load_kg(store))
