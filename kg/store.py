"""Where the graph lives: one named graph per article, behind a small interface.

`GraphStore` is what the rest of the library talks to. `OxigraphStore` keeps
the graph on disk with pyoxigraph (embedded, no server); a remote SPARQL 1.1
store (Virtuoso, GraphDB, QLever) is meant to be a second implementation of
the same methods, using SPARQL Update and the Graph Store Protocol, and
returning the same pyoxigraph result objects (parsed with
`pyoxigraph.parse_query_results`).
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from pathlib import Path
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Protocol, Union

import pyoxigraph as ox

from kg.pipeline import KGError
from kg.vocab import DKG_IRI, sparql_prologue

DEFAULT_STORE_DIR = ".kg-store"
STORE_ENV = "KG_STORE"

QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]
# An article graph's statements: pyoxigraph quads, or N-Quads text whose
# statements are all in that graph, with IRIs already checked (what
# `kg.rdf.doc_to_nquads` writes). Text is loaded in bulk without a Python
# object per statement, and without validating IRIs again.
Statements = Union[str, Iterable[ox.Quad]]

_CONTENT_HASH = ox.NamedNode(DKG_IRI + "contentHash")
# Inside `OxigraphStore.batch()`, graphs are written once this many statements
# are waiting (~50 MB of N-Quads text). Each bulk load is ingested by RocksDB
# as new files that later compactions merge, so fewer, larger loads cost less:
# for 10,000 generated articles (856k statements), batches of 300k took ~20%
# less CPU than batches of 100k; one single 856k load was slower again.
BATCH_QUADS = 300_000


class StoreError(KGError):
    pass


class QueryError(KGError):
    pass


class GraphStore(Protocol):
    """What a store backend must offer. Graph names are article `SourceDocument` IRIs."""

    def graphs(self) -> list[str]: ...

    def content_hash(self, graph: str) -> Optional[str]: ...

    def replace_graph(self, graph: str, statements: Statements, content_hash: Optional[str] = None) -> None: ...

    def remove_graph(self, graph: str) -> bool: ...

    def query(self, sparql: str) -> QueryResult: ...

    def quads(self) -> Iterator[ox.Quad]: ...

    def __len__(self) -> int: ...

    def close(self) -> None: ...


def _shift_lines(message: str, added: int) -> str:
    """Report positions in the user's query, not in the query with our PREFIX lines."""
    return re.sub(r"(\d+):(\d+)", lambda m: f"line {max(int(m.group(1)) - added, 1)}, column {m.group(2)}", message, count=1)


def default_store_path() -> Path:
    return Path(os.environ.get(STORE_ENV) or DEFAULT_STORE_DIR)


def with_prefixes(sparql: str) -> str:
    """Add the project's PREFIX lines unless the query declares its own first."""
    head = sparql.lstrip().upper()
    if head.startswith("PREFIX") or head.startswith("BASE"):
        return sparql
    return sparql_prologue() + sparql


@dataclass
class _PendingGraph:
    """A graph's new statements, waiting inside `OxigraphStore.batch()`."""

    body: Union[str, list[ox.Quad]]  # N-Quads text, or quads already in the graph
    content_hash: Optional[str]
    size: int  # statements, to decide when to write

    @classmethod
    def of(cls, node: ox.NamedNode, statements: Statements, content_hash: Optional[str]) -> "_PendingGraph":
        if isinstance(statements, str):
            return cls(statements, content_hash, statements.count("\n"))
        body = []
        for q in statements:
            if q.predicate == _CONTENT_HASH and q.subject == node:
                content_hash = q.object.value if content_hash is None else content_hash
                continue
            # A quad already in this graph is kept as is: re-building a Quad
            # costs more than comparing its graph.
            body.append(q if q.graph_name == node else ox.Quad(q.subject, q.predicate, q.object, node))
        return cls(body, content_hash, len(body))


