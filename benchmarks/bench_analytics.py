"""Time `kg analyze` on stores built by `kg build` from generated articles.

    .venv/bin/python benchmarks/bench_analytics.py [--articles 1000 10000] [--work DIR] [--runs 3]

For each size, `benchmarks/corpus.py` writes the articles and `kg build
--no-exports` reads them into a store (both kept in --work and reused when
there). Then `kg analyze` runs as a user runs it, in its own process: cold
(no projection cache beside the store) and warm (cached), --runs times each;
the table gives the median and the range. A breakdown of one warm run in this
process follows (load, projections, reports).

`synthetic_quads`/`synthetic_store` build a small hand-shaped graph in memory
for the unit tests: one named graph per article, each with 1–2 events,
sometimes an agreement or a partnership, officials who represent their
countries; country popularity is Zipf-like, and officials recur.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.store import OxigraphStore, import_quads  # noqa: E402

DKG = "https://w3id.org/defence-kg/ontology#"
ID = "https://w3id.org/defence-kg/id/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
DERIVED = ox.NamedNode("http://www.w3.org/ns/prov#wasDerivedFrom")
IDENT = ox.NamedNode("http://purl.org/dc/terms/identifier")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
EVENT_TYPES = ["Exhibition", "Dialogue", "Talks", "Visit", "Conference", "Meeting", "Exchange", "Exercise", "PortCall"]
AGREEMENT_TYPES = ["LetterOfIntent", "MemorandumOfUnderstanding", "CooperationAgreement", "Minutes", "JointStatement"]
LEVELS = ["ComprehensiveStrategicPartnership", "StrategicPartnership", "ComprehensivePartnership"]


def d(name: str) -> ox.NamedNode:
    return ox.NamedNode(DKG + name)


def synthetic_quads(n_articles: int, seed: int = 7, n_countries: int = 190) -> list[ox.Quad]:
    """Quads of `n_articles` article graphs (see module doc)."""
    rnd = random.Random(seed)
    countries = ["VNM"] + [f"C{i:03d}" for i in range(1, n_countries)]
    weights = [50.0] + [1.0 / (i ** 0.9) for i in range(1, n_countries)]
    officials: dict[str, list[str]] = {c: [] for c in countries}
    quads: list[ox.Quad] = []
    for a in range(n_articles):
        g = ox.NamedNode(f"{ID}source/a{a}")
        add = lambda s, p, o: quads.append(ox.Quad(s, p, o, g))  # noqa: E731
        add(g, RDF_TYPE, d("SourceDocument"))
        add(g, IDENT, ox.Literal(f"a{a}.txt"))
        year = 2015 + a * 10 // max(n_articles, 1)
        involved = {"VNM"} if rnd.random() < 0.8 else set()
        while len(involved) < 2 + (rnd.random() < 0.2) * rnd.randint(1, 6):
            involved.add(rnd.choices(countries, weights)[0])
        people = []
        for c in sorted(involved):
            cn = ox.NamedNode(f"{ID}country/{c}")
            add(cn, RDF_TYPE, d("Country"))
            add(cn, d("isoCode"), ox.Literal(c))
            add(cn, LABEL, ox.Literal(c, language="vi"))
            add(cn, DERIVED, g)
            pool = officials[c]
            if not pool or rnd.random() < 0.3:
                pool.append(f"{c.lower()}-p{len(pool)}")
            person = rnd.choice(pool)
            on = ox.NamedNode(f"{ID}official/{person}")
            add(on, RDF_TYPE, d("Official"))
            add(on, LABEL, ox.Literal(f"Quan chức {person}", language="vi"))
            add(on, d("represents"), cn)
            add(on, DERIVED, g)
            people.append((cn, on))
        date = ox.Literal(f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}", datatype=XSD_DATE)
        for e in range(rnd.choice([1, 1, 2])):
            t = rnd.choice(EVENT_TYPES)
            ev = ox.NamedNode(f"{ID}event/{t.lower()}/a{a}-{e}")
            add(ev, RDF_TYPE, d("Event"))
            add(ev, RDF_TYPE, d(t))
            add(ev, LABEL, ox.Literal(f"{t} {a}-{e}", language="vi"))
            add(ev, d("startDate"), date)
            add(ev, d("evidence"), ox.Literal(f"Câu bằng chứng của sự kiện {a}-{e}."))
            add(ev, DERIVED, g)
            for cn, on in people:
                add(ev, d("participant"), on if rnd.random() < 0.7 else cn)
        if rnd.random() < 0.3:
            t = rnd.choice(AGREEMENT_TYPES)
            ag = ox.NamedNode(f"{ID}agreement/{t.lower()}/a{a}")
            add(ag, RDF_TYPE, d("Agreement"))
            add(ag, RDF_TYPE, d(t))
            add(ag, LABEL, ox.Literal(f"{t} {a}", language="vi"))
            add(ag, d("date"), date)
            add(ag, d("evidence"), ox.Literal(f"Hai bên ký văn kiện {a}."))
            add(ag, DERIVED, g)
            for cn, on in people[:2]:
                add(ag, d("party"), cn)
                add(ag, d("signatory"), on)
        if rnd.random() < 0.05 and len(people) >= 2:
            (c1, _), (c2, _) = people[:2]
            pa = ox.NamedNode(f"{ID}partnership/{c1.value[-3:]}-{c2.value[-3:]}")
            add(pa, RDF_TYPE, d("Partnership"))
            add(pa, d("partner"), c1)
            add(pa, d("partner"), c2)
            add(pa, d("level"), d(rnd.choice(LEVELS)))
            add(pa, DERIVED, g)
    return quads


def synthetic_store(n_articles: int, seed: int = 7) -> OxigraphStore:
    store = OxigraphStore(None)
    import_quads(store, synthetic_quads(n_articles, seed))
    return store


def kg_command() -> list[str]:
    """The `kg` command of this interpreter's environment."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from kg.cli import main; main()"]


