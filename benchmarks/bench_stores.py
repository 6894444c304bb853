"""How long a build takes on each store: embedded, Oxigraph server, Virtuoso.

Generates a synthetic corpus (`benchmarks/corpus.py`), then for each store
times a first build of every article (what a user runs: read, extract,
write), a second build (every article unchanged: one hash read), and a TriG
dump of the whole dataset. The Oxigraph server is started here on a free port
(`pip install oxigraph`); give a running Virtuoso with --virtuoso URL
(`scripts/virtuoso.sh start DIR` prints one). The servers are emptied of
kg's graphs first.

    python benchmarks/bench_stores.py --articles 10000 --virtuoso http://127.0.0.1:8890/sparql
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus import generate  # noqa: E402

from kg.build import Builder  # noqa: E402
from kg.store import RemoteStore, open_store  # noqa: E402
from kg.store.remote import SOURCES_GRAPH  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_oxigraph(directory: Path) -> tuple[str, subprocess.Popen]:
    binary = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    port = free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(directory), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.post(url + "/query", data={"query": "ASK {}"}, timeout=2).raise_for_status()
            return url, proc
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit("the Oxigraph server did not start")


def empty(url: str) -> None:
    """Drop kg's graphs from a server (article graphs and the default graph)."""
    with open_store(url) as store:
        assert isinstance(store, RemoteStore)
        updates = [f"DROP SILENT GRAPH <{g}>" for g in store.graphs()]
        updates.append("CLEAR SILENT DEFAULT" if store.default_graph is None
                       else f"CLEAR SILENT GRAPH <{store.default_graph}>")
        updates.append(f"DROP SILENT GRAPH <{SOURCES_GRAPH}>")
        for start in range(0, len(updates), 200):
            httpx.post(store.endpoints.update, data={"update": " ;\n".join(updates[start:start + 200])},
                       timeout=600).raise_for_status()


def measure(name: str, location: str, corpus: Path) -> dict[str, object]:
    row: dict[str, object] = {"store": name}
    started = time.perf_counter()
    with open_store(location) as store:
        report = Builder(store).build([corpus])
        store.flush()
        row["build"] = time.perf_counter() - started
        row["articles"] = len(report.added)
        row["statements"] = len(store)
    started = time.perf_counter()
    with open_store(location) as store:
        again = Builder(store).build([corpus])
        assert not again.added and not again.updated
    row["rebuild"] = time.perf_counter() - started
    started = time.perf_counter()
    with open_store(location, read_only=True) as store, tempfile.TemporaryFile() as out:
        store.dump(out, "trig")
    row["trig dump"] = time.perf_counter() - started
    return row


def extraction_only(corpus: Path) -> float:
    """The same build into an in-memory store: what every store's time includes."""
    from kg.store import OxigraphStore

    warm = sorted(corpus.glob("*.txt"))[:50]  # lexicons and patterns load once, before any timing
    Builder(OxigraphStore(None)).build(warm)
    started = time.perf_counter()
    Builder(OxigraphStore(None)).build([corpus])
    return time.perf_counter() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--virtuoso", help="a running Virtuoso's SPARQL endpoint")
    ap.add_argument("--oxigraph", help="a running Oxigraph server (default: start one)")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-stores-"))
    proc: Optional[subprocess.Popen] = None
    try:
        generate(work / "corpus", args.articles)
        print(f"{args.articles} articles in {work / 'corpus'}", file=sys.stderr)
        rows = [{"store": "(in memory: extraction and RDF only)", "build": extraction_only(work / "corpus")}]
        rows.append(measure("embedded (pyoxigraph on disk)", str(work / "store"), work / "corpus"))
        oxigraph = args.oxigraph
        if oxigraph is None:
            oxigraph, proc = start_oxigraph(work / "oxigraph")
        empty(oxigraph)
        rows.append(measure("Oxigraph server 0.5", oxigraph, work / "corpus"))
        if args.virtuoso:
            empty(args.virtuoso)
            rows.append(measure("Virtuoso 7.2", args.virtuoso, work / "corpus"))
        print("| store | first build | rebuild (unchanged) | TriG dump | statements |")
        print("|---|---|---|---|---|")
        for row in rows:
            cells = [f"{row[k]:.1f} s" if k in row else "" for k in ("build", "rebuild", "trig dump")]
            print(f"| {row['store']} | " + " | ".join(cells) + f" | {row.get('statements', '')} |")
    finally:
        if proc is not None:
            proc.terminate()
            proc.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