class OxigraphStore:
    """Embedded pyoxigraph store persisted in a directory (or in memory with path=None).

    Queries see the union of all article graphs as their default graph, so
    users write plain triple patterns and use GRAPH only to ask "which article".
    """

    def __init__(self, path: Optional[Union[str, Path]] = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path}: run `kg build` first")
                self._store = ox.Store.read_only(str(self.path))
            else:
                if self.path.exists() and not self.path.is_dir():
                    raise StoreError(f"store path {self.path} exists and is not a directory")
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open store at {self.path}: {exc}") from exc
        # graph -> its new statements, while inside `batch()`; every read commits them first
        self._pending: dict[ox.NamedNode, _PendingGraph] = {}
        self._pending_quads = 0
        self._batch_depth = 0
        # graph -> content hash of every graph in the store, read once per batch
        # (one scan instead of a lookup per article; kept current by writes)
        self._hashes: Optional[dict[ox.NamedNode, str]] = None

    # --- batched writes ------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator["OxigraphStore"]:
        """Buffer `replace_graph` calls and write them in large batches (the build uses this).

        Reads inside the block still see every write: they commit the buffer
        first (`content_hash` answers from it). Graph contents go in through
        the bulk loader, then the content hashes in a transaction of their
        own, so a build killed half-way leaves no graph marked as up to date
        that was not fully written; the next build redoes it.
        """
        self._batch_depth += 1
        try:
            yield self
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self._commit()
                self._hashes = None

    def _commit(self) -> None:
        if not self._pending:
            return
        pending, self._pending, self._pending_quads = self._pending, {}, 0
        for node in pending:
            if self._store.contains_named_graph(node):
                self._store.remove_graph(node)
        text = "".join(p.body for p in pending.values() if isinstance(p.body, str))
        quads = [q for p in pending.values() if not isinstance(p.body, str) for q in p.body]
        bulk = self.path is not None and sum(p.size for p in pending.values()) >= 1000
        if text:
            # lenient: the text's IRIs were checked when it was written (see `Statements`)
            load = self._store.bulk_load if bulk else self._store.load
            try:
                load(text, format=ox.RdfFormat.N_QUADS, lenient=True)
            except SyntaxError as exc:
                # no content hash is written, so a rebuild redoes these graphs
                raise StoreError(f"malformed N-Quads for {len(pending)} graph(s), not stored: {exc}") from exc
        if quads:
            (self._store.bulk_extend if bulk else self._store.extend)(quads)
        self._store.extend(
            ox.Quad(node, _CONTENT_HASH, ox.Literal(p.content_hash), node)
            for node, p in pending.items()
            if p.content_hash is not None
        )
        if self._hashes is not None:
            for node, p in pending.items():
                if p.content_hash is None:
                    self._hashes.pop(node, None)
                else:
                    self._hashes[node] = p.content_hash

    # --- reading -----------------------------------------------------------
    def graphs(self) -> list[str]:
        self._commit()
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def content_hash(self, graph: str) -> Optional[str]:
        node = ox.NamedNode(graph)
        if node in self._pending:  # other pending graphs cannot change this one's hash
            return self._pending[node].content_hash
        if self._batch_depth:
            if self._hashes is None:
                self._hashes = {
                    q.graph_name: q.object.value
                    for q in self._store.quads_for_pattern(None, _CONTENT_HASH, None, None)
                    if q.subject == q.graph_name
                }
            return self._hashes.get(node)
        for q in self._store.quads_for_pattern(node, _CONTENT_HASH, None, node):
            return q.object.value
        return None

    def query(self, sparql: str) -> QueryResult:
        self._commit()
        text = with_prefixes(sparql)
        try:
            return self._store.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            added = text.count("\n") - sparql.count("\n")
            raise QueryError(f"malformed SPARQL query: {_shift_lines(str(exc), added)}") from exc
        except OSError as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def quads(self) -> Iterator[ox.Quad]:
        self._commit()
        return iter(self._store.quads_for_pattern(None, None, None, None))

    def __len__(self) -> int:
        self._commit()
        return len(self._store)

    # --- writing -----------------------------------------------------------
    def replace_graph(self, graph: str, statements: Statements, content_hash: Optional[str] = None) -> None:
        """Swap an article's graph for new statements in one write.

        `content_hash` is recorded after the statements (see `batch`); with
        quads and no `content_hash`, a `dkg:contentHash` quad among them is it.
        """
        node = ox.NamedNode(graph)
        pending = _PendingGraph.of(node, statements, content_hash)
        if self._batch_depth:
            previous = self._pending.pop(node, None)
            self._pending_quads += pending.size - (previous.size if previous else 0)
            self._pending[node] = pending
            if self._pending_quads >= BATCH_QUADS:
                self._commit()
            return
        self._pending = {node: pending}
        self._commit()

    def remove_graph(self, graph: str) -> bool:
        self._commit()
        node = ox.NamedNode(graph)
        if not self._store.contains_named_graph(node):
            return False
        self._store.remove_graph(node)
        if self._hashes is not None:
            self._hashes.pop(node, None)
        return True

    def flush(self) -> None:
        self._commit()
        if self.path is not None and not self.read_only:
            self._store.flush()

    def close(self) -> None:
        self.flush()
        del self._store

    def __enter__(self) -> "OxigraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(path: Optional[Union[str, Path]] = None, read_only: bool = False) -> OxigraphStore:
    """Open the store at `path`, or at $KG_STORE, or at ./.kg-store."""
    return OxigraphStore(Path(path) if path is not None else default_store_path(), read_only=read_only)


def select_rows(store: GraphStore, sparql: str) -> tuple[list[str], list[dict[str, Optional[ox.Term]]]]:
    """Run a SELECT and return (variables, rows as dicts of pyoxigraph terms)."""
    result = store.query(sparql)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    variables = [v.value for v in result.variables]
    rows = [{v: sol[v] for v in variables} for sol in result]
    return variables, rows
