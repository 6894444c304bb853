"""Speed of every named query and README example on stores built by `kg build`, and their portability.

For each size it generates articles (benchmarks/corpus.py), builds the store
with the real CLI (`kg build --no-exports`), then times every named query
(default parameters, and once with a typical value of each parameter) and
every SPARQL example in README.md: 3 runs in-process through `kg.store`
(min and median of the wall clock, min of the CPU time) and one run of the
`kg query` command per output format (wall clock, Python start-up included). The row counts are
checked against the same data loaded from `kg export --format trig` into a
plain in-memory pyoxigraph store (no union default graph) and, for queries
without GRAPH, from `kg export --format turtle` into one default graph.

    python benchmarks/bench_queries.py                       # 1,000 and 10,000 articles
    python benchmarks/bench_queries.py --articles 500 --runs 1 --cli-formats
    python benchmarks/bench_queries.py --queries /tmp/old-queries   # time another set of .rq files

The machine is shared: the CPU column is the steadier one when the load is high.
Rows are compared whole; inside a GROUP_CONCAT column the items are compared
as a sorted list, since SPARQL leaves their order to the engine.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus import generate  # noqa: E402

from kg.queries import NamedQuery, list_named_queries  # noqa: E402
from kg.store import Literal, QueryResults, Term, open_store, prepare_query, select_rows  # noqa: E402
from kg.store.sparql import blank_opaque  # noqa: E402

# A typical value for each parameter name; IRIs are looked up in the data (see `typical_values`).
TYPICAL = {"country": "CHN", "year": "2020", "kind": "dkg:Official", "articles": "0"}
FIRST_OF_CLASS = {"fact": "Partnership", "event": "Event", "agreement": "Agreement"}
# CONSTRUCT and DESCRIBE answers have graph formats: N-Triples stands for CSV.
GRAPH_FORMAT = {"csv": "ntriples", "tsv": "ntriples", "json": "jsonld"}


@dataclass
class Case:
    """One query to time: a named query with parameters, or a README example."""

    label: str
    text: str
    cli_args: list[str]
    params: dict[str, str] = field(default_factory=dict)

    @property
    def uses_graph(self) -> bool:
        return re.search(r"\bGRAPH\b", blank_opaque(self.text), re.I) is not None


# ----------------------------------------------------------------- the queries

def readme_queries(readme: Path) -> list[tuple[str, str]]:
    """SPARQL examples of the README: ```sparql blocks, `kg query '…'` lines and `select_rows(…, "…")` calls."""
    text = readme.read_text(encoding="utf-8")
    found = [m.group(1).strip() for m in re.finditer(r"```sparql\n(.*?)```", text, re.S)]
    found += [m.group(1) for m in re.finditer(r"kg query '((?:SELECT|ASK|CONSTRUCT|DESCRIBE)[^']*)'", text)
              if "..." not in m.group(1)]  # `kg query 'SELECT ...'` shows the syntax, not a query
    found += [m.group(1) for m in re.finditer(r'select_rows\(\w+,\s*"((?:SELECT|ASK)[^"]*)"\)', text)]
    unique: dict[str, str] = {}
    for query in found:
        unique.setdefault(" ".join(query.split()), query)  # the same query once, however it is laid out
    return [(f"README {i + 1}: {' '.join(q.split())[:48]}…", q) for i, q in enumerate(unique.values())]


def typical_values(select: Callable[[str], list[dict[str, Any]]]) -> dict[str, str]:
    """Typical parameter values, the IRIs taken from the data (the first fact of a class, by IRI)."""
    values = dict(TYPICAL)
    for name, cls in FIRST_OF_CLASS.items():
        rows = select(f"SELECT (MIN(STR(?x)) AS ?first) WHERE {{ ?x a dkg:{cls} }}")
        if rows and rows[0]["first"] is not None:
            values[name] = rows[0]["first"].value
    return values


def named_cases(queries: Iterable[NamedQuery], typical: dict[str, str]) -> list[Case]:
    """Each named query with its default parameters, then once per parameter with a typical value."""
    cases = []
    for q in queries:
        cases.append(Case(q.name, q.bind({}), ["--name", q.name]))
        for p in q.params:
            if p.name in typical:
                value = typical[p.name]
                cases.append(Case(f"{q.name} {p.name}={value.rsplit('/', 1)[-1]}", q.bind({p.name: value}),
                                  ["--name", q.name, "--param", f"{p.name}={value}"], {p.name: value}))
    return cases


def all_cases(queries: Iterable[NamedQuery], readme: Path, select: Callable[[str], list[dict[str, Any]]]) -> list[Case]:
    cases = named_cases(queries, typical_values(select))
    return cases + [Case(label, text, [text]) for label, text in readme_queries(readme)]


# ------------------------------------------------------------------ answering

_LIST = re.compile(r'GROUP_CONCAT\s*\((?:[^()]|\([^()]*\))*?separator\s*=\s*"([^"]*)"\s*\)\s*AS\s+\?(\w+)', re.I)


def list_columns(text: str) -> dict[str, str]:
    """Columns made by GROUP_CONCAT, with their separators: SPARQL leaves the order inside them open."""
    return {m.group(2): m.group(1) for m in _LIST.finditer(text)}


def canonical(result: QueryResults, lists: Optional[dict[str, str]] = None) -> list[tuple]:
    """A query result as sorted tuples of plain values, comparable across stores.

    The items of a GROUP_CONCAT column are compared in sorted order, since
    engines (and pyoxigraph's own stores) concatenate in different orders.
    """
    if result.kind == "ask":
        return [(result.boolean,)]
    if result.kind == "select":
        return canonical_rows(result.variables, result, lists or {})
    return sorted(((str(t.subject), str(t.predicate), str(t.object)) for t in result.triples()), key=repr)


def canonical_rows(names: list[str], rows: Iterable[dict[str, Optional[Term]]], lists: dict[str, str]) -> list[tuple]:
    def key(name: str, term: Optional[Term]) -> tuple:
        if term is None:
            return ("",)
        if isinstance(term, Literal):
            value = term.value
            if name in lists and lists[name]:
                value = lists[name].join(sorted(value.split(lists[name])))
            return (value, term.language or "", term.datatype.value)
        return (term.value,)

    return sorted((tuple(key(n, row[n]) for n in names) for row in rows), key=repr)


def reference_stores(trig: bytes, turtle: bytes, folder: Path) -> tuple[ox.Store, ox.Store]:
    """The TriG export in a plain on-disk store, and the Turtle export as one default graph.

    On disk, not in memory: pyoxigraph 0.5's in-memory store answers some joins far more
    slowly (agreements-of-country at 10,000 articles: 197 s in memory, 1.3 s on disk)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    dataset, graph = ox.Store(path=str(folder / "trig")), ox.Store(path=str(folder / "turtle"))
    dataset.bulk_load(trig, format=ox.RdfFormat.TRIG)
    graph.bulk_load(turtle, format=ox.RdfFormat.TURTLE)
    return dataset, graph


def reference_rows(store: ox.Store, text: str) -> list[tuple]:
    return canonical(QueryResults(store.query(prepare_query(text).text)), list_columns(text))


@dataclass
class Timing:
    case: Case
    rows: int
    wall: list[float]
    cpu: list[float]
    cli: dict[str, float] = field(default_factory=dict)
    same_trig: Optional[bool] = None
    same_turtle: Optional[bool] = None


def time_case(store: Any, case: Case, runs: int) -> tuple[list[tuple], list[float], list[float]]:
    """Run `case` `runs` times in-process as a library user would; the canonical rows and the times."""
    select = prepare_query(case.text).form == "SELECT"
    wall, cpu, rows = [], [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        if select:
            names, solutions = select_rows(store, case.text)
        else:
            result = store.query(case.text)
            rows = canonical(result)
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
        if select:
            rows = canonical_rows(names, solutions, list_columns(case.text))
    return rows, wall, cpu


# ------------------------------------------------------------------- the CLI

def kg_command() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]


def run_kg(args: list[str], env: Optional[dict[str, str]] = None) -> float:
    """Wall time of one `kg` command, its output thrown away; fails loudly.

    A query that `kg query` stops at its time limit counts as infinitely long.
    """
    started = time.perf_counter()
    done = subprocess.run(kg_command() + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    if done.returncode != 0:
        error = done.stderr.decode(errors="replace")
        if "was stopped" in error:
            return float("inf")
        raise SystemExit(f"kg {' '.join(args)} failed: {error[-500:]}")
    return time.perf_counter() - started


def ontology_with_queries(queries_dir: Path, tmp: Path) -> dict[str, str]:
    """Environment in which `kg` reads its named queries from `queries_dir`."""
    from kg.resources import ontology_dir

    folder = tmp / "ontology"
    folder.mkdir(exist_ok=True)
    for item in ontology_dir().iterdir():
        if item.name != "queries" and not (folder / item.name).exists():
            (folder / item.name).symlink_to(item.resolve())
    if not (folder / "queries").exists():
        (folder / "queries").symlink_to(queries_dir.resolve())
    return {**os.environ, "KG_ONTOLOGY_DIR": str(folder)}


# ------------------------------------------------------------------ one size

def build(articles: int, work: Path, seed: int) -> tuple[Path, float]:
    """Corpus and store of `articles` articles under `work` (reused when already there)."""
    corpus, store = work / f"corpus-{articles}", work / f"store-{articles}"
    if not corpus.exists():
        generate(corpus, articles, seed)
    if store.exists():
        return store, 0.0
    seconds = run_kg(["--store", str(store), "build", "--no-exports", str(corpus)])
    return store, seconds


def exports(store: Path, work: Path) -> tuple[bytes, bytes]:
    out = {}
    for fmt in ("trig", "turtle"):
        path = work / f"{store.name}.{fmt}"
        if not path.exists():
            run_kg(["--store", str(store), "export", "--format", fmt, "-o", str(path)])
        out[fmt] = path.read_bytes()
    return out["trig"], out["turtle"]


def bench_size(articles: int, ns: argparse.Namespace, work: Path) -> list[Timing]:
    store_path, build_s = build(articles, work, ns.seed)
    print(f"{articles} articles: built in {build_s:.1f} s" if build_s else f"{articles} articles: store reused",
          file=sys.stderr)
    trig, turtle = exports(store_path, work)
    dataset, graph = reference_stores(trig, turtle, work / f"reference-{articles}")
    queries = list_named_queries(ns.queries) if ns.queries else list_named_queries()
    env = ontology_with_queries(ns.queries, work) if ns.queries else None
    timings = []
    with open_store(store_path, read_only=True) as store:
        def select(text: str) -> list[dict[str, Any]]:
            return select_rows(store, text)[1]

        cases = [c for c in all_cases(queries, ns.readme, select) if not ns.only or re.search(ns.only, c.label)]
        for case in cases:
            rows, wall, cpu = time_case(store, case, ns.runs)
            timing = Timing(case, len(rows), wall, cpu)
            timing.same_trig = reference_rows(dataset, case.text) == rows
            if not case.uses_graph:
                timing.same_turtle = reference_rows(graph, case.text) == rows
            timings.append(timing)
            print(f"  {case.label}: {len(rows)} rows, {min(wall):.3f} s", file=sys.stderr)
    for fmt in ns.cli_formats:
        for timing in timings:
            graph = prepare_query(timing.case.text).form in ("CONSTRUCT", "DESCRIBE")
            shown = GRAPH_FORMAT.get(fmt, fmt) if graph else fmt
            timing.cli[fmt] = run_kg(["--store", str(store_path), "query", *timing.case.cli_args, "--format", shown],
                                     env)
    return timings


# ------------------------------------------------------------------- report

def markdown(articles: int, timings: list[Timing], startup: Optional[float]) -> str:
    def same(flag: Optional[bool]) -> str:
        return "–" if flag is None else ("yes" if flag else "**NO**")

    formats = list(timings[0].cli) if timings else []
    lines = [f"### {articles:,} articles", "",
             "| query | rows | in-process min / median (s) | CPU min (s) | "
             + "".join(f"`kg query --format {f}` (s) | " for f in formats) + "same rows: TriG / Turtle |",
             "|---|---:|---:|---:|" + "---:|" * len(formats) + "---|"]
    for t in timings:
        cli = "".join(("stopped at the time limit | " if t.cli[f] == float("inf") else f"{t.cli[f]:.2f} | ")
                      for f in formats)
        lines.append(f"| {t.case.label.replace('|', '/')} | {t.rows:,} | {min(t.wall):.3f} / "
                     f"{statistics.median(t.wall):.3f} | {min(t.cpu):.3f} | {cli}"
                     f"{same(t.same_trig)} / {same(t.same_turtle)} |")
    slow = [t.case.label for t in timings if min(t.wall) >= 1.0]
    lines.append("")
    lines.append(f"Slowest in-process: {max(min(t.wall) for t in timings):.3f} s; "
                 f"{len(slow)} at or over 1 s{': ' + ', '.join(slow) if slow else ''}.")
    if startup is not None:
        lines.append(f"`kg --version` (Python start-up alone): {startup:.2f} s.")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 10_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--work", type=Path, help="keep corpora, stores and exports here (reused on the next run)")
    ap.add_argument("--queries", type=Path, help="a folder of .rq files to time instead of the shipped ones")
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    ap.add_argument("--only", help="only cases whose label matches this regular expression")
    ap.add_argument("--cli-formats", nargs="*", default=["table", "csv"],
                    help="time `kg query --format F` for each (none: skip the command)")
    ns = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = ns.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        startup = min(run_kg(["--version"]) for _ in range(3)) if ns.cli_formats else None
        reports = [markdown(n, bench_size(n, ns, work), startup) for n in ns.articles]
    print("\n\n".join(reports))
    if "**NO**" in "".join(reports):
        raise SystemExit("some answers differ from the same data loaded from the exports")


if __name__ == "__main__":
    main()
