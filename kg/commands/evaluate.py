"""`kg evaluate GOLD_DIR [ARTICLES...]`: score the extractor against gold files."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg.evaluate import FIELDS, evaluate as run_evaluation
from kg.output import render_rows
from kg.pipeline import KGError

COLUMNS = ["field", "tp", "fp", "fn", "precision", "recall", "f1"]


@click.command("evaluate")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("articles", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--verbose", is_flag=True, help="List misses and false hits per article.")
@click.option("--kinds", is_flag=True,
              help="Also count the errors by kind (an event on another date, an official with another country, "
                   "missed, extra), without showing any text: a blind set stays blind.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: scores by field; json: the whole report, misses, false hits and error kinds included.")
@click.option("--min-f1", type=float, default=None, help="Exit 1 if micro F1 is below this (or any forbidden hit).")
@click.option("--from-export", is_flag=True,
              help="Score what each article's graph in a TriG export holds (as a user of the graph sees it), "
                   "not the pipeline's own records.")
def evaluate(gold_dir: Path, articles: tuple[Path, ...], verbose: bool, kinds: bool, fmt: str,
             min_f1: float | None, from_export: bool) -> None:
    """Score extraction on the articles named by the gold files in GOLD_DIR.

    Without ARTICLES, the articles are looked for in GOLD_DIR and in a sibling
    `seeds/` folder."""
    paths = list(articles) or [p for p in (gold_dir, gold_dir.parent / "seeds") if p.is_dir()]
    try:
        report = run_evaluation(gold_dir, paths, from_export=from_export)
    except KGError as exc:
        raise click.ClickException(str(exc)) from exc
    out = sys.stdout
    if fmt == "json":
        json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        rows = []
        for name in (*FIELDS, "micro"):
            s = report.micro if name == "micro" else report.fields[name]
            rows.append({"field": name, "tp": s.tp, "fp": s.fp, "fn": s.fn,
                         "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4)})
        render_rows(COLUMNS, rows, "table", out)
        out.write(f"forbidden hits: {report.forbidden_hits}\n")
        if kinds:
            rows = [{"field": name, "kind": kind, "count": n}
                    for name, counts in report.kinds.items() for kind, n in counts.most_common()]
            out.write("\n")
            render_rows(["field", "kind", "count"], rows, "table", out)
        if verbose:
            for art in report.articles:
                problems = art.misses + art.false_hits + art.forbidden_hits
                if not problems:
                    continue
                out.write(f"\n{art.document}\n")
                for m in art.misses:
                    out.write(f"  miss   {m}\n")
                for m in art.false_hits:
                    out.write(f"  false  {m}\n")
                for m in art.forbidden_hits:
                    out.write(f"  FORBIDDEN {m}\n")
    if min_f1 is not None and (report.micro.f1 < min_f1 or report.forbidden_hits):
        click.echo(
            f"micro F1 {report.micro.f1:.4f} below {min_f1} or {report.forbidden_hits} forbidden hit(s)",
            err=True,
        )
        sys.exit(1)
