"""Named queries and README examples answer the same on the store and on its exports.

The store is built by `kg build` from 500 generated articles (benchmarks/corpus.py);
the same data is then loaded from `kg export --format trig` into a plain
pyoxigraph store (no union default graph: what any SPARQL 1.1 store sees) and,
for queries without GRAPH, from `kg export --format turtle` into one default
graph. Every query, with default and typical parameters, must give the same
rows on all of them (benchmarks/bench_queries.py checks the same at 10,000).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_queries import (  # noqa: E402
    all_cases, canonical_rows, list_columns, readme_queries, reference_rows, reference_stores, time_case)
from corpus import generate  # noqa: E402

from kg.cli import cli  # noqa: E402
from kg.queries import list_named_queries  # noqa: E402
from kg.store import open_store, select_rows  # noqa: E402

ARTICLES = 500


def kg(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The store of 500 generated articles and its two exports, loaded into plain stores."""
    tmp = tmp_path_factory.mktemp("generated")
    generate(tmp / "corpus", ARTICLES, seed=1)
    store = tmp / "store"
    kg("--store", str(store), "build", "--no-exports", str(tmp / "corpus"))
    kg("--store", str(store), "export", "--format", "trig", "-o", str(tmp / "graph.trig"))
    kg("--store", str(store), "export", "--format", "turtle", "-o", str(tmp / "graph.ttl"))
    dataset, graph = reference_stores((tmp / "graph.trig").read_bytes(), (tmp / "graph.ttl").read_bytes(),
                                      tmp / "reference")
    with open_store(store, read_only=True) as opened:
        yield opened, dataset, graph


def cases(store):
    def select(text: str):
        return [{k: v for k, v in row.items()} for row in select_rows(store, text)[1]]

    return all_cases(list_named_queries(), ROOT / "README.md", select)


def test_every_query_answers_the_same_on_the_store_and_on_the_exports(built):
    store, dataset, graph = built
    checked = cases(store)
    names = {q.name for q in list_named_queries()}
    assert {c.label.split()[0] for c in checked} >= names  # every named query, at least once
    assert len(checked) > len(names)  # and with parameters
    differ, empty = [], []
    for case in checked:
        rows, _, _ = time_case(store, case, runs=1)
        if not rows and not case.label.startswith("README"):
            empty.append(case.label)
        if reference_rows(dataset, case.text) != rows:
            differ.append(f"{case.label} (TriG)")
        if not case.uses_graph and reference_rows(graph, case.text) != rows:
            differ.append(f"{case.label} (Turtle)")
    assert not differ, differ
    assert not empty, empty  # the generated articles give every query something to answer


def test_the_readme_examples_are_found_and_return_what_they_say(built):
    store, _, _ = built
    examples = dict(readme_queries(ROOT / "README.md"))
    assert len(examples) >= 4
    officials = select_rows(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a dkg:Official }")[1][0]["n"]
    by_text = {" ".join(text.split()): text for text in examples.values()}
    one_per_official = [t for k, t in by_text.items() if "dkg:Official" in k and "GROUP BY ?official" in k]
    assert one_per_official, "the README shows how to list officials, one row each"
    _, rows = select_rows(store, one_per_official[0])
    assert len(rows) == int(officials.value)  # one row per official, even with two labels
    assert len({r["official"].value for r in rows}) == len(rows)


def test_lists_inside_a_cell_are_compared_as_sets():
    from kg.store import Literal

    text = 'SELECT ?e (GROUP_CONCAT(DISTINCT ?c; separator=", ") AS ?with) ?label WHERE { ?e ?p ?c } GROUP BY ?e'
    lists = list_columns(text)
    assert lists == {"with": ", "}
    one = [{"with": Literal("USA, FRA"), "label": Literal("a, b")}]
    other = [{"with": Literal("FRA, USA"), "label": Literal("a, b")}]
    assert canonical_rows(["with", "label"], one, lists) == canonical_rows(["with", "label"], other, lists)
    swapped = [{"with": Literal("FRA, USA"), "label": Literal("b, a")}]
    assert canonical_rows(["with", "label"], one, lists) != canonical_rows(["with", "label"], swapped, lists)


def test_a_second_sparql_engine_gives_the_same_rows_from_the_trig_export(seed_store):
    """rdflib's own SPARQL engine, on the TriG export of the sample articles, agrees with the store.

    rdflib is a different implementation of SPARQL 1.1 (bottom-up subqueries, its
    own aggregates and unbound handling): agreeing with it is evidence that the
    queries rely on the standard, not on pyoxigraph. (rdflib gets a subquery
    nested in another subquery under OPTIONAL wrong, rdflib#2957: the named
    queries avoid that shape, and distinct names for each subquery's variables.)
    """
    import io

    import rdflib

    from kg.exports import export
    from kg.store import prepare_query

    buffer = io.BytesIO()
    export(seed_store, "trig", buffer)
    dataset = rdflib.Dataset(default_union=False)
    dataset.parse(data=buffer.getvalue(), format="trig")
    differ = []
    for case in cases(seed_store):
        if prepare_query(case.text).form != "SELECT":
            continue
        rows, _, _ = time_case(seed_store, case, runs=1)
        result = dataset.query(prepare_query(case.text).text)
        names = [str(v) for v in result.vars]
        other = canonical_rows(names, ({n: rdflib_term(row[n]) for n in names} for row in result),
                               list_columns(case.text))
        if other != rows:
            differ.append(case.label)
    assert not differ, differ


def rdflib_term(term):
    """An rdflib term as the store's term the comparison expects."""
    import rdflib

    from kg.store import IRI, Literal

    if term is None:
        return None
    if isinstance(term, rdflib.Literal):
        if term.language:
            return Literal(str(term), IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"), term.language)
        return Literal(str(term), IRI(str(term.datatype or "http://www.w3.org/2001/XMLSchema#string")))
    return IRI(str(term))
