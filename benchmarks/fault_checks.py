"""Faults inflicted on a store, and what must hold after each one.

Shared by `tests/test_faults.py` (small runs, in CI) and `fault_runs.py`
(larger runs). After any fault (a full disk, kill -9, a failing write):

- the store opens, and no leftover of an interrupted bulk load remains;
- every article holds exactly its statements from before the command, or
  exactly those its current text gives (checked by running the pipeline
  again), with the matching content hash: never a mix, never nothing where
  something was;
- the default graph is exactly the union of the article graphs.

Faults are injected by a stand-in for `pyoxigraph.Store` (`FaultyStore`)
whose write methods fail or kill the process at the Nth call, or from
outside (SIGKILL at a random moment, a full tmpfs).

Run as a script, it is `kg` with a planned fault:
`python fault_checks.py kill-at bulk_load 1 after -- --store S build DIR`.
"""

from __future__ import annotations

import errno
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import weakref
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional

import pyoxigraph

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus import article as generated_article  # noqa: E402
from corpus import generate  # noqa: E402

from kg.build import extract_article, extraction_hash  # noqa: E402
from kg.ids import source_iri  # noqa: E402
from kg.model import Article, Doc  # noqa: E402
from kg.pipeline import Pipeline  # noqa: E402
from kg.reading import read_txt  # noqa: E402
from kg.store import OxigraphStore, load_dataset, open_store  # noqa: E402
from kg.store.folder import JOURNAL_NAME, LOCK_NAME  # noqa: E402
from kg.vocab import DKG_IRI  # noqa: E402

CONTENT_HASH = f"<{DKG_IRI}contentHash>"
ORPHAN_GLOB = "bulk-*.sst"
REAL_STORE = pyoxigraph.Store
WRITE_METHODS = ("update", "load", "bulk_load")

# The default graph against the article graphs, by SPARQL (content hashes stay in article graphs).
UNION_CHECKS = {
    "default-graph statements in no article graph":
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }",
    "article statements missing from the default graph":
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?p != dkg:contentHash) "
        "FILTER NOT EXISTS { ?s ?p ?o } }",
    "content hashes in the default graph": "SELECT (COUNT(*) AS ?n) WHERE { ?s dkg:contentHash ?h }",
}


# ----------------------------------------------------------------- the articles
@dataclass
class Corpus:
    """Article files in one folder (what `kg build FOLDER` reads)."""

    folder: Path
    names: list[str] = field(default_factory=list)

    @classmethod
    def copy_of(cls, source: Path, folder: Path) -> "Corpus":
        folder.mkdir(parents=True, exist_ok=True)
        for path in sorted(source.glob("*.txt")):
            shutil.copy(path, folder / path.name)
        return cls(folder, sorted(p.name for p in folder.glob("*.txt")))

    def add(self, count: int, seed: int, prefix: str) -> list[str]:
        """`count` generated articles, named PREFIX-synthetic-N.txt so that runs never share a name."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            generate(Path(tmp), count, seed)
            added = []
            for path in sorted(Path(tmp).glob("*.txt")):
                name = f"{prefix}-{path.name}"
                shutil.copy(path, self.folder / name)
                added.append(name)
        self.names += added
        return added

    def change(self, names: list[str], rng: random.Random) -> None:
        """Give each article a new second paragraph (a meeting), so its statements change."""
        for name in names:
            path = self.folder / name
            paragraphs = path.read_text(encoding="utf-8").split("\n\n")
            paragraphs.insert(1, generated_article(rng, 0).split("\n\n")[1])
            path.write_text("\n\n".join(paragraphs), encoding="utf-8")


# ----------------------------------------------------------------- what a store holds
@dataclass(frozen=True)
class GraphState:
    """One article graph: its content hash and its statements (the hash left out)."""

    content_hash: Optional[str]
    statements: frozenset[str]


def read_state(store: OxigraphStore) -> dict[str, GraphState]:
    """graph IRI -> its state, for every article graph of the store.

    Read as SPARQL TSV (terms in N-Triples syntax, written by the engine),
    which is several times faster than building a Python object per term.
    """
    out = io.BytesIO()
    store.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }").serialize(out, "tsv")
    statements: dict[str, set[str]] = {}
    hashes: dict[str, str] = {}
    for line in out.getvalue().decode("utf-8").splitlines()[1:]:
        g, s, p, o = line.split("\t")
        graph = g[1:-1]
        if p == CONTENT_HASH and s == g:
            hashes[graph] = o[1:o.rindex('"')]
        else:
            statements.setdefault(graph, set()).add(f"{s} {p} {o}")
    return {g: GraphState(hashes.get(g), frozenset(statements.get(g, ()))) for g in {*statements, *hashes}}


class RememberingPipeline(Pipeline):
    """The pipeline, run once per article text: checks and repeated builds of one text reuse its Doc."""

    def __init__(self) -> None:
        super().__init__()
        self._docs: dict[tuple, Doc] = {}

    def __call__(self, article: Article) -> Doc:
        key = (article.id, article.text, article.title, article.url, str(article.published))
        if key not in self._docs:
            self._docs[key] = super().__call__(article)
        return self._docs[key]


class Oracle:
    """What an article's graph must hold once its current text is written: the pipeline, run again."""

    def __init__(self) -> None:
        self.pipeline = RememberingPipeline()
        self._cache: dict[tuple[str, str], GraphState] = {}

    def expected(self, path: Path) -> GraphState:
        article = read_txt(path)
        key = (article.id, article.text)
        if key not in self._cache:
            extracted = extract_article(article, self.pipeline)
            assert extracted.nquads is not None, extracted.error
            memory = OxigraphStore(None)
            load_dataset(memory, extracted.nquads, "nquads")
            state = read_state(memory)[extracted.graph]
            self._cache[key] = GraphState(extraction_hash(article), state.statements)
        return self._cache[key]

    def current_hash(self, path: Path) -> str:
        return extraction_hash(read_txt(path))


