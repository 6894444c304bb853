"""The Starlette application behind `kg serve`.

Routes: `/sparql` (SPARQL 1.1 Protocol), `/queries` (the named queries: list,
bound text, results), `/id/…` (Linked Data pages and data), `/ontology`,
`/query` (the query page), `/health`, `/assets/…`, and `/` (the graph page).
Every store read goes through the worker pool (`kg.serve.pool`); answers are
kept in a cache bounded in bytes, keyed by the opening of the store, the
request and the format, and clients asking the same new question at once
share one run.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import pickle
import re
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, AsyncIterator, Hashable, Optional

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.pipeline import KGError
from kg.queries import UnknownQuery, get_named_query, list_named_queries
from kg.serve.graph_page import GraphPage
from kg.serve.negotiation import GRAPH_OFFERS, HTML, PAGE_OFFERS, RESULT_OFFERS, NotAcceptable, Offer, choose
from kg.serve.pool import Busy, QueryTimeout, ShuttingDown, WorkerDied, WorkerPool
from kg.serve.protocol import ProtocolError, parse_form, read_request
from kg.serve.site import ASSETS_DIR, Site, ontology_graph, ontology_terms
from kg.serve.watch import watch_store
from kg.serve.worker import DescribeJob, Job, Reply, ResourceJob, SparqlJob
from kg.store import QueryError, prepare_query
from kg.store.sparql import graph_form
from kg.vocab import ID_IRI, ONTOLOGY_IRI

log = logging.getLogger("kg.serve")
access_log = logging.getLogger("kg.serve.access")
BUSY = "every query worker is busy; try again shortly"


@dataclass(frozen=True)
class ServeConfig:
    store_path: Path
    base: str = "/"
    timeout: float = 30.0
    workers: int = 2
    max_result_bytes: int = 100_000_000
    cache_bytes: int = 256_000_000
    graph_page: bool = True
    reload_interval: float = 2.0  # seconds between looks at the store's files; 0: never reload


class ReplyCache:
    """Answers by (kind, request, format), least recently used out first, bounded in bytes."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.size = 0
        self._items: OrderedDict[Hashable, tuple[Reply, int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        self._items.clear()
        self.size = 0

    def get(self, key: Hashable) -> Optional[Reply]:
        item = self._items.get(key)
        if item is None:
            return None
        self._items.move_to_end(key)
        return item[0]

    def put(self, key: Hashable, reply: Reply, cost: int) -> None:
        if reply.status != 200 or cost > self.max_bytes // 4:
            return
        if key in self._items:
            self.size -= self._items.pop(key)[1]
        self._items[key] = (reply, cost)
        self.size += cost
        while self.size > self.max_bytes:
            self.size -= self._items.popitem(last=False)[1][1]


class Server:
    """What the handlers share: the configuration, the pool, the cache, the pages."""

    def __init__(self, config: ServeConfig):
        self.config = config
        self.site = Site(config.base)
        self.pool = WorkerPool(config.store_path, config.workers, config.timeout)
        self.cache = ReplyCache(config.cache_bytes)
        self.running: dict[Hashable, asyncio.Future[Reply]] = {}
        self.counts = {"hits": 0, "shared": 0, "runs": 0}
        self.reloads = 0
        self.graph_page = GraphPage(config.store_path, self.site.base, self.message_page, enabled=config.graph_page)
        self.started = time.time()

    def message_page(self, title: str, message: str, refresh: Optional[int] = None) -> str:
        return self.site.render("message.html", title=title, message=message, refresh=refresh)

    async def reload(self) -> None:
        """After a build: new workers over the store as it is, a cache of its answers only, a new graph page."""
        await self.pool.reload()
        self.cache.clear()
        self.reloads += 1
        await self.graph_page.start()

    async def run(self, job: Job, key: Optional[Hashable] = None) -> Reply:
        """A job's reply: from the cache, from the same job already running, or from a worker."""
        caching = key is not None and self.config.cache_bytes > 0
        if not caching:
            return await self.compute(job)
        key = (self.pool.generation, key)  # an answer holds for the opening of the store that gave it
        cached = self.cache.get(key)
        if cached is not None:
            self.counts["hits"] += 1
            return cached
        running = self.running.get(key)
        if running is None:  # sixteen clients asking the same new question cost one query
            self.counts["runs"] += 1
            running = self.running[key] = asyncio.ensure_future(self.compute(job))
            running.add_done_callback(lambda done: self.finish(key, done))
        else:
            self.counts["shared"] += 1
        return await asyncio.shield(running)

    def finish(self, key: Hashable, done: "asyncio.Future[Reply]") -> None:
        self.running.pop(key, None)
        if not done.cancelled() and done.exception() is None:
            reply = done.result()
            records = len(pickle.dumps(reply.data)) if reply.data is not None else 0  # a page's records
            self.cache.put(key, reply, len(reply.body) + records + 2000)

    async def compute(self, job: Job) -> Reply:
        """A worker's reply; limits, crashes and shutdown become error replies."""
        try:
            return await self.pool.run(job)
        except QueryTimeout:
            return Reply(503, message=f"the query ran past the time limit of {self.config.timeout:g} s "
                                      "and was stopped")
        except Busy:
            return Reply(503, message=BUSY)
        except WorkerDied:
            return Reply(500, message="the query stopped its worker process (out of memory?)")
        except ShuttingDown:
            return Reply(503, message="the server is shutting down")


def server_of(request: Request) -> Server:
    return request.app.state.server  # type: ignore[no-any-return]


def error(status: int, message: str, headers: Optional[dict[str, str]] = None) -> Response:
    return PlainTextResponse(message.rstrip() + "\n", status, headers=headers)


def respond(reply: Reply, offer: Offer, vary: bool = True) -> Response:
    headers = {"Vary": "Accept"} if vary else {}
    if reply.status != 200:
        if reply.message == BUSY:
            headers["Retry-After"] = "2"
        return error(reply.status, reply.message, headers)
    return Response(reply.body, 200, media_type=offer.content_type, headers=headers)


# ------------------------------------------------------------------------ /sparql
async def sparql(request: Request) -> Response:
    server = server_of(request)
    try:
        protocol = await read_request(request)
    except ProtocolError as exc:
        return error(exc.status, exc.message)
    if protocol.query is None:
        if "text/html" in request.headers.get("accept", ""):
            return RedirectResponse(f"{server.site.base}query", 303)
        return error(400, "no query: send query=... (GET or POST), or POST application/sparql-query")
    return await answer_query(server, protocol.query, request.headers.get("accept"), protocol.first("format"))


async def answer_query(server: Server, text: str, accept: Optional[str], fmt: Optional[str]) -> Response:
    """Check a query, choose its format, run it in a worker, answer."""
    try:
        prepared = prepare_query(text, allow_service=True)
    except QueryError as exc:
        return error(400, str(exc))
    if prepared.uses_service:
        return error(403, "SERVICE is refused: this server queries its own store only")
    offers = GRAPH_OFFERS if graph_form(prepared.form) else RESULT_OFFERS
    try:
        offer = choose(offers, accept, fmt)
    except NotAcceptable as exc:
        return error(406, str(exc))
    job = SparqlJob(text, offer.name, server.config.max_result_bytes)
    return respond(await server.run(job, ("sparql", text, offer.name)), offer)


# ------------------------------------------------------------------------ /queries
async def queries_list(request: Request) -> Response:
    return JSONResponse([named_query_record(q) for q in list_named_queries()])


def named_query_record(query: Any) -> dict[str, Any]:
    return {"name": query.name, "description": query.description, "text": query.text,
            "params": [{"name": p.name, "default": p.default, "description": p.description} for p in query.params]}


def bound_text(request: Request) -> str:
    """The named query of the path with the request's parameters bound (KGError if it cannot be)."""
    query = get_named_query(request.path_params["name"])
    values = {k: v[-1] for k, v in parse_form(request.scope.get("query_string", b"")).items() if k != "format"}
    return query.bind(values)


async def named_query_text(request: Request) -> Response:
    try:
        text = bound_text(request)
    except ProtocolError as exc:
        return error(exc.status, exc.message)
    except KGError as exc:
        return error(404 if isinstance(exc, UnknownQuery) else 400, str(exc))
    return Response(text, media_type="application/sparql-query; charset=utf-8")


async def named_query_run(request: Request) -> Response:
    try:
        text = bound_text(request)
    except ProtocolError as exc:
        return error(exc.status, exc.message)
    except KGError as exc:
        return error(404 if isinstance(exc, UnknownQuery) else 400, str(exc))
    return await answer_query(server_of(request), text, request.headers.get("accept"),
                              request.query_params.get("format"))


# ------------------------------------------------------------------------ /id/…
IRI_PATH = re.compile(r"[^\s<>\"{}|^`\\]+")  # what may follow the namespace in an IRI written <...>


async def resource(request: Request) -> Response:
    server = server_of(request)
    iri = ID_IRI + request.path_params["path"]
    if not IRI_PATH.fullmatch(request.path_params["path"]):
        return HTMLResponse(server.message_page("Not found", f"{iri} is not an IRI of this graph."), 404)
    try:
        offer = choose(PAGE_OFFERS, request.headers.get("accept"), request.query_params.get("format"))
    except NotAcceptable as exc:
        return error(406, str(exc))
    if offer is not HTML:
        job = ResourceJob(iri, offer.name, server.config.max_result_bytes)
        return respond(await server.run(job, ("resource", iri, offer.name)), offer)
    reply = await server.run(DescribeJob(iri), ("describe", iri))
    if reply.status == 404:
        page = server.message_page("Not found", f"The graph holds nothing about {iri}.")
        return HTMLResponse(page, 404, headers={"Vary": "Accept"})
    if reply.status != 200:
        return respond(reply, offer)
    return HTMLResponse(render_resource(server.site, reply.data), headers={"Vary": "Accept"})


def render_resource(site: Site, description: Any) -> str:
    labels = description.labels
    title = next((l.value for l in labels if l.language == "vi"), None) or (labels[0].value if labels else
                                                                           description.iri.rsplit("/", 1)[-1])

    def more_query(predicate: str) -> str:
        return f"SELECT ?s ?label WHERE {{\n  ?s <{predicate}> <{description.iri}> .\n" \
               f"  OPTIONAL {{ ?s rdfs:label ?label FILTER(LANG(?label) = \"vi\") }}\n}}"

    return site.render("resource.html", d=description, title=title, names=description.names, more_query=more_query)


# ------------------------------------------------------------------------ /ontology
async def ontology(request: Request) -> Response:
    server = server_of(request)
    try:
        offer = choose(PAGE_OFFERS, request.headers.get("accept"), request.query_params.get("format"))
    except NotAcceptable as exc:
        return error(406, str(exc))
    headers = {"Vary": "Accept"}
    if offer is HTML:
        terms = ontology_terms()
        groups = [(kind, [t for t in terms if t.kind == kind]) for kind in dict.fromkeys(t.kind for t in terms)]
        graph = ontology_graph()
        from rdflib import URIRef
        from rdflib.namespace import DCTERMS

        title = str(graph.value(URIRef(ONTOLOGY_IRI), DCTERMS.title) or "defence-kg ontology")
        description = str(graph.value(URIRef(ONTOLOGY_IRI), DCTERMS.description) or "")
        page = server.site.render("ontology.html", title=title, description=description, iri=ONTOLOGY_IRI,
                                  groups=groups)
        return HTMLResponse(page, headers=headers)
    return Response(ontology_data(offer.name), media_type=offer.content_type, headers=headers)


def ontology_data(fmt: str) -> bytes:
    """The ontology in an RDF format: Turtle is the file itself, with its comments."""
    from kg.resources import ontology_file

    if fmt == "turtle":
        return ontology_file().read_bytes()
    rdflib_names = {"ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}
    return ontology_graph().serialize(format=rdflib_names[fmt], encoding="utf-8")


# ------------------------------------------------------------------------ pages, health
async def query_page(request: Request) -> Response:
    server = server_of(request)
    queries = [named_query_record(q) for q in list_named_queries()]
    initial = request.query_params.get("query", "")
    page = server.site.render("query.html", queries=queries, initial=initial,
                              queries_json=script_json(queries), links_json=server.site.links_json())
    return HTMLResponse(page)


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


async def health(request: Request) -> Response:
    server = server_of(request)
    stats = server.pool.stats()
    body = {"status": "ok" if stats.ready else "unavailable", "store": str(server.config.store_path),
            "workers": {"size": stats.size, "ready": stats.ready, "idle": stats.idle,
                        "replaced": stats.replaced, "timeouts": stats.timeouts, "generation": stats.generation},
            "cache": {"entries": len(server.cache), "bytes": server.cache.size, **server.counts},
            "graph_page": server.graph_page.state, "reloads": server.reloads, "timeout_seconds": server.config.timeout,
            "uptime_seconds": round(time.time() - server.started, 1)}
    return JSONResponse(body, 200 if stats.ready else 503)


# ------------------------------------------------------------------------ the app
class AccessLog:
    """One line per request on the `kg.serve.access` logger: client, method, path, status, bytes, time."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        seen = {"status": 500, "bytes": 0}

        async def watch(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
            elif message["type"] == "http.response.body":
                seen["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, watch)
        finally:
            client = (scope.get("client") or ("-",))[0]
            path = scope["path"] + ("?" + scope["query_string"].decode("latin-1") if scope["query_string"] else "")
            access_log.info('%s "%s %s" %s %s B %.1f ms', client, scope["method"], path[:300], seen["status"],
                            seen["bytes"], (time.perf_counter() - started) * 1000)


def create_app(config: ServeConfig) -> Starlette:
    server = Server(config)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await server.pool.start()
        await server.graph_page.start()
        log.info("serving %s with %d query worker(s), time limit %g s", config.store_path, config.workers,
                 config.timeout)
        watcher = None
        if config.reload_interval > 0:
            watcher = asyncio.ensure_future(watch_store(config.store_path, server.reload, config.reload_interval))
        try:
            yield
        finally:
            if watcher is not None:
                watcher.cancel()
            await server.graph_page.close()
            await server.pool.close()
            log.info("stopped")

    routes = [
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/queries", queries_list),
        Route("/queries/{name}.rq", named_query_text),
        Route("/queries/{name}", named_query_run),
        Route("/id/{path:path}", resource),
        Route("/ontology", ontology),
        Route("/query", query_page),
        Route("/health", health),
        Mount("/assets", StaticFiles(directory=ASSETS_DIR / "assets")),
        Mount("/", server.graph_page),
    ]
    middleware = [Middleware(AccessLog),
                  Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                             allow_headers=["*"], max_age=3600)]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.server = server
    return app


def run_server(config: ServeConfig, host: str, port: int, grace_seconds: float = 5.0) -> None:
    """Serve until SIGINT or SIGTERM; then stop the running queries, finish the answers, stop the workers."""
    import uvicorn

    app = create_app(config)

    class Uvicorn(uvicorn.Server):
        async def shutdown(self, sockets: Any = None) -> None:
            app.state.server.pool.abort()
            await super().shutdown(sockets)

    settings = uvicorn.Config(app, host=host, port=port, log_config=None, access_log=False, lifespan="on",
                              timeout_graceful_shutdown=int(grace_seconds))
    Uvicorn(settings).run()
