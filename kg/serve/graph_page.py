"""The interactive graph page at `/`: drawn by `kg.viz.write_html` in a process of its own.

Drawing a large graph takes tens of seconds of Python, so it runs in a
separate process (the event loop and the query workers keep serving) into a
folder of its own; `/` shows a short "being drawn" page until it is done, then
the files `write_html` wrote (the page and whatever it loads beside it) are
served from that folder as they are, with a small bar of links to the other
pages put in.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import re
import shutil
import signal
import tempfile
from pathlib import Path
from typing import Any, Callable, Optional

from starlette.responses import HTMLResponse
from starlette.staticfiles import StaticFiles
from starlette.types import Receive, Scope, Send

log = logging.getLogger("kg.serve")

PAGE_NAME = "index.html"
NAV = ('<nav id="kg-serve-nav" style="position:fixed;right:12px;bottom:12px;z-index:1000;padding:4px 10px;'
       'background:rgba(23,38,60,.85);border-radius:6px;font:13px system-ui,sans-serif">'
       '<a style="color:#e8eef8;margin:0 6px" href="{base}query">Query</a>'
       '<a style="color:#e8eef8;margin:0 6px" href="{base}ontology">Ontology</a>'
       '<a style="color:#e8eef8;margin:0 6px" href="{base}sparql">SPARQL</a></nav>')


def draw(store_path: str, page: str, conn: Any) -> None:
    """In the drawing process: write the page, report ("ok", "") or ("error", message)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from kg.pipeline import KGError
    from kg.store import open_store
    from kg.viz import write_html

    try:
        with open_store(store_path, read_only=True) as store:
            write_html(store, Path(page))
        conn.send(("ok", ""))
    except KGError as exc:
        conn.send(("error", str(exc)))
    except Exception as exc:  # noqa: BLE001 - report, do not leave the server waiting
        conn.send(("error", f"{type(exc).__name__}: {exc}"))


def add_nav(page: Path, base: str) -> None:
    """Put the link bar before `</body>` (or at the end of a page without one)."""
    html = page.read_text(encoding="utf-8")
    nav = NAV.format(base=base)
    html, found = re.subn(r"</body>", lambda _m: nav + "</body>", html, count=1, flags=re.I)
    page.write_text(html if found else html + nav, encoding="utf-8")


class GraphPage:
    """An ASGI app for `/`: a placeholder while drawing, then the drawn files."""

    def __init__(self, store_path: Path, base: str, render_message: Callable[..., str], enabled: bool = True):
        self.store_path = store_path
        self.base = base
        self.render_message = render_message
        self.enabled = enabled
        self.state = "drawing" if enabled else "off"
        self.error = ""
        self.folder: Optional[Path] = None  # the page being served
        self._files: Optional[StaticFiles] = None
        self._process: Optional[Any] = None

    async def start(self) -> None:
        """Draw the page (again, after the store changed: the old page is served until the new one is done)."""
        if not self.enabled or self.state == "closed":
            return
        if self._process is not None and self._process.is_alive():
            self._process.kill()  # a drawing of the store as it was: not wanted any more
        folder = Path(tempfile.mkdtemp(prefix="kg-serve-graph-"))
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe(duplex=False)
        process = context.Process(target=draw, args=(str(self.store_path), str(folder / PAGE_NAME), child),
                                  daemon=True, name="kg-serve-graph")
        process.start()
        child.close()
        self._process = process
        asyncio.ensure_future(self._wait(parent, process, folder))

    async def _wait(self, conn: Any, process: Any, folder: Path) -> None:
        loop = asyncio.get_running_loop()
        try:
            status, message = await loop.run_in_executor(None, conn.recv)
        except (EOFError, OSError):
            status, message = "error", "the drawing process exited"
        await loop.run_in_executor(None, process.join, 5)
        if process is not self._process or self.state == "closed":  # superseded by a newer drawing
            shutil.rmtree(folder, ignore_errors=True)
            return
        if status == "ok":
            await loop.run_in_executor(None, add_nav, folder / PAGE_NAME, self.base)
            old, self.folder = self.folder, folder
            self._files = StaticFiles(directory=folder, html=True)
            self.state = "ready"
            log.info("graph page drawn")
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        else:
            shutil.rmtree(folder, ignore_errors=True)
            self.state, self.error = "failed", message
            log.error("cannot draw the graph page: %s", message)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self._files is not None:
            await self._files(scope, receive, send)
            return
        if scope["path"] not in ("/", ""):
            await HTMLResponse(self.render_message("Not found", "There is no such page."), 404)(scope, receive, send)
            return
        if self.state == "drawing":
            body = self.render_message("Drawing the graph", "The interactive graph is being drawn; this page "
                                       "reloads by itself. Meanwhile the query page and the SPARQL endpoint work.",
                                       refresh=2)
            await HTMLResponse(body, 200)(scope, receive, send)
            return
        message = ("The graph page is off (--no-graph-page)." if self.state == "off"
                   else f"The graph could not be drawn: {self.error}")
        await HTMLResponse(self.render_message("No graph page", message), 503)(scope, receive, send)

    async def close(self) -> None:
        self.state = "closed"
        if self._process is not None and self._process.is_alive():
            self._process.kill()
            self._process.join(5)
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
