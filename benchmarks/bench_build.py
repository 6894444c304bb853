"""Speed of `kg build`: one core against underthesea, every core against one, and rebuilds.

Generates a synthetic corpus (benchmarks/corpus.py), then:

1. one core: pins the process to one CPU and times the whole build (read
   files, clean, extract, RDF, store writes), then underthesea's
   `word_tokenize` alone over the same kind of text, in the same process.
   The target is >= 1 MB/s for the build.
2. every core: builds the corpus again with --jobs 1 and with --jobs N (all
   cores), compares the two stores' N-Quads byte for byte and reports the
   speed-up (target: >= 1.7x with 2 cores).
3. rebuilds, with the real command (`kg build`, exports turtle, trig and
   html present): with nothing changed, and after changing 10 articles
   (targets at 10,000 articles: < 5 s and < 10 s); then `--force`, which
   re-reads every article as a new pipeline version does.

    python benchmarks/bench_build.py                      # 10,000 articles
    python benchmarks/bench_build.py --articles 2000 --reference-articles 200

underthesea is slow, so it runs over the first --reference-articles articles
and its rate (MB/s) is compared; --reference-articles 0 means all. Rates are
wall-clock; CPU-time rates are printed too, since on a shared machine other
processes slow the wall clock down.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# time the `kg` of the tree this script sits in (a worktree or a clone), not whichever one is installed
sys.path[:0] = [str(HERE.parent), str(HERE)]
from corpus import generate  # noqa: E402


def set_cores(cores: set[int]) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, cores)


def all_cores() -> set[int]:
    return set(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else set()


def timed_build(corpus: Path, store_path: Path, jobs: int) -> tuple[float, float, str]:
    """(wall s, CPU s of this process, sha256 of the store's N-Quads)."""
    import io

    from kg.build import Builder
    from kg.store import OxigraphStore

    with OxigraphStore(store_path) as store:
        t0, c0 = time.perf_counter(), time.process_time()
        report = Builder(store, jobs=jobs).build([corpus])
        store.flush()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        assert not report.skipped, report.skipped[:3]
        dump = io.BytesIO()
        store.dump(dump, "nquads")
    return wall, cpu, hashlib.sha256(dump.getvalue()).hexdigest()


def reference_rate(corpus: Path, limit: int) -> tuple[int, float, float]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    if limit:
        texts = texts[:limit]
    size = sum(len(t.encode()) for t in texts)
    try:
        from underthesea import word_tokenize
    except ImportError:
        raise SystemExit("underthesea is needed for the reference: pip install -e '.[bench]'")
    word_tokenize("Khởi động mô hình.")  # load the model outside the timing
    t0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        word_tokenize(text)
    return size, time.perf_counter() - t0, time.process_time() - c0


def kg(*args: str) -> float:
    t0 = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))}
    subprocess.run([sys.executable, "-m", "kg.cli", *args], check=True, capture_output=True, env=env)
    return time.perf_counter() - t0


def rebuilds(corpus: Path, store: Path, exports: Path) -> dict[str, float]:
    out = {"first exports (build + turtle, trig, html)": kg("--store", str(store), "build", str(corpus),
                                                            "--exports-dir", str(exports))}
    out["kg build, nothing changed"] = kg("--store", str(store), "build", str(corpus), "--exports-dir", str(exports))
    for path in sorted(corpus.glob("*.txt"))[:10]:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("\nBài viết được cập nhật lúc 9 giờ.\n")
    out["kg build, 10 articles changed"] = kg("--store", str(store), "build", str(corpus),
                                              "--exports-dir", str(exports))
    # what an upgrade costs: a new pipeline fingerprint re-reads every article, and each stored
    # graph is replaced by the statements that changed in it
    out["kg build --force (every article re-read, as after an upgrade)"] = kg(
        "--store", str(store), "build", str(corpus), "--exports-dir", str(exports), "--force")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--reference-articles", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ns = ap.parse_args()
    cores = all_cores()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        size = generate(corpus, ns.articles, ns.seed)
        mb = size / 1e6
        print(f"corpus: {ns.articles} articles, {mb:.2f} MB; {len(cores)} core(s)", file=sys.stderr)

        set_cores({min(cores)} if cores else cores)
        one_wall, one_cpu, _ = timed_build(corpus, Path(tmp) / "one-core", jobs=1)
        ref_bytes, ref_wall, ref_cpu = reference_rate(corpus, ns.reference_articles)
        set_cores(cores)

        jobs = len(cores) or 1
        j1_wall, _, j1_hash = timed_build(corpus, Path(tmp) / "jobs1", jobs=1)
        jn_wall, _, jn_hash = timed_build(corpus, Path(tmp) / "jobsN", jobs=jobs)
        again = rebuilds(corpus, Path(tmp) / "jobsN", Path(tmp) / "exports")

    ref_rate = ref_bytes / 1e6 / ref_wall
    print("| run | articles | MB | seconds | MB/s | CPU seconds | MB/s of CPU time |")
    print("|---|---|---|---|---|---|---|")
    print(f"| kg build, one core | {ns.articles} | {mb:.2f} | {one_wall:.2f} | {mb / one_wall:.2f} "
          f"| {one_cpu:.2f} | {mb / one_cpu:.2f} |")
    print(f"| underthesea word_tokenize, one core | {ns.reference_articles or ns.articles} | {ref_bytes / 1e6:.2f} "
          f"| {ref_wall:.2f} | {ref_rate:.3f} | {ref_cpu:.2f} | {ref_bytes / 1e6 / ref_cpu:.3f} |")
    print(f"| kg build --jobs 1 | {ns.articles} | {mb:.2f} | {j1_wall:.2f} | {mb / j1_wall:.2f} | | |")
    print(f"| kg build --jobs {jobs} | {ns.articles} | {mb:.2f} | {jn_wall:.2f} | {mb / jn_wall:.2f} | | |")
    for what, seconds in again.items():
        print(f"| {what} | {ns.articles} | | {seconds:.2f} | | | |")
    same = "the same N-Quads" if j1_hash == jn_hash else "DIFFERENT N-Quads"
    print(f"\nOne core: {mb / one_wall:.2f} MB/s, {mb / one_wall / ref_rate:.1f}x word_tokenize "
          f"(target >= 1 MB/s: {'met' if mb / one_wall >= 1 else 'NOT met'}). "
          f"--jobs {jobs}: {j1_wall / jn_wall:.2f}x --jobs 1, {one_wall / jn_wall:.2f}x the one-core build, {same}. "
          "(--jobs 1 writes the store in a background thread beside the extraction, so it uses more than one core.)")


if __name__ == "__main__":
    main()
