"""Across articles: one country per official, as most of the articles say.

Each article is read on its own, so one misread sentence (a host given the
country of the guest delegation after his verb, a title chain read past a
name) can make an official represent a second country in one article while
every other article gives the first. Once the graph joins the articles,
`reconcile_countries` settles such an official on the country that strictly
more articles give, and rewrites the minority articles' `dkg:represents` to
it. A tie is left alone: `kg.consistency` reports it as a conflict. An article
that gives an official no country at all (a foreign name on a page naming two
foreign states alike) takes the one country the other articles agree on.

A rewritten graph's content hash is its extraction hash with `RECONCILED`
appended: exports and the networkx cache see the graph changed, while the next
build (`extraction_digest`) still sees its article as current. A later re-read
of the article (changed text or rules) starts again from what it alone says.
Only SPARQL and `replace_graph` are used, so it works on a server too.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

from kg.ids import country_iri
from kg.store import GraphStore, IRI, Quad, select_rows
from kg.vocab import DKG

RECONCILED = "+reconciled"  # appended to the content hash of a graph rewritten here
_REPRESENTS = IRI(str(DKG.represents))
_DERIVED_FROM = IRI("http://www.w3.org/ns/prov#wasDerivedFrom")


@dataclass(frozen=True)
class Reconciled:
    """One article's reading of an official's country, replaced by the majority's."""

    official: str  # IRI of the official
    label: str
    country: str  # ISO code most articles give, now in this article too
    replaced: str  # ISO code this article gave ("" when it gave none)
    article: str  # IRI of the article's graph
    votes: tuple[int, int]  # articles giving `country`, articles giving `replaced`
    article_id: str = ""  # the article's id (`dcterms:identifier`), for people

    def message(self) -> str:
        said = self.replaced or "no country"
        return (f"{self.label}: {said} -> {self.country} in {self.article_id or self.article} "
                f"({self.votes[0]} article(s) say {self.country}, {self.votes[1]} say {said})")


def country_claims(store: GraphStore) -> dict[str, dict[str, set[str]]]:
    """{official: {country IRI: article graphs}} for the officials given more than one country."""
    _, rows = select_rows(store, """
        SELECT ?o ?c ?g WHERE {
          { SELECT ?o WHERE { ?o dkg:represents ?c0 } GROUP BY ?o HAVING (COUNT(DISTINCT ?c0) > 1) }
          GRAPH ?g { ?o dkg:represents ?c }
          ?g a dkg:SourceDocument .  # an article's graph (on Virtuoso, GRAPH ?g also meets the union)
        }""")
    claims: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        o, c, g = row.get("o"), row.get("c"), row.get("g")
        if o is not None and c is not None and g is not None:
            claims[o.value][c.value].add(g.value)
    return claims


def majority(votes: dict[str, set[str]]) -> Optional[str]:
    """The country strictly more articles give than any other, or None on a tie."""
    ranked = sorted(votes.items(), key=lambda kv: len(kv[1]), reverse=True)
    if len(ranked) < 2 or len(ranked[0][1]) > len(ranked[1][1]):
        return ranked[0][0]
    return None


def untold_countries(store: GraphStore) -> dict[str, tuple[str, set[str], set[str]]]:
    """{official: (country, articles giving it, articles giving none)} for the officials that
    some article gives no country while the others agree on one."""
    _, rows = select_rows(store, """
        SELECT ?o ?g WHERE {
          GRAPH ?g { ?o a dkg:Official . FILTER NOT EXISTS { ?o dkg:represents ?any } }
          ?g a dkg:SourceDocument .
        }""")  # the cheap question first: most builds have no such official
    untold: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        o, g = row.get("o"), row.get("g")
        if o is not None and g is not None:
            untold[o.value].add(g.value)
    if not untold:
        return {}
    values = " ".join(f"<{o}>" for o in sorted(untold))
    _, rows = select_rows(store, f"""
        SELECT ?o ?c ?g WHERE {{
          VALUES ?o {{ {values} }}
          GRAPH ?g {{ ?o dkg:represents ?c }}
          ?g a dkg:SourceDocument .
        }}""")
    told: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for row in rows:
        o, c, g = row.get("o"), row.get("c"), row.get("g")
        if o is not None and c is not None and g is not None:
            told[o.value][c.value].add(g.value)
    return {o: (next(iter(told[o])), set(next(iter(told[o].values()))), graphs)
            for o, graphs in untold.items() if len(told.get(o, {})) == 1}


