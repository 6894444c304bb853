"""A load writes each distinct default-graph copy once (articles repeat each other's statements): the
store holds what loading every copy held, byte for byte."""

from __future__ import annotations

import io

import pyoxigraph as ox

import kg.store.embedded as embedded
from kg.store import OxigraphStore
from kg.store.embedded import PendingGraph, default_graph_copies

G = "https://w3id.org/defence-kg/id/source/"
SHARED = (f"<{G}vnm> <{G}label> \"Việt Nam\"@vi", f"<{G}vnm> <{G}note> \"a\u2028b\\nc\\u0085\"",
          f"<{G}vnm> <{G}code> \"VNM\"")


def statements(graph: str, own: int) -> str:
    lines = [*SHARED, *(f"<{G}e{graph[-2:]}{i}> <{G}p> \"{i}\"" for i in range(own))]
    return "".join(f"{line} <{graph}> .\n" for line in lines)


def test_each_distinct_copy_once_in_first_seen_order():
    graphs = [PendingGraph(f"{G}a{i:02d}", statements(f"{G}a{i:02d}", 2), None) for i in range(3)]
    copies = default_graph_copies(graphs).split("\n")
    assert copies[:3] == [f"{line} ." for line in SHARED]  # "\u2028" inside a literal breaks no line
    assert len(copies) == 3 + 3 * 2 + 1 and copies[-1] == ""
    assert default_graph_copies([]) == ""


def dump(store: OxigraphStore) -> bytes:
    out = io.BytesIO()
    store.dump(out, "nquads")
    return out.getvalue()


def test_the_store_holds_what_every_copy_held(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded, "BULK_MIN_QUADS", 10)  # the bulk loader, as in a build
    graphs = [f"{G}a{i:02d}" for i in range(20)]
    with OxigraphStore(tmp_path / "deduped") as store:
        with store.batch():
            for g in graphs:
                store.replace_graph(g, statements(g, 4), content_hash=g[-2:])
        deduped = dump(store)
    every = ox.Store()  # every statement and every copy, loaded as before
    text = "".join(statements(g, 4) for g in graphs)
    every.load(text, format=ox.RdfFormat.N_QUADS)
    every.load("".join(statements(g, 4).replace(f" <{g}> .\n", " .\n") for g in graphs), format=ox.RdfFormat.N_QUADS)
    wanted = {q for q in every if str(q.predicate) != f"<{embedded.CONTENT_HASH_IRI}>"}
    stored = set(ox.parse(deduped, format=ox.RdfFormat.N_QUADS))
    assert {q for q in stored if str(q.predicate) != f"<{embedded.CONTENT_HASH_IRI}>"} == wanted