def union_problems(store: OxigraphStore) -> list[str]:
    problems = []
    for what, sparql in UNION_CHECKS.items():
        count = int(next(iter(store.query(sparql)))["n"].value)  # type: ignore[index,union-attr]
        if count:
            problems.append(f"{count} {what}")
    return problems


# ----------------------------------------------------------------- the verdict
@dataclass
class Verdict:
    """What a check after a fault found. `lost` must be empty, and so must every other list."""

    lost: list[str] = field(default_factory=list)  # stored before, now gone or neither version
    mixed: list[str] = field(default_factory=list)  # marked current, but not the pipeline's statements
    strays: list[str] = field(default_factory=list)  # graphs of no article, or without a content hash
    union: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)  # orphan SSTs or a journal after the next open
    orphans_found: int = 0  # bulk-load leftovers seen before the store was opened again
    committed: int = 0  # articles whose new version the command wrote
    pending: int = 0  # articles with a new version the command did not write

    @property
    def problems(self) -> list[str]:
        return ([f"lost: {g}" for g in self.lost] + [f"half-written: {g}" for g in self.mixed]
                + [f"stray graph: {g}" for g in self.strays] + self.union + self.leftovers)


def check_store(store_path: Path, corpus: Corpus, before: dict[str, GraphState], oracle: Oracle,
                sample: Optional[int] = None, rng: Optional[random.Random] = None) -> tuple[Verdict, dict[str, GraphState]]:
    """Open the store as the next writer would and check it against `before` and the corpus.

    Every article must be as it was before, or as its current text gives; the
    pipeline re-checks `sample` of the written ones (all if None). Returns the
    verdict and the state now (the `before` of the next command).
    """
    verdict = Verdict(orphans_found=len(list(store_path.glob(ORPHAN_GLOB))))
    with open_store(store_path) as store:
        verdict.leftovers = [f"left over after opening: {p.name}" for p in store_path.glob(ORPHAN_GLOB)]
        if (store_path / JOURNAL_NAME).exists():
            verdict.leftovers.append(f"left over after opening: {JOURNAL_NAME}")
        after = read_state(store)
        verdict.union = union_problems(store)
    graphs = {source_iri(name): name for name in corpus.names}
    verdict.strays = sorted(g for g, s in after.items() if g not in graphs or s.content_hash is None)
    written = []
    for graph, name in graphs.items():
        old, now = before.get(graph), after.get(graph)
        new_hash = oracle.current_hash(corpus.folder / name)
        if old is not None and old.content_hash == new_hash:  # nothing to write: must be intact
            if now != old:
                verdict.lost.append(name)
        elif now == old:
            verdict.pending += 1
        elif now is not None and now.content_hash == new_hash:
            written.append(name)
        elif old is not None:
            verdict.lost.append(name)
        else:
            verdict.mixed.append(name)
    verdict.committed = len(written)
    checked = written if sample is None or len(written) <= sample else (rng or random).sample(written, sample)
    for name in checked:
        if after[source_iri(name)] != oracle.expected(corpus.folder / name):
            verdict.mixed.append(name)
    return verdict, after


def snapshot(store_path: Path) -> dict[str, GraphState]:
    with open_store(store_path, read_only=True) as store:
        return read_state(store)


# ----------------------------------------------------------------- faults from inside
@dataclass
class WriteFault:
    """At the `nth` call of a Store write `method`: raise OSError, or SIGKILL this process, before or after it."""

    method: str
    nth: int
    action: str = "raise"  # or "kill"
    when: str = "before"  # or "after"
    calls: int = 0
    fired: bool = False

    def on(self, method: str, when: str) -> None:
        if method != self.method:
            return
        if when == "before":
            self.calls += 1
        if when != self.when or self.calls != self.nth or self.fired:
            return
        self.fired = True
        if self.action == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        raise OSError(errno.ENOSPC, f"injected fault at {method} call {self.nth}")


