"""`kg viz`: write the interactive, offline HTML graph (see kg.viz)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import click

from kg.pipeline import KGError


@click.command("viz")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("exports/defence-kg.html"), show_default=True, help="The HTML file to write.")
@click.option("--country", default=None,
              help="Keep only the neighbourhood of this country (ISO code, or its name in Vietnamese or English); "
                   "the page opens on it.")
@click.option("--depth", type=click.IntRange(min=1), default=2, show_default=True,
              help="With --country: how many links from the country to keep.")
@click.option("--since", default=None, help="Start of the period: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", default=None, help="End of the period: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--type", "types", multiple=True,
              help="Keep only happenings of this class or partnership level, by name or in words "
                   "(Event, Agreement, Talks, 'Hội đàm', 'letter of intent', ...); repeatable.")
@click.option("--inline-max-nodes", type=click.IntRange(min=0), default=None,
              help="Up to this many entities everything is in the one HTML file; above, the entities go to "
                   "a folder beside it (<name>-data/), read on demand. Default: 2000 (kg/data/viz/projection.json).")
@click.option("--title", default="defence-kg", show_default=True, help="Title of the page.")
@click.pass_context
def viz(ctx: click.Context, output: Path, country: Optional[str], depth: int, since: Optional[str],
        until: Optional[str], types: tuple[str, ...], inline_max_nodes: Optional[int], title: str) -> None:
    """Write an interactive graph that works offline, opening on the country overview.

    A large graph's page keeps its entities in a folder next to it: copy both
    together."""
    from kg.labels import resolve_term
    from kg.queries import resolve_country
    from kg.store import open_store
    from kg.viz import write_view

    try:
        country = resolve_country(country) if country else None
        types = tuple(resolve_term(t) for t in types)
        store = open_store(ctx.obj["store_path"], read_only=True)
        try:
            summary = write_view(store, output, country=country, depth=depth, since=since, until=until,
                                 types=types or None, title=title, inline_max_nodes=inline_max_nodes)
        finally:
            store.close()
    except KGError as exc:
        raise click.ClickException(str(exc)) from exc
    where = "one file" if summary.inline else f"page + {summary.files[-1]}"
    click.echo(f"wrote {summary.path} ({where}, {summary.all_bytes / 1e6:.1f} MB): {summary.nodes} nodes, "
               f"{summary.edges} edges, {summary.countries} countries ({summary.seconds:.1f} s)", err=True)
