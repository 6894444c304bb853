"""`kg build`: read articles into the store, then bring the exports up to date."""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

import click

from kg.build import BuildReport

# Past this many, skipped files and warnings are summed up by reason (--verbose lists them all).
SHOWN_LINES = 20


def echo(message: str) -> None:
    click.echo(message, err=True)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Extraction processes [default: every core].")
@click.option("--exports", "export_names", metavar="LIST",
              help="Exports to keep current, e.g. turtle,trig,html (also nquads, jsonld, ntriples, rdfxml, "
                   "graphml, gexf). Default: those already in the exports folder; on a first build "
                   "turtle,trig,html. Each is rewritten only when the graph changed.")
@click.option("--exports-dir", type=click.Path(file_okay=False, path_type=Path), default="exports",
              show_default=True, help="Folder of the exports (defence-kg.ttl, .trig, .html, ...).")
@click.option("--no-exports", is_flag=True, help="Only update the store.")
@click.option("--force", is_flag=True, help="Re-read every article even if unchanged.")
@click.option("--strict", is_flag=True, help="Exit non-zero if any file or article was skipped.")
@click.option("-v", "--verbose", is_flag=True,
              help=f"List every skipped file and warning (by default the first {SHOWN_LINES}, then a count).")
@click.pass_context
def build(ctx: click.Context, paths: tuple[Path, ...], jobs: Optional[int], export_names: Optional[str],
          exports_dir: Path, no_exports: bool, force: bool, strict: bool, verbose: bool) -> None:
    """Read articles (.txt, .html/.htm, .jsonl; folders recursively) into the store.

    Unchanged articles are skipped and changed ones replaced, so running it
    twice changes nothing. Extraction runs on every core (--jobs). Prints a
    summary on stderr, then rewrites the exports whose graph changed.
    """
    from kg.build import BuildFailed, Builder, BuildInterrupted, default_jobs
    from kg.exports import BUILD_DEFAULT_EXPORTS, existing_exports, parse_export_names

    names: list[str] = []
    if not no_exports:
        names = parse_export_names(export_names) if export_names else (
            existing_exports(exports_dir) or list(BUILD_DEFAULT_EXPORTS))
    started = time.perf_counter()
    jobs = jobs or default_jobs()
    with ctx.obj["open_store"](read_only=False) as store:
        builder = Builder(store, force=force, jobs=jobs)
        try:
            with progress_reporter() as tick:
                report = builder.build(paths, progress=tick)
        except BuildFailed as exc:
            summarize(exc.report, verbose)
            raise click.ClickException(f"{exc}; run kg build again once the cause is fixed") from exc
        except BuildInterrupted as exc:
            saved = len(exc.report.added) + len(exc.report.updated)
            echo(f"Interrupted: {saved:,} article(s) read before Ctrl-C are saved in the store "
                 f"({len(exc.report.unchanged):,} were already current); run the same kg build again to finish.")
            sys.exit(130)
        summarize(report, verbose)
        graph_lines(store)
        if names:
            write_build_exports(store, names, exports_dir)
    echo(f"Done in {time.perf_counter() - started:.2f} s.")
    if report.read == 0 and report.skipped:
        raise click.ClickException("no article could be read")
    if strict and report.skipped:
        raise click.ClickException(f"{len(report.skipped)} file(s) or article(s) skipped (--strict)")


def shown_lines(lines: list[str], verbose: bool) -> None:
    """Each line, or the first SHOWN_LINES and a count of the rest by kind of reason."""
    for line in lines if verbose else lines[:SHOWN_LINES]:
        echo(f"  {line}")
    rest = [] if verbose else lines[SHOWN_LINES:]
    if rest:
        kinds = Counter(reason_kind(line) for line in rest)
        echo(f"  … and {len(rest):,} more (kg build --verbose lists them all): "
             + "; ".join(f"{n:,} {kind}" for kind, n in kinds.most_common(5)))


def reason_kind(line: str) -> str:
    """A reason without the names in it: 'article id '…' is already in the store'."""
    head = line.split(": ", 1)[-1].split(";")[0]
    return re.sub(r"'[^']*'|`[^`]*`|\S*[/\\]\S*", "…", head).strip()


def summarize(report: BuildReport, verbose: bool = False) -> None:
    echo(f"Read {report.read} article(s) in {report.seconds:.2f} s ({report.jobs} job(s)): "
         f"{len(report.added)} new, {len(report.updated)} updated, {len(report.unchanged)} unchanged; "
         f"{len(report.skipped)} skipped.")
    shown_lines(["skipped " + f"{skip.source}: {skip.reason}" for skip in report.skipped], verbose)
    shown_lines(["warning " + f"{warning.source}: {warning.message}" for warning in report.warnings], verbose)
    if report.reconciled:
        echo(f"Reconciled {len(report.reconciled)} official's country reading(s) with what most articles say:")
        shown_lines([c.message() for c in report.reconciled], verbose)
    if report.not_written:
        shown = ", ".join(report.not_written[:5]) + (", …" if len(report.not_written) > 5 else "")
        echo(f"  not written (left as they were): {len(report.not_written)} article(s): {shown}")


def graph_lines(store: object) -> None:
    from kg.build import graph_summary

    summary = graph_summary(store)  # type: ignore[arg-type]
    echo(f"Graph: {len(store):,} statements in {len(store.graphs())} article graph(s).")  # type: ignore[arg-type,attr-defined]
    if summary:
        echo("  " + ", ".join(f"{name} {count}" for name, count in summary))
    from kg.consistency import find_conflicts, format_conflicts

    for line in format_conflicts(find_conflicts(store)):  # type: ignore[arg-type]
        echo(line)


def write_build_exports(store: object, names: list[str], directory: Path) -> None:
    from kg.exports import write_exports

    t0 = time.perf_counter()
    done = write_exports(store, names, directory, write_view=_write_html)  # type: ignore[arg-type]
    if done.written:
        echo(f"Wrote {', '.join(str(p) for p in done.written)} in {time.perf_counter() - t0:.2f} s.")
    if done.current:
        echo(f"Unchanged graph: kept {', '.join(str(p) for p in done.current)}.")


def _write_html(store: object, path: Path) -> object:
    """kg.viz's `write_html`, imported when a view is written: networkx takes 0.1 s to import, and a
    rebuild that changed nothing keeps the view."""
    from kg.viz import write_html

    return write_html(store, path)  # type: ignore[arg-type]


@contextmanager
def progress_reporter(every: float = 5.0) -> Iterator[Callable[[object], None]]:
    """A progress bar on a terminal; elsewhere (a log, CI, a notebook) a line every few seconds."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    if console.is_terminal:
        columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                   TimeElapsedColumn())
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task("", total=None)
            yield lambda article: bar.update(task, advance=1, description=getattr(article, "id", "")[:40])
        return
    state = {"count": 0, "last": time.monotonic(), "start": time.monotonic()}

    def tick(_article: object) -> None:
        state["count"] += 1
        now = time.monotonic()
        if now - state["last"] >= every:
            rate = state["count"] / max(now - state["start"], 1e-9)
            echo(f"  … {state['count']:,} article(s) done ({rate:,.0f}/s)")
            state["last"] = now

    yield tick
