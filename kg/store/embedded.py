"""The embedded store: pyoxigraph on disk (or in memory), no server to run.

Each article's statements live in its named graph. The default graph holds
their deduplicated union, kept by every write: a statement is added when an
article states it and removed when the last article stating it goes. So
plain triple patterns see each fact once, whatever the number of articles
that restate it, and the TriG export answers the same way in any SPARQL 1.1
store.

Writes are atomic per batch. Articles new to the store are bulk-loaded
(RocksDB ingests the files of one load together) and marked current by
their content hash afterwards, under a journal that lets the next writer
take back a load a killed process left unmarked. Articles already in the
store are replaced in one SPARQL Update transaction: old statements out,
new in, default graph kept, hash recorded, or nothing at all.
"""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator, Optional, Union, cast

import pyoxigraph as ox

from kg.limits import detached
from kg.store.folder import StoreError, StoreFolder
from kg.store.index import ArticleIndex, Compactor, GraphText, write_turtle_text
from kg.store.replace import (CONTENT_HASH_IRI, GraphChange, ReplaceUpdate, drop_graph_update, parsed_quads,
                              stored_quads)
from kg.store.results import Quad, QueryResults, quad_from_oxigraph
from kg.store.sparql import QueryError, first_line, prepare_query, shift_positions, sparql_string
from kg.vocab import turtle_prefixes

# An article graph's statements: pyoxigraph quads, or N-Quads text whose
# statements are all in that graph, with IRIs already checked (what
# `kg.rdf.doc_to_nquads` writes).
Statements = Union[str, Iterable[Union[ox.Quad, Quad]]]

_CONTENT_HASH = ox.NamedNode(CONTENT_HASH_IRI)
# Inside `batch()`, graphs are written once this many statements wait (~50 MB
# of N-Quads). RocksDB ingests each bulk load as new files that compactions
# later merge, so fewer, larger loads cost less; the default-graph copy
# roughly doubles a load, which stays under the loader's 1M-quad chunk.
BATCH_QUADS = int(os.environ.get("KG_BATCH_QUADS", "300000"))  # smaller: less memory, more commits
# Inside `batch()`, what is pending goes to the writer thread as soon as it is idle and this
# many statements wait: it keeps up with the build, and little is left to write at the end.
BACKGROUND_MIN_QUADS = int(os.environ.get("KG_BACKGROUND_MIN_QUADS", "150000"))
# A read-only open that meets RocksDB replacing its files (a writer is busy) is tried this often.
READ_ONLY_ATTEMPTS = 5
# Below this many statements a load goes through a transaction, not the bulk loader.
BULK_MIN_QUADS = 1000


class WriteError(StoreError):
    """A write that failed; says which articles' graphs were committed and which were not."""

    def __init__(self, cause: str, committed: list[str], failed: list[str]):
        self.cause = cause
        self.committed = committed  # by the write that failed (earlier writes are stored too)
        self.failed = failed
        if not failed:
            super().__init__(f"{cause}; the {len(committed)} article graph(s) of this write are stored")
            return
        shown = ", ".join(g.rsplit("/", 1)[-1] for g in failed[:3]) + (", …" if len(failed) > 3 else "")
        super().__init__(f"{cause}; {len(failed)} article graph(s) not written ({shown}), left as they were; "
                         f"{len(committed)} written before the failure are stored")


@dataclass
class PendingGraph:
    """A graph's new statements as N-Quads text, waiting inside `batch()`."""

    graph: str
    text: str
    content_hash: Optional[str]
    source: Optional[str] = None  # the file or URL the article was read from
    turtle: Optional[str] = None  # the index text, where the caller made it (`GraphText`)
    lines: int = -1  # statements, where known

    @property
    def size(self) -> int:
        if self.lines < 0:
            self.lines = self.text.count("\n")
        return self.lines

    def triples_text(self) -> str:
        """The same statements without their graph name: their copy in the default graph."""
        return self.text.replace(f" <{self.graph}> .\n", " .\n")


