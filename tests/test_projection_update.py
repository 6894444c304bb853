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


def _graph(store: OxigraphStore, name: str, triples: list[tuple[str, str, object]]) -> None:
    import pyoxigraph as ox

    dkg, ids = "https://w3id.org/defence-kg/ontology#", "https://w3id.org/defence-kg/id/"
    g = ids + "source/" + name

    def term(value: object) -> object:
        if isinstance(value, str) and value.startswith(("rdf:", "dkg:", "id:")):
            prefix, local = value.split(":", 1)
            base = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "dkg": dkg, "id": ids}[prefix]
            return ox.NamedNode(base + local)
        return ox.Literal(str(value))

    quads = [ox.Quad(ox.NamedNode(g), ox.NamedNode(dkg + "contentHash"), ox.Literal(repr(triples))),
             ox.Quad(ox.NamedNode(g), term("rdf:type"), term("dkg:SourceDocument"))]  # type: ignore[arg-type]
    quads += [ox.Quad(term(s), term(p), term(o)) for s, p, o in triples]  # type: ignore[arg-type]
    store.replace_graph(g, quads)


@pytest.mark.parametrize("details", [True, False])
def test_an_entity_that_appears_or_goes_gains_or_loses_the_relations_others_state(tmp_path, monkeypatch, details):
    """Article a says an event took place with X; only article b says X is a country."""
    with OxigraphStore(tmp_path / "store") as store:
        _graph(store, "a", [("id:event/e1", "rdf:type", "dkg:Event"), ("id:event/e1", "dkg:participant", "id:country/X"),
                            ("id:event/e1", "dkg:partner", "id:country/Y"), ("id:country/Y", "rdf:type", "dkg:Country")])
        _graph(store, "c", [("id:country/Y", "rdf:type", "dkg:Country")])
        load_kg_cached(store)  # as the build's view does: with the details, so with the subjects
        steps = [
            lambda: _graph(store, "b", [("id:country/X", "rdf:type", "dkg:Country"),
                                        ("id:country/X", "dkg:isoCode", "XXX")]),
            lambda: _graph(store, "c", [("id:country/Y", "rdf:type", "dkg:Country"),
                                        ("id:country/Y", "dkg:isoCode", "YYY")]),
            lambda: store.remove_graph("https://w3id.org/defence-kg/id/source/b"),
        ]
        for step in steps:
            step()
            calls = no_full_reads(monkeypatch)
            updated = load_kg_cached(store, details=details)
            assert calls == []
            monkeypatch.undo()
            assert snapshot(updated) == snapshot(load_kg(store))  # a cache with details serves both
