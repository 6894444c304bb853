"""Noticing that `kg build` or `kg remove` changed the store a server is reading.

A read-only opening of the store is a snapshot: a worker goes on answering
from the store as it was when it opened it. So the server watches the
store's database files (names, sizes, times); once they have changed, no
writer holds the store's lock, and they have stayed the same for one more
look, it opens the store afresh (`WorkerPool.reload`). The writer's lock is
read from /proc/locks, never taken, so a watching server can never make a
build fail; where /proc/locks does not exist, the quiet look alone decides.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
from pathlib import Path
from typing import Awaitable, Callable

from kg.store.folder import writer_active

log = logging.getLogger("kg.serve")

DATABASE_FILE = re.compile(r"^(?:\d+\.(?:sst|log|blob)|MANIFEST-\d+|CURRENT)$")  # RocksDB's own, not its LOG


def store_state(path: Path) -> frozenset[tuple[str, int, int]]:
    """The database files of a store folder with their sizes and modification times."""
    try:
        with os.scandir(path) as entries:
            return frozenset((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in entries
                             if DATABASE_FILE.match(e.name))
    except OSError:
        return frozenset()  # a file removed while listed: the next look sees the folder settled


async def watch_store(path: Path, reload: Callable[[], Awaitable[None]], interval: float) -> None:
    """Call `reload` after each change of the store, once the writer is done; runs until cancelled."""
    seen = store_state(path)
    while True:
        await asyncio.sleep(interval)
        now = store_state(path)
        if now == seen or writer_active(path):
            continue
        await asyncio.sleep(interval)
        if store_state(path) != now or writer_active(path):
            continue  # still being written: look again later
        log.info("the store changed; opening it afresh")
        try:
            await reload()
        except Exception as exc:  # noqa: BLE001 - the server goes on with what it has
            log.error("cannot open the changed store: %s; still serving it as it was", exc)
            continue
        seen = now
