"""Latency of `kg serve` under load: the named queries from 16 concurrent clients on 127.0.0.1.

Builds (once) a store of synthetic articles from benchmarks/corpus.py with
`kg build --no-exports`, starts `kg serve` on a free port of 127.0.0.1, and
measures:

1. each named query alone, first run (the engine's work) and repeated
   (served from the answer cache), with the answer's size;
2. the server's own overhead: a cheap query through HTTP and a worker
   process against the same query run in this process;
3. the load: `--clients` threads, each with its own keep-alive connection,
   sending the named queries (defaults, plus the per-country queries for a
   few more countries) in a shuffled cycle until `--requests` are answered
   or `--duration` runs out; p50/p95/p99 per query and overall. With the
   answer cache (the default) and, with `--no-cache-run`, without it.

    python benchmarks/bench_serve.py                          # 10,000 articles, in a temp dir
    python benchmarks/bench_serve.py --store /tmp/kg10k       # build there once, reuse later
    python benchmarks/bench_serve.py --store /tmp/kg10k --endpoint http://127.0.0.1:7878/query
                                                              # the same load on another SPARQL server
    python benchmarks/bench_serve.py --store /tmp/kg10k \
        --endpoint 'http://127.0.0.1:8890/sparql?default-graph-uri=urn:defence-kg:default-graph'
                                                              # Virtuoso, holding a `kg build` of the same corpus

Every request goes to 127.0.0.1 (or the --endpoint given); the loops stop by
count and by time. The load generator shares the machine's cores with the
server, as a client on the same host would.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

EXTRA_COUNTRIES = ("CHN", "USA", "JPN", "FRA")
ACCEPT = "application/sparql-results+json, text/turtle;q=0.9"


@dataclass(frozen=True)
class Ask:
    label: str
    text: str


@dataclass(frozen=True)
class Answer:
    label: str
    ms: float
    status: int
    size: int


# ----------------------------------------------------------------------------- setup
def prepare_store(path: Path, articles: int, seed: int) -> None:
    """Build `path` from a synthetic corpus unless a store is already there."""
    if (path / "defence-kg-store.json").exists():
        print(f"store: reusing {path}", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        size = generate(Path(tmp), articles, seed, jsonl=True)
        print(f"store: building {articles:,} articles ({size / 1e6:.1f} MB) into {path}", file=sys.stderr)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "kg.cli", "--store", str(path), "build", "--no-exports", tmp],
                       check=True)
        print(f"store: built in {time.perf_counter() - started:.1f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, options: list[str]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "--store", str(store), "serve", "--port", str(port),
                                "--no-graph-page", "--quiet", *options], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"kg serve exited with {process.returncode}")
        try:
            status, body = request(url + "/health", None)
            if status == 200 and json.loads(body)["workers"]["idle"] > 0:
                return process, url + "/sparql"
        except OSError:
            pass
        time.sleep(0.2)
    process.kill()
    raise SystemExit("kg serve did not start within 120 s")


def request(url: str, query: Optional[str], conn: Optional[http.client.HTTPConnection] = None) -> tuple[int, bytes]:
    """One GET (no query) or POST of a query; reuses `conn` when given."""
    parts = urllib.parse.urlsplit(url)
    own = conn is None
    conn = conn or http.client.HTTPConnection(parts.hostname, parts.port, timeout=600)
    try:
        if query is None:
            conn.request("GET", parts.path or "/")
        else:
            # Parameters in the endpoint's URL go with every query (Virtuoso: default-graph-uri=…).
            body = urllib.parse.urlencode([("query", query)] + urllib.parse.parse_qsl(parts.query))
            conn.request("POST", parts.path, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                    "Accept": ACCEPT})
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        if own:
            conn.close()


def workload(names: Optional[list[str]]) -> list[Ask]:
    """Every named query with its defaults; the per-country ones for a few more countries too."""
    from kg.queries import list_named_queries

    asks = []
    for query in list_named_queries():
        if names and query.name not in names:
            continue
        asks.append(Ask(query.name, query.text))
        if any(p.name == "country" for p in query.params):
            asks += [Ask(f"{query.name}({code})", query.bind({"country": code})) for code in EXTRA_COUNTRIES]
    return asks


# ----------------------------------------------------------------------------- measures
def one_by_one(endpoint: str, asks: list[Ask]) -> list[tuple[Answer, Answer]]:
    """Each query twice in a row from one client: first run, then repeated."""
    out = []
    conn = connection(endpoint)
    for ask in asks:
        pair = []
        for _ in range(2):
            started = time.perf_counter()
            status, body = request(endpoint, ask.text, conn)
            pair.append(Answer(ask.label, (time.perf_counter() - started) * 1000, status, len(body)))
        print(f"  {ask.label}: {pair[0].ms:.0f} ms, then {pair[1].ms:.1f} ms ({pair[0].status})", file=sys.stderr)
        out.append((pair[0], pair[1]))
    return out


def connection(endpoint: str) -> http.client.HTTPConnection:
    parts = urllib.parse.urlsplit(endpoint)
    return http.client.HTTPConnection(parts.hostname, parts.port, timeout=600)


def overhead(endpoint: str, store: Path, rounds: int) -> tuple[float, float]:
    """Median ms of a cheap, never-cached query in this process and through the server."""
    from kg.store import open_store

    texts = [f'SELECT ?c WHERE {{ ?c dkg:isoCode ?code FILTER(?code != "X{i}") }}' for i in range(rounds)]
    local = []
    with open_store(store, read_only=True) as kg_store:
        for text in texts:
            started = time.perf_counter()
            kg_store.query(text).serialize(open("/dev/null", "wb"), "json")
            local.append((time.perf_counter() - started) * 1000)
    remote = []
    conn = connection(endpoint)
    for text in texts:
        started = time.perf_counter()
        status, _ = request(endpoint, text + " # served", conn)
        remote.append((time.perf_counter() - started) * 1000)
        assert status == 200, status
    return statistics.median(local), statistics.median(remote)


def load(endpoint: str, asks: list[Ask], clients: int, total: int, seconds: float, seed: int) -> list[Answer]:
    """`clients` threads sending `asks` in a shuffled cycle until `total` answers or `seconds` pass."""
    order = asks * max(1, total // len(asks) + 1)
    random.Random(seed).shuffle(order)
    feed = iter(order[:total])
    lock = threading.Lock()
    answers: list[Answer] = []
    deadline = time.monotonic() + seconds

    def client() -> None:
        conn = connection(endpoint)
        while time.monotonic() < deadline:
            with lock:
                ask = next(feed, None)
            if ask is None:
                return
            started = time.perf_counter()
            try:
                status, body = request(endpoint, ask.text, conn)
            except (OSError, http.client.HTTPException):
                conn.close()
                conn, status, body = connection(endpoint), 0, b""
            with lock:
                answers.append(Answer(ask.label, (time.perf_counter() - started) * 1000, status, len(body)))

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return answers


# ----------------------------------------------------------------------------- reporting
def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def load_table(title: str, answers: list[Answer], seconds: float) -> None:
    print(f"\n### {title}\n")
    print(f"{len(answers)} answers in {seconds:.1f} s ({len(answers) / seconds:.1f}/s); "
          f"errors: {sum(a.status != 200 for a in answers)} "
          f"({', '.join(f'{s}: {n}' for s, n in sorted(count_by(a.status for a in answers).items()) if s != 200)})\n")
    print("| query | n | p50 ms | p95 ms | p99 ms | max ms | non-200 |")
    print("|---|---|---|---|---|---|---|")
    by_query: dict[str, list[Answer]] = {}
    for answer in answers:
        by_query.setdefault(answer.label.split("(")[0], []).append(answer)
    for label, group in sorted(by_query.items()) + [("**all**", answers)]:
        ms = [a.ms for a in group]
        print(f"| {label} | {len(group)} | {percentile(ms, 50):.1f} | {percentile(ms, 95):.1f} | "
              f"{percentile(ms, 99):.1f} | {max(ms):.0f} | {sum(a.status != 200 for a in group)} |")


def count_by(values) -> dict:  # type: ignore[no-untyped-def]
    out: dict = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def single_table(pairs: list[tuple[Answer, Answer]]) -> None:
    print("\n### Each query alone (one client)\n")
    print("| query | first run ms | repeated ms | answer KB | status |")
    print("|---|---|---|---|---|")
    for first, again in pairs:
        print(f"| {first.label} | {first.ms:.0f} | {again.ms:.1f} | {first.size / 1000:.0f} | {first.status} |")


# ----------------------------------------------------------------------------- main
def run_load(endpoint: str, asks: list[Ask], ns: argparse.Namespace, title: str) -> None:
    print(f"load: {title}", file=sys.stderr)
    started = time.perf_counter()
    answers = load(endpoint, asks, ns.clients, ns.requests, ns.duration, ns.seed)
    load_table(title, answers, time.perf_counter() - started)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--store", type=Path, help="store folder to build once and reuse (default: a temp dir)")
    ap.add_argument("--endpoint", help="measure this SPARQL endpoint instead of starting kg serve")
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--requests", type=int, default=2000, help="answers per load run (at most)")
    ap.add_argument("--duration", type=float, default=120.0, help="seconds per load run (at most)")
    ap.add_argument("--queries", help="comma-separated named queries (default: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--no-cache-run", action="store_true", help="also run the load with the answer cache off")
    ap.add_argument("--small-kb", type=float, default=1000.0,
                    help="also load the queries whose answers are smaller than this (KB), apart")
    ns = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = ns.store or Path(tmp) / "store"
        prepare_store(store, ns.articles, ns.seed)
        asks = workload(ns.queries.split(",") if ns.queries else None)
        print(f"# kg serve under load: {len(asks)} distinct requests over {len({a.label.split('(')[0] for a in asks})} "
              f"named queries, {ns.clients} clients, store {store}")
        if ns.endpoint:
            pairs = one_by_one(ns.endpoint, asks)
            single_table(pairs)
            run_load(ns.endpoint, asks, ns, f"{ns.clients} clients, {ns.endpoint}, every named query")
            run_load(ns.endpoint, small(asks, pairs, ns.small_kb), ns,
                     f"{ns.clients} clients, {ns.endpoint}, queries with answers under {ns.small_kb:g} KB")
            return
        measure_kg_serve(store, asks, ns)


def small(asks: list[Ask], pairs: list[tuple[Answer, Answer]], kb: float) -> list[Ask]:
    """The requests whose answer (first run, status 200) is smaller than `kb` kilobytes."""
    sizes = {first.label: first.size for first, _ in pairs if first.status == 200}
    return [a for a in asks if sizes.get(a.label, kb * 1000) < kb * 1000]


def measure_kg_serve(store: Path, asks: list[Ask], ns: argparse.Namespace) -> None:
    options = ["--workers", str(ns.workers), "--timeout", str(ns.timeout)]
    runs = [("with the answer cache", [])] + ([("without the answer cache", ["--cache-mb", "0"])]
                                              if ns.no_cache_run else [])
    light: list[Ask] = []
    for title, extra in runs:
        process, endpoint = start_server(store, options + extra)
        try:
            if not extra:
                local, served = overhead(endpoint, store, 200)
                print(f"\nOverhead: a cheap query takes {local:.2f} ms in this process and {served:.2f} ms through "
                      f"`kg serve` (HTTP, worker process): {served - local:.2f} ms per request (medians of 200).")
                pairs = one_by_one(endpoint, asks)
                single_table(pairs)
                light = small(asks, pairs, ns.small_kb)
            name = f"{ns.clients} clients, kg serve {title} ({ns.workers} workers)"
            run_load(endpoint, asks, ns, f"{name}, every named query")
            if light:
                run_load(endpoint, light, ns,
                         f"{name}, the {len(light)} requests with answers under {ns.small_kb:g} KB")
        finally:
            process.terminate()
            process.wait(30)


if __name__ == "__main__":
    main()
