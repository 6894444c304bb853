"""The folder of an embedded store: what marks it as ours, who writes it, what a crash left.

A store folder holds RocksDB's files plus three of ours: a marker that says
"this is a defence-kg store, format N" (so `--store` pointed at a folder of
other files is refused instead of filled with database files), a lock file
naming the process that writes it, and, while a batch of new articles is
being bulk-loaded, a journal listing them (so the next writer can take back
a load that a killed process left without its commit).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Optional

from kg.pipeline import KGError

MARKER_NAME = "defence-kg-store.json"
LOCK_NAME = "kg.lock"
PROC_LOCKS = Path("/proc/locks")
FLOCK = re.compile(r"\bFLOCK\s+\S+\s+\S+\s+\d+\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s")  # a line of /proc/locks


def writer_active(path: Path) -> bool:
    """Whether a process holds the writer's lock of the store at `path`, read from /proc/locks.

    The lock is never taken here, so looking can never make a build fail; False where the
    system does not say."""
    try:
        inode = os.stat(path / LOCK_NAME).st_ino
        with open(PROC_LOCKS, encoding="ascii") as fh:
            held = {int(m.group(1)) for m in FLOCK.finditer(fh.read())}
    except OSError:
        return False
    return inode in held
JOURNAL_NAME = "kg-journal.json"
# 1: no marker; queries used the union of the article graphs (before 0.2)
# 2: the default graph holds the deduplicated union, kept by every write
STORE_FORMAT = 2
_ROCKSDB_FILES = ("CURRENT", "IDENTITY")
_ORPHAN_GLOB = "bulk-*.sst"  # SST files of a bulk load that never reached its commit


class StoreError(KGError):
    """A store that cannot be opened, read or written."""


# Writer's lock files this process holds. A forked child (an extraction worker) closes its copies:
# a flock belongs to the open file, so a worker outliving a killed build would otherwise keep the
# store locked, under the dead build's pid.
_HELD_LOCKS: set = set()


def _drop_inherited_locks() -> None:
    for handle in list(_HELD_LOCKS):
        try:
            handle.close()
        except OSError:
            pass
    _HELD_LOCKS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_drop_inherited_locks)


class StoreFolder:
    """Checks, marks, locks and journals one store folder."""

    def __init__(self, path: Path):
        self.path = path
        self._lock_file: Optional[object] = None

    # --- what the folder is ---------------------------------------------------------
    def format(self, read_only: bool) -> Optional[int]:
        """The store format found here; None for a new or empty folder. Refuses anything else."""
        path = self.path
        if not path.exists():
            if read_only:
                raise StoreError(f"no store at {path}: run `kg build` first")
            return None
        if not path.is_dir():
            raise StoreError(f"store path {path} exists and is not a directory")
        marker = path / MARKER_NAME
        if marker.exists():
            return self._read_marker(marker)
        try:
            entries = sorted(p.name for p in path.iterdir())
        except OSError as exc:
            raise StoreError(f"cannot read the store folder {path}: {exc.strerror or exc}") from exc
        if not entries:
            if read_only:
                raise StoreError(f"no store at {path}: run `kg build` first")
            return None
        if all(name in entries for name in _ROCKSDB_FILES):
            return 1  # a store made before the marker existed
        shown = ", ".join(entries[:5]) + (", …" if len(entries) > 5 else "")
        raise StoreError(f"{path} is not a defence-kg store (it holds {shown}); "
                         "give --store a new or empty folder")

    def _read_marker(self, marker: Path) -> int:
        try:
            data = json.loads(marker.read_text(encoding="utf-8"))
            found = int(data["format"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"{marker} is damaged ({exc}); it should say which store format this is") from exc
        if found > STORE_FORMAT:
            raise StoreError(f"the store at {self.path} has format {found}, newer than this kg "
                             f"understands ({STORE_FORMAT}); upgrade defence-kg")
        return found

    def write_marker(self) -> None:
        data = {"kind": "defence-kg store", "format": STORE_FORMAT}
        write_atomically(self.path / MARKER_NAME, json.dumps(data, indent=2) + "\n")

    # --- who writes it --------------------------------------------------------------
    def lock(self) -> None:
        """Take the writer's lock, or say which process holds it."""
        try:
            import fcntl
        except ImportError:  # no advisory locks here: RocksDB's own lock still guards the data
            return
        self.path.mkdir(parents=True, exist_ok=True)
        handle = open(self.path / LOCK_NAME, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            raise StoreError(f"another kg process is using {self.path} (pid {holder}); "
                             "wait for it to finish") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._lock_file = handle
        _HELD_LOCKS.add(handle)

    def writer(self) -> Optional[str]:
        """The pid of the process holding the writer's lock, or None if no process holds it.

        Read from /proc/locks where the system has it, so that looking never takes the lock
        (a probe that took it could make a build starting at that moment fail)."""
        if PROC_LOCKS.exists():
            return self.written_pid() if writer_active(self.path) else None
        try:
            import fcntl
        except ImportError:
            return None
        try:
            with open(self.path / LOCK_NAME, encoding="utf-8") as handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
                except OSError:
                    return handle.read().strip() or "unknown"
                fcntl.flock(handle, fcntl.LOCK_UN)
        except OSError:
            pass
        return None

    def written_pid(self) -> str:
        """The pid the writer wrote into its lock file (read without taking the lock)."""
        try:
            return (self.path / LOCK_NAME).read_text(encoding="utf-8").strip() or "unknown"
        except OSError:
            return "unknown"

    def unlock(self) -> None:
        if self._lock_file is not None:
            _HELD_LOCKS.discard(self._lock_file)
            self._lock_file.close()  # type: ignore[attr-defined]
            self._lock_file = None

    # --- what a crash left ----------------------------------------------------------
    def begin_load(self, graphs: list[str]) -> None:
        write_atomically(self.path / JOURNAL_NAME, json.dumps({"loading": graphs}) + "\n")

    def end_load(self) -> None:
        (self.path / JOURNAL_NAME).unlink(missing_ok=True)

    def unfinished_load(self) -> Optional[list[str]]:
        """Graphs of a bulk load that never reached its commit, if a process died in one."""
        journal = self.path / JOURNAL_NAME
        if not journal.exists():
            return None
        try:
            return [str(g) for g in json.loads(journal.read_text(encoding="utf-8"))["loading"]]
        except (OSError, ValueError, KeyError, TypeError):
            return []  # unreadable: the commit check below still finds what lacks a hash

    def remove_orphans(self) -> int:
        """Delete the SST files of a bulk load killed before RocksDB took them in."""
        count = 0
        for orphan in self.path.glob(_ORPHAN_GLOB):
            orphan.unlink(missing_ok=True)
            count += 1
        return count


def write_atomically(path: Path, text: str) -> None:
    """Write a small file so that a crash leaves the old one or the new one, never half."""
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