def built_store(articles: int, work: Path, seed: int = 1) -> Path:
    """A store made by `kg build --no-exports` from `articles` generated articles (reused if there)."""
    from corpus import generate

    root = work / f"a{articles}"
    store = root / "store"
    if (root / "built").exists():
        return store
    corpus = root / "articles"
    if not corpus.exists():
        generate(corpus, articles, seed)
    t = time.perf_counter()
    subprocess.run(kg_command() + ["--store", str(store), "build", "--no-exports", str(corpus)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    (root / "built").write_text(f"{time.perf_counter() - t:.1f} s\n", encoding="utf-8")
    return store


def spread(values: list[float]) -> str:
    """Median and range: '4.2 s (3.9–4.8)'."""
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def time_analyze(store: Path, cold: bool) -> tuple[float, float]:
    """(wall, CPU) seconds of one `kg analyze` in its own process. CPU time does not
    grow when other processes share the machine; wall time does."""
    import resource

    from kg.projection import CACHE_NAME

    if cold:
        (store / CACHE_NAME).unlink(missing_ok=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(kg_command() + ["--store", str(store), "analyze"], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def breakdown(store: Path) -> str:
    """Where a warm run's time goes, in this process."""
    from kg.analytics import Analyzer
    from kg.projection import load_kg_cached, paused_gc
    from kg.store import open_store

    with open_store(store, read_only=True) as s:
        t0 = time.perf_counter()
        data = load_kg_cached(s, details=False)
        t1 = time.perf_counter()
        with paused_gc():
            an = Analyzer(data)
            an.countries, an.actors  # noqa: B018 - build projections
            t2 = time.perf_counter()
            an.sections("VNM", 2, 20)
            t3 = time.perf_counter()
    return (f"load {t1 - t0:.2f} s, projections {t2 - t1:.2f} s ({an.actors.number_of_nodes()} actors, "
            f"{an.actors.number_of_edges()} ties), reports {t3 - t2:.2f} s; {an.notes.get('betweenness')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="*", default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=None, help="keep corpora and stores here (default: a temp dir)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        print("| articles | statements | cold `kg analyze` | its CPU time | warm `kg analyze` | its CPU time |")
        print("|---|---|---|---|---|---|")
        notes = []
        for n in args.articles:
            store = built_store(n, work)
            cold = [time_analyze(store, cold=True) for _ in range(args.runs)]
            warm = [time_analyze(store, cold=False) for _ in range(args.runs)]
            with OxigraphStore(store, read_only=True) as s:
                statements = len(s)
            print(f"| {n:,} | {statements:,} | {spread([w for w, _ in cold])} | {spread([c for _, c in cold])} | "
                  f"{spread([w for w, _ in warm])} | {spread([c for _, c in warm])} |", flush=True)
            notes.append(f"{n:,} articles, one warm run in process: {breakdown(store)}")
        print("\n".join(notes))


if __name__ == "__main__":
    main()
