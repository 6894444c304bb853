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

A rewritten graph's content hash is its extraction hash, then `RECONCILED`,
then what the article itself said of each rewritten official (JSON): exports
and the networkx cache see the graph changed, the next build
(`extraction_digest`) still sees its article as current, and later votes count
the article for what it said, not for the majority it was given. So a build in
several steps settles every official as one build of all the articles would,
and a rewritten article is restored when the majority turns. A re-read of the
article (changed text or rules) starts again from what it alone says.
Only SPARQL and `replace_graph` are used, so it works on a server too.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Optional

from kg.ids import country_iri
from kg.store import GraphStore, IRI, Quad, bound_value, select_rows
from kg.vocab import DKG_IRI

RECONCILED = "+reconciled"  # in the content hash of a graph rewritten here, before what the article said
_REPRESENTS = IRI(DKG_IRI + "represents")  # DKG.represents (kg.vocab.DKG imports rdflib)
_DERIVED_FROM = IRI("http://www.w3.org/ns/prov#wasDerivedFrom")


@dataclass(frozen=True)
class Reconciled:
    """One article's reading of an official's country, replaced by the majority's (or, when the
    majority turned, given back what the article said)."""

    official: str  # IRI of the official
    label: str
    country: str  # ISO code the article's graph now gives ("" for none)
    replaced: str  # ISO code the graph gave before ("" when it gave none)
    article: str  # IRI of the article's graph
    votes: tuple[int, int]  # articles giving `country`, articles giving `replaced`
    article_id: str = ""  # the article's id (`dcterms:identifier`), for people

    def message(self) -> str:
        said, now = self.replaced or "no country", self.country or "no country"
        return (f"{self.label}: {said} -> {now} in {self.article_id or self.article} "
                f"({self.votes[0]} article(s) say {now}, {self.votes[1]} say {said})")


def extraction_digest(content_hash: str) -> str:
    """The extraction hash a stored graph was read with, whether or not it was reconciled since."""
    at = content_hash.find(RECONCILED)
    return content_hash if at < 0 else content_hash[:at]


