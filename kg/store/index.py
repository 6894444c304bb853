"""A side index of the embedded store: each article graph's statements as text, and its source.

RocksDB answers queries; it is slow to dump a whole archive (every term of a
million quads decoded one by one). The build already holds each article's
statements as N-Quads text when it writes them, so the store keeps them here
too, as Turtle statements with prefixed names, keyed by graph and content
hash: a TriG or Turtle export of 10,000 articles is then a concatenation, and
an article changed since is the only one re-read.
The index also remembers which file each article came from, so that two
different files with one name are told apart across builds.

The RocksDB store stays the truth: a row whose hash differs from the
graph's content hash is stale and ignored, so a crash between the two
writes costs a re-read, never a wrong export.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator, Optional

from kg.store.folder import StoreError

INDEX_NAME = "kg-index.sqlite"
INDEX_VERSION = 1  # a cache: another version is dropped and refilled from the store

_SCHEMA = """
CREATE TABLE IF NOT EXISTS article (
  graph TEXT PRIMARY KEY,
  content_hash TEXT,
  source TEXT,
  statements TEXT NOT NULL
)
"""


_MAX_REMEMBERED = 200_000  # IRIs a compactor remembers (a worker reads thousands of articles)


class Compactor:
    """Turns one graph's N-Quads into Turtle statements, one a line, with prefixed names.

    Only IRIs whose local part is plainly safe ([A-Za-z0-9_-], not
    starting with '-') get a prefix; everything else stays in full, and
    literals are never touched, so the output parses back to the same triples.
    """

    def __init__(self, prefixes: dict[str, str]):
        self.prefixes = prefixes
        by_length = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
        self._names = {iri: name for name, iri in by_length}
        alternatives = "|".join(re.escape(iri) for _, iri in by_length)
        self._iri = re.compile(f"<({alternatives})([A-Za-z0-9_][A-Za-z0-9_\\-]*)>") if by_length else None
        self._seen: dict[str, str] = {}

    def _terms(self, text: str) -> str:
        if self._iri is None:
            return text
        return self._iri.sub(lambda m: f"{self._names[m.group(1)]}:{m.group(2)}", text)

    def statements(self, nquads: str, graph: str) -> str:
        out = []
        for line in nquads.replace(f" <{graph}> .\n", " .\n").splitlines(keepends=True):
            first, last = line.find('"'), line.rfind('"')
            if first < 0:
                out.append(self._terms(line))
            else:
                out.append(self._terms(line[:first]) + line[first:last + 1] + self._terms(line[last + 1:]))
        return "".join(out)

    def term(self, iri: str) -> str:
        return self._terms(f"<{iri}>")

    def compact(self, term: str) -> str:
        """One term in N-Triples form (`<iri>`, `_:b`, `"text"^^<datatype>`) as in `statements`;
        IRIs and typed literals are remembered, since an article's few hundred statements name few
        distinct ones."""
        found = self._seen.get(term)
        if found is not None:
            return found
        if term.startswith('"'):
            last = term.rfind('"')
            if term.find("<", last) < 0:  # a plain or language-tagged literal: no IRI to compact
                return term
            found = term[:last + 1] + self._terms(term[last + 1:])  # the datatype (a day, a number: they recur)
        else:
            found = self._terms(term)
        if len(self._seen) >= _MAX_REMEMBERED:
            self._seen.clear()
        self._seen[term] = found
        return found

    def header(self) -> str:
        return "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in self.prefixes.items())


class GraphText(str):
    """One graph's N-Quads text, every statement in that graph, with its index text made already.

    `kg build`'s workers write both beside the extraction, so the process that
    writes the store neither checks nor compacts them again. Anywhere else it
    is a plain string of N-Quads.
    """

    turtle: str  # `Compactor(turtle_prefixes()).statements(self, graph)`
    lines: int  # statements, all of them in the graph

    @classmethod
    def of(cls, nquads: str, turtle: str, lines: int) -> "GraphText":
        """Both texts made by the caller from the same statements, all `lines` of them in the graph."""
        text = cls(nquads)
        text.turtle, text.lines = turtle, lines
        return text


class ArticleIndex:
    """graph -> (content hash, source, N-Quads text), in SQLite beside the store."""

    def __init__(self, folder: Optional[Path], read_only: bool = False):
        try:
            self._open(folder, read_only)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store's index in {folder} ({exc})") from exc

    def _open(self, folder: Optional[Path], read_only: bool) -> None:
        target = ":memory:" if folder is None else str(folder / INDEX_NAME)
        self.available = True
        if folder is not None and read_only:
            if not (folder / INDEX_NAME).exists():
                self.available = False
                target = ":memory:"
            else:
                target = f"file:{folder / INDEX_NAME}?mode=ro"
        self._db = sqlite3.connect(target, uri=target.startswith("file:"), check_same_thread=False)
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if not read_only or target == ":memory:":
            self._db.execute("PRAGMA journal_mode=WAL" if folder is not None else "PRAGMA journal_mode=MEMORY")
            if version != INDEX_VERSION:
                self._db.execute("DROP TABLE IF EXISTS article")
                self._db.execute(f"PRAGMA user_version = {INDEX_VERSION}")
            self._db.execute(_SCHEMA)
        elif version != INDEX_VERSION:
            self.available = False

    def put(self, rows: Iterable[tuple[str, Optional[str], Optional[str], str]]) -> None:
        """Record (graph, content hash, source, Turtle statements) rows in one transaction."""
        try:
            with self._db:
                self._db.executemany(
                    "INSERT INTO article (graph, content_hash, source, statements) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT(graph) DO UPDATE SET content_hash=excluded.content_hash, "
                    "source=COALESCE(excluded.source, article.source), statements=excluded.statements",
                    rows,
                )
        except sqlite3.Error as exc:  # a full disk, most often
            raise StoreError(f"cannot write the store's index ({exc})") from exc

    def remove(self, graphs: Iterable[str]) -> None:
        try:
            with self._db:
                self._db.executemany("DELETE FROM article WHERE graph = ?", ((g,) for g in graphs))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the store's index ({exc})") from exc

    def sources(self) -> dict[str, str]:
        """graph -> the file (or URL) its article was read from, where known."""
        if not self.available:
            return {}
        return dict(self._db.execute("SELECT graph, source FROM article WHERE source IS NOT NULL"))

    def texts(self, hashes: dict[str, str]) -> Iterator[tuple[str, Optional[str]]]:
        """(graph, statements) for each graph of `hashes` in IRI order; None where missing or stale."""
        rows = iter(self._db.execute("SELECT graph, content_hash, statements FROM article ORDER BY graph")
                    if self.available else ())
        row = next(rows, None)
        for graph in sorted(hashes):
            while row is not None and row[0] < graph:
                row = next(rows, None)
            fresh = row is not None and row[0] == graph and row[1] == hashes[graph]
            yield graph, (row[2] if fresh else None)  # type: ignore[index]

    def close(self) -> None:
        self._db.close()


def write_turtle_text(outs: dict[str, BinaryIO], graphs: Iterable[tuple[str, str]], compactor: Compactor,
                      extra: Callable[[str], str]) -> None:
    """Write article graphs' statements as TriG (each graph, then their union) and/or Turtle
    (the union), in one pass over the graphs: `outs` maps "trig" and "turtle" to files.

    `extra(graph)` gives statements that stay in the article's graph only
    (its content hash); the default graph holds every other statement once,
    in the order first seen.
    """
    header = compactor.header().encode("utf-8")
    for out in outs.values():
        out.write(header)
    trig = outs.get("trig")
    union: dict[str, None] = {}
    for graph, statements in graphs:
        union.update(dict.fromkeys(statements.splitlines(keepends=True)))
        if trig is not None:
            trig.write(f"\n{compactor.term(graph)} {{\n{statements}{extra(graph)}}}\n".encode("utf-8"))
    body = "".join(union).encode("utf-8")
    del union
    if trig is not None:
        trig.write(b"\n{\n" + body + b"}\n")
    if "turtle" in outs:
        outs["turtle"].write(b"\n" + body)
