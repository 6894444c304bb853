"""A query worker: one process that opens the store read-only and answers jobs one at a time.

pyoxigraph releases the GIL while a query runs but cannot cancel it, so the
server runs every query in a worker process that it can kill at the time
limit (`kg.serve.pool`). A worker serializes its answer itself, into a buffer
that stops the query as soon as the answer outgrows the result-size limit,
and sends back plain bytes (or, for a Linked Data page, plain records).
"""

from __future__ import annotations

import io
import signal
from dataclasses import dataclass, field
from typing import Any, Optional, Union

from kg.pipeline import KGError
from kg.store import GraphStore, QueryError, open_store
from kg.vocab import turtle_prefixes


@dataclass(frozen=True)
class SparqlJob:
    """Run a query and write its answer in `fmt` (a `QueryResults.serialize` format name)."""

    text: str
    fmt: str
    max_bytes: int


@dataclass(frozen=True)
class ResourceJob:
    """The statements about one IRI (out and in) in an RDF format; 404 if the store has none."""

    iri: str
    fmt: str
    max_bytes: int


@dataclass(frozen=True)
class DescribeJob:
    """What a Linked Data page shows about one IRI (`kg.serve.describe.describe`)."""

    iri: str


Job = Union[SparqlJob, ResourceJob, DescribeJob]


@dataclass
class Reply:
    """A job's answer: an HTTP status, and the body (or records) or a one-line message."""

    status: int
    body: bytes = b""
    fmt: Optional[str] = None
    message: str = ""
    data: Any = field(default=None)


class ResultTooLarge(Exception):
    pass


class LimitedBuffer(io.RawIOBase):
    """A write-only byte buffer that raises once `limit` bytes are exceeded (stopping the serializer)."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit = limit
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, chunk: Any) -> int:  # type: ignore[override]
        if len(self.data) + len(chunk) > self.limit:
            raise ResultTooLarge()
        self.data += chunk
        return len(chunk)


def too_large(limit: int) -> Reply:
    return Reply(422, message=f"the result is larger than the server's limit of {limit / 1e6:g} MB; "
                              "narrow the query or add a LIMIT")


def query_failure(exc: QueryError) -> Reply:
    """A malformed query is the client's fault (400); an engine failure is the server's (500)."""
    status = 500 if isinstance(exc.__cause__, (OSError, RuntimeError)) else 400
    return Reply(status, message=str(exc))


def serialize(result: Any, fmt: str, limit: int) -> Reply:
    buffer = LimitedBuffer(limit)
    try:
        result.serialize(buffer, fmt, prefixes=turtle_prefixes())
    except ResultTooLarge:
        return too_large(limit)
    except (OSError, RuntimeError) as exc:
        return Reply(500, message=f"query failed: {' '.join(str(exc).split())}")
    return Reply(200, bytes(buffer.data), fmt)


def run_sparql(store: GraphStore, job: SparqlJob) -> Reply:
    try:
        result = store.query(job.text)
    except QueryError as exc:
        return query_failure(exc)
    return serialize(result, job.fmt, job.max_bytes)


def resource_query(iri: str) -> tuple[str, str]:
    """(ASK whether the store holds `iri`, CONSTRUCT of its statements, outgoing and incoming)."""
    node = f"<{iri}>"
    where = f"{{ {node} ?p ?o }} UNION {{ ?s ?q {node} }}"
    return f"ASK {{ {where} }}", f"CONSTRUCT {{ {node} ?p ?o . ?s ?q {node} }} WHERE {{ {where} }}"


def run_resource(store: GraphStore, job: ResourceJob) -> Reply:
    ask, construct = resource_query(job.iri)
    try:
        if not store.query(ask).boolean:
            return Reply(404, message=f"the graph holds nothing about <{job.iri}>")
        result = store.query(construct)
    except QueryError as exc:
        return query_failure(exc)
    return serialize(result, job.fmt, job.max_bytes)


def run_describe(store: GraphStore, job: DescribeJob) -> Reply:
    from kg.serve.describe import describe

    try:
        found = describe(store, job.iri)
    except QueryError as exc:
        return query_failure(exc)
    if found is None:
        return Reply(404, message=f"the graph holds nothing about <{job.iri}>")
    return Reply(200, data=found)


def run_job(store: GraphStore, job: Job) -> Reply:
    if isinstance(job, SparqlJob):
        return run_sparql(store, job)
    if isinstance(job, ResourceJob):
        return run_resource(store, job)
    return run_describe(store, job)


def worker_main(store_path: str, conn: Any) -> None:
    """A worker process's life: open the store, say so, answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server shuts its workers down itself
    try:
        store = open_store(store_path, read_only=True)
    except KGError as exc:
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            reply = run_job(store, job)
        except Exception as exc:  # noqa: BLE001 - a bug must not leave the server waiting
            reply = Reply(500, message=f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())}")
        conn.send(reply)
