"""Batches written by the store's background thread: in order, every graph stored, failures reported."""

from __future__ import annotations

import io
import time

import pytest

import kg.store.embedded as embedded
from kg.store import OxigraphStore, WriteError

G = "https://w3id.org/defence-kg/id/source/"


def statements(graph: str, n: int) -> str:
    return "".join(f"<{G}e{i}> <{G}p> \"{graph[-3:]} {i}\" <{graph}> .\n" for i in range(n))


def dump(store: OxigraphStore) -> bytes:
    out = io.BytesIO()
    store.dump(out, "nquads")
    return out.getvalue()


def test_background_batches_store_the_same_as_one_write(tmp_path, monkeypatch):
    graphs = [f"{G}a{i:03d}" for i in range(40)]
    with OxigraphStore(tmp_path / "one") as store:
        with store.batch():
            for g in graphs:
                store.replace_graph(g, statements(g, 30), content_hash=g[-4:])
        expected = dump(store)
    monkeypatch.setattr(embedded, "BACKGROUND_MIN_QUADS", 50)  # a load every two graphs or so
    monkeypatch.setattr(embedded, "BULK_MIN_QUADS", 10)
    with OxigraphStore(tmp_path / "many") as store:
        with store.batch():
            for g in graphs:
                store.replace_graph(g, statements(g, 30), content_hash=g[-4:])
                assert store.content_hash(g) == g[-4:]
            for g in graphs[:5]:  # a graph replaced while an earlier version may still be written
                store.replace_graph(g, statements(g, 30), content_hash=g[-4:])
        assert dump(store) == expected
        assert store.content_hashes() == {g: g[-4:] for g in graphs}


def test_a_failed_background_write_names_every_graph_not_written(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded, "BACKGROUND_MIN_QUADS", 50)
    monkeypatch.setattr(embedded, "BULK_MIN_QUADS", 10)
    real = embedded.OxigraphStore._load_fresh
    loads = []

    def failing(self, fresh):  # the second load fails, as on a full disk
        loads.append(len(fresh))
        if len(loads) == 2:
            raise OSError("No space left on device")
        real(self, fresh)

    monkeypatch.setattr(embedded.OxigraphStore, "_load_fresh", failing)
    graphs = [f"{G}b{i:03d}" for i in range(20)]
    written = []
    with OxigraphStore(tmp_path / "store") as store:
        with pytest.raises(WriteError) as caught:
            with store.batch():
                for g in graphs:
                    store.replace_graph(g, statements(g, 30), content_hash="h")
                    written.append(g)
                    time.sleep(0.05)  # time for the writer to finish: the next graphs go to it as it frees up
        error = caught.value
        stored = set(store.graphs())
    assert "No space left on device" in str(error)
    assert len(written) < len(graphs)  # raised by a write handed over after the failed one, not at the end
    assert set(error.failed) and not set(error.failed) & stored
    assert set(written) <= stored | set(error.failed)  # every graph handed over is stored or named as not written
