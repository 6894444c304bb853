"""Remote stores: the graph in a SPARQL server (Oxigraph server, Virtuoso, any SPARQL 1.1 store).

`RemoteStore` keeps the embedded store's model over HTTP: each article's
statements in the named graph of its `dkg:SourceDocument`, their
deduplicated union in the default graph, kept by every write, and the
content hash as `<graph> dkg:contentHash "…"` inside the article's graph.
An article already stored is replaced by ONE SPARQL Update request (its
default-graph statements that no other article supports out, graph dropped,
new statements and their default-graph copies in, hash last); articles new
to the store are bulk-loaded where the server can (the Oxigraph server's
`POST /store` of N-Quads) and written by `INSERT DATA` elsewhere.

What the servers do differently, and what this module does about it
(README, "Remote stores", lists them for users):

- Virtuoso has no default graph of its own (`INSERT DATA` without `GRAPH`
  is refused; a query without `FROM` sees every graph at once, each copy of
  a statement counted). The union lives in the named graph
  `DEFAULT_GRAPH_IRI`, and every query names it as its default graph with
  the protocol's `default-graph-uri`. `GRAPH ?g` still ranges over every
  graph, that one included: project queries tie `?g` to an article. With
  that default graph named, `GRAPH <iri> { ... }` finds (almost) nothing, so
  a read of one named graph binds it with `VALUES ?g { <iri> } GRAPH ?g`.
- Virtuoso cuts results at `ResultSetMaxRows` without an error; a cut
  SELECT is an error here, and dumps read in pages.
- Virtuoso's JSON results write blank nodes as `nodeID://b1` and booleans
  as 1/0; both are put back into the standard form before parsing.
- Virtuoso refuses blank nodes in `INSERT DATA`; a write that holds any
  uses `INSERT { … } WHERE {}`. It limits one request's generated SQL, so
  updates carry `define sql:big-data-const 1` and stay under a few MB.
- Virtuoso runs the operations of one update request one by one; a failure
  half-way leaves the article without its new hash, so the next build
  writes it again.
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, BinaryIO, Iterator, Optional, Union, cast
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg.store.embedded import (DUMP_FORMATS, PendingGraph, Statements, WriteError, as_pending, hash_statement)
from kg.store.folder import StoreError
from kg.store.replace import CONTENT_HASH_IRI, drop_graph_update
from kg.store.http import FORM, Credentials, SparqlHttp
from kg.store.results import (IRI, Quad, QueryResults, Term, Triple, parse_graph, parse_results,
                              quad_from_oxigraph, quad_to_oxigraph, triple_to_oxigraph)
from kg.store.sparql import QueryError, first_line, graph_form, prepare_query, shift_positions, sparql_string
from kg.vocab import DKG_IRI, ID_IRI

# The named graph that holds the union on servers without a default graph of their own (Virtuoso).
DEFAULT_GRAPH_IRI = "urn:defence-kg:default-graph"
# Article graphs live here; a shared server's other graphs are never listed, dumped or written.
ARTICLE_GRAPHS = ID_IRI + "source/"
# Which file each article was read from (the embedded store keeps it in its index, outside the RDF).
SOURCES_GRAPH = "urn:defence-kg:sources"
SOURCE_FILE_IRI = DKG_IRI + "sourceFile"
DEFAULT_TIMEOUT = 120.0
SPARQL_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"
# Graphs per request when a dump reads article graphs, and rows per page where a server caps results.
GRAPHS_PER_READ = 200
PAGED_ROWS = 10_000  # Virtuoso's MaxSortedTopRows by default
CUT_MESSAGE = ("the server cut the result at {rows} rows (Virtuoso's ResultSetMaxRows in the [SPARQL] "
               "section of virtuoso.ini); raise it, or add LIMIT to the query")


@dataclass(frozen=True)
class RemoteOptions:
    """How to reach a server beyond its URL: endpoints it does not derive, credentials, time limit."""

    update_url: Optional[str] = None
    graph_store_url: Optional[str] = None
    default_graph: Optional[str] = None
    user: Optional[str] = None
    password: Optional[str] = None
    auth: str = "digest"
    timeout: float = DEFAULT_TIMEOUT


@dataclass(frozen=True)
class RemoteLocation:
    """A store given as a URL (`--store http://…`), with its options."""

    url: str
    options: RemoteOptions = field(default_factory=RemoteOptions)

    def __str__(self) -> str:
        return self.url


def is_url(location: object) -> bool:
    return isinstance(location, RemoteLocation) or bool(re.match(r"(?i)https?://", str(location)))


@dataclass(frozen=True)
class Dialect:
    """What one kind of server needs that the SPARQL 1.1 recommendations leave open."""

    name: str
    own_default_graph: bool = True  # False: a named graph plays the default graph
    dataset_post: bool = False  # POST N-Quads to the graph store endpoint (bulk loads)
    update_prologue: str = ""
    update_bytes: int = 32_000_000  # one update request's size
    bnodes_in_insert_data: bool = True

    def fix_results(self, body: bytes) -> bytes:
        return body


class VirtuosoDialect(Dialect):
    """Virtuoso's JSON results back into the standard form."""

    _BNODE = re.compile(rb'("type": "bnode", "value": ")nodeID://')
    _BOOLEAN = re.compile(rb'("datatype": "http://www\.w3\.org/2001/XMLSchema#boolean", "value": ")([01])"')

    def fix_results(self, body: bytes) -> bytes:
        body = self._BNODE.sub(rb"\1", body)
        return self._BOOLEAN.sub(lambda m: m.group(1) + (b"true" if m.group(2) == b"1" else b"false") + b'"', body)


