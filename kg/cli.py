"""The `kg` command: a thin click layer over the library.

stdout carries data (query results, exports); stderr carries progress and
summaries. Library errors (`KGError`) become one clean line and exit code 1.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, BinaryIO, Optional, cast

import click

from kg import __version__
from kg.limits import QueryAborted, run_limited
from kg.pipeline import KGError
from kg.store import DEFAULT_STORE_DIR, STORE_ENV, RemoteLocation, RemoteOptions, StoreLocation, open_store
from kg.store.remote import DEFAULT_TIMEOUT, is_url

QUERY_FORMATS = ("table", "csv", "tsv", "json", "ndjson", "xml", "turtle", "ntriples", "jsonld")
# a graph result asked for as a table or as JSON is written as Turtle or JSON-LD
_GRAPH_FORMATS = {"turtle": "turtle", "table": "turtle", "ntriples": "ntriples", "jsonld": "jsonld", "json": "jsonld"}


class KGGroup(click.Group):
    """Turns library errors into one-line messages instead of tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QueryAborted as exc:
            # the engine cannot be cancelled: leave at once, the store is only read
            sys.stdout.flush()
            click.echo(f"Error: {exc}", err=True)
            sys.stderr.flush()
            os._exit(exc.exit_code)
        except KGError as exc:
            raise click.ClickException(str(exc)) from exc
        except BrokenPipeError:  # `kg query ... | head`
            sys.stderr.close()
            ctx.exit(0)


def _err(message: str) -> None:
    click.echo(message, err=True)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", "store_location", envvar=STORE_ENV, default=DEFAULT_STORE_DIR, show_default=True,
              show_envvar=True, metavar="DIR|URL",
              help="Where the graph lives: a directory (the embedded store) or a SPARQL server's URL, "
                   "e.g. http://127.0.0.1:7878 (Oxigraph server) or http://127.0.0.1:8890/sparql (Virtuoso).")
@click.option("--store-user", envvar="KG_STORE_USER", show_envvar=True,
              help="User for a server that wants one (Virtuoso's /sparql-auth: digest auth).")
@click.option("--store-password", envvar="KG_STORE_PASSWORD", show_envvar=True, help="That user's password.")
@click.option("--store-auth", type=click.Choice(["digest", "basic"]), default="digest", show_default=True,
              envvar="KG_STORE_AUTH", help="HTTP authentication scheme for --store-user.")
@click.option("--store-update-url", envvar="KG_STORE_UPDATE_URL", metavar="URL",
              help="SPARQL Update endpoint, when it is not derived from --store.")
@click.option("--store-graph-store-url", envvar="KG_STORE_GRAPH_STORE_URL", metavar="URL",
              help="Graph Store Protocol endpoint, when it is not derived from --store.")
@click.option("--store-default-graph", envvar="KG_STORE_DEFAULT_GRAPH", metavar="IRI",
              help="Named graph that holds the union on a server without a default graph of its own.")
@click.option("--store-timeout", type=float, default=DEFAULT_TIMEOUT, show_default=True, envvar="KG_STORE_TIMEOUT",
              help="Seconds to wait for a SPARQL server's answer.")
@click.version_option(__version__, prog_name="kg")
@click.pass_context
def cli(ctx: click.Context, store_location: str, store_user: Optional[str], store_password: Optional[str],
        store_auth: str, store_update_url: Optional[str], store_graph_store_url: Optional[str],
        store_default_graph: Optional[str], store_timeout: float) -> None:
    """defence-kg: Vietnamese defence news as a queryable knowledge graph.

    Typical use: `kg build seeds/`, then `kg query --name partners-of-vietnam`,
    `kg export --format turtle -o graph.ttl`, `kg viz`.
    """
    ctx.ensure_object(dict)
    if is_url(store_location):
        options = RemoteOptions(update_url=store_update_url, graph_store_url=store_graph_store_url,
                                default_graph=store_default_graph, user=store_user, password=store_password,
                                auth=store_auth, timeout=store_timeout)
        location: StoreLocation = RemoteLocation(store_location, options)
    else:
        location = Path(store_location)
    ctx.obj["store_path"] = location
    ctx.obj["open_store"] = lambda read_only=True: open_store(location, read_only=read_only)


def _store(ctx: click.Context, read_only: bool = True):
    return ctx.obj["open_store"](read_only=read_only)


lang_option = click.option(
    "--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True, envvar="KG_LANG", show_envvar=True,
    help="Language of the names shown for entities, classes and partnership levels (an entity named in one "
         "language only keeps that name).")


# -------------------------------------------------------------------- remove
@cli.command()
@click.argument("article_ids", nargs=-1, required=True)
@click.pass_context
def remove(ctx: click.Context, article_ids: tuple[str, ...]) -> None:
    """Drop the statements read from the given article(s) (ids as in `kg query --name articles`).

    Entities that no remaining article supports disappear with them.
    Re-run `kg export` (or `kg build`) to refresh exported files.
    """
    from kg.build import remove_article

    missing = []
    with _store(ctx, read_only=False) as store:
        for article_id in article_ids:
            if remove_article(store, article_id):
                _err(f"removed {article_id}")
            else:
                missing.append(article_id)
    if missing:
        raise click.ClickException(f"no such article in the store: {', '.join(missing)}")


