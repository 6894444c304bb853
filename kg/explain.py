"""Why a fact is in the graph, and why a look-alike is not (`kg explain`).

For an article read from a file, the pipeline runs again and every fact is
shown with each sentence it was read from, the characters of the mention and
the names of the rules that accepted and completed it; every candidate a rule
turned down is shown with that rule; the lines cleaning removed are listed.
For an article already in the store (its text is not kept there), or for any
IRI, the store says what it holds: each fact with the sentences it keeps as
evidence, article by article.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

from kg.ids import agreement_iri, event_iri, official_iri, partnership_iri, source_iri
from kg.model import Article, Doc, Reading, RemovedLine
from kg.pipeline import KGError, Pipeline
from kg.pipeline.headline import HEADLINE_ONLY
from kg.pipeline.rules import describe, registered_rules
from kg.store import GraphStore, bound_value, select_rows
from kg.vocab import PREFIXES

COLUMNS = ["status", "kind", "fact", "rules", "start", "end", "sentence"]


class ExplainError(KGError):
    """Nothing to explain: no such article or IRI."""


@dataclass
class Evidence:
    """One sentence a fact was read from (offsets and rules when the text was read now)."""

    sentence: str
    article: str
    sentence_start: Optional[int] = None
    sentence_end: Optional[int] = None
    start: Optional[int] = None  # the mention
    end: Optional[int] = None
    mention: str = ""
    rules: list[str] = field(default_factory=list)


@dataclass
class ExplainedFact:
    kind: str  # official, event, agreement, partnership (or the class of a stored node)
    iri: str
    summary: str  # what the fact says, in one line
    evidence: list[Evidence] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)  # of a stored node: "predicate = value"


@dataclass
class ExplainedDrop:
    layer: str
    text: str
    start: int
    end: int
    rule: str
    description: str
    sentence: str


@dataclass
class Explanation:
    subject: str  # the article id, or the IRI
    source: str  # "text" (read now), "store" (what the store holds)
    facts: list[ExplainedFact] = field(default_factory=list)
    dropped: list[ExplainedDrop] = field(default_factory=list)
    removed_lines: list[RemovedLine] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["rules"] = {name: describe(name) for name in self.rule_names()}
        return out

    def rule_names(self) -> list[str]:
        names = {r for f in self.facts for e in f.evidence for r in e.rules} | {d.rule for d in self.dropped}
        return sorted(names)

    def rows(self) -> list[dict[str, Any]]:
        """One row per piece of evidence, dropped candidate and removed line."""
        rows: list[dict[str, Any]] = []
        for f in self.facts:
            for e in f.evidence or [Evidence("", self.subject)]:
                rows.append({"status": "fact", "kind": f.kind, "fact": f.summary, "rules": e.rules,
                             "start": e.start, "end": e.end, "sentence": e.sentence})
            for statement in f.statements:
                rows.append({"status": "statement", "kind": f.kind, "fact": f.summary, "rules": [],
                             "start": None, "end": None, "sentence": statement})
        for d in self.dropped:
            rows.append({"status": "dropped", "kind": d.layer, "fact": d.text, "rules": [d.rule],
                         "start": d.start, "end": d.end, "sentence": d.sentence})
        for line in self.removed_lines:
            rows.append({"status": "removed", "kind": "line", "fact": "", "rules": [line.rule] if line.rule else [],
                         "start": None, "end": None, "sentence": line.text})
        return rows


# ----------------------------------------------------------------------------- a text read now
def explain_article(article: Article, pipeline: Optional[Pipeline] = None) -> Explanation:
    """Run the pipeline on `article` and explain every fact and every dropped candidate."""
    doc = (pipeline or Pipeline())(article)
    registered_rules()  # the descriptions of every rule
    return explain_doc(doc)


def explain_doc(doc: Doc) -> Explanation:
    removed = list(doc.removed_lines) or [RemovedLine(text, "") for text in doc.removed]
    out = Explanation(subject=doc.article.id, source="text", removed_lines=removed, warnings=list(doc.warnings))
    aid = doc.article.id
    for o in doc.officials:
        summary = f"{o.name} ({o.country or '?'})" + (f", {o.rank}" if o.rank else "") + (
            f", {'; '.join(o.positions)}" if o.positions else "")
        out.facts.append(ExplainedFact("official", official_iri(o.name), summary, _evidence(doc, o.readings, aid)))
    for e in doc.events:
        dates = str(e.start) + (f"..{e.end}" if e.end else "") if e.start else "undated"
        summary = f"{e.type} {dates} [{', '.join(e.countries)}] {e.label}"
        out.facts.append(ExplainedFact("event", event_iri(e), summary, _evidence(doc, e.readings, aid)))
    for a in doc.agreements:
        summary = f"{a.type} {a.date or 'undated'} [{', '.join(a.parties)}] {a.label}"
        out.facts.append(ExplainedFact("agreement", agreement_iri(a), summary, _evidence(doc, a.readings, aid)))
    for p in doc.partnerships:
        summary = f"{p.level} {' - '.join(p.countries)}" + (f" since {p.since}" if p.since else "")
        out.facts.append(ExplainedFact("partnership", partnership_iri(p), summary, _evidence(doc, p.readings, aid)))
    for d in doc.dropped:
        out.dropped.append(ExplainedDrop(d.layer, d.text, d.start, d.end, d.rule, describe(d.rule),
                                         _sentence_of(doc, d.start)))
    return out


def _evidence(doc: Doc, readings: list[Reading], article: str) -> list[Evidence]:
    out = []
    for r in readings:
        text = doc.headline if HEADLINE_ONLY in r.rules else doc.text  # offsets into the headline zone
        out.append(Evidence(text[r.sentence_start : r.sentence_end], article, r.sentence_start, r.sentence_end,
                            r.start, r.end, text[r.start : r.end], list(r.rules)))
    return out


def _sentence_of(doc: Doc, pos: int) -> str:
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return s.text
    return ""


# ----------------------------------------------------------------------------- what the store holds
_FACT_CLASSES = ("Official", "Event", "Agreement", "Partnership")


def explain_stored_article(store: GraphStore, article_id: str) -> Explanation:
    """The facts the store holds from one article, with their evidence sentences."""
    graph = source_iri(article_id)
    if graph not in set(store.graphs()):
        raise ExplainError(f"no article {article_id!r} in the store (see kg query --name articles)")
    _, rows = select_rows(store, f"""
        SELECT ?s ?class (SAMPLE(?name) AS ?label) WHERE {{
          VALUES ?g {{ <{graph}> }}  # not `GRAPH <...>`: Virtuoso finds nothing there once a default graph is named
          GRAPH ?g {{ ?s a ?class . OPTIONAL {{ ?s rdfs:label ?name }} }}
          VALUES ?class {{ {' '.join('dkg:' + c for c in _FACT_CLASSES)} }}
        }} GROUP BY ?s ?class ORDER BY ?class ?label""")
    out = Explanation(subject=article_id, source="store")
    for row in rows:
        iri, cls = bound_value(row, "s"), bound_value(row, "class").rsplit("#", 1)[-1]
        label = bound_value(row, "label") if row.get("label") is not None else iri
        out.facts.append(ExplainedFact(cls.lower(), iri, label, _stored_evidence(store, iri, graph, article_id)))
    return out


def _stored_evidence(store: GraphStore, iri: str, graph: str, article_id: str) -> list[Evidence]:
    _, rows = select_rows(store, f"SELECT ?e WHERE {{ VALUES ?g {{ <{graph}> }} GRAPH ?g {{ <{iri}> dkg:evidence ?e }} }} "
                                 "ORDER BY ?e")
    return [Evidence(bound_value(r, "e"), article_id) for r in rows]


def expand_name(name: str) -> str:
    """`official:phan-van-giang` as its IRI (any predeclared prefix); anything else unchanged."""
    prefix, colon, local = name.strip().partition(":")
    if colon and prefix in PREFIXES and local and not local.startswith("/"):
        return PREFIXES[prefix] + local
    return name.strip()


def explain_stored(store: GraphStore, target: str) -> Explanation:
    """An entity (IRI or prefixed name, as queries write it) or an article (its id), as the store holds it."""
    iri = expand_name(target)
    if iri.startswith(("http://", "https://")):
        return explain_iri(store, iri)
    return explain_stored_article(store, target)


def explain_iri(store: GraphStore, iri: str) -> Explanation:
    """What the store says of one node, article by article: its statements and evidence."""
    _, rows = select_rows(store, f"""
        SELECT ?article ?p ?o WHERE {{
          GRAPH ?g {{ <{iri}> ?p ?o }}
          OPTIONAL {{ ?g dcterms:identifier ?article }}
        }} ORDER BY ?article ?p ?o""")
    if not rows:
        raise ExplainError(f"the store says nothing about <{iri}>")
    out = Explanation(subject=iri, source="store")
    by_article: dict[str, ExplainedFact] = {}
    for row in rows:
        article = bound_value(row, "article") if row.get("article") is not None else "?"
        fact = by_article.get(article)
        if fact is None:
            fact = by_article[article] = ExplainedFact("node", iri, f"in {article}")
            out.facts.append(fact)
        pred = bound_value(row, "p").rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        value = bound_value(row, "o")
        if pred == "evidence":
            fact.evidence.append(Evidence(value, article))
        else:
            fact.statements.append(f"{pred} = {value}")
    return out
