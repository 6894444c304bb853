"""Regenerate the README's screenshots of the interactive graph of the sample articles.

    .venv/bin/python scripts/screenshots.py [--chromium /usr/bin/chromium] [--out docs]

Builds `seeds/` into a temporary store, writes the page with `kg.viz`, opens it
in headless Chromium from file:// with the network off, and saves:

* docs/screenshot.png: the country overview, the first thing the page shows;
* docs/screenshot-country.png: Vietnam's view (its happenings, who took part);
* docs/screenshot-entities.png: every entity, labels where they fit.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
VIEWPORT = {"width": 1400, "height": 860}
SHOTS = [("screenshot.png", None), ("screenshot-country.png", "kg.showCountry('VNM')"),
         ("screenshot-entities.png", "kg.showAll()")]


def write_sample_page(folder: Path) -> Path:
    from kg.build import Builder
    from kg.store import OxigraphStore
    from kg.viz import write_view

    with OxigraphStore(folder / "store") as store:
        report = Builder(store).build([ROOT / "seeds"])
        if report.skipped or not report.read:
            raise SystemExit(f"could not read the sample articles: {report.skipped}")
        return write_view(store, folder / "defence-kg.html").path


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        page_path = write_sample_page(Path(tmp))
        browser = p.chromium.launch(executable_path=args.chromium, args=ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(page_path.as_uri())
        page.wait_for_function("window.kg && window.kg.ready && window.kg.stable", timeout=60_000)
        for name, action in SHOTS:
            if action:
                page.evaluate(action)
                page.wait_for_function("window.kg.stable", timeout=60_000)
            page.wait_for_timeout(200)
            page.screenshot(path=str(args.out / name))
            print(f"wrote {args.out / name} ({page.evaluate('kg.labels().length')} labels, "
                  f"{page.evaluate('kg.visibleNodeCount()')} nodes)")
        browser.close()


if __name__ == "__main__":
    main()
