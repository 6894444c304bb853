"""Faults at scale: what tests/test_faults.py does in CI, on a larger store and more often.

Builds a store of generated articles, then inflicts, checking the store after
each fault (it opens, every article is its old or exactly its new version,
the default graph is the union of the article graphs, no bulk-load leftover
remains; `kg validate` after every run with --validate-each, else after each
kind of fault):

- kill -9 of `kg build` at seeded random moments (after one run left to
  finish, which times the rest), each run changing and adding other articles;
- kill -9 at chosen store writes (before/after a bulk load, its mark, a
  replacement);
- a store write that fails (OSError) at the Nth call, in process;
- a full disk at several levels (a tmpfs; needs root, else skipped);
- with --readers, a process reading (checking the union) while builds write:
  pyoxigraph calls a read-only open beside another process's writes
  undefined behaviour; this counts what the reader gets.

    python benchmarks/fault_runs.py                       # 2,000 articles, 10 random kills
    python benchmarks/fault_runs.py --articles 500 --runs 4 --validate-each
    python benchmarks/fault_runs.py --readers --runs 3

Prints a line per fault and the counts: faults injected, runs, articles
lost, half-written, tracebacks. Exits 1 unless lost, half-written, other
problems and tracebacks are all 0.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fault_checks as fc  # noqa: E402

from kg.build import Builder, BuildFailed  # noqa: E402
from kg.store import embedded, open_store  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CHOSEN_KILLS = [("bulk_load", 1, "before"), ("bulk_load", 1, "after"), ("load", 1, "before"), ("load", 1, "after"),
                ("update", 1, "before"), ("update", 1, "after"), ("update", 2, "after")]
FAILING_WRITES = [("bulk_load", 1), ("bulk_load", 2), ("load", 1), ("load", 2), ("update", 1), ("update", 3)]
DISK_LEVELS_KB = (100, 300, 700, 1200, 1700, 1900, 2100, 2400, 3000)


@dataclass
class Tally:
    """Counts over every fault; `sound` is what must hold."""

    runs: int = 0
    faults: int = 0
    lost: int = 0
    half_written: int = 0
    other: list[str] = field(default_factory=list)
    tracebacks: int = 0
    orphans_removed: int = 0
    invalid: int = 0

    def add(self, label: str, verdict: fc.Verdict, fault: bool, tracebacks: int = 0, note: str = "") -> None:
        self.runs += 1
        self.faults += fault
        self.lost += len(verdict.lost)
        self.half_written += len(verdict.mixed)
        self.other += verdict.strays + verdict.union + verdict.leftovers
        self.tracebacks += tracebacks
        self.orphans_removed += verdict.orphans_found
        print(f"{label:<34} fault={'yes' if fault else 'no ':<3} written={verdict.committed:<4} "
              f"pending={verdict.pending:<4} orphans={verdict.orphans_found:<3} problems={len(verdict.problems)} "
              f"tracebacks={tracebacks} {note}", flush=True)
        for problem in verdict.problems[:5]:
            print(f"    {problem}")

    def validate(self, store: Path) -> None:
        ok = fc.validates(store)
        self.invalid += not ok
        print(f"{'kg validate':<34} {'conforms' if ok else 'VIOLATIONS'}", flush=True)

    @property
    def sound(self) -> bool:
        return not (self.lost or self.half_written or self.other or self.tracebacks or self.invalid)


def random_kills(store: Path, corpus: fc.Corpus, oracle: fc.Oracle, tally: Tally, ns: argparse.Namespace) -> None:
    rng = random.Random(ns.seed)
    before = fc.snapshot(store)
    seconds_per_article: Optional[float] = None
    for run in range(ns.runs + 2):
        killing = 0 < run <= ns.runs
        result, before = fc.kill_run(store, corpus, oracle, rng, run, ns.changed, ns.added,
                                     seconds_per_article if killing else None, before, ns.jobs, ns.sample)
        if not result.killed:
            seconds_per_article = result.seconds / max(result.todo, 1)
        note = f"todo={result.todo} batch={result.batch_quads} delay={result.delay:.2f}s"
        if result.exit_problem:
            tally.other.append(result.exit_problem)
            note += " EXIT: " + result.exit_problem[:200]
        tally.add(f"kill -9 at random, run {run}", result.verdict, result.killed, result.tracebacks, note)
        if ns.validate_each:
            tally.validate(store)


def chosen_kills(store: Path, corpus: fc.Corpus, oracle: fc.Oracle, tally: Tally, ns: argparse.Namespace) -> None:
    rng = random.Random(ns.seed + 1)
    for i, (method, nth, when) in enumerate(CHOSEN_KILLS):
        before = fc.snapshot(store)
        corpus.change(rng.sample(corpus.names, ns.changed // 2), rng)
        corpus.add(ns.added // 2, seed=rng.randrange(1 << 30), prefix=f"chosen{i}")
        done = subprocess.run([sys.executable, str(Path(fc.__file__)), "kill-at", method, str(nth), when, "--",
                               "--store", str(store), "build", "--no-exports", "--jobs", "1", str(corpus.folder)],
                              capture_output=True, text=True, env=fc.environ(KG_BATCH_QUADS="2500"))
        verdict, _ = fc.check_store(store, corpus, before, oracle, ns.sample, rng)
        tally.add(f"kill -9 {when} {method} #{nth}", verdict, done.returncode == -9,
                  done.stderr.count("Traceback"))
        if ns.validate_each:
            tally.validate(store)


def failing_writes(store: Path, corpus: fc.Corpus, oracle: fc.Oracle, tally: Tally, ns: argparse.Namespace) -> None:
    rng = random.Random(ns.seed + 2)
    embedded.BATCH_QUADS = 2500
    for i, (method, nth) in enumerate(FAILING_WRITES):
        before = fc.snapshot(store)
        corpus.change(rng.sample(corpus.names, ns.changed // 2), rng)
        corpus.add(ns.added // 2, seed=rng.randrange(1 << 30), prefix=f"failing{i}")
        fault = fc.WriteFault(method, nth)
        uninstall = fc.install(fault)
        note = "build finished"
        try:
            with open_store(store) as opened:
                Builder(opened, pipeline=oracle.pipeline).build([corpus.folder])
        except BuildFailed as failure:
            report = failure.report
            note = f"reported written={len(report.added) + len(report.updated)} not={len(report.not_written)}"
        finally:
            uninstall()
        verdict, _ = fc.check_store(store, corpus, before, oracle, ns.sample, rng)
        tally.add(f"OSError at {method} #{nth}", verdict, fault.fired, note=note)
        if ns.validate_each:
            tally.validate(store)


def full_disks(work: Path, oracle: fc.Oracle, tally: Tally, ns: argparse.Namespace) -> None:
    """The issue's case: seeds built on a small disk, each changed and 200 articles added, built again."""
    try:
        with fc.small_disk(work / "disk", "8m") as disk:
            corpus = fc.Corpus.copy_of(SEEDS, disk / "articles")
            store = disk / "store"
            subprocess.run(fc.kg_command("--store", str(store), "build", "--no-exports", str(corpus.folder)),
                           check=True, capture_output=True)
            saved = work / "seed-store"
            shutil.copytree(store, saved)
            before = fc.snapshot(store)
            rng = random.Random(ns.seed + 3)
            corpus.change(list(corpus.names), rng)
            corpus.add(200, seed=ns.seed, prefix="more")
            for leave_kb in DISK_LEVELS_KB:
                shutil.rmtree(store)
                shutil.copytree(saved, store)
                ballast = fc.fill(disk, leave_kb)
                done = subprocess.run(fc.kg_command("--store", str(store), "build", "--no-exports",
                                                    str(corpus.folder)),
                                      capture_output=True, text=True, env=fc.environ(KG_BATCH_QUADS="2000"),
                                      timeout=600)  # a hang fails the run
                ballast.unlink()
                verdict, _ = fc.check_store(store, corpus, before, oracle)
                last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
                tally.add(f"full disk, {leave_kb} KB free", verdict, done.returncode != 0,
                          done.stderr.count("Traceback"), last[:110])
            tally.validate(store)
    except fc.CannotMount as exc:
        print(f"full disk: skipped ({exc})")


