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


def _joined_copies(graphs: list[PendingGraph]) -> str:
    """The reference: each graph's statements without its graph name, joined, each distinct line once."""
    reference = dict.fromkeys("".join(p.triples_text() for p in graphs).split("\n"))
    reference.pop("", None)
    return "\n".join(reference) + "\n"


def test_copies_cut_each_line_as_the_graph_free_text_reads():
    """The copies are cut line by line (speed7); they are what the statements read without their graph
    name, joined and deduplicated, byte for byte: also for a literal holding " <g> ." and a graph name
    that is a prefix of another's."""
    tricky = f"<{G}x> <{G}note> \"ends <{G}a1> .\\n\" <{G}a1> .\n"
    graphs = [PendingGraph(f"{G}a1", statements(f"{G}a1", 2) + tricky, None),
              PendingGraph(f"{G}a10", statements(f"{G}a10", 3), None),
              PendingGraph(f"{G}a2", "", None)]
    assert default_graph_copies(graphs) == _joined_copies(graphs)
    assert f"<{G}x> <{G}note> \"ends <{G}a1> .\\n\" .\n" in default_graph_copies(graphs)


def test_a_last_line_left_open_is_read_as_before():
    open_end = PendingGraph(f"{G}a1", f"<{G}s> <{G}p> \"1\" <{G}a1> .", None)
    after = PendingGraph(f"{G}a2", statements(f"{G}a2", 1), None)
    assert default_graph_copies([open_end, after]) == _joined_copies([open_end, after])
