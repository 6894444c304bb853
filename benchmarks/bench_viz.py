"""Write the HTML view of stores built by `kg build` and open it in headless Chromium.

    .venv/bin/python benchmarks/bench_viz.py [--articles 1000 10000] [--work DIR] [--runs 3]

For each size (the store as in bench_analytics.py: generated articles, `kg
build --no-exports`, kept in --work), writes the page with `kg.viz.write_view`
(the projection cache warm, as after `kg build`) and opens it from file:// with
the network off, --runs times. Prints: entities and relations; the page's size,
with the data it reads right after the first draw (the index) and with all its
data; the write time; and, in Chromium, the time from `goto` to the first draw
of the overview, to the index being read, and to Vietnam's view being drawn
and laid out. Median and range over the runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_analytics import built_store, spread  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def open_times(path: Path, chromium: str) -> tuple[float, float, float]:
    """(first draw, index read, Vietnam's view drawn) in seconds from `goto`."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        t = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kg && window.kg.ready", timeout=600_000, polling=20)
        first = time.perf_counter() - t
        page.wait_for_function("window.KG_CHUNKS.index !== undefined", timeout=600_000, polling=20)
        indexed = time.perf_counter() - t
        page.evaluate("kg.showCountry('VNM')")
        page.wait_for_function("window.kg.stable", timeout=600_000, polling=20)
        country = time.perf_counter() - t - indexed
        browser.close()
    return first, indexed, country


def main() -> None:
    from kg.projection import load_kg_cached
    from kg.store import open_store
    from kg.viz import write_view

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=None, help="keep corpora and stores here (default: a temp dir)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    print("| articles | entities | relations | page | + index (first load) | + all data | write | "
          "first draw | index read | Vietnam's view |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        for n in args.articles:
            store = built_store(n, work)
            with open_store(store, read_only=True) as s:
                load_kg_cached(s)  # warm, as `kg build` leaves it
                writes, summary = [], None
                for _ in range(args.runs):
                    t = time.perf_counter()
                    summary = write_view(s, Path(tmp) / f"g{n}.html")
                    writes.append(time.perf_counter() - t)
            times = [open_times(summary.path, args.chromium) for _ in range(args.runs)] \
                if Path(args.chromium).exists() else [(float("nan"),) * 3]
            first, indexed, country = ([t[i] for t in times] for i in range(3))
            print(f"| {n:,} | {summary.nodes:,} | {summary.edges:,} | {summary.bytes / 1e6:.2f} MB | "
                  f"{summary.first_bytes / 1e6:.2f} MB | {summary.all_bytes / 1e6:.1f} MB | {spread(writes)} | "
                  f"{spread(first)} | {spread(indexed)} | {spread(country)} |", flush=True)
    print(f"median (range) of {args.runs} runs; Chromium {args.chromium}")


if __name__ == "__main__":
    main()
