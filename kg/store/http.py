"""Talking to a SPARQL server over HTTP: one client, clear one-line errors.

Every failure a user can meet (server down, wrong port, refused
credentials, a query the server rejects, a timeout) becomes a `StoreError`
or `QueryError` with one line that says what happened and what to do, never
an httpx traceback.
"""

from __future__ import annotations

import io
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator, Optional

from kg.store.folder import StoreError
from kg.store.sparql import QueryError, first_line

if TYPE_CHECKING:
    import httpx

FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str
    scheme: str = "digest"  # Virtuoso's /sparql-auth wants digest; a proxy in front of a server, basic

    def auth(self) -> httpx.Auth:
        import httpx  # here, not at import: a local build never talks HTTP (0.1 s of every command's start)

        if self.scheme == "basic":
            return httpx.BasicAuth(self.user, self.password)
        return httpx.DigestAuth(self.user, self.password)


class SparqlHttp:
    """An HTTP client for one server, with timeouts and errors in the project's terms."""

    def __init__(self, base: str, timeout: float, credentials: Optional[Credentials] = None):
        self.base = base
        self.timeout = timeout
        self.authenticated = credentials is not None
        import httpx  # see Credentials.auth

        self._client = httpx.Client(
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            auth=credentials.auth() if credentials else None,
            headers={"User-Agent": "defence-kg"},
        )

    def post(self, url: str, *, data: Optional[dict[str, object]] = None, content: Optional[bytes] = None,
             content_type: Optional[str] = None, accept: Optional[str] = None,
             params: Optional[dict[str, str]] = None, what: str = "query") -> httpx.Response:
        headers = {}
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        return self._send("POST", url, what, data=data, content=content, headers=headers, params=params)

    def get(self, url: str, *, accept: str, params: Optional[dict[str, str]] = None,
            what: str = "read") -> httpx.Response:
        return self._send("GET", url, what, headers={"Accept": accept}, params=params)

    @contextmanager
    def stream(self, url: str, *, accept: str, what: str = "read") -> Iterator[io.RawIOBase]:
        """A GET whose body is read as it arrives (a whole dataset does not fit in memory twice)."""
        with self._errors(what):
            with self._client.stream("GET", url, headers={"Accept": accept}) as response:
                if response.status_code >= 400:
                    response.read()
                    raise http_error(response, what, self.base, self.authenticated)
                yield ChunkReader(response.iter_bytes())

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        import httpx  # see Credentials.auth

        try:
            yield
        except httpx.ConnectError as exc:
            raise StoreError(f"cannot reach the SPARQL store at {self.base} ({first_line(str(exc), 120)}); "
                             "is the server running, and is the URL right?") from exc
        except httpx.TimeoutException as exc:
            raise StoreError(f"the SPARQL store at {self.base} did not answer the {what} within "
                             f"{self.timeout:g} s (--store-timeout)") from exc
        except httpx.HTTPError as exc:
            raise StoreError(f"cannot talk to the SPARQL store at {self.base}: {first_line(str(exc))}") from exc

    def _send(self, method: str, url: str, what: str, **kwargs: object) -> httpx.Response:
        with self._errors(what):
            response = self._client.request(method, url, **kwargs)  # type: ignore[arg-type]
        if response.status_code >= 400:
            raise http_error(response, what, self.base, self.authenticated)
        return response

    def close(self) -> None:
        self._client.close()


class ChunkReader(io.RawIOBase):
    """A file over the chunks of a streamed HTTP body, for parsers that read files."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks = chunks
        self._buffer = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: "bytearray | memoryview") -> int:  # type: ignore[override]
        while not self._buffer:
            try:
                self._buffer = next(self._chunks)
            except StopIteration:
                return 0
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def http_error(response: httpx.Response, what: str, base: str, authenticated: bool = False) -> Exception:
    """A server's error answer as one line: QueryError for queries, StoreError for the rest."""
    status = response.status_code
    message = first_line(server_message(response.text))
    if status in (401, 403) and authenticated:
        return StoreError(f"the SPARQL store at {base} refused the {what} for that user (HTTP {status}); "
                          "check --store-user/--store-password and --store-auth (digest or basic)")
    if status in (401, 403):
        return StoreError(f"the SPARQL store at {base} refused the {what} (HTTP {status}: {message}); "
                          "give a user and password with --store-user/--store-password (KG_STORE_USER/"
                          "KG_STORE_PASSWORD), or grant the server's anonymous user the right")
    if status == 404:
        return StoreError(f"no SPARQL endpoint at {response.request.url} (HTTP 404); "
                          "check the URL, or give the endpoint with --store-update-url/--store-graph-store-url")
    if "SPARQL_UPDATE" in message or "SPARUL" in message or "permission" in message.lower():
        return StoreError(f"the SPARQL store at {base} refused the {what}: {message} (on Virtuoso: "
                          "GRANT SPARQL_UPDATE TO \"SPARQL\", or use /sparql-auth with --store-user)")
    if "estimated execution time" in message.lower():  # Virtuoso's planner, before running anything
        return QueryError(f"the SPARQL store at {base} refused the query before running it: {message} "
                          "(Virtuoso guesses the cost from statistics that lag behind writes; raise "
                          "MaxQueryCostEstimationTime in the [SPARQL] section of virtuoso.ini, or 0 to "
                          "turn the guess off, and try again)")
    if what == "query" and status == 400:  # what both servers answer to a query they cannot parse
        return QueryError(f"malformed SPARQL query: {message}")
    error = QueryError if what == "query" else StoreError
    return error(f"the SPARQL store at {base} failed the {what} (HTTP {status}): {message}")


def server_message(text: str) -> str:
    """The useful part of a server's error page (Virtuoso repeats the whole query after it)."""
    head = text.split("SPARQL query:", 1)[0]
    return head.strip() or text.strip()[:300] or "no message"
