"""`kg analyze`: network reports on the graph (see kg.analytics)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional, TextIO

import click

from kg.output import render_rows
from kg.pipeline import KGError

REPORTS = ("all", "summary", "briefing", "partners", "centrality", "communities", "brokers", "timeline", "ego")
FORMATS = ("table", "json", "csv", "tsv", "ndjson", "markdown")
# Formats that hold one table: several reports at once would mix their columns.
ONE_TABLE_FORMATS = ("csv", "tsv")


def _paragraphs(rows: list[dict], out: TextIO) -> None:
    """The briefing as text: a heading line and a paragraph per partner."""
    for r in rows:
        out.write(f"{r['rank']}. {r['name']} ({r['partner']})\n{r['briefing']}\n\n")


def _write_sections(sections: list, fmt: str, out: TextIO) -> None:
    if len(sections) == 1:
        s = sections[0]
        if s.name == "briefing" and fmt == "table":
            _paragraphs(s.rows, out)
        else:
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
    if fmt == "ndjson":
        render_rows(["section"], ({"section": s.name, **r} for s in sections for r in s.rows), fmt, out)
        return
    for s in sections:
        out.write(f"\n## {s.title}\n\n" if fmt == "markdown" else f"\n{s.title}\n")
        if s.name == "briefing" and fmt == "table":
            _paragraphs(s.rows, out)
        else:
            render_rows(s.columns, s.rows, fmt, out)
        if s.note:
            out.write(f"\n{s.note}\n")


@click.command("analyze")
@click.argument("what", type=click.Choice(REPORTS), default="all", required=False)
@click.option("--country", default="VNM", show_default=True,
              help="The country of partners, briefing and ego network: ISO code or name (Vietnamese or English).")
@click.option("--depth", type=click.IntRange(min=1), default=2, show_default=True, help="Ego network radius.")
@click.option("--since", default=None, help="Start of the period: YYYY, YYYY-MM or YYYY-MM-DD (a real day).")
@click.option("--until", default=None, help="End of the period: YYYY, YYYY-MM or YYYY-MM-DD (a real day).")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True,
              help="Rows per ranking (and per distance in the ego network).")
@click.option("--seed", type=int, default=42, show_default=True, help="Seed for sampling and communities.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="csv and tsv hold one table, so they need one report named "
                   "(`kg analyze partners --format csv`); json and ndjson take them all.")
@click.option("--report", "report", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write a Markdown report to this file: a briefing in words per partner country, "
                   "every table, and PNG charts next to it.")
@click.pass_context
def analyze(ctx: click.Context, what: str, country: str, depth: int, since: Optional[str], until: Optional[str],
            top: int, seed: int, fmt: str, report: Optional[Path]) -> None:
    """Partners (with a briefing in words), centrality, communities, brokers, timeline and ego network.

    WHAT names one report; without it, every report is shown (table, markdown,
    json or ndjson; csv and tsv need one report)."""
    from kg.analytics import Analyzer, write_report
    from kg.projection import Period, load_kg_cached, paused_gc
    from kg.queries import resolve_country
    from kg.store import open_store

    if what == "all" and fmt in ONE_TABLE_FORMATS and report is None:
        raise click.UsageError(f"--format {fmt} writes one table: name one report "
                               f"({', '.join(REPORTS[1:])}), e.g. `kg analyze partners --format {fmt}`; "
                               "or use --format json or ndjson for all of them")
    try:
        country = resolve_country(country)
        period = Period.parse(since, until)
        store = open_store(ctx.obj["store_path"], read_only=True)
        try:
            analyzer = Analyzer(load_kg_cached(store, details=False), period, seed)
        finally:
            store.close()
        if report is not None:
            with paused_gc():
                files = write_report(analyzer, report, country, depth, top)
            click.echo("wrote " + ", ".join(str(f) for f in files), err=True)
            return
        makers = {
            "summary": lambda: analyzer.summary(),
            "briefing": lambda: analyzer.briefing(country, top),
            "partners": lambda: analyzer.partners(country, top),
            "centrality": lambda: analyzer.centrality(top),
            "communities": lambda: analyzer.communities(),
            "brokers": lambda: analyzer.brokers(top),
            "timeline": lambda: analyzer.timeline(),
            "ego": lambda: analyzer.ego(country, depth, top),
        }
        names = list(makers) if what == "all" else [what]
        # Millions of small objects and no cycles: the collector's passes would
        # cost more than the reports (see kg.projection.paused_gc).
        with paused_gc():
            sections = [makers[n]() for n in names]
            _write_sections(sections, fmt, sys.stdout)
    except KGError as exc:
        raise click.ClickException(str(exc)) from exc
