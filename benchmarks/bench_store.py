"""Why the store is pyoxigraph: rdflib's memory store against pyoxigraph, same graph, same machine.

Generates a synthetic defence-kg-shaped graph (countries, officials, events,
agreements with evidence literals), writes it as Turtle, then for each engine
measures, each in a fresh subprocess so peak memory is its own:
load (parse) time, peak RSS, a GROUP BY query, a property-path query and a
Turtle dump. Results are printed as a table with pyoxigraph/rdflib ratios.

    python benchmarks/bench_store.py                 # ~1.03 M triples (takes minutes: rdflib is slow)
    python benchmarks/bench_store.py --triples 100000
    python benchmarks/bench_store.py --timeout 120   # cap on each rdflib query
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DKG = "https://w3id.org/defence-kg/ontology#"
ID = "https://w3id.org/defence-kg/id/"

GROUP_BY = f"""PREFIX dkg: <{DKG}>
SELECT ?c (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a dkg:Agreement ; dkg:party ?c }} GROUP BY ?c ORDER BY DESC(?n) LIMIT 10"""
# Countries whose officials signed agreements with country C0 (a sequence property path).
PATH = f"""PREFIX dkg: <{DKG}>
SELECT ?c (COUNT(*) AS ?n) WHERE {{ <{ID}country/C0> ^dkg:party/dkg:signatory/dkg:represents ?c }} GROUP BY ?c"""


def generate(path: Path, target: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    n = 0
    with open(path, "w", encoding="utf-8") as out:
        out.write(f"@prefix dkg: <{DKG}> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n")
        out.write("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n")
        for c in range(200):
            out.write(f'<{ID}country/C{c}> a dkg:Country ; dkg:isoCode "C{c:02d}" ; rdfs:label "Nước {c}"@vi .\n')
            n += 3
        officials = 0
        i = 0
        while n < target:
            c1, c2 = 0 if rng.random() < 0.6 else rng.randrange(200), rng.randrange(200)
            o = f"{ID}official/o{officials}"
            officials += 1
            out.write(f'<{o}> a dkg:Official ; rdfs:label "Quan chức {officials}"@vi ; dkg:represents <{ID}country/C{c2}> .\n')
            a = f"{ID}agreement/a{i}"
            day = f"20{rng.randrange(10, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            out.write(
                f'<{a}> a dkg:Agreement ; rdfs:label "Bản ghi nhớ số {i}"@vi ; dkg:party <{ID}country/C{c1}>, <{ID}country/C{c2}> ; '
                f'dkg:signatory <{o}> ; dkg:date "{day}"^^xsd:date ; dkg:evidence "Hai bên đã ký Bản ghi nhớ số {i} về hợp tác quốc phòng."@vi .\n'
            )
            e = f"{ID}event/e{i}"
            out.write(f'<{e}> a dkg:Event ; rdfs:label "Hội đàm {i}"@vi ; dkg:participant <{o}>, <{ID}country/C{c1}> ; '
                      f'dkg:startDate "{day}"^^xsd:date .\n')
            n += 3 + 7 + 5
            i += 1
    return n


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(fn):
    t = time.perf_counter()
    value = fn()
    return time.perf_counter() - t, value


def run_engine(engine: str, ttl: str, timeout: float) -> dict:
    """Runs inside a child process; prints one JSON line."""
    out: dict = {"engine": engine}
    if engine == "rdflib":
        import rdflib

        g = rdflib.Graph()
        out["load_s"], _ = _timed(lambda: g.parse(ttl, format="turtle"))
        out["rss_mb"] = _rss_mb()
        out["group_by_s"], _ = _timed(lambda: list(g.query(GROUP_BY)))
        out["dump_s"], _ = _timed(lambda: g.serialize(format="turtle"))
    else:
        import pyoxigraph as ox

        if engine == "pyoxigraph-disk":
            tmp = tempfile.mkdtemp()
            store = ox.Store(tmp)
            out["load_s"], _ = _timed(lambda: store.bulk_load(path=ttl, format=ox.RdfFormat.TURTLE))
        else:
            store = ox.Store()
            out["load_s"], _ = _timed(lambda: store.load(path=ttl, format=ox.RdfFormat.TURTLE))
        out["rss_mb"] = _rss_mb()
        out["group_by_s"], _ = _timed(lambda: list(store.query(GROUP_BY)))
        out["path_s"], _ = _timed(lambda: list(store.query(PATH)))
        out["dump_s"], _ = _timed(lambda: store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph()))
    print(json.dumps(out))
    return out


def path_query_rdflib(ttl: str) -> dict:
    import rdflib

    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    seconds, _ = _timed(lambda: list(g.query(PATH)))
    print(json.dumps({"path_s": seconds}))
    return {}


def child(args: list[str], timeout: float) -> dict:
    try:
        proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_030_000)
    ap.add_argument("--timeout", type=float, default=300, help="seconds allowed for rdflib's property-path query")
    ap.add_argument("--child", nargs=2, metavar=("ENGINE", "TTL"), help=argparse.SUPPRESS)
    ap.add_argument("--child-path", metavar="TTL", help=argparse.SUPPRESS)
    ns = ap.parse_args()
    if ns.child:
        run_engine(ns.child[0], ns.child[1], ns.timeout)
        return
    if ns.child_path:
        path_query_rdflib(ns.child_path)
        return

    with tempfile.TemporaryDirectory() as tmp:
        ttl = Path(tmp) / "synthetic.ttl"
        n = generate(ttl, ns.triples)
        print(f"synthetic graph: {n:,} triples, {ttl.stat().st_size / 1e6:.0f} MB of Turtle", file=sys.stderr)
        results = {}
        for engine in ("rdflib", "pyoxigraph-memory", "pyoxigraph-disk"):
            print(f"running {engine} ...", file=sys.stderr)
            results[engine] = child(["--child", engine, str(ttl)], timeout=3600)
        print("rdflib property path (capped) ...", file=sys.stderr)
        rp = child(["--child-path", str(ttl)], timeout=ns.timeout + results["rdflib"].get("load_s", 0) + 30)
        results["rdflib"]["path_s"] = rp.get("path_s", f">{ns.timeout:.0f}")

    cols = ("load_s", "rss_mb", "group_by_s", "path_s", "dump_s")
    print(f"| engine ({n:,} triples) | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for engine, r in results.items():
        cells = [f"{r[c]:.2f}" if isinstance(r.get(c), float) else str(r.get(c, "")) for c in cols]
        print(f"| {engine} | " + " | ".join(cells) + " |")
    base = results["rdflib"]
    for engine in ("pyoxigraph-memory", "pyoxigraph-disk"):
        ratios = []
        for c in cols:
            a, b = results[engine].get(c), base.get(c)
            if isinstance(a, float) and isinstance(b, float) and a > 0:
                ratios.append(f"{c} {b / a:.0f}x")
            elif isinstance(a, float) and isinstance(b, str):
                ratios.append(f"{c} >{float(b[1:]) / a:.0f}x")
        print(f"{engine} vs rdflib (higher is better for pyoxigraph): " + ", ".join(ratios))


if __name__ == "__main__":
    main()
