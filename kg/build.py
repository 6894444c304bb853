"""Build and maintain the graph: articles in, one named graph per article out.

The build is incremental and idempotent: an article whose content (and the
pipeline's fingerprint) is unchanged is skipped; a changed article's graph
is replaced whole and atomically, so no stale statement survives; entities
live only inside article graphs (and their union in the default graph), so
an entity no article supports any more disappears with the last graph that
mentioned it.

Extraction runs on every core (`jobs`): the main process reads the files,
decides what changed and writes the store, in input order, so the stored
statements are the same byte for byte whatever the number of workers.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import multiprocessing.pool
import os
import signal
import time
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

from kg.ids import source_iri
from kg.model import Article
from kg.pipeline import ComponentError, KGError, Pipeline
from kg.pipeline.patterns import compile_patterns
from kg.reading import Skipped, Warned, content_hash, iter_articles
from kg.reconcile import Reconciled, extraction_digest, reconcile_countries
from kg.store import GraphStore, WriteError, select_rows

# Articles handed to a worker at a time: enough to amortise the pipe, few
# enough that the progress bar moves.
CHUNK = 8
# Windows of articles in flight: while the main process writes a batch to the
# store (seconds, for `kg.store.embedded.BATCH_QUADS` statements), the workers
# keep extracting what is queued, so they are never idle waiting for it.
WINDOWS_IN_FLIGHT = 16


@dataclass
class BuildReport:
    """What one build did, for the summary line and for tests."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Warned] = field(default_factory=list)  # read, with a change worth knowing
    not_written: list[str] = field(default_factory=list)  # extracted, but the store write failed
    reconciled: list[Reconciled] = field(default_factory=list)  # officials' countries settled across articles
    seconds: float = 0.0
    bytes_read: int = 0
    jobs: int = 1

    @property
    def read(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)


class IdCollision(KGError):
    """Two different files would share one article id, so one would overwrite the other."""


def extraction_hash(article: Article) -> str:
    """Article content plus the pipeline's fingerprint (version, code, lexicons):
    a changed rule or lexicon row re-reads the articles."""
    from kg.pipeline.fingerprint import pipeline_fingerprint

    return hashlib.sha256(f"{pipeline_fingerprint()}\0{content_hash(article)}".encode()).hexdigest()


def article_origin(article: Article) -> Optional[str]:
    """Where an article came from, to tell two files with one name apart: its URL, or its file."""
    if article.url and article.url.strip():
        return article.url.strip()
    if not article.source_path:
        return None
    path, sep, line = article.source_path.rpartition(":")
    if not (sep and line.isdigit() and path.lower().endswith(".jsonl")):
        path = article.source_path  # a JSON line's source is "file.jsonl:LINE"; its file is the origin
    return resolved(path, os.getcwd())


@lru_cache(maxsize=4096)
def resolved(path: str, cwd: str) -> str:
    """A file's absolute path (asked twice per article, and per line of a JSON Lines file)."""
    return str(Path(cwd, path).resolve())


@dataclass
class Extracted:
    """One article's statements as the workers return them."""

    article_id: str
    graph: str
    nquads: Optional[str]
    error: Optional[str] = None


# The pipeline a worker process uses; set before the pool forks (or by the initializer).
_WORKER_PIPELINE: Optional[Pipeline] = None


def _init_worker(names: Sequence[str]) -> None:
    global _WORKER_PIPELINE
    # Ctrl-C is the main process's to handle: a worker killed by it would lose its task, and the
    # pool would wait for that task's result forever
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _WORKER_PIPELINE is None or _WORKER_PIPELINE.names != list(names):
        _WORKER_PIPELINE = Pipeline(names)


def extract_article(article: Article, pipeline: Optional[Pipeline] = None) -> Extracted:
    """Run the pipeline on one article and write its N-Quads (in a worker, or inline)."""
    from kg.rdf import doc_to_graph_text

    pipe = pipeline or _WORKER_PIPELINE
    assert pipe is not None, "worker pipeline not initialised"
    graph = source_iri(article.id)
    try:
        # with the store's index text, made here: in a worker, off the process that writes the store
        return Extracted(article.id, graph, doc_to_graph_text(pipe(article)))
    except ComponentError as exc:
        return Extracted(article.id, graph, None, str(exc))


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork where it exists: workers inherit the loaded lexicons instead of loading them again."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