class FaultyWrite:
    """A write method of `FaultyStore` that asks `FaultyStore.fault` before and after the real call.

    The call holds its store only through a weak reference: a traceback
    kept by a test must not keep the store (and RocksDB's lock) alive after
    `close()`.
    """

    def __init__(self, method: str):
        self.method = method

    def __get__(self, proxy: Optional["FaultyStore"], owner: type) -> Any:
        if proxy is None:
            return self
        ref, method = weakref.ref(proxy), self.method

        def call(*args: Any, **kwargs: Any) -> Any:
            fault = FaultyStore.fault
            if fault is not None:
                fault.on(method, "before")
            result = getattr(ref()._real, method)(*args, **kwargs)  # type: ignore[union-attr]
            if fault is not None:
                fault.on(method, "after")
            return result

        return call


class FaultyStore:
    """Stands in for `pyoxigraph.Store`: the same store, with `FaultyStore.fault` acting on its writes."""

    fault: Optional[WriteFault] = None
    update = FaultyWrite("update")
    load = FaultyWrite("load")
    bulk_load = FaultyWrite("bulk_load")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._real = REAL_STORE(*args, **kwargs)

    @staticmethod
    def read_only(path: str) -> Any:
        return REAL_STORE.read_only(path)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


def install(fault: WriteFault) -> Callable[[], None]:
    """Put `FaultyStore` in place of `pyoxigraph.Store`; returns the function that takes it out."""
    FaultyStore.fault = fault
    pyoxigraph.Store = FaultyStore  # type: ignore[misc,assignment]

    def uninstall() -> None:
        pyoxigraph.Store = REAL_STORE  # type: ignore[misc]
        FaultyStore.fault = None

    return uninstall


# ----------------------------------------------------------------- faults from outside
def environ(**extra: str) -> dict[str, str]:
    return {**os.environ, **extra}


def kg_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "kg.cli", *args]


def start(command: list[str], env: Optional[dict[str, str]] = None) -> subprocess.Popen:
    """A process in its own group (a kill reaches its extraction workers too); see `stderr_of`."""
    log = tempfile.TemporaryFile("w+", encoding="utf-8")  # a file, not a pipe: a pipe nobody reads fills up
    process = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                               stderr=log, start_new_session=True)
    process.log = log  # type: ignore[attr-defined]
    return process


def stderr_of(process: subprocess.Popen) -> str:
    """What a process started by `start` wrote on stderr (call once it has ended)."""
    log = process.log  # type: ignore[attr-defined]
    log.seek(0)
    text = log.read()
    log.close()
    return text


def kill_group(process: subprocess.Popen) -> bool:
    """SIGKILL the process and its workers; False if it had already finished."""
    if process.poll() is not None:
        return False
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return True


def wait_for_lock(store_path: Path, process: subprocess.Popen, timeout: float = 60.0) -> bool:
    """Wait until `process` holds the store's writer lock (it has opened the store)."""
    deadline = time.monotonic() + timeout
    lock = store_path / LOCK_NAME
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if lock.read_text().strip() == str(process.pid):
                return True
        except OSError:
            pass
        time.sleep(0.01)
    return False