# --------------------------------------------------------------------- query
@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a file (UTF-8).")
@click.option("-n", "--name", help="Run a named query (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Set a named query's parameter, e.g. country=CHN.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
@click.option("--format", "fmt", type=click.Choice(QUERY_FORMATS), default="table", show_default=True,
              help="Output format: SELECT results as table/csv/tsv/json/ndjson/xml; graph results as turtle/ntriples/jsonld.")
@click.option("--timeout", type=click.FloatRange(min=0), default=60.0, show_default=True,
              help="Stop a query that runs longer than this many seconds (0: no limit).")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE clauses query other servers over the network (refused by default).")
@lang_option
@click.option("--labels/--no-labels", default=True, show_default=True,
              help="Name entities: words in a table; a <column>_label column beside the IRIs in csv, tsv, json, "
                   "xml and ndjson. --no-labels gives the answer exactly as the query gave it.")
@click.pass_context
def query(ctx: click.Context, sparql: Optional[str], query_file: Optional[Path], name: Optional[str],
          params: tuple[str, ...], list_queries: bool, fmt: str, timeout: float, allow_service: bool,
          lang: str, labels: bool) -> None:
    """Run a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all articles.

    Plain triple patterns see each statement once, whichever articles state
    it; use GRAPH ?g { ... } to ask which article said something.

    \b
    Predeclared prefixes: dkg: id: rdf: rdfs: owl: xsd: prov: dcterms: wd:
    Entities by kind: country:VNM  official:phan-van-giang
                      organization:bo-quoc-phong-viet-nam
                      partnership:usa-vnm-comprehensive-strategic-partnership
                      source:004-fb072b0f9087a923-txt-c611ccec (an article)
    Events and agreements: their full IRI, e.g.
      <https://w3id.org/defence-kg/id/event/talks/2024-10-24-chn-vnm>
    (a prefixed name cannot hold a slash: id:official/x is not one).

    \b
    Named queries: --list shows them and their parameters. A country is an
    ISO code or a name in Vietnamese or English: --param country=CHN,
    --param "country=Trung Quốc", --param country=China.
    """
    from kg.labels import Namer
    from kg.queries import unknown_terms

    if list_queries:
        _list_named_queries(fmt)
        return
    text = _query_text(sparql, query_file, name, params)
    for term, close in unknown_terms(text):
        hint = f" (did you mean dkg:{close}?)" if close else ""
        _err(f"warning: dkg:{term} is not a term of the ontology{hint}")
    with _store(ctx) as store:
        namer = Namer(store, lang) if labels else None
        output = run_limited(lambda: render_result(store.query(text, allow_service=allow_service), fmt, namer),
                             timeout or None)
    with output:
        sys.stdout.flush()
        shutil.copyfileobj(output, sys.stdout.buffer)
        sys.stdout.buffer.flush()


def _list_named_queries(fmt: str) -> None:
    from kg.output import render_rows
    from kg.queries import list_named_queries

    rows = [{"name": q.name, "description": q.description, "parameters": [p.summary() for p in q.params]}
            for q in list_named_queries()]
    if fmt in ("table", "csv", "tsv"):
        rows = [{**r, "parameters": "\n".join(r["parameters"]) if fmt == "table" else "; ".join(r["parameters"])}
                for r in rows]
    render_rows(["name", "description", "parameters"], rows,
                fmt if fmt in ("csv", "tsv", "json", "ndjson") else "table", sys.stdout)


def _query_text(sparql: Optional[str], query_file: Optional[Path], name: Optional[str],
                params: tuple[str, ...]) -> str:
    """The query to run: the string, the file's text, or the named query with its parameters bound."""
    from kg.queries import get_named_query

    given = [x for x in (sparql, query_file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: a query string, -f FILE or --name NAME")
    bindings = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--param")
        bindings[key.strip()] = value
    if name:
        named = get_named_query(name)
        text = named.bind(bindings)
        for limit in named.limits():
            if limit.name not in bindings:
                _err(f"note: {limit.name}={limit.default}: {limit.description}; --param {limit.name}=0 for all")
        return text
    if bindings:
        raise click.UsageError("--param only applies to named queries")
    text = _read_query_file(query_file) if query_file else (sparql or "")
    if not text.strip():
        raise click.UsageError("the query is empty")
    return text


def _read_query_file(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise click.ClickException(f"{path} is not a UTF-8 text file") from None
    except OSError as exc:
        raise click.ClickException(f"cannot read {path}: {exc.strerror or exc}") from None


def render_result(result: Any, fmt: str, namer: Any = None) -> BinaryIO:
    """A query's answer, rendered whole before anything reaches stdout (a timeout prints nothing half-done).

    With a `kg.labels.Namer`, a SELECT's entities are named: in words in a
    table, in `<column>_label` columns beside the IRIs in csv/tsv/json/xml/ndjson."""
    from kg.output import render_select

    # typeshed declares SpooledTemporaryFile an IO[bytes] but not a BinaryIO, which adds nothing to it
    out = cast(BinaryIO, tempfile.SpooledTemporaryFile(max_size=32 * 1024 * 1024))
    if result.kind == "graph":
        if fmt not in _GRAPH_FORMATS:
            raise click.ClickException(f"--format {fmt} does not apply to graph results; use turtle, ntriples or jsonld")
        result.serialize(out, _GRAPH_FORMATS[fmt], prefixes=_prefixes())
    elif fmt in ("turtle", "ntriples", "jsonld"):
        raise click.ClickException(f"--format {fmt} applies to CONSTRUCT/DESCRIBE results only")
    elif result.kind == "ask" and fmt not in ("json", "xml"):
        out.write(b"true\n" if result.boolean else b"false\n")
    else:
        if result.kind == "ask":
            result.serialize(out, fmt)
        else:
            render_select(result, fmt, out, namer)
        if fmt in ("json", "xml"):
            out.write(b"\n")
    out.seek(0)
    return out


def _prefixes() -> dict[str, str]:
    from kg.vocab import turtle_prefixes

    return turtle_prefixes()


# -------------------------------------------------------------------- export
@cli.command()
@click.option("--format", "fmt", default="turtle", show_default=True,
              help="turtle, trig, nquads, ntriples, jsonld, rdfxml, graphml or gexf.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of stdout.")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: Optional[Path]) -> None:
    """Export the graph. Turtle is the union of all articles; TriG, N-Quads and JSON-LD
    keep one named graph per article; GraphML/GEXF hold the network projection."""
    from kg.exports import export as do_export
    from kg.exports import export_to_file, get_format

    get_format(fmt)  # fail on a bad name before opening the store
    with _store(ctx) as store:
        if output:
            export_to_file(store, fmt, output)
            _err(f"wrote {output}")
        else:
            do_export(store, fmt, sys.stdout.buffer)
            sys.stdout.buffer.flush()


# ------------------------------------------------------------------ validate
@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "ndjson"]), default="table",
              show_default=True, help="table: one line per result; json/csv/ndjson: every field of each result.")
