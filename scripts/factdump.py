"""Write every fact the pipeline reads from a folder of articles, one sorted line each.

Two dumps made before and after a rule change (`diff before.txt after.txt`) show every fact
the change moved, on text with no gold (a folder of real pages, say): each changed line is
then judged by eye. Lines: article id, kind (O official, E event, A agreement, P
partnership, N partner countries) and the fact's fields, tab-separated.

    python scripts/factdump.py /tmp/before.txt PAGES_DIR [MORE_DIRS...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

from kg.pipeline import Doc, Pipeline
from kg.reading import iter_articles

SUFFIXES = {".txt", ".html", ".htm", ".jsonl", ".json"}


def fact_lines(doc: Doc) -> list[str]:
    """The facts of one article as tab-separated lines, lists sorted so a dump is stable."""
    k = doc.article.id
    out = [f"{k}\tO\t{o.name}\t{o.country}\t{o.rank}\t{'; '.join(o.positions)}" for o in doc.officials]
    out += [f"{k}\tE\t{e.type}\t{e.start}\t{e.end}\t{','.join(sorted(e.countries))}\t"
            f"{','.join(sorted(e.participants))}\t{e.label}" for e in doc.events]
    out += [f"{k}\tA\t{a.type}\t{a.date}\t{','.join(sorted(a.parties))}\t{a.label}" for a in doc.agreements]
    out += [f"{k}\tP\t{','.join(sorted(p.countries))}\t{p.level}\t{p.since}" for p in doc.partnerships]
    out.append(f"{k}\tN\t{','.join(sorted(doc.partners))}")
    return out


def dump(folders: list[Path], on_skip: Callable[..., None] = lambda *a, **k: None) -> list[str]:
    """Every fact of the articles under `folders`; what cannot be read goes to `on_skip`."""
    files = [f for d in folders for f in sorted(d.rglob("*")) if f.is_file() and f.suffix in SUFFIXES]
    nlp, lines = Pipeline(), []
    for article in iter_articles(files, on_skip=on_skip):
        lines += fact_lines(nlp(article))
    return sorted(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="the dump to write")
    ap.add_argument("folders", type=Path, nargs="+", help="folders of articles (searched recursively)")
    args = ap.parse_args(argv)
    missing = [str(d) for d in args.folders if not d.is_dir()]
    if missing:
        ap.error(f"not a folder: {', '.join(missing)}")
    skipped: list[str] = []
    lines = dump(args.folders, on_skip=lambda skip, *a, **k: skipped.append(f"{skip.source}: {skip.reason}"))
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines; {len(skipped)} input(s) not read", file=sys.stderr)
    for s in skipped:
        print(f"  not read: {s}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
