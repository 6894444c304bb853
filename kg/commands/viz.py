"""`kg viz`: write the interactive, offline HTML graph (see kg.viz)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from kg.pipeline import KGError


@click.command("viz")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("exports/defence-kg.html"), show_default=True)
@click.option("--country", default=None, help="Only the neighbourhood of this country (ISO code).")
@click.option("--depth", type=click.IntRange(min=1), default=2, show_default=True, help="Neighbourhood radius.")
@click.option("--since", default=None, help="Start of the period: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", default=None, help="End of the period: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--type", "types", multiple=True,
              help="Keep only happenings of this class (Event, Agreement, Partnership, Exhibition, ...); repeatable.")
@click.option("--physics-threshold", type=click.IntRange(min=0), default=None,
              help="Above this many nodes, positions come from Python and physics is off.")
@click.option("--title", default="defence-kg", show_default=True)
@click.pass_context
def viz(ctx: click.Context, output: Path, country: Optional[str], depth: int, since: Optional[str],
        until: Optional[str], types: tuple[str, ...], physics_threshold: Optional[int], title: str) -> None:
    """Write an interactive graph that works offline."""
    from kg.store import open_store
    from kg.viz import PHYSICS_THRESHOLD, write_html

    try:
        store = open_store(ctx.obj["store_path"], read_only=True)
        try:
            summary = write_html(store, output, country=country, depth=depth, since=since, until=until,
                                 types=types or None, title=title,
                                 physics_threshold=PHYSICS_THRESHOLD if physics_threshold is None else physics_threshold)
        finally:
            store.close()
    except KGError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {summary.path}: {summary.nodes} nodes, {summary.edges} edges, {summary.layout} "
               f"({summary.seconds:.1f} s)", err=True)
