"""`kg explain ARTICLE|IRI`: where each fact came from and which rules decided (see kg.explain)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import click

from kg.output import render_rows

FORMATS = ("table", "json", "csv", "tsv", "ndjson", "markdown")


@click.command("explain")
@click.argument("target")
@click.option("--id", "article_id", default=None, help="In a .jsonl file, explain only the article with this id.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table: one row per fact, evidence, dropped candidate and removed line; json: the whole explanation.")
@click.pass_context
def explain(ctx: click.Context, target: str, article_id: Optional[str], fmt: str) -> None:
    """Explain the facts of an article, or what the store holds about an IRI.

    TARGET is an article file (.txt, .html, .jsonl: the pipeline runs again and
    shows, for every fact, each sentence, the characters of the mention and the
    rules that accepted it, and every candidate dropped with the rule that
    dropped it), an article id of the store (the facts it holds and their
    evidence sentences), or an IRI or prefixed name such as official:phan-van-giang
    (its statements and evidence, by article)."""
    from kg import explain as lib

    if Path(target).exists():
        explanations = _from_file(Path(target), article_id)
    else:
        from kg.store import open_store

        with open_store(ctx.obj["store_path"], read_only=True) as store:
            explanations = [lib.explain_stored(store, target)]
    out = sys.stdout
    if fmt == "json":
        data = [e.to_dict() for e in explanations]
        json.dump(data[0] if len(data) == 1 else data, out, ensure_ascii=False, indent=2, default=str)
        out.write("\n")
        return
    for e in explanations:
        if fmt == "table":
            click.echo(f"{e.subject} ({'read now' if e.source == 'text' else 'as stored'}): "
                       f"{len(e.facts)} fact(s), {len(e.dropped)} dropped candidate(s)", err=True)
            for warning in e.warnings:
                click.echo(f"warning: {warning}", err=True)
        render_rows(lib.COLUMNS, e.rows(), fmt, out)
    if fmt == "table":
        names = sorted({r for e in explanations for r in e.rule_names()})
        if names:
            from kg.pipeline.rules import describe

            click.echo("\nRules:", err=True)
            for name in names:
                click.echo(f"  {name}: {describe(name)}", err=True)


def _from_file(path: Path, article_id: Optional[str]):
    from kg import explain as lib
    from kg.reading import iter_articles

    skipped: list = []
    articles = [a for a in iter_articles([path], on_skip=skipped.append) if article_id in (None, a.id)]
    if not articles:
        reason = f": {skipped[0].reason}" if skipped else ""
        wanted = f" with id {article_id!r}" if article_id else ""
        raise click.ClickException(f"no article{wanted} could be read from {path}{reason}")
    return [lib.explain_article(a) for a in articles]
