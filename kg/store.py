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
from typing import Iterable, Iterator, Optional, Protocol, Union

import pyoxigraph as ox

from kg.pipeline import KGError
from kg.vocab import DKG_IRI, sparql_prologue

DEFAULT_STORE_DIR = ".kg-store"
STORE_ENV = "KG_STORE"

QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]

_CONTENT_HASH = ox.NamedNode(DKG_IRI + "contentHash")
# Inside `OxigraphStore.batch()`, graphs are written once this many quads are
# waiting. A transactional write to the on-disk store costs ~15 us a quad;
# RocksDB's bulk loader costs a fixed ~0.1 s a call, then ~2 us a quad.
BATCH_QUADS = 100_000


class StoreError(KGError):
    pass


class QueryError(KGError):
    pass


class GraphStore(Protocol):
    """What a store backend must offer. Graph names are article `SourceDocument` IRIs."""

    def graphs(self) -> list[str]: ...

    def content_hash(self, graph: str) -> Optional[str]: ...

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None: ...

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
        # graph -> its new quads, while inside `batch()`; every read commits them first
        self._pending: dict[ox.NamedNode, list[ox.Quad]] = {}
        self._pending_quads = 0
        self._batch_depth = 0

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

    def _commit(self) -> None:
        if not self._pending:
            return
        pending, self._pending, self._pending_quads = self._pending, {}, 0
        for node in pending:
            if self._store.contains_named_graph(node):
                self._store.remove_graph(node)
        body: list[ox.Quad] = []
        hashes: list[ox.Quad] = []
        for quads in pending.values():
            for q in quads:
                (hashes if q.predicate == _CONTENT_HASH else body).append(q)
        if self.path is not None and len(body) >= 1000:
            self._store.bulk_extend(body)
        else:
            self._store.extend(body)
        self._store.extend(hashes)

    # --- reading -----------------------------------------------------------
    def graphs(self) -> list[str]:
        self._commit()
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def content_hash(self, graph: str) -> Optional[str]:
        node = ox.NamedNode(graph)
        if node in self._pending:  # other pending graphs cannot change this one's hash
            return next((q.object.value for q in self._pending[node] if q.predicate == _CONTENT_HASH), None)
        for q in self._store.quads_for_pattern(node, ox.NamedNode(DKG_IRI + "contentHash"), None, node):
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
    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Swap an article's graph for new statements in one transaction."""
        node = ox.NamedNode(graph)
        # A quad already in this graph (as `kg.rdf.doc_to_quads` makes them) is
        # kept as is: re-building a Quad costs more than comparing its graph.
        batch = [
            q if q.graph_name == node else ox.Quad(q.subject, q.predicate, q.object, node)
            for q in quads
        ]
        if self._batch_depth:
            self._pending_quads += len(batch) - len(self._pending.pop(node, ()))
            self._pending[node] = batch
            if self._pending_quads >= BATCH_QUADS:
                self._commit()
            return
        try:
            self._store.remove_graph(node)
        except OSError:  # graph did not exist
            pass
        self._store.extend(batch)

    def remove_graph(self, graph: str) -> bool:
        self._commit()
        node = ox.NamedNode(graph)
        if not self._store.contains_named_graph(node):
            return False
        self._store.remove_graph(node)
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
