"""`kg serve`: a read-only HTTP server over the store (see kg.serve)."""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
from typing import Optional
from urllib.parse import urlsplit

import click

from kg.pipeline import KGError

SHUTDOWN_GRACE_SECONDS = 5


class Stopped(Exception):
    """SIGTERM, re-raised by uvicorn once it has shut down cleanly."""


def stop(signum: int, frame: object) -> None:
    raise Stopped()


def check_base(base: Optional[str]) -> str:
    """`--base` as a URL or path ending in '/', or '/' (links relative to this server's root)."""
    if not base:
        return "/"
    parts = urlsplit(base)
    if parts.scheme and (parts.scheme not in ("http", "https") or not parts.netloc):
        raise click.BadParameter(f"expected an http(s) URL or a path, got {base!r}", param_hint="--base")
    if not parts.scheme and not base.startswith("/"):
        raise click.BadParameter(f"a path must start with '/', got {base!r}", param_hint="--base")
    return base if base.endswith("/") else base + "/"


def check_address(host: str, port: int) -> None:
    """Fail now, in one line, if the address cannot be listened on (before any worker starts)."""
    try:
        with socket.create_server((host, port)):
            pass
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port to listen on.")
@click.option("--base", default=None, metavar="URL",
              help="Where https://w3id.org/defence-kg/id/… is served from (pages link to BASE/id/…); "
                   "for a server behind a proxy or w3id redirect. Default: this server's root.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run before it is stopped.")
@click.option("--max-result-mb", type=click.FloatRange(min=0.001), default=100.0, show_default=True,
              help="Largest answer, in MB; a larger one is stopped with 422.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Query worker processes (default: the number of CPUs, at least 2).")
@click.option("--cache-mb", type=click.FloatRange(min=0), default=256.0, show_default=True,
              help="Memory for answers kept for repeated requests (0: no cache).")
@click.option("--no-graph-page", is_flag=True, help="Do not draw the interactive graph at /.")
@click.option("--reload-interval", type=click.FloatRange(min=0), default=2.0, show_default=True, metavar="SECONDS",
              help="How often to look whether a build changed the store (0: serve it as it was at start).")
@click.option("--quiet", is_flag=True, help="No line per request on stderr.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, base: Optional[str], timeout: float, max_result_mb: float,
          workers: Optional[int], cache_mb: float, no_graph_page: bool, reload_interval: float,
          quiet: bool) -> None:
    """Serve the graph read-only over HTTP: SPARQL 1.1 Protocol at /sparql, Linked Data pages at /id/…,
    the ontology at /ontology, the interactive graph at /, a query page at /query, /health.

    A `kg build` or `kg remove` may run meanwhile: once it is done the server opens the store afresh.
    Stop with Ctrl-C (or SIGTERM).
    """
    from kg.serve.app import ServeConfig, run_server
    from kg.store import open_store

    store_path = ctx.obj["store_path"]
    try:
        open_store(store_path, read_only=True).close()  # a clear message now, not from a worker later
    except KGError as exc:
        raise click.ClickException(str(exc)) from exc
    check_address(host, port)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(message)s")
    logging.getLogger("kg.serve.access").disabled = quiet
    config = ServeConfig(store_path=store_path, base=check_base(base), timeout=timeout,
                         workers=workers or max(os.cpu_count() or 1, 2),
                         max_result_bytes=int(max_result_mb * 1_000_000), cache_bytes=int(cache_mb * 1_000_000),
                         graph_page=not no_graph_page, reload_interval=reload_interval)
    click.echo(f"serving {store_path} at http://{host}:{port}/ (SPARQL endpoint: /sparql)", err=True)
    previous = signal.signal(signal.SIGTERM, stop)
    try:  # uvicorn shuts down on SIGINT/SIGTERM, then raises the signal again: a clean stop exits 0
        run_server(config, host, port, SHUTDOWN_GRACE_SECONDS)
    except (KeyboardInterrupt, Stopped):
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
