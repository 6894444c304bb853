"""Time `kg analyze` on a synthetic graph shaped like a 10,000-article corpus.

    .venv/bin/python benchmarks/bench_analytics.py [--articles 10000]

The generator follows the RDF contract: one named graph per article, each with
1–2 events, sometimes an agreement or a partnership, officials who represent
their countries; country popularity is Zipf-like, as in real news, and
officials recur across articles.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pyoxigraph as ox

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


def main() -> None:
    from kg.analytics import Analyzer
    from kg.projection import load_kg

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, nargs="*", default=[1000, 10000])
    args = parser.parse_args()
    print(f"{'articles':>8} {'quads':>8} {'actors':>7} {'edges':>7} {'load s':>7} {'project s':>9} "
          f"{'reports s':>9} {'total s':>8}  betweenness / communities")
    for n in args.articles:
        store = synthetic_store(n)
        t0 = time.perf_counter()
        data = load_kg(store, details=False)
        t1 = time.perf_counter()
        an = Analyzer(data)
        an.countries, an.actors  # noqa: B018 - build projections
        t2 = time.perf_counter()
        an.sections("VNM", 2, 20)
        t3 = time.perf_counter()
        print(f"{n:>8} {len(store):>8} {an.actors.number_of_nodes():>7} {an.actors.number_of_edges():>7} "
              f"{t1 - t0:>7.2f} {t2 - t1:>9.2f} {t3 - t2:>9.2f} {t3 - t0:>8.2f}  "
              f"{an.notes.get('betweenness')} / {an.notes.get('communities', '')[:40]}")


if __name__ == "__main__":
    main()
