"""Where the graph lives: one named graph per article, their deduplicated union as the default graph.

`GraphStore` is what the rest of the library talks to. `OxigraphStore`
(`kg.store.embedded`) keeps the graph on disk with pyoxigraph, no server to
run. Every store keeps the same model: each article's statements in the named
graph of its `dkg:SourceDocument`, and each distinct statement once in the
default graph, so plain triple patterns count each fact once and
`GRAPH ?g { ... }` tells which articles said it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO, ContextManager, Iterable, Iterator, Optional, Protocol, Union

import pyoxigraph as ox

from kg.store.embedded import OxigraphStore, Statements, WriteError
from kg.store.remote import RemoteLocation, RemoteOptions, RemoteStore, is_url, open_remote
from kg.store.results import IRI, BlankNode, Literal, Quad, QueryResults, Term
from kg.store.folder import StoreError
from kg.store.sparql import QueryError, prepare_query

DEFAULT_STORE_DIR = ".kg-store"
STORE_ENV = "KG_STORE"

__all__ = [
    "DEFAULT_STORE_DIR", "IRI", "STORE_ENV", "BlankNode", "GraphStore", "Literal", "OxigraphStore", "Quad",
    "QueryError", "QueryResults", "Term",
    "RemoteLocation", "RemoteOptions", "RemoteStore",
    "Statements", "StoreError", "WriteError", "default_store_path", "open_store", "prepare_query",
    "bound_term", "bound_value", "import_quads", "load_dataset", "select_bound", "select_rows", "select_values",
]


class GraphStore(Protocol):
    """What a store backend offers. Graph names are article `SourceDocument` IRIs."""

    def graphs(self) -> list[str]: ...

    def content_hash(self, graph: str) -> Optional[str]: ...

    def content_hashes(self) -> dict[str, str]: ...

    def replace_graph(self, graph: str, statements: Statements, content_hash: Optional[str] = None,
                      source: Optional[str] = None) -> None: ...

    def remove_graph(self, graph: str) -> bool: ...

    def batch(self) -> ContextManager[object]: ...

    def query(self, sparql: str, allow_service: bool = False) -> QueryResults: ...

    def quads(self) -> Iterator[Quad]: ...

    def dump(self, out: BinaryIO, fmt: str, prefixes: Optional[dict[str, str]] = None) -> None:
        """trig/nquads/jsonld: every graph; turtle/ntriples/rdfxml: the default graph (the union)."""

    def dump_many(self, outs: dict[str, BinaryIO], prefixes: Optional[dict[str, str]] = None) -> None:
        """`dump` into several files ({format: file}), in one pass where the store can."""

    def sources(self) -> dict[str, str]: ...

    def flush(self) -> None: ...

    def __len__(self) -> int: ...

    def close(self) -> None: ...

    def __enter__(self) -> "GraphStore": ...

    def __exit__(self, exc_type: object, *exc: object) -> None: ...


def default_store_path() -> Path:
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE_DIR)


StoreLocation = Union[str, Path, RemoteLocation]


def open_store(location: Optional[StoreLocation] = None, read_only: bool = False) -> GraphStore:
    """Open the store at `location`, or at $KG_STORE, or at ./.kg-store.

    A folder is the embedded store; an `http(s)://` URL (or a `RemoteLocation`
    carrying credentials and endpoints) is a SPARQL server.
    """
    if location is None:
        location = os.environ.get(STORE_ENV) or DEFAULT_STORE_DIR
    if isinstance(location, RemoteLocation):
        return open_remote(location, read_only=read_only)
    if is_url(location):
        return open_remote(str(location), read_only=read_only)
    return OxigraphStore(Path(location), read_only=read_only)


def select_rows(store: GraphStore, sparql: str) -> tuple[list[str], list[dict[str, Optional[Term]]]]:
    """Run a SELECT and return (variables, rows as dicts of terms, None where unbound)."""
    result = store.query(sparql)
    if result.kind != "select":
        raise QueryError("expected a SELECT query")
    return result.variables, list(result)


def bound_term(row: dict[str, Optional[Term]], name: str) -> Term:
    """The term of a variable the query always binds (an unbound one is a bug in that query, said so)."""
    term = row[name]
    if term is None:
        raise QueryError(f"?{name} is unbound in a row where the query always binds it")
    return term


def bound_value(row: dict[str, Optional[Term]], name: str) -> str:
    """The value of a variable the query always binds (an unbound one is a bug in that query, said so)."""
    return bound_term(row, name).value


def select_values(store: GraphStore, sparql: str) -> Iterator[tuple[Optional[str], ...]]:
    """Run a SELECT and yield rows as tuples of plain values (IRI or lexical form, None where
    unbound), in the order of its variables: the cheapest read of a large answer."""
    result = store.query(sparql)
    if result.kind != "select":
        raise QueryError("expected a SELECT query")
    return result.values()


def select_bound(store: GraphStore, sparql: str) -> Iterator[tuple[str, ...]]:
    """`select_values` of a query that binds every variable in every row (no OPTIONAL, no
    expression that can fail): an unbound one is a bug in that query, said so."""
    result = store.query(sparql)
    if result.kind != "select":
        raise QueryError("expected a SELECT query")
    return result.bound_values()


def load_dataset(store: GraphStore, data: Union[str, bytes], rdf_format: str = "trig") -> list[str]:
    """Put a TriG or N-Quads dataset's named graphs into `store` as article graphs.

    Each named graph replaces the graph of that name; statements in the
    dataset's default graph are left out, since the store rebuilds its default
    graph as the union of the named ones (a TriG export round-trips). Returns
    the graphs written.
    """
    formats = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
    if rdf_format not in formats:
        raise StoreError(f"cannot load {rdf_format!r}; choose from {', '.join(formats)}")
    try:
        quads = list(ox.parse(data, format=formats[rdf_format]))
    except SyntaxError as exc:
        raise StoreError(f"malformed {rdf_format}: {' '.join(str(exc).split())}") from exc
    return import_quads(store, quads)


def import_quads(store: GraphStore, quads: Iterable[Union[ox.Quad, Quad]]) -> list[str]:
    """Write quads into `store`, each named graph replacing the graph of that name."""
    graphs: dict[str, list[Union[ox.Quad, Quad]]] = {}
    for q in quads:
        name = q.graph if isinstance(q, Quad) else q.graph_name
        if isinstance(name, (ox.NamedNode, IRI)):
            graphs.setdefault(name.value, []).append(q)
    with store.batch():
        for graph, members in graphs.items():
            store.replace_graph(graph, members)
    return list(graphs)
