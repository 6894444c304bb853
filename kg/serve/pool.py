"""A small pool of query worker processes, with a time limit that really stops a query.

pyoxigraph has no way to cancel a query, so a query past its time limit is
stopped by killing the process that runs it; a fresh worker (a new process
opening the store read-only) takes its place in the background while the
others keep serving. Requests wait for a free worker for at most the time
limit too, so a server full of slow queries answers "busy" instead of piling
up work.

The event loop never blocks on a worker: each exchange (send the job, wait
for the reply) runs in a thread of a pool as large as the worker pool.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from kg.serve import ServeError
from kg.serve.worker import Job, Reply, worker_main

log = logging.getLogger("kg.serve")

START_TIMEOUT = 120.0  # opening a large store read-only can take a while on a busy machine
RESPAWN_DELAY = 2.0  # between attempts when a replacement worker cannot open the store


class QueryTimeout(Exception):
    pass


class WorkerDied(Exception):
    pass


class Busy(Exception):
    pass


class ShuttingDown(Exception):
    pass


class Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, context: Any, store_path: Path, generation: int = 0):
        self.generation = generation  # which opening of the store it reads (see WorkerPool.reload)
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(str(store_path), child), daemon=True,
                                       name="kg-serve-worker")
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        """Block until the worker has opened the store; ServeError with its reason if it could not."""
        if not self.conn.poll(timeout):
            self.kill()
            raise ServeError(f"a query worker did not open the store within {timeout:g} s")
        try:
            status, message = self.conn.recv()
        except (EOFError, OSError):
            self.kill()
            raise ServeError("a query worker exited while opening the store") from None
        if status != "ready":
            self.kill()
            raise ServeError(message)

    def call(self, job: Job, timeout: float) -> Reply:
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                raise QueryTimeout()
            return self.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            raise WorkerDied(str(exc)) from exc

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        """Ask an idle worker to exit, then make sure it has."""
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.process.join(2)
        self.kill()


@dataclass
class PoolStats:
    size: int
    ready: int
    idle: int
    replaced: int
    timeouts: int
    generation: int  # how many times the store was opened afresh (reload)
    current: int  # ready workers reading the store as it is now
    spares: int  # fresh workers waiting for a busy old one to finish


class WorkerPool:
    """`size` workers over the store at `store_path`; `run(job)` gives each job to a free one."""

    def __init__(self, store_path: Path, size: int, timeout: float):
        if size < 1:
            raise ServeError("the server needs at least one query worker")
        self.store_path = store_path
        self.size = size
        self.timeout = timeout
        self._context = multiprocessing.get_context("spawn")  # no fork of a threaded event loop
        # one thread per exchange with a worker: old and new workers may both be busy during a reload
        self._threads = ThreadPoolExecutor(max_workers=2 * size, thread_name_prefix="kg-serve-pipe")
        self._idle: list[Worker] = []
        self._busy: set[Worker] = set()
        self._available: Optional[asyncio.Semaphore] = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False
        self._spares: list[Worker] = []
        self.generation = 0
        self.replaced = 0
        self.timeouts = 0

    async def start(self) -> None:
        """Start every worker; fails with the store's own message if none can open it."""
        loop = asyncio.get_running_loop()
        self._available = asyncio.Semaphore(0)
        started = await asyncio.gather(*(loop.run_in_executor(None, self._spawn) for _ in range(self.size)),
                                       return_exceptions=True)
        errors = [r for r in started if isinstance(r, BaseException)]
        for worker in started:
            if isinstance(worker, Worker):
                self._add(worker)
        if errors:
            await self.close()
            raise errors[0] if isinstance(errors[0], ServeError) else ServeError(str(errors[0]))

    def _spawn(self, generation: Optional[int] = None) -> Worker:
        worker = Worker(self._context, self.store_path, self.generation if generation is None else generation)
        worker.wait_ready(START_TIMEOUT)
        return worker

    def _add(self, worker: Worker) -> None:
        """Make a worker available; one that reads an older opening of the store is swapped for a fresh one."""
        if worker.generation < self.generation:
            asyncio.get_running_loop().run_in_executor(None, worker.stop)
            if not self._spares:
                self._start_respawn(None)
                return
            worker = self._spares.pop()
        self._idle.append(worker)
        assert self._available is not None
        self._available.release()

    async def reload(self) -> None:
        """Serve the store as it is now: fresh workers take the idle ones' places at once, the busy ones'
        as they finish. ServeError (and the old workers go on) if the store cannot be opened."""
        loop = asyncio.get_running_loop()
        generation = self.generation + 1
        started = await asyncio.gather(*(loop.run_in_executor(None, self._spawn, generation)
                                         for _ in range(self.size)), return_exceptions=True)
        fresh = [w for w in started if isinstance(w, Worker)]
        if len(fresh) < self.size or self._closing:
            for worker in fresh:
                loop.run_in_executor(None, worker.kill)
            errors = [e for e in started if isinstance(e, BaseException)]
            raise ServeError(str(errors[0]) if errors else "the server is shutting down")
        self.generation = generation
        old, self._idle = self._idle, [fresh.pop() for _ in self._idle]  # same count: the semaphore holds
        stale_busy = sum(1 for w in self._busy if w.generation < generation)
        old += self._spares  # fresh ones kept for an earlier reload are stale too now
        self._spares, extra = fresh[:stale_busy], fresh[stale_busy:]
        for worker in old + extra:
            loop.run_in_executor(None, worker.stop)

    async def run(self, job: Job, timeout: Optional[float] = None) -> Reply:
        """Give `job` to a free worker; QueryTimeout past the limit, Busy if none frees up in time."""
        assert self._available is not None, "start() the pool first"
        limit = self.timeout if timeout is None else timeout
        started = time.monotonic()
        try:
            await asyncio.wait_for(self._available.acquire(), limit)
        except asyncio.TimeoutError:
            raise Busy() from None
        if self._closing:
            self._available.release()  # wakes the next waiter, which stops here too
            raise ShuttingDown()
        worker = self._idle.pop()
        self._busy.add(worker)
        remaining = max(limit - (time.monotonic() - started), 0.001)
        # shielded: a client that goes away must not return a still-busy worker to the pool
        use = asyncio.ensure_future(self._use(worker, job, remaining))
        use.add_done_callback(lambda f: f.cancelled() or f.exception())  # retrieved even if nobody waits
        return await asyncio.shield(use)

    async def _use(self, worker: Worker, job: Job, timeout: float) -> Reply:
        loop = asyncio.get_running_loop()
        try:
            reply = await loop.run_in_executor(self._threads, worker.call, job, timeout)
        except QueryTimeout:
            self.timeouts += 1
            self._replace(worker, "ran past the time limit")
            raise
        except WorkerDied:
            self._replace(worker, "exited")
            if self._closing:
                raise ShuttingDown() from None
            raise
        self._busy.discard(worker)
        self._add(worker)
        return reply

    def _replace(self, worker: Worker, why: str) -> None:
        self._busy.discard(worker)
        if self._closing:
            asyncio.get_running_loop().run_in_executor(None, worker.kill)
            return
        log.warning("query worker pid %s %s; starting another", worker.process.pid, why)
        self._start_respawn(worker)

    def _start_respawn(self, old: Optional[Worker]) -> None:
        task = asyncio.ensure_future(self._respawn(old))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _respawn(self, old: Optional[Worker]) -> None:
        loop = asyncio.get_running_loop()
        if old is not None:
            await loop.run_in_executor(None, old.kill)
        if self._spares and not self._closing:  # a fresh worker is already waiting (see reload)
            self._add(self._spares.pop())
            return
        while not self._closing:
            try:
                worker = await loop.run_in_executor(None, self._spawn, None)
            except ServeError as exc:
                log.error("cannot start a query worker: %s; retrying", exc)
                await asyncio.sleep(RESPAWN_DELAY)
                continue
            if self._closing:
                worker.kill()
                return
            self.replaced += 1
            self._add(worker)
            return

    def stats(self) -> PoolStats:
        workers = self._idle + list(self._busy)
        current = sum(1 for w in workers if w.generation == self.generation)
        return PoolStats(self.size, len(workers), len(self._idle), self.replaced, self.timeouts, self.generation,
                         current, len(self._spares))

    def abort(self) -> None:
        """At shutdown: stop the running queries now (their clients get 503) and take no new ones."""
        self._closing = True
        for worker in list(self._busy):
            if worker.process.is_alive():
                worker.process.kill()
        if self._available is not None:
            self._available.release()

    async def close(self) -> None:
        """Stop every worker (a busy one is killed: its client's request is over anyway)."""
        self._closing = True
        loop = asyncio.get_running_loop()
        for task in list(self._tasks):
            task.cancel()
        idle, busy = list(self._idle) + self._spares, list(self._busy)
        self._idle.clear()
        self._busy.clear()
        self._spares = []
        await asyncio.gather(*(loop.run_in_executor(None, w.stop) for w in idle),
                             *(loop.run_in_executor(None, w.kill) for w in busy))
        self._threads.shutdown(wait=False, cancel_futures=True)