class ExtractionPool(multiprocessing.pool.Pool):
    """A process pool whose worker-minding thread sleeps while results arrive.

    The standard pool's thread that replaces dead workers also wakes whenever
    a result waits in the result pipe, and spins until the result thread has
    read it: with results of tens of kilobytes that is seconds of CPU, and of
    the GIL, taken from the process that writes the store (2.4 s at 10,000
    articles). Workers here never retire (no `maxtasksperchild`), so the
    workers' own exit sentinels and the pool's change notifier are all it
    needs to wait on.
    """

    def _get_sentinels(self) -> list:
        return [self._change_notifier._reader]  # type: ignore[attr-defined]


def extraction_pool(jobs: int, pipeline: Pipeline) -> ExtractionPool:
    return ExtractionPool(jobs, initializer=_init_worker, initargs=(pipeline.names,), context=_pool_context())


class BuildInterrupted(KeyboardInterrupt):
    """Ctrl-C during a build; what was extracted before it is saved, and `report` says how much."""

    def __init__(self, report: BuildReport):
        super().__init__()
        self.report = report


class BuildFailed(KGError):
    """A build stopped by a store write that failed; `report` says what was written before."""

    def __init__(self, cause: WriteError, report: BuildReport):
        written = len(report.added) + len(report.updated)
        failed = report.not_written
        shown = ", ".join(failed[:3]) + (", …" if len(failed) > 3 else "")
        lost = f"{len(failed)} not written ({shown}) and those" if failed else "those"
        # counted over the whole build: the store's error only knows the batch that failed
        super().__init__(f"{cause.cause}; {written} article(s) written before the failure are stored, "
                         f"{lost} not reached are left as they were")
        self.report = report


class Builder:
    """Runs the pipeline over articles and writes their graphs into a store."""

    def __init__(self, store: GraphStore, pipeline: Optional[Pipeline] = None, force: bool = False,
                 jobs: int = 1):
        self.store = store
        self._pipeline = pipeline
        self.force = force
        self.jobs = max(1, jobs)

    @property
    def pipeline(self) -> Pipeline:
        """The pipeline given, or the default one made when first needed: a rebuild that finds every
        article unchanged never imports the components (0.1-0.2 s of its start)."""
        if self._pipeline is None:
            self._pipeline = Pipeline()
        return self._pipeline

    def build(self, paths: Sequence[str | Path], progress: Optional[Callable[[Article], None]] = None) -> BuildReport:
        """Read files and folders (see `kg.reading`) and add every article found."""
        report = BuildReport(jobs=self.jobs)
        articles = iter_articles(paths, on_skip=report.skipped.append, on_warn=report.warnings.append)
        self.add(articles, report, on_article=progress)
        if report.changed:  # a new reading may outvote, or be outvoted by, the articles stored before
            report.reconciled = reconcile_countries(self.store)
        self.store.flush()
        return report

    def add(self, articles: Iterable[Article], report: Optional[BuildReport] = None,
            on_article: Optional[Callable[[Article], None]] = None) -> BuildReport:
        """Extract and store every changed article; unchanged ones are only counted."""
        report = report or BuildReport(jobs=self.jobs)
        started = time.perf_counter()
        done = on_article or (lambda _article: None)
        known = self.store.content_hashes()
        # only articles the store holds: a source left by an interrupted removal names nothing
        sources = {g: s for g, s in self.store.sources().items() if g in known}
        todo = self._changed(articles, known, sources, report, done)
        try:
            with self.store.batch():
                for article, digest, extracted in self._extract(todo):
                    self._write(article, digest, extracted, known, report)
                    done(article)
        except WriteError as exc:
            failed = set(exc.failed)
            report.not_written = [a for a in report.added + report.updated if source_iri(a) in failed]
            report.added = [a for a in report.added if a not in report.not_written]
            report.updated = [a for a in report.updated if a not in report.not_written]
            raise BuildFailed(exc, report) from exc
        except KeyboardInterrupt:
            raise BuildInterrupted(report) from None  # the batch was committed on the way out
        finally:
            report.seconds += time.perf_counter() - started
        return report

    def _changed(self, articles: Iterable[Article], known: dict[str, str], sources: dict[str, str],
                 report: BuildReport, done: Callable[[Article], None]) -> Iterator[tuple[Article, str]]:
        """The articles to (re-)extract, with their extraction hash; the rest are counted here."""
        for article in articles:
            report.bytes_read += len(article.text.encode("utf-8"))
            graph = source_iri(article.id)
            digest = extraction_hash(article)
            # a copy of the stored article (a copied folder) is the same one; so is one reconciled since
            same = extraction_digest(known.get(graph, "")) == digest
            clash = None if same else collision(article, sources.get(graph))
            if clash:
                report.skipped.append(Skipped(article.source_path or article.id, clash))
                continue
            if same and not self.force:
                report.unchanged.append(article.id)
                done(article)
                continue
            yield article, digest

    def _extract(self, todo: Iterator[tuple[Article, str]]) -> Iterator[tuple[Article, str, Extracted]]:
        """Extract in input order: inline for one job, else in a pool, a window ahead of the writes."""
        window = CHUNK * self.jobs * 4
        first = list(islice(todo, window))
        if self.jobs == 1 or len(first) < window:  # a few changed articles: no pool to start
            for article, digest in chain(first, todo):
                yield article, digest, extract_article(article, self.pipeline)
            return
        global _WORKER_PIPELINE
        _WORKER_PIPELINE = self.pipeline  # inherited by forked workers,
        warm_up(self.pipeline)  # with its lexicons loaded and patterns compiled
        pool = extraction_pool(self.jobs, self.pipeline)
        # Closed and joined, never terminated: terminating a worker while it sends a result leaves
        # the result pipe half-written, and the pool then waits for the rest forever. When the
        # writes stop early (a failed write, Ctrl-C), the windows in flight finish first.
        try:
            pending: list = []
            batch: list[tuple[Article, str]] = []
            for item in chain(first, todo):
                batch.append(item)
                if len(batch) == window:
                    pending.append((batch, pool.map_async(extract_article, [a for a, _ in batch], CHUNK)))
                    batch = []
                    if len(pending) > WINDOWS_IN_FLIGHT:
                        yield from _results(pending.pop(0))
            if batch:
                pending.append((batch, pool.map_async(extract_article, [a for a, _ in batch], CHUNK)))
            for item in pending:
                yield from _results(item)
        finally:
            pool.close()
            pool.join()

    def _write(self, article: Article, digest: str, extracted: Extracted, known: dict[str, str],
               report: BuildReport) -> None:
        if extracted.nquads is None:
            report.skipped.append(Skipped(article.source_path or article.id, extracted.error or "extraction failed"))
            return
        # counted before the write: a write that commits a batch may fail after committing part of it
        # (this article included), and `add` then moves what was not committed to `not_written`
        (report.added if extracted.graph not in known else report.updated).append(article.id)
        self.store.replace_graph(extracted.graph, extracted.nquads, content_hash=digest,
                                 source=article_origin(article))