def default_graph_copies(graphs: Iterable[PendingGraph]) -> str:
    """The graphs' statements without their graph names, each distinct one once: the default graph is
    a set, and articles repeat each other's statements (a country's type, code and names; ~30-40% of
    the copies in a build), which the loader would parse and write for nothing. N-Quads lines end
    with "\n" and hold none inside (a literal's is escaped): split there, not at `splitlines`'s
    other breaks. Each line of a graph's text ends with " <graph> ." (`as_pending`), so its copy is
    the line with those characters cut: one slice a line, where `triples_text` copies the whole
    text and the copies were joined and split again."""
    graphs = list(graphs)
    if any(p.text and not p.text.endswith("\n") for p in graphs):  # a last line left open: as `triples_text` reads it
        return _copies_of_texts(graphs)
    lines: dict[str, None] = {}
    for p in graphs:
        cut = len(p.graph) + 5  # " <" graph "> ."
        rows = p.text.split("\n")
        rows.pop()  # after the last "\n"
        lines.update(dict.fromkeys([row[:-cut] for row in rows]))
    lines.pop("", None)
    return " .\n".join(lines) + " .\n" if lines else ""


def _copies_of_texts(graphs: list[PendingGraph]) -> str:
    lines = dict.fromkeys("".join([p.triples_text() for p in graphs]).split("\n"))
    lines.pop("", None)
    return "\n".join(lines) + "\n" if lines else ""


def as_pending(graph: str, statements: Statements, content_hash: Optional[str]) -> PendingGraph:
    """Normalise a graph's statements to N-Quads text in that graph, with the hash taken out."""
    suffix = f" <{graph}> .\n"
    if isinstance(statements, GraphText) and statements.lines >= 0 \
            and getattr(statements, "turtle", None) is not None:
        return PendingGraph(graph, statements, content_hash, turtle=statements.turtle, lines=statements.lines)
    if isinstance(statements, str):
        if statements and not statements.endswith("\n"):  # a last line left open: closed, as N-Quads allows
            statements += "\n"
        if statements.count(suffix) == statements.count("\n"):
            return PendingGraph(graph, statements, content_hash)
        try:  # other graphs, other spacing: read it and write it again
            statements = list(ox.parse(statements, format=ox.RdfFormat.N_QUADS))
        except SyntaxError as exc:
            raise StoreError(f"malformed N-Quads for {graph}, not stored: {first_line(str(exc))}") from exc
    subject = f"<{graph}>"
    lines = []
    for q in statements:
        s, p, o = str(q.subject), str(q.predicate), str(q.object)
        if p == f"<{CONTENT_HASH_IRI}>" and s == subject:
            content_hash = o.split('"')[1] if content_hash is None else content_hash
            continue
        lines.append(f"{s} {p} {o}{suffix}")
    text = "".join(lines)
    try:  # terms built by callers are checked once here, so later loads can be lenient
        ox.parse(text, format=ox.RdfFormat.N_QUADS)
    except SyntaxError as exc:
        raise StoreError(f"malformed statements for {graph}, not stored: {first_line(str(exc))}") from exc
    return PendingGraph(graph, text, content_hash)


def hash_statement(graph: str, content_hash: str) -> str:
    return f"<{graph}> <{CONTENT_HASH_IRI}> {sparql_string(content_hash)} <{graph}> .\n"


DUMP_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
                "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "rdfxml": ox.RdfFormat.RDF_XML}
TEXT_FORMATS = ("trig", "turtle")
# Stores of fewer articles are dumped by pyoxigraph's serializers, which group
# each subject's statements (readable, but every term is decoded from RocksDB:
# ~8 s for the TriG of 10,000 articles, against ~2 s from the index).
PRETTY_DUMP_MAX_GRAPHS = 1000


