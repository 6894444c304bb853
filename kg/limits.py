"""Time limits and Ctrl-C for work the engine cannot cancel.

pyoxigraph releases the GIL while it evaluates a query but offers no way to
stop one. So a query runs in a worker thread while the caller waits with a
deadline: past it, or on Ctrl-C, the caller gets `QueryAborted` at once. The
engine's thread may keep running, so a command-line caller should exit the
process (the store is only read); a server runs queries in processes it can
kill instead.
"""

from __future__ import annotations

import threading
import time
from typing import Callable, Optional, TypeVar

from kg.pipeline import KGError

T = TypeVar("T")


class QueryAborted(KGError):
    """A query stopped by its time limit or by Ctrl-C."""

    exit_code = 1


class QueryTimeout(QueryAborted):
    def __init__(self, seconds: float):
        super().__init__(f"the query ran longer than {seconds:g} s and was stopped "
                         "(narrow it, or raise the limit with --timeout)")


class QueryInterrupted(QueryAborted):
    exit_code = 130

    def __init__(self) -> None:
        super().__init__("interrupted (Ctrl-C); the query was stopped")


def detached(exc: BaseException) -> BaseException:
    """`exc` and the errors it was raised from, without their tracebacks.

    Their frames (and any engine object they hold, which must not be freed on
    another thread than the one that made it) are then freed on this thread.
    """
    seen: set[int] = set()
    todo: list[Optional[BaseException]] = [exc]
    while todo:
        error = todo.pop()
        if error is None or id(error) in seen:
            continue
        seen.add(id(error))
        error.__traceback__ = None
        todo += [error.__cause__, error.__context__]
    return exc


def run_limited(work: Callable[[], T], timeout: Optional[float], poll: float = 0.05) -> T:
    """Run `work()` in a daemon thread and return its result, or raise within `poll` of the limit."""
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = detached(exc)

    worker = threading.Thread(target=target, name="kg-query", daemon=True)
    deadline = None if not timeout else time.monotonic() + timeout
    worker.start()
    try:
        while worker.is_alive():
            worker.join(poll)
            if deadline is not None and worker.is_alive() and time.monotonic() > deadline:
                raise QueryTimeout(timeout)  # type: ignore[arg-type]
    except KeyboardInterrupt:
        raise QueryInterrupted() from None
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]
