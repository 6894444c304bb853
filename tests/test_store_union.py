"""The default graph is the union of the article graphs, each statement once, after any writes."""

from __future__ import annotations

import io

import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic

import kg.store.embedded as embedded
from kg.store import OxigraphStore, load_dataset, select_rows

ID = "https://w3id.org/defence-kg/id/"
GRAPHS = [f"{ID}source/a{i}" for i in range(3)]
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def text(graph: str, labels: set[int]) -> str:
    return "".join(f'<{ID}country/VNM> <{LABEL}> "nhãn {n}"@vi <{graph}> .\n' for n in sorted(labels))


def default_and_union(store: OxigraphStore) -> tuple[set, set]:
    _, rows = select_rows(store, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    default = {(r["s"], r["p"], r["o"]) for r in rows}
    _, rows = select_rows(store, "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                                 "FILTER(?p != dkg:contentHash) }")
    return default, {(r["s"], r["p"], r["o"]) for r in rows}


writes = st.lists(st.tuples(st.sampled_from(GRAPHS), st.one_of(st.none(), st.sets(st.integers(0, 4), max_size=4)),
                            st.booleans()), max_size=12)


@settings(max_examples=40)
@given(writes)
def test_default_graph_stays_the_union_whatever_the_writes(ops):
    """Replace (in a batch or not) and remove in any order: no statement lost, none left behind."""
    store = OxigraphStore(None)
    expected: dict[str, set[int]] = {}
    for graph, labels, batched in ops:
        if labels is None:
            store.remove_graph(graph)
            expected.pop(graph, None)
        elif batched:
            with store.batch():
                store.replace_graph(graph, text(graph, labels), content_hash=str(sorted(labels)))
        else:
            store.replace_graph(graph, text(graph, labels), content_hash=str(sorted(labels)))
        if labels is not None:
            expected[graph] = labels
    default, union = default_and_union(store)
    assert default == union
    assert len(store) == len({n for labels in expected.values() for n in labels})


def versioned_text(graph: str, labels: set[int], blank: bool) -> str:
    """Labels shared with other graphs, one only this graph states, and maybe a blank node."""
    own = f'<{graph}> <{LABEL}> "bài {graph[-1]}" <{graph}> .\n'
    extra = f'_:b <{LABEL}> "ẩn danh" <{graph}> .\n' if blank else ""
    return text(graph, labels) + own + extra


def graph_statements(store: OxigraphStore, graph: str) -> tuple[set, int]:
    """A graph's statements without blank nodes, and how many have one."""
    _, rows = select_rows(store, f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    named = {(r["s"].value, r["p"].value, r["o"].value) for r in rows if type(r["s"]).__name__ != "BlankNode"}
    return named, len(rows) - len(named)


batches = st.lists(st.lists(st.tuples(st.sampled_from(GRAPHS), st.sets(st.integers(0, 5), max_size=5),
                                      st.booleans()), min_size=1, max_size=4), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(batches)
def test_graphs_replaced_together_hold_exactly_their_new_statements(batches):
    """Several stored graphs replaced in one batch (changed statements only, or whole where a blank node is)."""
    store = OxigraphStore(None)
    expected: dict[str, tuple[set[int], bool]] = {}
    for batch in batches:
        with store.batch():
            for graph, labels, blank in batch:
                store.replace_graph(graph, versioned_text(graph, labels, blank), content_hash=f"{sorted(labels)}{blank}")
                expected[graph] = (labels, blank)
    for graph, (labels, blank) in expected.items():
        named, blanks = graph_statements(store, graph)
        assert {o for s, p, o in named if p == LABEL and s.endswith("VNM")} == {f"nhãn {n}" for n in labels}
        assert (graph, embedded.CONTENT_HASH_IRI, f"{sorted(labels)}{blank}") in named
        assert len(named) == len(labels) + 2 and blanks == int(blank)
    default, union = default_and_union(store)
    assert {t for t in default if type(t[0]).__name__ != "BlankNode"} == \
        {t for t in union if type(t[0]).__name__ != "BlankNode"}
    assert len(default) == len(union)


def test_on_disk_replacement_keeps_statements_other_articles_still_state(tmp_path):
    with OxigraphStore(tmp_path / "s") as store:
        store.replace_graph(GRAPHS[0], text(GRAPHS[0], {1, 2}), content_hash="a")
        store.replace_graph(GRAPHS[1], text(GRAPHS[1], {2, 3}), content_hash="b")
        store.replace_graph(GRAPHS[0], text(GRAPHS[0], {4}), content_hash="c")  # 1 goes, 2 stays (b says it)
        assert {r["o"].value for r in select_rows(store, "SELECT ?o WHERE { ?s rdfs:label ?o }")[1]} == \
            {"nhãn 2", "nhãn 3", "nhãn 4"}
        store.remove_graph(GRAPHS[1])
        assert {r["o"].value for r in select_rows(store, "SELECT ?o WHERE { ?s rdfs:label ?o }")[1]} == {"nhãn 4"}


@pytest.mark.parametrize("fmt,rdflib_fmt", [("trig", "trig"), ("turtle", "turtle")])
def test_dump_from_the_index_equals_the_engine_dump(tmp_path, monkeypatch, seeds_copy, fmt, rdflib_fmt):
    """Large stores are dumped from the article index; the dataset must be the same."""
    from kg.build import Builder

    with OxigraphStore(tmp_path / "s") as store:
        Builder(store).build([seeds_copy])
        engine = io.BytesIO()
        store.dump(engine, fmt)
        monkeypatch.setattr(embedded, "PRETTY_DUMP_MAX_GRAPHS", 0)
        fast = io.BytesIO()
        store.dump(fast, fmt)
    assert b"\\/" not in fast.getvalue() and b"\\/" not in engine.getvalue()
    if fmt == "turtle":
        a = rdflib.Graph().parse(data=engine.getvalue(), format=rdflib_fmt)
        b = rdflib.Graph().parse(data=fast.getvalue(), format=rdflib_fmt)
        assert len(a) > 400 and isomorphic(a, b)
        return
    a = rdflib.Dataset().parse(data=engine.getvalue(), format=rdflib_fmt)
    b = rdflib.Dataset().parse(data=fast.getvalue(), format=rdflib_fmt)
    names = {g.identifier for g in a.graphs() if len(g)}
    assert names == {g.identifier for g in b.graphs() if len(g)} and len(names) == 6  # 5 articles + default
    for name in names:
        assert isomorphic(a.graph(name), b.graph(name)), name


def test_index_heals_from_the_store_when_missing(tmp_path, monkeypatch, seeds_copy):
    from kg.build import Builder
    from kg.store.index import INDEX_NAME

    path = tmp_path / "s"
    with OxigraphStore(path) as store:
        Builder(store).build([seeds_copy])
        before = io.BytesIO()
        store.dump(before, "trig")
    (path / INDEX_NAME).unlink()
    monkeypatch.setattr(embedded, "PRETTY_DUMP_MAX_GRAPHS", 0)
    with OxigraphStore(path) as store:
        after = io.BytesIO()
        store.dump(after, "trig")
    a = rdflib.Dataset().parse(data=before.getvalue(), format="trig")
    b = rdflib.Dataset().parse(data=after.getvalue(), format="trig")
    for name in {g.identifier for g in a.graphs() if len(g)}:
        assert isomorphic(a.graph(name), b.graph(name))


def test_trig_export_round_trips_through_load_dataset(tmp_path, seed_store):
    data = io.BytesIO()
    seed_store.dump(data, "trig")
    copy = OxigraphStore(None)
    graphs = load_dataset(copy, data.getvalue())
    assert sorted(graphs) == seed_store.graphs()
    again = io.BytesIO()
    copy.dump(again, "trig")
    a = rdflib.Dataset().parse(data=data.getvalue(), format="trig")
    b = rdflib.Dataset().parse(data=again.getvalue(), format="trig")
    for g in a.graphs():
        assert isomorphic(g, b.graph(g.identifier))


@pytest.mark.parametrize("large", [False, True])
def test_dump_many_writes_what_each_dump_writes(tmp_path, monkeypatch, seeds_copy, large):
    """TriG and Turtle written in one pass (a large store's index) are byte for byte the files
    written one by one; a format the engine writes (N-Quads) is written beside them."""
    from kg.build import Builder

    if large:
        monkeypatch.setattr(embedded, "PRETTY_DUMP_MAX_GRAPHS", 0)
    with OxigraphStore(tmp_path / "s") as store:
        Builder(store).build([seeds_copy])
        alone = {}
        for fmt in ("trig", "turtle", "nquads"):
            alone[fmt] = io.BytesIO()
            store.dump(alone[fmt], fmt)
        together = {fmt: io.BytesIO() for fmt in alone}
        store.dump_many(together)
    for fmt in alone:
        assert together[fmt].getvalue() == alone[fmt].getvalue(), fmt
        assert len(alone[fmt].getvalue()) > 1000