ORPHAN_SWEEP = ("DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
MIGRATE_TO_DEFAULT = (f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                      f"FILTER(?p != <{CONTENT_HASH_IRI}>) }}")


class OxigraphStore:
    """Embedded pyoxigraph store persisted in a directory (or in memory with path=None)."""

    def __init__(self, path: Optional[Union[str, Path]] = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._folder = StoreFolder(self.path) if self.path is not None else None
        self._pending: dict[str, PendingGraph] = {}
        self._pending_quads = 0
        self._batch_depth = 0
        self._hashes: Optional[dict[str, str]] = None  # graph -> hash, read once per batch
        self._writer: Optional[threading.Thread] = None  # a batch being written in the background
        self._writer_error: Optional[BaseException] = None
        self._store = self._open()
        try:
            self._index = ArticleIndex(self.path, read_only)
        except StoreError:
            del self._store
            if self._folder is not None:
                self._folder.unlock()
            raise
        self._compactor = Compactor(turtle_prefixes())

    # --- opening ----------------------------------------------------------------------
    def _open(self) -> ox.Store:
        if self._folder is None:
            return ox.Store()
        found = self._folder.format(self.read_only)
        if self.read_only:
            if found == 1:
                raise StoreError(f"the store at {self.path} was made by an older kg; "
                                 "run `kg build` once to upgrade it")
            return self._open_read_only()
        self._folder.lock()
        try:
            store = self._call(lambda: ox.Store(str(self.path)))
        except BaseException:
            self._folder.unlock()
            raise
        try:
            self._call(lambda: self._tidy(store, found))
        except BaseException as exc:
            # the handle holds RocksDB's lock: neither this frame nor the frames of the error it
            # came from may keep it alive (a caller that keeps the error could not open the store)
            store = None
            if exc.__cause__ is not None:
                detached(exc.__cause__)
            self._folder.unlock()
            raise
        return store

    def _tidy(self, store: ox.Store, found: Optional[int]) -> None:
        """What a writer does on opening: clear a crash's leftovers, upgrade, mark the folder."""
        assert self._folder is not None
        self._folder.remove_orphans()
        self._recover(store)
        if found == 1:
            store.update(MIGRATE_TO_DEFAULT)
        if found != 2:
            self._folder.write_marker()

    def _open_read_only(self) -> ox.Store:
        """Open for reading, never beside a writer.

        RocksDB leaves a read-only opening beside a writer undefined: most see the last commit,
        some catch files being swapped, and some read a state whose query grew to 20 GB of
        memory (tests/test_conformance.py, about 1 run in 5 on a busy machine). So while a `kg`
        process writes, readers are told so and wait; a reader that opened before the writer
        started goes on reading what it opened."""
        holder = self._folder.writer() if self._folder is not None else None
        if holder is not None:
            raise StoreError(f"the store at {self.path} is being written by kg process {holder}; "
                             "read it when that build or remove has finished")
        for attempt in range(READ_ONLY_ATTEMPTS - 1):
            try:
                return ox.Store.read_only(str(self.path))
            except (OSError, RuntimeError) as exc:
                if "No such file" not in str(exc):
                    break
                time.sleep(0.05 * (attempt + 1))
        return self._call(lambda: ox.Store.read_only(str(self.path)))

    def _call(self, opener):  # type: ignore[no-untyped-def]
        try:
            return opener()
        except (OSError, RuntimeError) as exc:  # RocksDB's 'Corruption' comes as RuntimeError
            message = str(exc)
            if "LOCK" in message or "lock" in message:
                raise StoreError(f"another process is using the store at {self.path}") from exc
            writer = self._folder.writer() if self._folder is not None and self.read_only else None
            hint = f" (kg process {writer} is writing it: try again when it has finished)" if writer else ""
            raise StoreError(f"cannot open store at {self.path}: {first_line(message)}{hint}") from exc

    def _recover(self, store: ox.Store) -> None:
        """Take back a bulk load that a killed process left without its commit."""
        if self._folder is None:
            return
        unfinished = self._folder.unfinished_load()
        if unfinished is None:
            return
        marked = {q.graph_name.value for q in store.quads_for_pattern(None, _CONTENT_HASH, None, None)
                  if isinstance(q.graph_name, ox.NamedNode)}
        unmarked = [g for g in unfinished if g not in marked]
        if unmarked:
            store.update("".join(drop_graph_update(g) for g in unmarked).rstrip().rstrip(";"))
        store.update(ORPHAN_SWEEP)
        self._folder.end_load()

    # --- batched writes ---------------------------------------------------------------
    @contextmanager
    def batch(self) -> Iterator["OxigraphStore"]:
        """Buffer `replace_graph` calls and write them in large batches (the build uses this).

        Reads inside the block see every write: they commit the buffer first
        (`content_hash` answers from it).
        """
        self._batch_depth += 1
        try:
            yield self
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self._hashes = None
                self._commit()

    def _commit(self) -> None:
        """Write what is pending, after the write in the background (if any) has finished."""
        self._wait_for_writer()
        if not self._pending:
            return
        pending, self._pending, self._pending_quads = self._pending, {}, 0
        self._write(pending)

    def _commit_in_background(self) -> None:
        """Hand what is pending to a writer thread and return (inside `batch()`, for `kg build`).

        pyoxigraph's bulk load lets go of the GIL, so the build goes on
        extracting while RocksDB ingests a batch; one batch is written at a
        time, in order. A failure is raised by the next write or read.
        """
        self._wait_for_writer()
        pending, self._pending, self._pending_quads = self._pending, {}, 0
        self._writer = threading.Thread(target=self._write_in_thread, args=(pending,), name="kg-store-writer")
        self._writer.start()

    def _writer_busy(self) -> bool:
        return self._writer is not None and self._writer.is_alive()

    def _write_in_thread(self, pending: dict[str, PendingGraph]) -> None:
        try:
            self._write(pending)
        except BaseException as exc:  # re-raised in the caller's thread by `_wait_for_writer`
            self._writer_error = exc

    def _wait_for_writer(self) -> None:
        writer = self._writer
        if writer is None:
            return
        writer.join()
        self._writer = None  # only once it has finished: a Ctrl-C during the join leaves it to wait for again
        exc, self._writer_error = self._writer_error, None
        if exc is None:
            return
        # what was handed over since the failure is not written either, and is reported as such
        lost, self._pending, self._pending_quads = list(self._pending), {}, 0
        if isinstance(exc, WriteError):
            raise WriteError(exc.cause, exc.committed, exc.failed + lost) from exc
        raise exc

    def _write(self, pending: dict[str, PendingGraph]) -> None:
        stored = {g for g in pending if self._store.contains_named_graph(ox.NamedNode(g))}
        fresh = [p for g, p in pending.items() if g not in stored]
        known = [p for g, p in pending.items() if g in stored]
        committed: list[str] = []
        try:
            if fresh:
                self._load_fresh(fresh)
                committed += [p.graph for p in fresh]
            if known:
                self._replace_known(known)
                committed += [p.graph for p in known]
        except (OSError, SyntaxError) as exc:
            failed = [g for g in pending if g not in committed]
            self._forget_hashes(failed)
            self._take_back_unfinished()
            cause = f"malformed N-Quads ({first_line(str(exc))})" if isinstance(exc, SyntaxError) \
                else f"cannot write the store ({first_line(str(exc))})"
            raise WriteError(cause, committed, failed) from exc
        self._remember_hashes(pending.values())
        try:
            self._index.put((p.graph, p.content_hash, p.source,
                             p.turtle if p.turtle is not None else self._compactor.statements(p.text, p.graph))
                            for p in pending.values())
        except StoreError as exc:  # the graphs are stored; their index rows are redone from the store later
            raise WriteError(str(exc), list(pending), []) from exc

    def _take_back_unfinished(self) -> None:
        """After a failed bulk load, remove what it left unmarked now, if the disk lets us."""
        try:
            self._recover(self._store)
        except (OSError, SyntaxError):
            pass  # the journal stays; the next writer that opens the store does it

    def _load_fresh(self, fresh: list[PendingGraph]) -> None:
        """Graphs new to the store: one load of their statements and default-graph copies, then the hashes."""
        text = "".join([*(p.text for p in fresh), default_graph_copies(fresh)])  # one copy of the statements
        hashes = "".join(hash_statement(p.graph, p.content_hash) for p in fresh if p.content_hash)
        if self._folder is None or sum(p.size for p in fresh) < BULK_MIN_QUADS:
            self._store.load(text + hashes, format=ox.RdfFormat.N_QUADS, lenient=True)
            return
        self._folder.begin_load([p.graph for p in fresh])
        self._store.bulk_load(text, format=ox.RdfFormat.N_QUADS, lenient=True)
        if hashes:
            self._store.load(hashes, format=ox.RdfFormat.N_QUADS)
        self._folder.end_load()

    def _replace_known(self, known: list[PendingGraph]) -> None:
        """Graphs already stored: the statements that changed out and in, in one transaction."""
        update = ReplaceUpdate()
        for p in known:
            hashed = hash_statement(p.graph, p.content_hash) if p.content_hash else ""
            change = GraphChange(p.graph, stored_quads(self._store, p.graph), parsed_quads(p.text + hashed))
            if change.diffable:
                update.add(change)
            else:
                update.add_whole(p.graph, p.triples_text(), hashed.replace(f" <{p.graph}> .\n", " .\n"))
        text = update.text()
        if text:
            self._store.update(text)

    def _remember_hashes(self, written: Iterable[PendingGraph]) -> None:
        if self._hashes is None:
            return
        for p in written:
            if p.content_hash is None:
                self._hashes.pop(p.graph, None)
            else:
                self._hashes[p.graph] = p.content_hash

    def _forget_hashes(self, graphs: Iterable[str]) -> None:
        self._hashes = None if self._hashes is None else {g: h for g, h in self._hashes.items() if g not in graphs}

    def replace_graph(self, graph: str, statements: Statements, content_hash: Optional[str] = None,
                      source: Optional[str] = None) -> None:
        """Swap an article's graph for new statements, atomically.

        With quads and no `content_hash`, a `dkg:contentHash` quad among them is it.
        `source` is the file or URL the article came from (see `sources`).
        Inside `batch()` the write waits for the batch (reads still see it).
        """
        pending = as_pending(graph, statements, content_hash)
        pending.source = source
        previous = self._pending.pop(graph, None)
        self._pending[graph] = pending
        self._pending_quads += pending.size - (previous.size if previous else 0)
        if not self._batch_depth:
            self._commit()
        elif self._pending_quads >= BATCH_QUADS or (
                self._pending_quads >= BACKGROUND_MIN_QUADS and not self._writer_busy()):
            self._commit_in_background()

    def remove_graph(self, graph: str) -> bool:
        """Drop an article's graph and what only it supported; False if the store never had it."""
        self._commit()
        if not self._store.contains_named_graph(ox.NamedNode(graph)):
            return False
        try:
            self._store.update(drop_graph_update(graph).rstrip().rstrip(";"))
        except OSError as exc:
            raise WriteError(f"cannot write the store ({first_line(str(exc))})", [], [graph]) from exc
        self._forget_hashes([graph])
        try:
            self._index.remove([graph])
        except StoreError:
            pass  # a row left behind names a graph the store no longer has: it is never read
        return True

    # --- reading ----------------------------------------------------------------------
    def graphs(self) -> list[str]:
        self._commit()
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def content_hashes(self) -> dict[str, str]:
        """Every article graph's content hash, in one scan."""
        self._commit()
        return {q.graph_name.value: q.object.value
                for q in self._store.quads_for_pattern(None, _CONTENT_HASH, None, None)
                if isinstance(q.graph_name, ox.NamedNode) and q.subject == q.graph_name
                and isinstance(q.object, ox.Literal)}

    def sources(self) -> dict[str, str]:
        """graph -> the file or URL each article was read from, where the build said."""
        self._commit()
        return self._index.sources()

    def content_hash(self, graph: str) -> Optional[str]:
        if graph in self._pending:  # other pending graphs cannot change this one's hash
            return self._pending[graph].content_hash
        if self._batch_depth:
            self._wait_for_writer()  # the graphs it writes are remembered once written
            if self._hashes is None:
                self._hashes = self.content_hashes()
            return self._hashes.get(graph)
        node = ox.NamedNode(graph)
        for q in self._store.quads_for_pattern(node, _CONTENT_HASH, None, node):
            if isinstance(q.object, ox.Literal):
                return q.object.value
        return None

    def query(self, sparql: str, allow_service: bool = False) -> QueryResults:
        """Run a read-only SPARQL query over the default graph (the deduplicated union)."""
        self._commit()
        prepared = prepare_query(sparql, allow_service=allow_service)
        try:
            return QueryResults(self._store.query(prepared.text))
        except SyntaxError as exc:
            raise QueryError("malformed SPARQL query: "
                             + first_line(shift_positions(str(exc), prepared.added_lines))) from exc
        except (OSError, RuntimeError) as exc:
            raise QueryError(f"query failed: {first_line(str(exc))}") from exc

    def quads(self) -> Iterator[Quad]:
        """Every stored statement: the article graphs' and the default graph's."""
        self._commit()
        return (quad_from_oxigraph(q) for q in self._store.quads_for_pattern(None, None, None, None))

    def dump(self, out: BinaryIO, fmt: str, prefixes: Optional[dict[str, str]] = None) -> None:
        """Write the dataset: trig/nquads/jsonld with every graph, turtle/ntriples/rdfxml the default graph.

        A small store is written by pyoxigraph's serializers (grouped
        subjects). A large one's TriG and Turtle are assembled from the
        statements the index keeps for each article: a copy, not a decode of
        every term, so an export costs what changed since the last one.
        """
        self.dump_many({fmt: out}, prefixes)

    def dump_many(self, outs: dict[str, BinaryIO], prefixes: Optional[dict[str, str]] = None) -> None:
        """`dump` into several files at once; a large store's TriG and Turtle in one pass."""
        self._commit()
        for fmt in outs:
            if fmt not in DUMP_FORMATS:
                raise StoreError(f"cannot dump {fmt!r}; choose from {', '.join(DUMP_FORMATS)}")
        hashes = self.content_hashes()
        texts = {f: o for f, o in outs.items() if f in TEXT_FORMATS} if len(hashes) >= PRETTY_DUMP_MAX_GRAPHS else {}
        if texts:
            compactor = self._compactor if prefixes is None else Compactor(prefixes)
            write_turtle_text(texts, self.graph_statements(hashes), compactor,
                              lambda g: f"{compactor.term(g)} dkg:contentHash {sparql_string(hashes[g])} .\n")
        for fmt, out in outs.items():
            if fmt in texts:
                continue
            rdf_format = DUMP_FORMATS[fmt]
            keep = None if fmt in ("nquads", "ntriples") else prefixes
            if rdf_format.supports_datasets:
                self._store.dump(out, rdf_format, prefixes=keep)
            else:
                self._store.dump(out, rdf_format, from_graph=ox.DefaultGraph(), prefixes=keep)

    def graph_statements(self, hashes: dict[str, str]) -> Iterator[tuple[str, str]]:
        """(graph, its statements as Turtle lines, content hash left out) for every graph of `hashes`."""
        healed = []
        for graph, statements in self._index.texts(hashes):
            if statements is None:  # not in the index, or stale: read it from the store once
                quads = self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph))
                nquads = cast(bytes, ox.serialize(quads, format=ox.RdfFormat.N_QUADS))  # bytes when no output is given
                text = "".join(line for line in nquads.decode("utf-8")
                               .splitlines(keepends=True) if f"<{CONTENT_HASH_IRI}>" not in line)
                statements = self._compactor.statements(text, graph)
                healed.append((graph, hashes[graph], None, statements))
            yield graph, statements
        if healed and not self.read_only:
            try:
                self._index.put(healed)
            except StoreError:
                pass  # a cache: the next export reads these graphs from the store again

    def __len__(self) -> int:
        """Distinct statements: the size of the default graph."""
        self._commit()
        result = cast(ox.QuerySolutions, self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
        return int(next(iter(result))["n"].value)

    def flush(self) -> None:
        """Commit what a batch holds and write RocksDB's memory tables to disk."""
        self._commit()
        if self.path is not None and not self.read_only:
            try:
                self._store.flush()
            except OSError as exc:  # what was committed is in RocksDB's log, replayed on the next open
                raise StoreError(f"cannot write the store ({first_line(str(exc))}); the articles already "
                                 "written are kept in its log and recovered when it is next opened") from exc

    def close(self) -> None:
        try:
            if not self.read_only:
                self.flush()
        finally:
            self._index.close()
            del self._store
            if self._folder is not None:
                self._folder.unlock()

    def __enter__(self) -> "OxigraphStore":
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        try:
            self.close()
        except StoreError:
            if exc_type is None:
                raise  # else the error that ended the block is the one to report
