"""Score many evaluation sets in one run, and say which moved since a saved run.

A set is a folder holding `gold/` and `articles/` (or `GOLD_DIR::ARTICLES_DIR`). Rules are
guarded by scoring every tuning set before and after a change; this prints one line a set
(micro F1, forbidden hits, F1 by field), saves the scores as JSON and compares with an
earlier JSON. `--blind` prints error kinds only, never the text of a miss, so a blind set
stays blind; `--misses` prints each article's misses and false hits (tuning sets only).

    python scripts/score_sets.py tests/data/heldout7[0-3] --json /tmp/after.json --compare /tmp/before.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from kg.evaluate import FIELDS, EvaluationReport, evaluate
from kg.pipeline import KGError, Pipeline


SHORT = {"officials": "offi", "events": "even", "agreements": "agre", "partnerships": "pshp", "partners": "ptnr"}


def set_paths(spec: str) -> tuple[str, Path, Path]:
    """(name, gold dir, articles dir) of a set given as a folder or as GOLD::ARTICLES."""
    if "::" in spec:
        gold, articles = (Path(p) for p in spec.split("::", 1))
        return gold.name, gold, articles
    root = Path(spec)
    return root.name, root / "gold", root / "articles"


def summary(report: EvaluationReport) -> dict[str, Any]:
    """What is compared between runs: micro and per-field scores, forbidden hits, error kinds."""
    full = report.to_dict()
    return {"micro": full["micro"], "fields": full["fields"], "forbidden": report.forbidden_hits,
            "kinds": full["kinds"]}


def line(name: str, s: dict[str, Any]) -> str:
    """One row of the table: a field with nothing in gold or output shows as --."""
    cells = []
    for f in FIELDS:
        sc = s["fields"][f]
        cells.append(f"{sc['f1']:.2f}" if sc["tp"] + sc["fp"] + sc["fn"] else "  --")
    return f"{name:24s} {s['micro']['f1']:.3f} {s['forbidden']:4d}   " + "  ".join(cells)


def print_misses(report: EvaluationReport) -> None:
    for art in report.articles:
        problems = [f"  miss   {m}" for m in art.misses] + [f"  false  {m}" for m in art.false_hits]
        problems += [f"  FORBIDDEN {m}" for m in art.forbidden_hits]
        if problems:
            print(f"  == {art.document}\n" + "\n".join(problems))


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Lines for the sets whose micro F1 or forbidden count differ between two runs."""
    out = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        if a is None or b is None:
            out.append(f"{name}: only in the {'new' if a is None else 'old'} run")
        elif abs(a["micro"]["f1"] - b["micro"]["f1"]) > 1e-9 or a["forbidden"] != b["forbidden"]:
            out.append(f"{name:24s} {a['micro']['f1']:.3f} ({a['forbidden']}) -> "
                       f"{b['micro']['f1']:.3f} ({b['forbidden']})")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="+", help="set folders (gold/ + articles/) or GOLD_DIR::ARTICLES_DIR")
    ap.add_argument("--blind", action="store_true", help="error kinds only, no text of any miss")
    ap.add_argument("--misses", action="store_true", help="each article's misses and false hits")
    ap.add_argument("--json", type=Path, help="save the scores here")
    ap.add_argument("--compare", type=Path, help="a JSON of an earlier run: list the sets that moved")
    args = ap.parse_args(argv)
    nlp, scores, failed = Pipeline(), {}, 0
    print(f"{'set':24s} micro forb   " + "  ".join(SHORT[f] for f in FIELDS))
    for spec in args.sets:
        name, gold, articles = set_paths(spec)
        try:
            report = evaluate(gold, [articles], pipeline=nlp)
        except KGError as exc:  # no gold, unreadable gold, an article missing: say so, go on
            print(f"{name}: cannot score: {exc}", file=sys.stderr)
            failed += 1
            continue
        scores[name] = summary(report)
        print(line(name, scores[name]), flush=True)
        if args.blind:
            print("   kinds:", json.dumps(scores[name]["kinds"], ensure_ascii=False))
        elif args.misses:
            print_misses(report)
    if args.json:
        args.json.write_text(json.dumps(scores, indent=1), encoding="utf-8")
    if args.compare:
        moved = compare(json.loads(args.compare.read_text(encoding="utf-8")), scores)
        print("\n".join(moved) if moved else "no set moved", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