OXIGRAPH = Dialect("oxigraph", dataset_post=True)
VIRTUOSO = VirtuosoDialect("virtuoso", own_default_graph=False, update_prologue="define sql:big-data-const 1\n",
                           update_bytes=3_000_000, bnodes_in_insert_data=False)
SPARQL11 = Dialect("sparql")


def dialect_for(server_header: str) -> Dialect:
    name = server_header.lower()
    if "virtuoso" in name:
        return VIRTUOSO
    if "oxigraph" in name:
        return OXIGRAPH
    return SPARQL11


@dataclass(frozen=True)
class Endpoints:
    query: str
    update: str
    graph_store: Optional[str]


def derive_endpoints(url: str, options: RemoteOptions, virtuoso: bool = False) -> Endpoints:
    """Query, update and graph store URLs from the one the user gave."""
    parts = urlsplit(url)
    root = f"{parts.scheme}://{parts.netloc}"
    path = parts.path.rstrip("/")
    if path.endswith("/query"):
        base = url.rstrip("/")[: -len("/query")]
        found = Endpoints(url, base + "/update", base + "/store")
    elif path.endswith(("/sparql", "/sparql-auth")) or virtuoso and not path:
        query = url if path else root + "/sparql"
        crud = "/sparql-graph-crud-auth" if path.endswith("-auth") else "/sparql-graph-crud"
        found = Endpoints(query, query, root + crud)
    else:
        base = url.rstrip("/")
        found = Endpoints(base + "/query", base + "/update", base + "/store")
    return Endpoints(found.query, options.update_url or found.update, options.graph_store_url or found.graph_store)


def open_remote(location: Union[str, RemoteLocation], read_only: bool = False) -> "RemoteStore":
    if not isinstance(location, RemoteLocation):
        location = RemoteLocation(str(location))
    return RemoteStore(location.url, read_only=read_only, options=location.options)


def _statement(s: Optional[Term], p: Optional[Term], o: Optional[Term]) -> Triple:
    """A row of `?s ?p ?o` as a statement (the pattern binds all three; a predicate is an IRI)."""
    if s is None or o is None or not isinstance(p, IRI):
        raise StoreError(f"the SPARQL store sent a row that is no statement: {s} {p} {o}")
    return Triple(s, p, o)


