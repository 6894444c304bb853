"""Faults inflicted on the store, the build and queries: nothing lost, nothing hangs (issue 11).

A full disk, kill -9 at random moments and at chosen store writes, a store
write that fails mid-batch, two builds at once, hostile queries. After each
fault the store must open, every article must hold its old statements or
exactly its new ones, the default graph must be the union of the article
graphs, and no leftover of a bulk load may remain (`benchmarks/fault_checks.py`
holds the checks; `benchmarks/fault_runs.py` runs them at a larger scale).

Sized for CI: a 200-article store and a handful of runs (KG_FAULT_RUNS sets
the number of kill -9 runs).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import fault_checks as fc  # noqa: E402

from kg.store import embedded  # noqa: E402
from kg.build import Builder, BuildFailed  # noqa: E402
from kg.cli import cli  # noqa: E402
from kg.ids import source_iri  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store.folder import StoreFolder  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FAULT_CHECKS = ROOT / "benchmarks" / "fault_checks.py"
BASE_ARTICLES = 200
KILL_RUNS = int(os.environ.get("KG_FAULT_RUNS", "4"))
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


# ----------------------------------------------------------------- fixtures and helpers
@pytest.fixture(scope="module")
def oracle() -> fc.Oracle:
    """The pipeline, remembering each text's result: it checks stores and builds each test's store."""
    return fc.Oracle()


@pytest.fixture(scope="module")
def base_articles(tmp_path_factory) -> Path:
    corpus = fc.Corpus(tmp_path_factory.mktemp("fault-base"))
    corpus.add(BASE_ARTICLES, seed=3, prefix="base")
    return corpus.folder


@pytest.fixture
def work(base_articles, oracle, tmp_path) -> tuple[fc.Corpus, Path]:
    """A copy of the base articles and a store built from that copy (a store remembers each article's file)."""
    corpus = fc.Corpus.copy_of(base_articles, tmp_path / "articles")
    fc.base_store(tmp_path / "store", corpus, pipeline=oracle.pipeline)
    return corpus, tmp_path / "store"


def run_kg(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def assert_one_line_error(stderr: str) -> str:
    """The last line is the only error line, and no traceback came before it."""
    lines = stderr.strip().splitlines()
    assert "Traceback" not in stderr, stderr
    assert lines and lines[-1].startswith("Error:"), stderr
    assert [line for line in lines if line.startswith("Error:")] == [lines[-1]], stderr
    return lines[-1]


def assert_sound(verdict: fc.Verdict) -> None:
    assert verdict.problems == [], verdict.problems[:10]


def kill_on_exit(process: subprocess.Popen) -> None:
    if process.poll() is None:
        fc.kill_group(process)


# ----------------------------------------------------------------- kill -9
def test_kill_9_at_random_moments_of_builds_loses_nothing(work, oracle):
    """Why: 'committed articles survive kill -9'; 'kill -9 during a bulk load leaves orphan bulk-*.sst files'.

    A build left to finish (it times the next ones), KILL_RUNS builds killed
    at seeded random moments (each changing and adding other articles, and
    committing every few articles), then a build left to finish again.
    """
    corpus, store = work
    rng = random.Random(20261206)
    before = fc.snapshot(store)
    runs, seconds_per_article = [], None
    for run in range(KILL_RUNS + 2):
        killing = 0 < run <= KILL_RUNS
        result, before = fc.kill_run(store, corpus, oracle, rng, run, changed=15, added=25,
                                     seconds_per_article=seconds_per_article if killing else None, before=before)
        assert_sound(result.verdict)
        assert result.tracebacks == 0 and result.exit_problem is None, result
        if not result.killed:
            seconds_per_article = result.seconds / max(result.todo, 1)
        runs.append(result)
    assert any(r.killed for r in runs), "no build was killed while it ran"
    last = runs[-1]
    assert not last.killed and last.verdict.pending == 0 and last.verdict.committed == last.todo
    assert run_kg("--store", str(store), "validate").exit_code == 0


@pytest.mark.parametrize("method, when", [("load", "before"), ("update", "after")],
                         ids=["between-bulk-load-and-its-mark", "after-a-replacement-before-the-index"])
def test_kill_9_at_a_chosen_store_write(work, oracle, method, when):
    """Between a bulk load and the content hashes that mark it current, the journal names the loaded
    articles and the next open takes them back; after a replacement, the index is stale but harmless."""
    corpus, store = work
    before = fc.snapshot(store)
    rng = random.Random(7)
    corpus.change(rng.sample(corpus.names, 10), rng)
    corpus.add(30, seed=11, prefix="new")  # 30 new articles: over 1,000 statements, bulk-loaded
    result = subprocess.run(
        [sys.executable, str(FAULT_CHECKS), "kill-at", method, "1", when, "--",
         "--store", str(store), "build", "--no-exports", "--jobs", "1", str(corpus.folder)],
        capture_output=True, text=True, env={**os.environ, "KG_BATCH_QUADS": "100000"}, timeout=300)
    assert result.returncode == -signal.SIGKILL, result.stderr
    journal_left = (store / fc.JOURNAL_NAME).exists()
    verdict, _ = fc.check_store(store, corpus, before, oracle)
    assert_sound(verdict)
    if method == "load":
        assert journal_left and verdict.committed == 0 and verdict.pending == 40
    else:
        assert verdict.committed == 40  # the new ones bulk-loaded and marked, then the changed ones replaced
    build = run_kg("--store", str(store), "build", "--no-exports", str(corpus.folder))
    assert build.exit_code == 0, build.output
    verdict, _ = fc.check_store(store, corpus, before, oracle)
    assert_sound(verdict)
    assert verdict.pending == 0


def test_kill_9_during_a_bulk_load_leaves_orphans_the_next_open_removes(work, oracle):
    """Why: 'kill -9 during a bulk load leaves orphan bulk-*.sst files (40 MB) that are never removed'."""
    corpus, store = work
    before = fc.snapshot(store)
    for attempt in range(3):  # the SST files live a tenth of a second: a busy machine may miss them
        corpus.add(150, seed=5 + attempt, prefix=f"big{attempt}")  # new articles: one bulk load
        process = fc.start(fc.kg_command("--store", str(store), "build", "--no-exports", str(corpus.folder)),
                           env={"KG_BATCH_QUADS": "100000"})
        try:
            fc.wait_for_bulk_load(store, process)
            fc.kill_group(process)
        finally:
            kill_on_exit(process)
        if next(store.glob(fc.ORPHAN_GLOB), None) is not None:
            break
        verdict, before = fc.check_store(store, corpus, before, oracle, sample=20, rng=random.Random(attempt))
        assert_sound(verdict)  # missed the bulk load's files, but a kill all the same
    verdict, _ = fc.check_store(store, corpus, before, oracle, sample=20, rng=random.Random(1))
    assert verdict.orphans_found > 0
    assert_sound(verdict)  # no orphan and no journal after the open, nothing lost


# ----------------------------------------------------------------- a store write that fails
@pytest.mark.parametrize("method, nth", [("bulk_load", 2), ("load", 2), ("update", 2)],
                         ids=["second-bulk-load", "mark-of-a-bulk-load", "second-replacement"])
def test_a_store_write_failing_mid_build(work, oracle, monkeypatch, method, nth):
    """A failed write stops the build with BuildFailed; what it says was written is, the rest is as before."""
    corpus, store = work
    before = fc.snapshot(store)
    rng = random.Random(nth)
    corpus.change(rng.sample(corpus.names, 40), rng)
    corpus.add(60, seed=13, prefix="new")
    monkeypatch.setattr(embedded, "BATCH_QUADS", 1200)  # ~20 articles a batch
    fault = fc.WriteFault(method, nth)
    monkeypatch.setattr(fc.pyoxigraph, "Store", fc.FaultyStore)
    monkeypatch.setattr(fc.FaultyStore, "fault", fault)
    with pytest.raises(BuildFailed) as failure:
        with open_store(store) as opened:
            Builder(opened, pipeline=oracle.pipeline).build([corpus.folder])
    report, message = failure.value.report, str(failure.value)
    assert fault.fired
    assert report.not_written, "the failing batch's articles are reported"
    monkeypatch.setattr(fc.FaultyStore, "fault", None)
    verdict, after = fc.check_store(store, corpus, before, oracle)
    assert_sound(verdict)
    stored_new = {name for name in corpus.names
                  if after.get(source_iri(name)) != before.get(source_iri(name))}
    assert stored_new == set(report.added + report.updated)
    assert not stored_new & set(report.not_written)
    assert f"{len(stored_new)} article(s) written before the failure are stored" in message
    assert f"{len(report.not_written)} not written" in message


def test_a_failed_write_is_one_line_from_the_cli(work, monkeypatch):
    corpus, store = work
    corpus.change(corpus.names[:30], random.Random(3))
    monkeypatch.setattr(embedded, "BATCH_QUADS", 1200)
    monkeypatch.setattr(fc.pyoxigraph, "Store", fc.FaultyStore)
    monkeypatch.setattr(fc.FaultyStore, "fault", fc.WriteFault("update", 1))
    result = run_kg("--store", str(store), "build", "--no-exports", "--jobs", "1", str(corpus.folder))
    assert result.exit_code == 1
    line = assert_one_line_error(result.stderr)
    assert "injected fault" in line and "0 article(s) written before the failure are stored" in line
    assert "not written" in result.stderr and "run kg build again" in line


def test_a_failed_removal_leaves_the_article(work, oracle, monkeypatch):
    corpus, store = work
    before = fc.snapshot(store)
    monkeypatch.setattr(fc.pyoxigraph, "Store", fc.FaultyStore)
    monkeypatch.setattr(fc.FaultyStore, "fault", fc.WriteFault("update", 1))
    result = run_kg("--store", str(store), "remove", corpus.names[0])
    assert result.exit_code == 1
    assert "not written" in assert_one_line_error(result.stderr)
    monkeypatch.setattr(fc.FaultyStore, "fault", None)
    verdict, _ = fc.check_store(store, corpus, before, oracle)
    assert_sound(verdict)
    assert verdict.committed == verdict.pending == 0


def test_a_recovery_that_fails_at_open_is_one_line_and_the_next_open_does_it(work, oracle, monkeypatch):
    """The journal of a killed bulk load is taken back when the store next opens; if that write fails
    too (the disk still full), the open is one line, the journal stays, and the open after does it."""
    corpus, store = work
    before = fc.snapshot(store)
    (store / fc.JOURNAL_NAME).write_text('{"loading": ["%s"]}' % source_iri(corpus.names[0]), encoding="utf-8")
    monkeypatch.setattr(fc.pyoxigraph, "Store", fc.FaultyStore)
    monkeypatch.setattr(fc.FaultyStore, "fault", fc.WriteFault("update", 1))
    result = run_kg("--store", str(store), "build", "--no-exports", str(corpus.folder))
    assert result.exit_code == 1
    assert "cannot open store" in assert_one_line_error(result.stderr)
    assert (store / fc.JOURNAL_NAME).exists()
    monkeypatch.setattr(fc.FaultyStore, "fault", None)
    verdict, _ = fc.check_store(store, corpus, before, oracle)
    assert_sound(verdict)  # the journal is gone, and the marked article it named is kept
    assert verdict.committed == verdict.pending == 0


# ----------------------------------------------------------------- a full disk
@pytest.fixture
def small_disk(tmp_path):
    """A 6 MB tmpfs (CI runs as root); skipped where mounting is not permitted."""
    try:
        with fc.small_disk(tmp_path / "disk") as disk:
            yield disk
    except fc.CannotMount as exc:
        pytest.skip(f"mounting a tmpfs is not permitted here (needs root): {exc}")


def test_a_full_disk_during_an_update_loses_nothing(small_disk, tmp_path, oracle, monkeypatch):
    """Why: 'A full disk during an update deletes stored articles' (a traceback, then 0 statements).

    Build the seeds on a small disk; change each seed and add 200 articles;
    build again with the disk filled to several levels (the store fails
    opening, writing its log, its index or a bulk load's files). Each time:
    one line saying what was and was not written; then, space freed, the
    store opens, every article is its old or its new version, the union
    holds, and `kg validate` passes.
    """
    corpus = fc.Corpus.copy_of(SEEDS, small_disk / "articles")
    store = small_disk / "store"
    assert run_kg("--store", str(store), "build", "--no-exports", str(corpus.folder)).exit_code == 0
    saved = tmp_path / "seed-store"
    shutil.copytree(store, saved)
    before = fc.snapshot(store)
    rng = random.Random(11)
    corpus.change(list(corpus.names), rng)
    corpus.add(200, seed=17, prefix="more")
    monkeypatch.setattr(embedded, "BATCH_QUADS", 2000)
    memoized_extraction(monkeypatch, oracle)
    failures = []
    for leave_kb in (150, 700, 1900, 2400):
        shutil.rmtree(store)
        shutil.copytree(saved, store)
        ballast = fc.fill(small_disk, leave_kb)
        result = run_kg("--store", str(store), "build", "--no-exports", "--jobs", "1", str(corpus.folder))
        ballast.unlink()
        if result.exit_code != 0:
            line = assert_one_line_error(result.stderr)
            assert "No space left on device" in line or "disk is full" in line, line
            assert "written before the failure are stored" in line or "cannot open store" in line, line
            failures.append(line)
        verdict, _ = fc.check_store(store, corpus, before, oracle)
        assert_sound(verdict)
    assert len(failures) >= 3, failures
    assert run_kg("--store", str(store), "validate").exit_code == 0


def memoized_extraction(monkeypatch, oracle: fc.Oracle) -> dict:
    """Extraction at --jobs 1 reuses what the pipeline gave the same text before (the attempts are many)."""
    import kg.build

    cache: dict = {}
    real = kg.build.extract_article

    def extract(article, pipeline=None):
        key = (article.id, article.text)
        if key not in cache:
            cache[key] = real(article, oracle.pipeline)
        return cache[key]

    monkeypatch.setattr(kg.build, "extract_article", extract)
    return cache


# ----------------------------------------------------------------- two processes, one store
def test_a_second_build_is_refused_while_one_runs(work, oracle):
    """Why: 'Two builds at once fail with RocksDB's IO error: While lock file: .../LOCK'.

    (Readers during a build are not run here: pyoxigraph documents opening a
    store read-only while another process writes it as undefined behaviour,
    and such readers can abort; see `fault_runs.py --readers`.)
    """
    corpus, store = work
    before = fc.snapshot(store)
    rng = random.Random(5)
    corpus.change(rng.sample(corpus.names, 20), rng)
    corpus.add(30, seed=19, prefix="new")
    process = fc.start(fc.kg_command("--store", str(store), "build", "--no-exports", "--jobs", "2",
                                     str(corpus.folder)), env={"KG_BATCH_QUADS": "1200"})
    try:
        assert fc.wait_for_lock(store, process)
        second = run_kg("--store", str(store), "build", "--no-exports", str(corpus.folder))
        assert StoreFolder(store).writer() == str(process.pid)
        process.wait(timeout=300)
    finally:
        kill_on_exit(process)
    assert second.exit_code == 1
    line = assert_one_line_error(second.stderr)
    assert f"another kg process is using {store} (pid {process.pid})" in line
    assert process.returncode == 0, fc.stderr_of(process)
    verdict, _ = fc.check_store(store, corpus, before, oracle)
    assert_sound(verdict)
    assert verdict.pending == 0 and StoreFolder(store).writer() is None


def test_a_folder_of_other_files_is_not_made_a_store(tmp_path):
    """Why: '--store pointing at a folder of other files writes RocksDB files among them'."""
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = run_kg("--store", str(folder), "build", "--no-exports", str(SEEDS))
    assert result.exit_code == 1
    line = assert_one_line_error(result.stderr)
    assert str(folder) in line and "not a defence-kg store" in line and "notes.txt" in line
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


# ----------------------------------------------------------------- queries
def run_query(store: Path, *args: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    done = subprocess.run(fc.kg_command("--store", str(store), "query", *args), capture_output=True, text=True,
                          timeout=timeout)
    return done, time.monotonic() - started


def test_a_cartesian_product_stops_at_the_time_limit(seed_store_path):
    """Why: 'A 4-way cartesian product runs until killed; there is no time limit'."""
    done, seconds = run_query(seed_store_path, "--timeout", "1", CARTESIAN)
    assert done.returncode == 1 and done.stdout == ""
    assert "ran longer than 1 s" in assert_one_line_error(done.stderr)
    assert seconds < 15


def test_ctrl_c_stops_a_running_query_at_once(seed_store_path):
    """Why: 'Ctrl-C does not stop kg query' (an aggregate runs inside one engine call)."""
    process = subprocess.Popen(fc.kg_command("--store", str(seed_store_path), "query", "--timeout", "0", CARTESIAN),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(os.listdir(f"/proc/{process.pid}/task")) < 3:
            time.sleep(0.01)  # the store's threads have started: the query is about to run
        time.sleep(0.5)
        assert process.poll() is None
        process.send_signal(signal.SIGINT)
        sent = time.monotonic()
        process.wait(timeout=10)
        assert time.monotonic() - sent < 3
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130
    assert "interrupted" in assert_one_line_error(process.stderr.read())


def test_service_is_refused_unless_allowed(seed_store_path):
    """Why: 'SERVICE <http://…> makes an outbound request from a tool that promises to work offline'."""
    result = run_kg("--store", str(seed_store_path), "query",
                "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert result.exit_code == 1
    assert "--allow-service" in assert_one_line_error(result.stderr)


def test_an_unreachable_service_is_one_line_within_the_limit(seed_store_path):
    """Why: 'an unknown host prints a 36-line traceback; a silent endpoint hangs'."""
    unknown = "SELECT * WHERE { SERVICE <http://no-such-host.invalid/sparql> { ?s ?p ?o } }"
    done, seconds = run_query(seed_store_path, "--allow-service", "--timeout", "5", unknown)
    assert done.returncode == 1
    assert_one_line_error(done.stderr)
    assert seconds < 20
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        port = silent.getsockname()[1]
        query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
        done, seconds = run_query(seed_store_path, "--allow-service", "--timeout", "1", query)
    assert done.returncode == 1
    assert "ran longer than 1 s" in assert_one_line_error(done.stderr)
    assert seconds < 15


@pytest.mark.parametrize("sparql, expected", [
    ("SELECT * WHERE { ?s foo:bar ?o }", "unknown prefix foo:"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "read-only"),
    ("DELETE WHERE { ?s ?p ?o }", "read-only"),
    ("DROP ALL", "read-only"),
    ("LOAD <http://example.org/data.ttl>", "read-only"),
    ("CLEAR DEFAULT", "read-only"),
])
def test_bad_queries_are_one_line_and_change_nothing(seed_store_path, sparql, expected):
    """Why: 'updates through kg query are refused' (keep); clear errors for unknown prefixes."""
    with open_store(seed_store_path, read_only=True) as store:
        size = len(store)
    result = run_kg("--store", str(seed_store_path), "query", sparql)
    assert result.exit_code == 1
    assert expected in assert_one_line_error(result.stderr)
    with open_store(seed_store_path, read_only=True) as store:
        assert len(store) == size


# ----------------------------------------------------------------- article identity
def test_two_files_with_one_name_do_not_overwrite_each_other(tmp_path):
    """Why: 'Two articles with the same file name in different folders overwrite each other'."""
    store = tmp_path / "store"
    seeds = sorted(SEEDS.glob("*.txt"))
    for site, seed in (("siteA", seeds[0]), ("siteB", seeds[1])):
        (tmp_path / site).mkdir()
        shutil.copy(seed, tmp_path / site / "article.txt")
    assert run_kg("--store", str(store), "build", "--no-exports", str(tmp_path / "siteA")).exit_code == 0
    first = fc.snapshot(store)
    result = run_kg("--store", str(store), "build", "--no-exports", "--strict", str(tmp_path / "siteB"))
    assert result.exit_code == 1
    assert str((tmp_path / "siteA" / "article.txt").resolve()) in result.stderr
    assert str((tmp_path / "siteB" / "article.txt").resolve()) in result.stderr
    assert "0 updated" in result.stderr
    assert fc.snapshot(store) == first
