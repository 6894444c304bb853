"""Speed of the full `kg build` path on one core, against underthesea's word_tokenize.

Generates a synthetic corpus (benchmarks/corpus.py), pins the process to one
CPU, then times the whole build (read files, clean, extract, RDF, store writes)
and underthesea's `word_tokenize` alone over the same article texts. Reports
MB/s for both and their ratio; the target is >= 1 MB/s for the build.

    python benchmarks/bench_build.py                      # 10,000 articles
    python benchmarks/bench_build.py --articles 2000 --reference-articles 200

underthesea is slow, so by default it runs over the first --reference-articles
articles and its rate (MB/s) is compared; --reference-articles 0 means all.
Rates are wall-clock; the CPU-time rate is printed too, since on a shared
machine other processes on the pinned core slow the wall clock down.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--reference-articles", type=int, default=500)
    ap.add_argument("--seed", type=int, default=1)
    ns = ap.parse_args()
    pinned = pin_to_one_core()

    from kg.build import Builder
    from kg.exports import export_to_file
    from kg.store import OxigraphStore
    from kg.viz import write_view

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        size = generate(corpus, ns.articles, ns.seed)
        print(f"corpus: {ns.articles} articles, {size / 1e6:.2f} MB; {pinned}", file=sys.stderr)

        with OxigraphStore(Path(tmp) / "store") as store:
            t0, c0 = time.perf_counter(), time.process_time()
            report = Builder(store).build([corpus])
            build_s, build_cpu = time.perf_counter() - t0, time.process_time() - c0
            statements = len(store)
            # What `kg build` does after reading: the default exports.
            t0 = time.perf_counter()
            for fmt in ("turtle", "trig"):
                export_to_file(store, fmt, Path(tmp) / f"out.{fmt}")
            export_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            viz = write_view(store, Path(tmp) / "out.html")
            html_s = time.perf_counter() - t0
        assert report.read == ns.articles, report.skipped[:3]
        build_rate = size / 1e6 / build_s

        texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
        if ns.reference_articles:
            texts = texts[: ns.reference_articles]
        ref_bytes = sum(len(t.encode()) for t in texts)
        try:
            from underthesea import word_tokenize
        except ImportError:
            raise SystemExit("underthesea is needed for the reference: pip install -e '.[bench]'")
        word_tokenize("Khởi động mô hình.")  # load the model outside the timing
        t0, c0 = time.perf_counter(), time.process_time()
        for text in texts:
            word_tokenize(text)
        ref_s, ref_cpu = time.perf_counter() - t0, time.process_time() - c0
        ref_rate = ref_bytes / 1e6 / ref_s

    print("| run | articles | MB | seconds | MB/s | CPU seconds | MB/s of CPU time |")
    print("|---|---|---|---|---|---|---|")
    print(f"| kg build (full path) | {ns.articles} | {size / 1e6:.2f} | {build_s:.2f} | {build_rate:.2f} "
          f"| {build_cpu:.2f} | {size / 1e6 / build_cpu:.2f} |")
    print(f"| underthesea word_tokenize | {len(texts)} | {ref_bytes / 1e6:.2f} | {ref_s:.2f} | {ref_rate:.3f} "
          f"| {ref_cpu:.2f} | {ref_bytes / 1e6 / ref_cpu:.3f} |")
    print(f"| exports: Turtle + TriG | | | {export_s:.2f} | | | |")
    print(f"| exports: HTML graph ({viz.nodes} nodes, {viz.all_bytes / 1e6:.1f} MB with its data) | | | {html_s:.2f} | | | |")
    print(f"kg build is {build_rate / ref_rate:.1f}x the speed of word_tokenize alone; "
          f"{statements:,} statements; target >= 1 MB/s: {'met' if build_rate >= 1 else 'NOT met'}")


if __name__ == "__main__":
    main()