def reconcile_countries(store: GraphStore) -> list[Reconciled]:
    """Rewrite the minority articles of every official with a majority country, and give the
    agreed country to the articles that gave none; what was changed."""
    changes = _majority_changes(store)
    _apply(store, changes)
    filled = [Reconciled(official, _label(store, official), _code(country), "", graph, (len(told), len(untold)),
                         _article_id(store, graph))
              for official, (country, told, untold) in untold_countries(store).items() for graph in sorted(untold)]
    _apply(store, filled)
    return sorted(changes + filled, key=lambda c: (c.label.casefold(), c.article))


def _majority_changes(store: GraphStore) -> list[Reconciled]:
    changes: list[Reconciled] = []
    for official, votes in country_claims(store).items():
        winner = majority(votes)
        if winner is None:
            continue
        for country, graphs in votes.items():
            if country == winner:
                continue
            for graph in sorted(graphs):
                changes.append(Reconciled(official, _label(store, official), _code(winner), _code(country),
                                          graph, (len(votes[winner]), len(graphs)), _article_id(store, graph)))
    return changes


def _apply(store: GraphStore, changes: list[Reconciled]) -> None:
    by_graph: dict[str, list[Reconciled]] = defaultdict(list)
    for change in changes:
        by_graph[change.article].append(change)
    for graph, among in by_graph.items():
        _rewrite(store, graph, among)


def _rewrite(store: GraphStore, graph: str, changes: list[Reconciled]) -> None:
    """The article's graph with each official's `dkg:represents` set to the majority's country."""
    # `VALUES ?g`, not `GRAPH <graph>`: Virtuoso finds nothing in the latter once a default graph is named
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ <{graph}> }} GRAPH ?g {{ ?s ?p ?o }} }}")
    swap = {(c.official, country_iri(c.replaced)): country_iri(c.country) for c in changes if c.replaced}
    quads: list[Quad] = []
    for t in result.triples():
        new = swap.get((t.subject.value, t.object.value)) if t.predicate == _REPRESENTS else None
        quads.append(Quad(t.subject, t.predicate, IRI(new) if new else t.object, IRI(graph)))
    quads += [Quad(IRI(c.official), _REPRESENTS, IRI(country_iri(c.country)), IRI(graph))
              for c in changes if not c.replaced]
    described = {q.subject.value for q in quads}
    for country in {c.country for c in changes}:
        if country_iri(country) not in described:
            quads.extend(_country_description(store, country_iri(country), graph))
    digest = extraction_digest(store.content_hash(graph) or "") + RECONCILED
    store.replace_graph(graph, quads, content_hash=digest, source=store.sources().get(graph))


def extraction_digest(content_hash: str) -> str:
    """The extraction hash a stored graph was read with, whether or not it was reconciled since."""
    return content_hash[: -len(RECONCILED)] if content_hash.endswith(RECONCILED) else content_hash


def _country_description(store: GraphStore, country: str, graph: str) -> list[Quad]:
    """The country's own statements (type, code, labels), derived from this article."""
    result = store.query(f"CONSTRUCT {{ <{country}> ?p ?o }} WHERE {{ <{country}> ?p ?o "
                         f"FILTER(?p != <{_DERIVED_FROM.value}>) }}")
    quads = [Quad(t.subject, t.predicate, t.object, IRI(graph)) for t in result.triples()]
    return quads + [Quad(IRI(country), _DERIVED_FROM, IRI(graph), IRI(graph))]


def _label(store: GraphStore, iri: str) -> str:
    _, rows = select_rows(store, f"SELECT ?name WHERE {{ <{iri}> rdfs:label ?name }} ORDER BY ?name LIMIT 1")
    term = rows[0].get("name") if rows else None
    return term.value if term is not None else iri


def _article_id(store: GraphStore, graph: str) -> str:
    _, rows = select_rows(store, f"SELECT ?id WHERE {{ <{graph}> dcterms:identifier ?id }} LIMIT 1")
    term = rows[0].get("id") if rows else None
    return term.value if term is not None else ""


def _code(country_iri: str) -> str:
    return country_iri.rsplit("/", 1)[-1]


