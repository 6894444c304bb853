"""`kg analyze`: network reports on the graph (see kg.analytics)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import click

from kg.output import render_rows
from kg.pipeline import KGError

REPORTS = ("all", "summary", "partners", "centrality", "communities", "brokers", "timeline", "ego")
FORMATS = ("table", "json", "csv", "tsv", "ndjson", "markdown")


@click.command("analyze")
@click.argument("what", type=click.Choice(REPORTS), default="all", required=False)
@click.option("--country", default="VNM", show_default=True, help="ISO code for partners and ego network.")
@click.option("--depth", type=click.IntRange(min=1), default=2, show_default=True, help="Ego network radius.")
@click.option("--since", default=None, help="Start of the period: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", default=None, help="End of the period: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Rows per ranking.")
@click.option("--seed", type=int, default=42, show_default=True, help="Seed for sampling and communities.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--report", "report", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a Markdown report with charts to this file.")
@click.pass_context
def analyze(ctx: click.Context, what: str, country: str, depth: int, since: Optional[str], until: Optional[str],
            top: int, seed: int, fmt: str, report: Optional[Path]) -> None:
    """Partners, centrality, communities, brokers, timeline and ego network."""
    from kg.analytics import Analyzer, write_report
    from kg.projection import Period, load_kg_cached
    from kg.store import open_store

    try:
        period = Period.parse(since, until)
        store = open_store(ctx.obj["store_path"], read_only=True)
        try:
            analyzer = Analyzer(load_kg_cached(store), period, seed)
        finally:
            store.close()
        if report is not None:
            files = write_report(analyzer, report, country, depth, top)
            click.echo("wrote " + ", ".join(str(f) for f in files), err=True)
            return
        makers = {
            "summary": lambda: analyzer.summary(),
            "partners": lambda: analyzer.partners(country, top),
            "centrality": lambda: analyzer.centrality(top),
            "communities": lambda: analyzer.communities(),
            "brokers": lambda: analyzer.brokers(top),
            "timeline": lambda: analyzer.timeline(),
            "ego": lambda: analyzer.ego(country, depth),
        }
        names = list(makers) if what == "all" else [what]
        sections = [makers[n]() for n in names]
    except KGError as exc:
        raise click.ClickException(str(exc)) from exc
    out = sys.stdout
    if len(sections) == 1:
        s = sections[0]
        render_rows(s.columns, s.rows, fmt, out)
        if s.note and fmt in ("table", "markdown"):
            out.write(f"\n{s.note}\n")
        elif s.note:
            click.echo(s.note, err=True)
        return
    if fmt == "json":
        json.dump({s.name: {"title": s.title, "note": s.note, "rows": s.rows} for s in sections},
                  out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
        return
    if fmt not in ("table", "markdown"):
        raise click.ClickException(f"--format {fmt} needs one report: kg analyze partners|centrality|... ")
    for s in sections:
        out.write(f"\n## {s.title}\n\n" if fmt == "markdown" else f"\n{s.title}\n")
        render_rows(s.columns, s.rows, fmt, out)
        if s.note:
            out.write(f"\n{s.note}\n")
