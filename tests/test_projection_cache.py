"""The projection cache beside an on-disk store: reused while the store is unchanged, rebuilt after."""

from __future__ import annotations

import pyoxigraph as ox

from kg import projection
from kg.projection import CACHE_NAME, load_kg_cached
from kg.store import OxigraphStore

DKG = "https://w3id.org/defence-kg/ontology#"
ID = "https://w3id.org/defence-kg/id/"


def _article(store: OxigraphStore, name: str, code: str) -> None:
    g = ID + "source/" + name
    n = ox.NamedNode
    store.replace_graph(g, [
        ox.Quad(n(g), n(DKG + "contentHash"), ox.Literal(name)),
        ox.Quad(n(ID + "country/" + code), n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), n(DKG + "Country")),
        ox.Quad(n(ID + "country/" + code), n(DKG + "isoCode"), ox.Literal(code)),
    ])


def test_cache_is_reused_until_the_store_changes(tmp_path, monkeypatch):
    path = tmp_path / "store"
    with OxigraphStore(path) as store:
        _article(store, "a", "VNM")
        first = load_kg_cached(store)
    assert (path / CACHE_NAME).exists()
    assert {n.iso for n in first.nodes.values()} == {"VNM"}

    calls = []
    real = projection.load_kg
    monkeypatch.setattr(projection, "load_kg", lambda *a, **k: calls.append(1) or real(*a, **k))
    with OxigraphStore(path) as store:  # the store still opens with the cache file inside
        again = load_kg_cached(store)
        assert calls == [] and set(again.nodes) == set(first.nodes)
        _article(store, "b", "LAO")
        changed = load_kg_cached(store)
        assert calls == []  # one new article: the cache is updated, not read again (tests/test_projection_update.py)
        assert changed.__getstate__() == real(store).__getstate__()
    assert {n.iso for n in changed.nodes.values()} == {"VNM", "LAO"}


def test_a_corrupt_cache_falls_back_to_a_fresh_load(tmp_path):
    path = tmp_path / "store"
    with OxigraphStore(path) as store:
        _article(store, "a", "VNM")
        (path / CACHE_NAME).write_bytes(b"not a pickle")
        data = load_kg_cached(store)
    assert {n.iso for n in data.nodes.values()} == {"VNM"}


def test_in_memory_store_has_no_cache():
    store = OxigraphStore(None)
    _article(store, "a", "VNM")
    assert {n.iso for n in load_kg_cached(store).nodes.values()} == {"VNM"}


def test_a_cache_without_details_does_not_serve_a_load_with_them(tmp_path, monkeypatch):
    path = tmp_path / "store"
    with OxigraphStore(path) as store:
        _article(store, "a", "VNM")
        light = load_kg_cached(store, details=False)
        assert {n.iso for n in light.nodes.values()} == {"VNM"}
        calls = []
        real = projection.load_kg
        monkeypatch.setattr(projection, "load_kg", lambda *a, **k: calls.append(a[1:]) or real(*a, **k))
        load_kg_cached(store, details=False)
        assert calls == []  # the light cache serves a light load
        load_kg_cached(store)
        assert calls == [(True,)]  # but not one that needs evidence and articles
        load_kg_cached(store, details=False)
        assert calls == [(True,)]  # and the full cache serves both