def wait_for_bulk_load(store_path: Path, process: subprocess.Popen, timeout: float = 60.0) -> bool:
    """Wait until a bulk load of `process` is writing its SST files."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if next(store_path.glob(ORPHAN_GLOB), None) is not None:
            return True
        time.sleep(0.0005)
    return False



# ----------------------------------------------------------------- a full disk
class CannotMount(Exception):
    """No small disk can be made here (mounting needs root)."""


@contextmanager
def small_disk(mount: Path, size: str = "6m") -> Iterator[Path]:
    """A tmpfs of `size` at `mount`, unmounted afterwards."""
    mount.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        raise CannotMount("no mount command")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise CannotMount(done.stderr.strip() or f"mount exited {done.returncode}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path, leave_kb: int) -> Path:
    """A ballast file that leaves `leave_kb` KB free on `disk` (delete it to free the space)."""
    stat = os.statvfs(disk)
    ballast = disk / "ballast"
    with open(ballast, "wb") as fh:
        fh.write(b"\0" * max(0, stat.f_bavail * stat.f_frsize - leave_kb * 1024))
    return ballast


# ----------------------------------------------------------------- kill -9 at random moments
@dataclass
class KillRun:
    """One build killed at a random moment, and what the next open found."""

    run: int
    todo: int  # articles the build had to write
    batch_quads: int
    delay: float
    seconds: float  # from the store's opening to the kill or the end
    killed: bool
    verdict: Verdict
    tracebacks: int
    exit_problem: Optional[str] = None  # a build that finished before its kill, but failed


def base_store(store_path: Path, corpus: Corpus, jobs: int = 1, pipeline: Optional[Pipeline] = None) -> float:
    """Build the corpus into a new store with the library; returns articles per second."""
    from kg.build import Builder

    started = time.perf_counter()
    with open_store(store_path) as store:
        report = Builder(store, pipeline=pipeline, jobs=jobs).build([corpus.folder])
    assert not report.skipped and len(report.added) == len(corpus.names), report.skipped
    return len(corpus.names) / (time.perf_counter() - started)


def to_write(corpus: Corpus, before: dict[str, GraphState], oracle: Oracle) -> int:
    """How many articles of the corpus a build would write now."""
    return sum(1 for name in corpus.names
               if getattr(before.get(source_iri(name)), "content_hash", None) != oracle.current_hash(corpus.folder / name))


def kill_run(store_path: Path, corpus: Corpus, oracle: Oracle, rng: random.Random, run: int,
             changed: int, added: int, seconds_per_article: Optional[float], before: dict[str, GraphState],
             jobs: int = 2, sample: Optional[int] = None) -> tuple[KillRun, dict[str, GraphState]]:
    """Change and add articles, start `kg build`, SIGKILL it after a random delay, then check the store.

    The delay is drawn from a fifth of the time the build should take
    (`seconds_per_article`, measured by a run left to finish: pass None for
    that run) to a little past it, so most runs die mid-write. Each run commits often
    (`KG_BATCH_QUADS` drawn small; above 1,000 statements new articles go
    through the bulk loader).
    """
    corpus.change(rng.sample(corpus.names, changed), rng)
    corpus.add(added, seed=rng.randrange(1 << 30), prefix=f"run{run}")
    todo = to_write(corpus, before, oracle)
    batch_quads = rng.choice((800, 1500, 2500, 4000))
    delay = rng.uniform(0.2, 1.1) * todo * seconds_per_article if seconds_per_article else None
    process = start(kg_command("--store", str(store_path), "build", "--no-exports", "--jobs", str(jobs),
                               str(corpus.folder)), env={"KG_BATCH_QUADS": str(batch_quads)})
    opened = wait_for_lock(store_path, process)
    started = time.monotonic()
    if delay is not None and opened:
        time.sleep(delay)
    killed = kill_group(process) if delay is not None else False
    try:
        process.wait(timeout=600)
    except subprocess.TimeoutExpired:
        kill_group(process)
    seconds = time.monotonic() - started
    stderr = stderr_of(process)
    exit_problem = None
    if not killed and (process.returncode != 0 or "\n  skipped " in stderr):
        exit_problem = f"exit {process.returncode}: {stderr[-500:]}"
    verdict, after = check_store(store_path, corpus, before, oracle, sample, rng)
    return KillRun(run, todo, batch_quads, delay or 0.0, seconds, killed, verdict, stderr.count("Traceback"),
                   exit_problem), after


def validates(store_path: Path) -> bool:
    from kg.validate import validate_store

    with open_store(store_path, read_only=True) as store:
        return validate_store(store).conforms


# ----------------------------------------------------------------- kg with a planned fault
def read_while_written(store_path: Path) -> None:
    """Open the store read-only and check the union again and again while a writer holds it.

    One line per read: 'holds', 'broken: ...' or 'error: ...' (a one-line
    error is an acceptable answer; a crash of this process is not).
    """
    from kg.pipeline import KGError
    from kg.store.folder import StoreFolder

    folder = StoreFolder(store_path)
    while folder.writer() is not None:
        try:
            with open_store(store_path, read_only=True) as store:
                problems = union_problems(store)
            print("holds" if not problems else f"broken: {problems}", flush=True)
        except KGError as exc:
            print(f"error: {exc}", flush=True)


def main(argv: list[str]) -> None:
    """kill-at METHOD N before|after -- KG ARGS: run kg, and SIGKILL it at that store write.
    read-while-written STORE: see `read_while_written`."""
    if len(argv) == 2 and argv[0] == "read-while-written":
        read_while_written(Path(argv[1]))
        return
    if len(argv) < 5 or argv[0] != "kill-at" or argv[4] != "--":
        raise SystemExit("usage: fault_checks.py kill-at METHOD N before|after -- KG ARGS")
    method, nth, when = argv[1], int(argv[2]), argv[3]
    if method not in WRITE_METHODS or when not in ("before", "after"):
        raise SystemExit(f"METHOD is one of {', '.join(WRITE_METHODS)}; WHEN is before or after")
    install(WriteFault(method, nth, "kill", when))
    from kg.cli import cli

    cli.main(argv[5:], prog_name="kg")


if __name__ == "__main__":
    main(sys.argv[1:])