def warm_up(pipeline: Pipeline) -> None:
    """Run the pipeline once, so that what it loads lazily is loaded before workers fork (and every
    pattern of kg/data compiled, which each worker would otherwise compile for itself)."""
    compile_patterns()
    text = ("Hà Nội, ngày 24/10/2024 - Chiều 24/10, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng "
            "đã hội đàm với Bộ trưởng Quốc phòng Hoa Kỳ. Hai bên đã ký Bản ghi nhớ về hợp tác quốc phòng.")
    extract_article(Article(id="warm-up", text=text), pipeline)


def _results(item: tuple) -> Iterator[tuple[Article, str, Extracted]]:  # type: ignore[type-arg]
    batch, async_result = item
    for (article, digest), extracted in zip(batch, async_result.get()):
        yield article, digest, extracted


def collision(article: Article, stored_origin: Optional[str]) -> Optional[str]:
    """Why this article must not replace the one stored under its id, or None if it may.

    The same id from another file that still exists is a different article
    (two `article.txt` in two folders); a file that moved is the same one.
    """
    origin = article_origin(article)
    if stored_origin is None or origin is None or stored_origin == origin:
        return None
    if "://" not in stored_origin and not Path(stored_origin).exists():
        return None  # the stored article's file is gone: this is where it moved
    return (f"article id '{article.id}' is already in the store, read from {stored_origin}; "
            f"{origin} would replace it. Rename one of them, or `kg remove {article.id}` first")


def remove_article(store: GraphStore, article_id: str) -> bool:
    """Drop one article's statements; False if the store never had it.

    Accepts what `kg stats` and `kg query --name articles` show: the article's
    id (its file name or JSON id) or its graph IRI.
    """
    for graph in (source_iri(article_id), article_id):
        if graph.startswith("http") and store.remove_graph(graph):
            return True
    return False


def graph_summary(store: GraphStore) -> list[tuple[str, int]]:
    """(class local name, instance count) over the whole graph, most common first."""
    _, rows = select_rows(
        store,
        "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class . "
        "FILTER(STRSTARTS(STR(?class), STR(dkg:))) } GROUP BY ?class ORDER BY DESC(?n) ?class",
    )
    out = []
    for row in rows:
        name = row["class"].value.rsplit("#", 1)[-1]  # type: ignore[union-attr]
        out.append((name, int(row["n"].value)))  # type: ignore[union-attr]
    return out
