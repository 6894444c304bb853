"""Reading a SPARQL 1.1 Protocol request: GET, POST urlencoded, POST `application/sparql-query`.

Only queries are read; an update (the `update` parameter, or a body of type
`application/sparql-update`) is refused with 403: the server is read-only.
Parameters are decoded strictly as UTF-8, so a mis-encoded query is a 400
rather than one with replacement characters in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional
from urllib.parse import parse_qsl

from starlette.requests import Request

MAX_QUERY_BYTES = 1_000_000
MAX_FIELDS = 200


class ProtocolError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class SparqlRequest:
    query: Optional[str]
    params: dict[str, list[str]] = field(default_factory=dict)

    def first(self, name: str) -> Optional[str]:
        values = self.params.get(name)
        return values[0] if values else None


def parse_form(raw: bytes) -> dict[str, list[str]]:
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, strict_parsing=False,
                          encoding="utf-8", errors="strict", max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError:
        raise ProtocolError(400, "the request's parameters are not UTF-8") from None
    except ValueError as exc:
        raise ProtocolError(400, f"cannot read the request's parameters: {exc}") from None
    params: dict[str, list[str]] = {}
    for key, value in pairs:
        params.setdefault(key, []).append(value)
    return params


async def read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_QUERY_BYTES:
        raise ProtocolError(413, f"the request body is larger than {MAX_QUERY_BYTES:,} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_QUERY_BYTES:
            raise ProtocolError(413, f"the request body is larger than {MAX_QUERY_BYTES:,} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def read_request(request: Request) -> SparqlRequest:
    """The query and the other parameters of a protocol request; ProtocolError if it cannot be served."""
    params = parse_form(request.scope.get("query_string", b""))
    query: Optional[str] = None
    if request.method == "POST":
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused")
        body = await read_body(request)
        if media == "application/x-www-form-urlencoded":
            for key, values in parse_form(body).items():
                params.setdefault(key, []).extend(values)
        elif media == "application/sparql-query":
            try:
                query = body.decode("utf-8")
            except UnicodeDecodeError:
                raise ProtocolError(400, "the query is not UTF-8") from None
        else:
            raise ProtocolError(415, "POST a query as application/x-www-form-urlencoded (query=...) "
                                     "or as application/sparql-query")
    if "update" in params:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL Update is refused")
    if query is None:
        queries = params.get("query", [])
        if len(queries) > 1:
            raise ProtocolError(400, "give one query parameter, not several")
        query = queries[0] if queries else None
    elif "query" in params:
        raise ProtocolError(400, "give the query either in the body or as the query parameter, not both")
    if params.get("default-graph-uri") or params.get("named-graph-uri"):
        raise ProtocolError(400, "default-graph-uri and named-graph-uri are not supported: the default graph is "
                                 "every article's statements; use GRAPH ?g { ... } (or FROM NAMED) in the query")
    return SparqlRequest(query, params)