@click.option("--strict", is_flag=True, help="Fail on warnings too, not only on violations.")
@click.pass_context
def validate(ctx: click.Context, fmt: str, strict: bool) -> None:
    """Check the store against the SHACL shapes (ontology/shapes.ttl) and the consistency checks.

    Results of severity Violation fail the command (exit 1). Warnings (e.g.
    an agreement whose article gives no signing date) are listed and do not
    fail it, unless --strict."""
    from dataclasses import asdict

    from kg.output import render_rows
    from kg.validate import format_violation, validate_store

    with _store(ctx) as store:
        report = validate_store(store)
    if report.violations:
        if fmt == "table":
            for v in report.violations:
                click.echo(format_violation(v))
        else:
            rows = [asdict(v) for v in report.violations]
            render_rows(list(rows[0]), rows, fmt, sys.stdout)
    if report.fails(strict):
        raise click.ClickException(report.summary(strict) + (" (--strict)" if strict and not report.errors else ""))
    extra = f", with {report.summary()}" if report.violations else ""
    _err(f"The graph conforms to the SHACL shapes{extra}.")


# --------------------------------------------------------------------- stats
STATS_COLUMNS = ["section", "name", "iri", "label", "class", "class_label", "count"]


@cli.command()
@click.option("--top", default=10, show_default=True, help="How many most-connected entities to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "ndjson", "markdown"]),
              default="table", show_default=True,
              help="table/markdown: two tables in words; csv/tsv/json/ndjson: one row per figure, with IRIs.")
@lang_option
@click.pass_context
def stats(ctx: click.Context, top: int, fmt: str, lang: str) -> None:
    """Counts by class and the most connected entities, in words.

    The tables name each class and entity in --lang, with the name a query
    uses beside it (dkg:Official, country:VNM, or the whole IRI); csv, tsv,
    json and ndjson give one row per figure with IRIs and labels."""
    from kg.output import render_rows
    from kg.stats import graph_stats

    with _store(ctx) as store:
        result = run_limited(lambda: graph_stats(store, top=top, lang=lang), timeout=None)  # Ctrl-C stops at once
    if fmt not in ("table", "markdown"):
        render_rows(STATS_COLUMNS, result.as_rows(), fmt, sys.stdout)
        return
    click.echo(f"{result.statements:,} statements, {result.articles} article(s)")
    render_rows(["class", "count", "term"], result.class_rows(), fmt, sys.stdout)
    render_rows(["entity", "class", "degree", "id"], result.entity_rows(), fmt, sys.stdout)


def _register_optional_commands() -> None:
    """Commands that live in their own modules (one module per feature)."""
    from kg.commands.analyze import analyze
    from kg.commands.build import build
    from kg.commands.evaluate import evaluate
    from kg.commands.explain import explain
    from kg.commands.serve import serve
    from kg.commands.viz import viz

    for command in (build, evaluate, analyze, viz, serve, explain):
        cli.add_command(command)


_register_optional_commands()


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":
    main()
