"""Build and maintain the graph: articles in, one named graph per article out.

The build is incremental and idempotent: an article whose content (and the
extractor version) is unchanged is skipped; a changed article's graph is
replaced whole, so no stale statement survives; entities live only inside
article graphs, so an entity no article supports any more disappears with
the last graph that mentioned it.
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from kg import __version__
from kg.ids import source_iri
from kg.model import Article
from kg.pipeline import ComponentError, Pipeline
from kg.reading import Skipped, content_hash, iter_articles
from kg.store import GraphStore, select_rows


@dataclass
class BuildReport:
    """What one build did, for the summary line and for tests."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    seconds: float = 0.0
    bytes_read: int = 0

    @property
    def read(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged)


def extraction_hash(article: Article) -> str:
    """Article content plus the pipeline's fingerprint (version, code, lexicons):
    a changed rule or lexicon row re-reads the articles."""
    from kg.pipeline.fingerprint import pipeline_fingerprint

    return hashlib.sha256(f"{pipeline_fingerprint()}\0{content_hash(article)}".encode()).hexdigest()


class Builder:
    """Runs the pipeline over articles and writes their graphs into a store."""

    def __init__(self, store: GraphStore, pipeline: Optional[Pipeline] = None, force: bool = False):
        self.store = store
        self.pipeline = pipeline or Pipeline()
        self.force = force

    def add(self, articles: Iterable[Article], report: Optional[BuildReport] = None,
            on_article: Optional[Callable[[Article], None]] = None) -> BuildReport:
        report = report or BuildReport()
        started = time.perf_counter()
        # A store that can batch writes (OxigraphStore) gets them in bulk: a
        # write per article would cost more than extracting it.
        batch = getattr(self.store, "batch", None)
        with batch() if batch is not None else contextlib.nullcontext():
            self._add(articles, report, on_article)
        report.seconds += time.perf_counter() - started
        return report

    def _add(self, articles: Iterable[Article], report: BuildReport,
             on_article: Optional[Callable[[Article], None]]) -> None:
        from kg.rdf import doc_to_nquads

        seen: dict[str, str] = {}
        for article in articles:
            if on_article:
                on_article(article)
            origin = article.source_path or article.id
            if article.id in seen:
                report.skipped.append(Skipped(origin, f"duplicate article id {article.id!r} (first read from {seen[article.id]})"))
                continue
            seen[article.id] = origin
            report.bytes_read += len(article.text.encode("utf-8"))
            graph = source_iri(article.id)
            digest = extraction_hash(article)
            previous = self.store.content_hash(graph)
            if previous == digest and not self.force:
                report.unchanged.append(article.id)
                continue
            try:
                doc = self.pipeline(article)
            except ComponentError as exc:
                report.skipped.append(Skipped(origin, str(exc)))
                continue
            self.store.replace_graph(graph, doc_to_nquads(doc), content_hash=digest)
            (report.added if previous is None else report.updated).append(article.id)

    def build(self, paths: Sequence[str | Path], progress: Optional[Callable[[Article], None]] = None) -> BuildReport:
        """Read files and folders (see `kg.reading`) and add every article found."""
        report = BuildReport()
        articles = iter_articles(paths, on_skip=report.skipped.append)
        self.add(articles, report, on_article=progress)
        flush = getattr(self.store, "flush", None)
        if flush:
            flush()
        return report


def remove_article(store: GraphStore, article_id: str) -> bool:
    """Drop one article's statements; False if the store never had it."""
    graph = source_iri(article_id)
    if store.remove_graph(graph):
        return True
    # Accept the graph IRI itself, as shown by queries.
    if article_id.startswith("http") and store.remove_graph(article_id):
        return True
    return False


def graph_summary(store: GraphStore) -> list[tuple[str, int]]:
    """(class local name, instance count) over the whole graph, most common first."""
    _, rows = select_rows(
        store,
        "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class . "
        "FILTER(STRSTARTS(STR(?class), STR(dkg:))) } GROUP BY ?class ORDER BY DESC(?n) ?class",
    )
    out = []
    for row in rows:
        name = row["class"].value.rsplit("#", 1)[-1]  # type: ignore[union-attr]
        out.append((name, int(row["n"].value)))  # type: ignore[union-attr]
    return out

