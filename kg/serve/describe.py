"""What a Linked Data page says about one IRI, read with a few bounded SPARQL queries.

The page shows the resource's labels and types, its statements (each with
the number of articles that state it), the statements that point at it
(grouped by property, at most `MAX_LINKS` each, with the total), and the
articles it was read from, newest first, each with what that article said
about it and its evidence sentences. Every list has a bound, so the page of a
country named in 10,000 articles costs about as much as an official's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from kg.store import IRI, GraphStore, Literal, Term, bound_term, bound_value, select_rows
from kg.vocab import DKG_IRI

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
DCT = "http://purl.org/dc/terms/"
EVIDENCE = DKG_IRI + "evidence"
CONTENT_HASH = DKG_IRI + "contentHash"
HIDDEN = (CONTENT_HASH, EVIDENCE, PROV_DERIVED)  # shown in their own sections, or not at all

MAX_FACTS = 500
MAX_LINKS = 100
MAX_ARTICLES = 20


@dataclass
class Fact:
    predicate: str
    value: Term
    articles: int  # how many articles state it


@dataclass
class Links:
    """Resources pointing at this one through `predicate`: the first MAX_LINKS of `total`."""

    predicate: str
    total: int
    subjects: list[str] = field(default_factory=list)


@dataclass
class ArticleRecord:
    """One source article: its metadata and what it said about the resource."""

    iri: str
    identifier: Optional[str]
    title: Optional[str]
    issued: Optional[str]
    url: Optional[str]
    sentences: list[str] = field(default_factory=list)
    facts: list[tuple[str, Term]] = field(default_factory=list)


@dataclass
class Description:
    iri: str
    labels: list[Literal]
    types: list[str]
    facts: list[Fact]
    links: list[Links]
    articles: list[ArticleRecord]
    articles_total: int
    names: dict[str, str]  # a label for every IRI the page mentions that has one


def describe(store: GraphStore, iri: str) -> Optional[Description]:
    """The page's content, or None if the store holds no statement with `iri`."""
    node = f"<{iri}>"
    facts, labels, types = read_facts(store, node)
    links = read_links(store, node)
    if not facts and not labels and not types and not links:
        return None
    articles, total = read_articles(store, node)
    mentioned = {f.value.value for f in facts if isinstance(f.value, IRI)} | set(types)
    mentioned |= {s for group in links for s in group.subjects}
    mentioned |= {v.value for a in articles for _, v in a.facts if isinstance(v, IRI)}
    return Description(iri, labels, types, facts, links, articles, total, read_names(store, mentioned))


def read_facts(store: GraphStore, node: str) -> tuple[list[Fact], list[Literal], list[str]]:
    hidden = ", ".join(f"<{p}>" for p in HIDDEN)
    _, rows = select_rows(store, f"""
        SELECT ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {{
          GRAPH ?g {{ {node} ?p ?o }} FILTER(?p NOT IN ({hidden}))
        }} GROUP BY ?p ?o ORDER BY ?p ?o LIMIT {MAX_FACTS}""")
    facts, labels, types = [], [], []
    for row in rows:
        predicate, value = bound_value(row, "p"), bound_term(row, "o")
        if predicate == RDFS_LABEL and isinstance(value, Literal):
            labels.append(value)
        elif predicate == RDF_TYPE and isinstance(value, IRI):
            types.append(value.value)
        else:
            facts.append(Fact(predicate, value, int(bound_value(row, "n"))))
    return facts, labels, types


def read_links(store: GraphStore, node: str) -> list[Links]:
    _, counts = select_rows(store, f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p {node} }} GROUP BY ?p ORDER BY ?p")
    out = []
    for row in counts:
        predicate = bound_value(row, "p")
        _, rows = select_rows(store, f"SELECT ?s WHERE {{ ?s <{predicate}> {node} }} LIMIT {MAX_LINKS}")
        subjects = sorted(r["s"].value for r in rows if isinstance(r["s"], IRI))
        out.append(Links(predicate, int(bound_value(row, "n")), subjects))
    return out


def read_articles(store: GraphStore, node: str) -> tuple[list[ArticleRecord], int]:
    """The newest MAX_ARTICLES source articles with what each said, and how many there are."""
    _, total = select_rows(store, f"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ {node} <{PROV_DERIVED}> ?g }}")
    _, rows = select_rows(store, f"""
        SELECT ?g ?id ?title ?issued ?url WHERE {{
          {{ SELECT DISTINCT ?g ?issued WHERE {{
               {node} <{PROV_DERIVED}> ?g OPTIONAL {{ ?g <{DCT}issued> ?issued }}
             }} ORDER BY DESC(?issued) ?g LIMIT {MAX_ARTICLES} }}
          OPTIONAL {{ ?g <{DCT}identifier> ?id }} OPTIONAL {{ ?g <{DCT}title> ?title }}
          OPTIONAL {{ ?g <{DCT}source> ?url }}
        }}""")
    articles: dict[str, ArticleRecord] = {}
    for row in rows:
        graph = bound_value(row, "g")
        if graph not in articles:
            articles[graph] = ArticleRecord(graph, value(row["id"]), value(row["title"]), value(row["issued"]),
                                            value(row["url"]))
    if articles:
        read_statements(store, node, articles)
    ordered = sorted(articles.values(), key=lambda a: (a.issued or "", a.iri), reverse=True)
    return ordered, int(bound_value(total[0], "n")) if total else 0


def read_statements(store: GraphStore, node: str, articles: dict[str, ArticleRecord]) -> None:
    """Fill in each article's evidence sentences and facts about the resource."""
    graphs = " ".join(f"<{g}>" for g in articles)
    skipped = ", ".join(f"<{p}>" for p in (RDF_TYPE, RDFS_LABEL, PROV_DERIVED, CONTENT_HASH))
    _, rows = select_rows(store, f"""
        SELECT ?g ?p ?o WHERE {{ VALUES ?g {{ {graphs} }} GRAPH ?g {{ {node} ?p ?o }} FILTER(?p NOT IN ({skipped})) }}
        ORDER BY ?g ?p ?o""")
    for row in rows:
        record = articles[bound_value(row, "g")]
        predicate, obj = bound_value(row, "p"), row["o"]
        if predicate == EVIDENCE and isinstance(obj, Literal):
            record.sentences.append(obj.value)
        elif obj is not None:
            record.facts.append((predicate, obj))


def read_names(store: GraphStore, iris: set[str]) -> dict[str, str]:
    """A label for each IRI that has one: Vietnamese first, then English, then any."""
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in sorted(iris))
    _, rows = select_rows(store, f"SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }} ?x <{RDFS_LABEL}> ?l }}")
    rank = {"vi": 0, "en": 1}
    best: dict[str, tuple[int, str]] = {}
    for row in rows:
        label = row["l"]
        if not isinstance(label, Literal):
            continue
        key = (rank.get(label.language or "", 2), label.value)
        iri = bound_value(row, "x")
        if iri not in best or key < best[iri]:
            best[iri] = key
    return {iri: label for iri, (_, label) in best.items()}


def value(term: Optional[Term]) -> Optional[str]:
    return None if term is None else term.value
