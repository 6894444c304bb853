"""Write and open synthetic graphs of about 1,000 and 10,000 nodes in headless Chromium.

    .venv/bin/python benchmarks/bench_viz.py [--nodes 1000 10000]

Prints, per size: nodes, edges, file size, Python write time, and time from
`goto` to the first canvas draw (network off, Chromium from /usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_analytics import synthetic_store  # noqa: E402

from kg.projection import load_kg  # noqa: E402
from kg.viz import write_html  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
NODES_PER_ARTICLE = 2.25  # measured on the generator


def open_time(path: Path, chromium: str) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        t = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kg && window.kg.ready", timeout=600_000)
        elapsed = time.perf_counter() - t
        browser.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nodes", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()
    print(f"{'target':>7} {'nodes':>6} {'edges':>6} {'MB':>5} {'write s':>8} {'first draw s':>12}  layout")
    with tempfile.TemporaryDirectory() as tmp:
        for target in args.nodes:
            store = synthetic_store(max(1, int(target / NODES_PER_ARTICLE)))
            data = load_kg(store)
            path = Path(tmp) / f"g{target}.html"
            s = write_html(store, path, data=data)
            draw = open_time(path, args.chromium) if Path(args.chromium).exists() else float("nan")
            print(f"{target:>7} {s.nodes:>6} {s.edges:>6} {s.bytes / 1e6:>5.1f} {s.seconds:>8.2f} {draw:>12.2f}  {s.layout}")


if __name__ == "__main__":
    main()