def stated_readings(content_hash: str) -> dict[str, str]:
    """{official IRI: the ISO code its article gave ("" for none)} for the officials reconciled
    in the graph of `content_hash`; {} for a graph never reconciled (or marked before this was kept)."""
    at = content_hash.find(RECONCILED)
    tail = content_hash[at + len(RECONCILED):] if at >= 0 else ""
    try:
        found = json.loads(tail) if tail else {}
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def reconciled_hash(digest: str, stated: dict[str, str]) -> str:
    """The content hash of a graph read with `digest` whose officials of `stated` were rewritten."""
    if not stated:
        return digest
    return digest + RECONCILED + json.dumps(stated, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def majority(votes: dict[str, set[str]]) -> Optional[str]:
    """The country strictly more articles give than any other, or None on a tie."""
    ranked = sorted(votes.items(), key=lambda kv: len(kv[1]), reverse=True)
    if len(ranked) < 2 or len(ranked[0][1]) > len(ranked[1][1]):
        return ranked[0][0]
    return None


def settle(stated: dict[str, str]) -> dict[str, str]:
    """{graph: the country its official should have} from {graph: what the article said}: the
    majority's where there is one, the one all others agree on where it said none, else its own."""
    votes: dict[str, set[str]] = defaultdict(set)
    for graph, code in stated.items():
        if code:
            votes[code].add(graph)
    winner = majority(votes) if votes else None
    sole = next(iter(votes)) if len(votes) == 1 else ""
    return {graph: (winner or code) if code else sole for graph, code in stated.items()}


def reconcile_countries(store: GraphStore) -> list[Reconciled]:
    """Give every official of several articles the country `settle` finds, rewriting the articles'
    graphs that differ from it; what was changed."""
    marks = _marks(store)
    current = _readings(store, _officials_to_settle(store, marks))
    changes: list[Reconciled] = []
    for official, held in current.items():
        stated = {g: marks.get(g, {}).get(official, code) for g, code in held.items()}
        wanted = settle(stated)
        counts = Counter(stated.values())
        for graph in sorted(held):
            if wanted[graph] != held[graph]:
                changes.append(Reconciled(official, "", wanted[graph], held[graph], graph,
                                          (counts[wanted[graph]], counts[held[graph]])))
    changes = [_described(store, c) for c in changes]
    _apply(store, changes, marks)
    return sorted(changes, key=lambda c: (c.label.casefold(), c.article))


def _marks(store: GraphStore) -> dict[str, dict[str, str]]:
    """{graph: what its article said of each official rewritten} for the graphs reconciled before."""
    _, rows = select_rows(store, f"""
        SELECT ?g ?h WHERE {{
          GRAPH ?g {{ ?g dkg:contentHash ?h FILTER(CONTAINS(STR(?h), "{RECONCILED}")) }}
          ?g a dkg:SourceDocument .
        }}""")
    found = {bound_value(r, "g"): stated_readings(bound_value(r, "h")) for r in rows if r.get("g") and r.get("h")}
    return {g: readings for g, readings in found.items() if readings}


def _officials_to_settle(store: GraphStore, marks: dict[str, dict[str, str]]) -> set[str]:
    """Officials given two countries, officials some article gives none, and officials rewritten before."""
    _, rows = select_rows(store, """
        SELECT DISTINCT ?o WHERE {
          { SELECT ?o WHERE { ?o dkg:represents ?c0 } GROUP BY ?o HAVING (COUNT(DISTINCT ?c0) > 1) }
          UNION
          { GRAPH ?g { ?o a dkg:Official . FILTER NOT EXISTS { ?o dkg:represents ?any } }
            ?g a dkg:SourceDocument . }
        }""")  # on Virtuoso, GRAPH ?g also meets the union: the SourceDocument test keeps articles
    officials = {bound_value(r, "o") for r in rows if r.get("o") is not None}
    return officials | {o for readings in marks.values() for o in readings}


def _readings(store: GraphStore, officials: set[str]) -> dict[str, dict[str, str]]:
    """{official: {article graph: ISO code it holds, "" for none}} for `officials` named in two articles or more."""
    if not officials:
        return {}
    values = " ".join(f"<{o}>" for o in sorted(officials))
    _, rows = select_rows(store, f"""
        SELECT ?o ?g ?c WHERE {{
          VALUES ?o {{ {values} }}
          GRAPH ?g {{ ?o a dkg:Official OPTIONAL {{ ?o dkg:represents ?c }} }}
          ?g a dkg:SourceDocument .
        }}""")
    held: dict[str, dict[str, str]] = defaultdict(dict)
    for row in rows:
        o, g, c = row.get("o"), row.get("g"), row.get("c")
        if o is not None and g is not None:
            code = _code(c.value) if c is not None else ""
            held[o.value][g.value] = max(code, held[o.value].get(g.value, ""))  # one country per graph
    return {o: graphs for o, graphs in held.items() if len(graphs) > 1}


def _described(store: GraphStore, change: Reconciled) -> Reconciled:
    """The change with its official's label and its article's id, for people."""
    return replace(change, label=_label(store, change.official), article_id=_article_id(store, change.article))


def _apply(store: GraphStore, changes: list[Reconciled], marks: dict[str, dict[str, str]]) -> None:
    by_graph: dict[str, list[Reconciled]] = defaultdict(list)
    for change in changes:
        by_graph[change.article].append(change)
    sources = store.sources() if by_graph else {}  # read once: one map of every article's file
    for graph, among in by_graph.items():
        stated = dict(marks.get(graph, {}))
        for c in among:
            said = stated.get(c.official, c.replaced)
            if said == c.country:
                stated.pop(c.official, None)  # given back what the article said
            else:
                stated[c.official] = said
        _rewrite(store, graph, among, stated, sources.get(graph))


def _rewrite(store: GraphStore, graph: str, changes: list[Reconciled], stated: dict[str, str],
             source: Optional[str]) -> None:
    """The article's graph with each changed official's `dkg:represents` set as `changes` say."""
    # `VALUES ?g`, not `GRAPH <graph>`: Virtuoso finds nothing in the latter once a default graph is named
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ <{graph}> }} GRAPH ?g {{ ?s ?p ?o }} }}")
    dropped = {(c.official, country_iri(c.replaced)) for c in changes if c.replaced}
    quads = [Quad(t.subject, t.predicate, t.object, IRI(graph)) for t in result.triples()
             if not (t.predicate == _REPRESENTS and (t.subject.value, t.object.value) in dropped)]
    quads += [Quad(IRI(c.official), _REPRESENTS, IRI(country_iri(c.country)), IRI(graph))
              for c in changes if c.country]
    quads = _without_unused_countries(quads, {country_iri(code) for code in stated.values() if code})
    described = {q.subject.value for q in quads}
    for country in {c.country for c in changes if c.country}:
        if country_iri(country) not in described:
            quads.extend(_country_description(store, country_iri(country), graph))
    digest = reconciled_hash(extraction_digest(store.content_hash(graph) or ""), stated)
    store.replace_graph(graph, quads, content_hash=digest, source=source)


def _without_unused_countries(quads: list[Quad], said: set[str]) -> list[Quad]:
    """`quads` without the description of a country nothing in them points to, unless the
    article said it of a rewritten official (`said`): an article as read describes just the
    countries its facts use, so a graph rewritten in any order describes the same ones."""
    used = {q.object.value for q in quads if isinstance(q.object, IRI)} | said
    prefix = country_iri("VNM")[: -len("VNM")]
    return [q for q in quads if not q.subject.value.startswith(prefix) or q.subject.value in used]


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