class RemoteStore:
    """The project's graph in a SPARQL server, behind the `GraphStore` protocol."""

    path = None  # nothing on this machine: no projection cache beside it

    def __init__(self, url: str, read_only: bool = False, options: Optional[RemoteOptions] = None):
        self.url = url
        self.read_only = read_only
        self.options = options or RemoteOptions()
        credentials = (Credentials(self.options.user, self.options.password or "", self.options.auth)
                       if self.options.user else None)
        self._http = SparqlHttp(url, self.options.timeout, credentials)
        self._pending: dict[str, PendingGraph] = {}
        self._pending_bytes = 0
        self._batch_depth = 0
        self._hashes: Optional[dict[str, str]] = None
        try:
            self.dialect, self.endpoints = self._probe()
            self.default_graph = self.options.default_graph or (
                None if self.dialect.own_default_graph else DEFAULT_GRAPH_IRI)
            self.max_rows = self._max_rows()
        except BaseException:
            self._http.close()
            raise

    # --- opening ----------------------------------------------------------------------
    def _probe(self) -> tuple[Dialect, Endpoints]:
        """Ask the query endpoint a trivial question: is it up, and which server is it?"""
        endpoints = derive_endpoints(self.url, self.options)
        try:
            response = self._http.post(endpoints.query, data={"query": "ASK {}"}, accept=SPARQL_JSON,
                                       content_type=FORM, what="first query")
        except StoreError:
            retry = derive_endpoints(self.url, self.options, virtuoso=True)
            if retry == endpoints:
                raise
            response = self._http.post(retry.query, data={"query": "ASK {}"}, accept=SPARQL_JSON,
                                       content_type=FORM, what="first query")
            endpoints = retry
        dialect = dialect_for(response.headers.get("server", ""))
        if dialect is VIRTUOSO and not urlsplit(self.url).path.strip("/"):
            endpoints = derive_endpoints(self.url, self.options, virtuoso=True)
        return dialect, endpoints

    def _max_rows(self) -> Optional[int]:
        """Virtuoso's ResultSetMaxRows (results past it are cut without an error)."""
        if self.dialect is not VIRTUOSO:
            return None
        try:
            rows = self._select("SELECT (bif:cfg_item_value(bif:virtuoso_ini_path(), 'SPARQL', "
                                "'ResultSetMaxRows') AS ?m) WHERE {}")
            value = rows[0][0].value if rows and rows[0][0] is not None else ""
            return int(value) if value.strip().isdigit() and int(value) > 0 else None
        except (StoreError, QueryError, ValueError):
            return PAGED_ROWS  # not readable: assume Virtuoso's default cap

    # --- reading ----------------------------------------------------------------------
    def _query_data(self, text: str) -> dict[str, object]:
        data: dict[str, object] = {"query": text}
        if self.default_graph is not None:
            data["default-graph-uri"] = self.default_graph
        return data

    def _run(self, text: str, accept: str) -> tuple[bytes, bool]:
        """The server's answer, and whether it says it cut the result (Virtuoso's ResultSetMaxRows)."""
        response = self._http.post(self.endpoints.query, data=self._query_data(text), accept=accept,
                                   content_type=FORM)
        return response.content, bool(response.headers.get("x-sparql-maxrows"))

    def _fetch(self, text: str) -> tuple[list[tuple[Optional[Term], ...]], bool]:
        body, cut = self._run(text, SPARQL_JSON)
        try:
            return list(parse_results(self.dialect.fix_results(body), "json").tuples()), cut
        except (SyntaxError, ValueError) as exc:
            raise StoreError(f"the SPARQL store at {self.url} answered something that is not SPARQL "
                             f"JSON results: {first_line(str(exc))}") from exc

    def _select(self, text: str) -> list[tuple[Optional[Term], ...]]:
        rows, cut = self._fetch(text)
        if cut:
            raise QueryError(CUT_MESSAGE.format(rows=len(rows)))
        return rows

    def _select_all(self, variables: str, pattern: str) -> list[tuple[Optional[Term], ...]]:
        """Every solution, in sorted pages if the server cuts long results.

        The sort sits in a subquery so that Virtuoso's MaxSortedTopRows does not
        bound the offset.
        """
        rows, cut = self._fetch(f"SELECT {variables} WHERE {{ {pattern} }}")
        if not cut:
            return rows
        page = min(len(rows), PAGED_ROWS)  # no more than the server's cap: a full page is never cut
        rows, offset = [], 0
        while True:
            found, _ = self._fetch(f"SELECT {variables} WHERE {{ {{ SELECT {variables} WHERE {{ {pattern} }} "
                                   f"ORDER BY {variables} }} }} LIMIT {page} OFFSET {offset}")
            rows += found
            if len(found) < page:
                return rows
            offset += page

    def query(self, sparql: str, allow_service: bool = False) -> QueryResults:
        """Run a read-only query over the default graph (the deduplicated union)."""
        self._commit()
        prepared = prepare_query(sparql, allow_service=allow_service)
        graph = graph_form(prepared.form)
        try:
            body, cut = self._run(prepared.text, N_TRIPLES if graph else SPARQL_JSON)
        except QueryError as exc:
            raise QueryError(shift_positions(str(exc), prepared.added_lines)) from exc
        if cut:
            raise QueryError(CUT_MESSAGE.format(rows="some"))
        try:
            if graph:
                result = parse_graph(body, "ntriples")
                self._check_graph_size(body)
                return result
            return parse_results(self.dialect.fix_results(body), "json")
        except (SyntaxError, ValueError) as exc:
            raise QueryError(f"the SPARQL store at {self.url} sent a result that cannot be read: "
                             f"{first_line(str(exc))}") from exc

    def _check_graph_size(self, body: bytes) -> None:
        if self.max_rows is not None and body.count(b"\n") >= self.max_rows:
            raise QueryError(f"the server may have cut this graph result at {self.max_rows} statements "
                             "(Virtuoso's ResultSetMaxRows); raise it in virtuoso.ini")

    def _default_pattern(self) -> str:
        if self.default_graph is None:
            return "?s ?p ?o"
        return f"GRAPH <{self.default_graph}> {{ ?s ?p ?o }}"

    def graphs(self) -> list[str]:
        """Article graphs (under the project's source namespace), sorted."""
        self._commit()
        prefix = sparql_string(ARTICLE_GRAPHS)
        pattern = "GRAPH ?g { }" if self.dialect is OXIGRAPH else "GRAPH ?g { ?s ?p ?o }"
        rows = self._select_all("?g", f"SELECT DISTINCT ?g WHERE {{ {pattern} FILTER(STRSTARTS(STR(?g), {prefix})) }}")
        return sorted(r[0].value for r in rows if r[0] is not None)

    def content_hashes(self) -> dict[str, str]:
        self._commit()
        rows = self._select_all("?g ?h", f"GRAPH ?g {{ ?g <{CONTENT_HASH_IRI}> ?h }}")
        return {g.value: h.value for g, h in rows if g is not None and h is not None}

    def sources(self) -> dict[str, str]:
        """graph -> the file or URL each article was read from, where the build said."""
        self._commit()
        rows = self._select_all("?g ?f", f"VALUES ?sources {{ <{SOURCES_GRAPH}> }} "
                                         f"GRAPH ?sources {{ ?g <{SOURCE_FILE_IRI}> ?f }}")
        return {g.value: f.value for g, f in rows if g is not None and f is not None}

    def content_hash(self, graph: str) -> Optional[str]:
        if graph in self._pending:
            return self._pending[graph].content_hash
        if self._batch_depth:
            if self._hashes is None:
                self._hashes = self.content_hashes()
            return self._hashes.get(graph)
        # `GRAPH <iri>` finds nothing on Virtuoso once a default graph is named; `VALUES ?g` does
        rows = self._select(f"SELECT ?h WHERE {{ VALUES ?g {{ <{graph}> }} GRAPH ?g {{ ?g <{CONTENT_HASH_IRI}> ?h }} }}")
        return rows[0][0].value if rows and rows[0][0] is not None else None

    def __len__(self) -> int:
        """Distinct statements: the size of the default graph."""
        self._commit()
        rows = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {self._default_pattern()} }}")
        return int(rows[0][0].value) if rows and rows[0][0] is not None else 0

    def quads(self) -> Iterator[Quad]:
        """Every article graph's statements, graph by graph, then the default graph's."""
        self._commit()
        graph_store = self.endpoints.graph_store
        if self.dialect.dataset_post and graph_store:
            yield from (quad_from_oxigraph(q) for q in self._graph_store_quads(graph_store))
            return
        graphs = self.graphs()
        for start in range(0, len(graphs), GRAPHS_PER_READ):
            values = " ".join(f"<{g}>" for g in graphs[start:start + GRAPHS_PER_READ])
            rows = self._select_all("?g ?s ?p ?o", f"VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }}")
            rows.sort(key=lambda r: r[0].value)  # type: ignore[union-attr]
            for g, s, p, o in rows:
                yield Quad(*_statement(s, p, o), IRI(g.value))  # type: ignore[union-attr]
        for s, p, o in self._select_all("?s ?p ?o", self._default_pattern()):
            yield Quad(*_statement(s, p, o), None)

    def _graph_store_quads(self, graph_store: str) -> Iterator[ox.Quad]:
        """The whole dataset in one streamed Graph Store GET (at `graph_store`), less graphs that are not kg's."""
        with self._http.stream(graph_store, accept=N_QUADS, what="dump") as body:
            try:
                # pyoxigraph's stub asks for an IO[bytes]; it reads any file object, as this RawIOBase
                for q in ox.parse(cast(IO[bytes], body), format=ox.RdfFormat.N_QUADS):
                    graph = q.graph_name
                    if isinstance(graph, ox.DefaultGraph) or graph.value.startswith(ARTICLE_GRAPHS):
                        yield q
            except SyntaxError as exc:
                raise StoreError(f"the SPARQL store at {self.url} sent a dump that cannot be read: "
                                 f"{first_line(str(exc))}") from exc

    def dump_many(self, outs: dict[str, BinaryIO], prefixes: Optional[dict[str, str]] = None) -> None:
        """`dump` into each file in turn: the server answers each format on its own."""
        for fmt, out in outs.items():
            self.dump(out, fmt, prefixes)

    def dump(self, out: BinaryIO, fmt: str, prefixes: Optional[dict[str, str]] = None) -> None:
        """Write the dataset: trig/nquads/jsonld with every graph, turtle/ntriples/rdfxml the default graph."""
        if fmt not in DUMP_FORMATS:
            raise StoreError(f"cannot dump {fmt!r}; choose from {', '.join(DUMP_FORMATS)}")
        rdf_format = DUMP_FORMATS[fmt]
        keep = None if fmt in ("nquads", "ntriples") else prefixes
        if rdf_format.supports_datasets:
            self._commit()
            graph_store = self.endpoints.graph_store
            if self.dialect.dataset_post and graph_store:
                ox.serialize(self._graph_store_quads(graph_store), out, rdf_format, prefixes=keep)
                return
            ox.serialize((quad_to_oxigraph(q) for q in self.quads()), out, rdf_format, prefixes=keep)
            return
        self._commit()
        triples = (triple_to_oxigraph(_statement(*row))
                   for row in self._select_all("?s ?p ?o", self._default_pattern()))
        ox.serialize(triples, out, rdf_format, prefixes=keep)

    # --- writing ----------------------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator["RemoteStore"]:
        """Buffer `replace_graph` calls and send them in few, large requests."""
        self._batch_depth += 1
        try:
            yield self
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self._hashes = None
                self._commit()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.url} was opened read-only")

    def replace_graph(self, graph: str, statements: Statements, content_hash: Optional[str] = None,
                      source: Optional[str] = None) -> None:
        """Swap an article's graph for new statements (inside `batch()`, when the batch is sent).

        `source` is the file or URL the article came from (see `sources`).
        """
        self._writable()
        pending = as_pending(graph, statements, content_hash)
        pending.source = source
        previous = self._pending.pop(graph, None)
        self._pending[graph] = pending
        self._pending_bytes += len(pending.text) - (len(previous.text) if previous else 0)
        if not self._batch_depth or self._pending_bytes >= self.dialect.update_bytes:
            self._commit()

    def remove_graph(self, graph: str) -> bool:
        """Drop an article's graph and what only it supported; False if the store never had it."""
        self._writable()
        self._commit()
        if not self._existing([graph]):
            return False
        self._update((self._drop(graph) + self._forget_source(graph)).rstrip().rstrip(";"))
        if self._hashes is not None:
            self._hashes.pop(graph, None)
        return True

    def _existing(self, graphs: list[str]) -> set[str]:
        values = " ".join(f"<{g}>" for g in graphs)
        rows = self._select_all("?g", f"SELECT DISTINCT ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        return {r[0].value for r in rows if r[0] is not None}

    def _commit(self) -> None:
        """Send the pending graphs; a failure names the graphs written and those not (`WriteError`)."""
        if not self._pending:
            return
        pending, self._pending, self._pending_bytes = list(self._pending.values()), {}, 0
        stored = self._existing([p.graph for p in pending])
        committed: list[str] = []
        try:
            self._send(pending, stored, committed)
        except (StoreError, QueryError) as exc:
            failed = [p.graph for p in pending if p.graph not in committed]
            self._hashes = None
            raise WriteError(str(exc), committed, failed) from exc
        self._remember_hashes(pending)

    def _send(self, pending: list[PendingGraph], stored: set[str], committed: list[str]) -> None:
        """Write `pending`: the graphs new to the store in bulk when the server takes datasets
        posted whole, the rest as updates replacing the `stored` ones; `committed` gains each graph
        once written, so that a failure can tell which were."""
        fresh = [p for p in pending if p.graph not in stored]
        graph_store = self.endpoints.graph_store
        if fresh and self.dialect.dataset_post and graph_store:
            self._post_fresh(fresh, graph_store)
            committed += [p.graph for p in fresh]
            fresh = []
        for chunk in self._chunks([p for p in pending if p.graph in stored] + fresh):
            self._update(self._replacement(chunk, [p.graph for p in chunk if p.graph in stored]))
            committed += [p.graph for p in chunk]

    def _remember_hashes(self, pending: list[PendingGraph]) -> None:
        """Keep the known content hashes (when they are kept) in step with the graphs just written."""
        if self._hashes is None:
            return
        for p in pending:
            if p.content_hash is None:
                self._hashes.pop(p.graph, None)
            else:
                self._hashes[p.graph] = p.content_hash

    def _chunks(self, graphs: list[PendingGraph]) -> Iterator[list[PendingGraph]]:
        """Groups of graphs whose update stays under the server's request size."""
        chunk: list[PendingGraph] = []
        size = 0
        for p in graphs:
            if chunk and size + 2 * len(p.text) > self.dialect.update_bytes:
                yield chunk
                chunk, size = [], 0
            chunk.append(p)
            size += 2 * len(p.text)
        if chunk:
            yield chunk

    def _drop(self, graph: str) -> str:
        """Remove a graph and the default-graph statements only it supported."""
        if self.default_graph is None:
            return drop_graph_update(graph)
        g, d = f"<{graph}>", f"<{self.default_graph}>"
        return (f"DELETE {{ GRAPH {d} {{ ?s ?p ?o }} }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
                f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g} && ?other != {d}) }} }} ;\n"
                f"DROP SILENT GRAPH {g} ;\n")

    def _forget_source(self, graph: str) -> str:
        return f"DELETE WHERE {{ GRAPH <{SOURCES_GRAPH}> {{ <{graph}> <{SOURCE_FILE_IRI}> ?f }} }} ;\n"

    def _replacement(self, chunk: list[PendingGraph], stored: list[str]) -> str:
        """One update: the stored graphs dropped, every graph of the chunk written with its hash."""
        blocks = []
        for p in chunk:
            triples = p.triples_text()
            marker = f"<{p.graph}> <{CONTENT_HASH_IRI}> {sparql_string(p.content_hash)} .\n" if p.content_hash else ""
            copy = triples if self.default_graph is None else f"GRAPH <{self.default_graph}> {{\n{triples}}}\n"
            blocks.append(f"GRAPH <{p.graph}> {{\n{triples}{marker}}}\n{copy}")
        files = "".join(f"<{p.graph}> <{SOURCE_FILE_IRI}> {sparql_string(p.source)} .\n" for p in chunk if p.source)
        if files:
            blocks.append(f"GRAPH <{SOURCES_GRAPH}> {{\n{files}}}\n")
        data = "".join(blocks)
        drops = "".join(self._drop(g) + self._forget_source(g) for g in stored)
        if not self.dialect.bnodes_in_insert_data and re.search(r"(?m)(^|\s)_:", data):
            return f"{drops}INSERT {{\n{data}}} WHERE {{}}"
        return f"{drops}INSERT DATA {{\n{data}}}"

    def _post_fresh(self, fresh: list[PendingGraph], graph_store: str) -> None:
        """Graphs new to the store, loaded through the graph store endpoint (`graph_store`) as N-Quads, in one
        transaction."""
        default = f" <{self.default_graph}> .\n" if self.default_graph else " .\n"
        for chunk in self._chunks(fresh):
            text = ("".join(p.text for p in chunk)
                    + "".join(p.text.replace(f" <{p.graph}> .\n", default) for p in chunk)
                    + "".join(hash_statement(p.graph, p.content_hash) for p in chunk if p.content_hash)
                    + "".join(f"<{p.graph}> <{SOURCE_FILE_IRI}> {sparql_string(p.source)} <{SOURCES_GRAPH}> .\n"
                              for p in chunk if p.source))
            self._http.post(graph_store, content=text.encode("utf-8"),
                            content_type=N_QUADS, what="bulk load")

    def _update(self, text: str) -> None:
        self._http.post(self.endpoints.update, data={"update": self.dialect.update_prologue + text},
                        content_type=FORM, what="update")

    # --- the rest of the protocol ---------------------------------------------------------
    def flush(self) -> None:
        self._commit()

    def close(self) -> None:
        try:
            if not self.read_only:
                self._commit()
        finally:
            self._http.close()

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