def readers(store: Path, corpus: fc.Corpus, ns: argparse.Namespace) -> None:
    """A reading process (memory capped at 4 GB) checking the union while each build writes; counts what it got."""
    rng = random.Random(ns.seed + 4)
    outcomes: dict[str, int] = {}
    for run in range(ns.runs):
        corpus.change(rng.sample(corpus.names, ns.changed), rng)
        corpus.add(ns.added, seed=rng.randrange(1 << 30), prefix=f"read{run}")
        build = fc.start(fc.kg_command("--store", str(store), "build", "--no-exports", "--jobs", "1",
                                       str(corpus.folder)), env={"KG_BATCH_QUADS": "1200"})
        fc.wait_for_lock(store, build)
        for kind in read_while_written(store):
            outcomes[kind] = outcomes.get(kind, 0) + 1
        build.wait()
        fc.stderr_of(build)
    print("reads during builds: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))


def read_while_written(store: Path) -> list[str]:
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

    try:
        done = subprocess.run([sys.executable, str(Path(fc.__file__)), "read-while-written", str(store)],
                              capture_output=True, text=True, timeout=600, preexec_fn=cap)
    except subprocess.TimeoutExpired:
        return ["reader hung"]
    kinds = [line.split(":")[0] for line in done.stdout.splitlines()]
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[0][:80]
        kinds.append(f"reader crashed ({last})")
    return kinds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000, help="articles in the base store")
    ap.add_argument("--runs", type=int, default=10, help="builds killed at random moments")
    ap.add_argument("--changed", type=int, default=100, help="articles changed by each run")
    ap.add_argument("--added", type=int, default=200, help="articles added by each run")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sample", type=int, default=60, help="written articles re-checked by the pipeline per run")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--validate-each", action="store_true", help="kg validate after every fault")
    ap.add_argument("--readers", action="store_true", help="also run kg query while builds write")
    ap.add_argument("--only", choices=["random", "chosen", "failing", "disk", "readers"], action="append")
    ns = ap.parse_args()
    parts = ns.only or ["random", "chosen", "failing", "disk"] + (["readers"] if ns.readers else [])
    tally, oracle, started = Tally(), fc.Oracle(), time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-faults-") as tmp:
        work = Path(tmp)
        corpus = fc.Corpus(work / "articles")
        corpus.add(ns.articles, seed=ns.seed, prefix="base")
        rate = fc.base_store(work / "store", corpus, jobs=ns.jobs)
        print(f"base store: {ns.articles} articles ({rate:.0f}/s)", flush=True)
        for part, run in (("random", random_kills), ("chosen", chosen_kills), ("failing", failing_writes)):
            if part in parts:
                run(work / "store", corpus, oracle, tally, ns)
                tally.validate(work / "store")
        if "disk" in parts:
            full_disks(work, oracle, tally, ns)
        if "readers" in parts:
            readers(work / "store", corpus, ns)
    print(f"\nfaults injected {tally.faults}, runs {tally.runs}, articles lost {tally.lost}, "
          f"half-written {tally.half_written}, other problems {len(tally.other)}, tracebacks {tally.tracebacks}, "
          f"validation failures {tally.invalid}, orphan SSTs removed {tally.orphans_removed} "
          f"({time.perf_counter() - started:.0f} s)")
    sys.exit(0 if tally.sound else 1)


if __name__ == "__main__":
    main()
