"""The facts an article's named graph holds, read back from the graph alone.

Users (and anyone scoring the extractor) see the graph, not the pipeline's
in-memory `Doc`. `kg evaluate --from-export` scores what this module reads
from a TriG export, so a fact the pipeline found but the RDF did not carry, or
two facts the RDF folded into one node, shows up as a miss there.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from kg.model import AGREEMENT_TYPES, EVENT_TYPES, Agreement, Article, Doc, Event, Official, PartialDate, Partnership

from kg.store import GraphStore, bound_value, select_rows
from kg.vocab import DKG_IRI

# SPARQL over the store: one row per (graph, node, value); the values are folded in Python.
OFFICIALS = """SELECT ?g ?node ?name ?code WHERE { GRAPH ?g {
  ?node a dkg:Official ; rdfs:label ?name .
  FILTER(LANG(?name) = "vi" || LANG(?name) = "")
  OPTIONAL { ?node dkg:represents ?c . ?c dkg:isoCode ?code } } }"""
NODES = """SELECT ?g ?node ?cls ?p ?v ?code ?name WHERE { GRAPH ?g {
  VALUES ?top { dkg:Event dkg:Agreement }
  ?node a ?top ; a ?cls ; ?p ?v .
  OPTIONAL { ?v dkg:isoCode ?code }
  OPTIONAL { ?v a dkg:Official ; rdfs:label ?name FILTER(LANG(?name) = "vi" || LANG(?name) = "") } } }"""
PARTNERSHIPS = """SELECT ?g ?node ?level ?code WHERE { GRAPH ?g {
  ?node a dkg:Partnership ; dkg:level ?level ; dkg:partner ?c . ?c dkg:isoCode ?code } }"""
ARTICLES = """SELECT ?g ?id WHERE { GRAPH ?g { ?g a dkg:SourceDocument ; dcterms:identifier ?id } }"""
# the terms of kg.vocab.DKG, spelt out: DKG imports rdflib (0.1 s of every command's start)
DATE_PROPERTIES = {DKG_IRI + "startDate", DKG_IRI + "date"}
COUNTRY_PROPERTIES = {DKG_IRI + "participant", DKG_IRI + "party"}
PEOPLE_PROPERTIES = {DKG_IRI + "participant": "participant", DKG_IRI + "signatory": "signatory",
                     DKG_IRI + "witness": "witness"}
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"  # rdflib's RDFS.label


@dataclass
class NodeFacts:
    """What one event or agreement node says in one graph."""

    types: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    people: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # property -> names


def local(iri: str) -> str:
    return iri[len(DKG_IRI):] if iri.startswith(DKG_IRI) else iri


def parse_date(text: str) -> Optional[PartialDate]:
    """An xsd:date, gYearMonth or gYear lexical form (or --MM-DD) as a PartialDate; None if it is none."""
    try:
        if text.startswith("--"):
            parts = text[2:].split("-")
            return PartialDate(None, int(parts[0]), int(parts[1]) if len(parts) > 1 else None)
        return PartialDate(*[int(p) for p in text.split("-")[:3]])
    except (ValueError, TypeError):  # a date written by another tool: not a fact's date we can score
        return None


def read_nodes(store: GraphStore) -> dict[str, dict[str, NodeFacts]]:
    """graph -> event/agreement node -> its facts in that graph."""
    out: dict[str, dict[str, NodeFacts]] = defaultdict(lambda: defaultdict(NodeFacts))
    for row in select_rows(store, NODES)[1]:
        node = out[bound_value(row, "g")][bound_value(row, "node")]
        cls, prop, value = local(bound_value(row, "cls")), bound_value(row, "p"), row["v"]
        if cls in EVENT_TYPES or cls in AGREEMENT_TYPES:
            node.types.add(cls)
        if prop in DATE_PROPERTIES:
            node.dates.add(bound_value(row, "v"))
        elif prop == RDFS_LABEL and getattr(value, "language", None) in ("vi", None):
            node.labels.add(bound_value(row, "v"))
        elif prop in COUNTRY_PROPERTIES and row["code"] is not None:
            node.countries.add(bound_value(row, "code"))
        if prop in PEOPLE_PROPERTIES and row["name"] is not None:
            node.people[PEOPLE_PROPERTIES[prop]].add(bound_value(row, "name"))
    return out


def facts_of(node: NodeFacts, iri: str) -> list[Event | Agreement]:
    """One fact per type and date a node holds: a node that folds two facts gives two."""
    out: list[Event | Agreement] = []
    label = min(node.labels) if node.labels else iri
    for kind in sorted(node.types):
        dates: list[Optional[str]] = [*sorted(node.dates)] or [None]
        for date in dates:
            start = parse_date(date) if date else None
            if kind in EVENT_TYPES:
                out.append(Event(kind, label, start=start, countries=sorted(node.countries),
                                 participants=sorted(node.people["participant"])))
            else:
                out.append(Agreement(kind, label, date=start, parties=sorted(node.countries),
                                     signatories=sorted(node.people["signatory"]),
                                     witnesses=sorted(node.people["witness"])))
    return out


def docs_from_store(store: GraphStore) -> dict[str, Doc]:
    """Each article graph's facts as a `Doc`, keyed by the article's identifier."""
    ids = {bound_value(r, "g"): bound_value(r, "id") for r in select_rows(store, ARTICLES)[1]}
    docs = {g: Doc(article=Article(id=i, text="")) for g, i in ids.items()}
    for row in select_rows(store, OFFICIALS)[1]:
        if bound_value(row, "g") in docs:
            code = bound_value(row, "code") if row["code"] is not None else None
            docs[bound_value(row, "g")].officials.append(Official(bound_value(row, "name"), country=code))
    for graph, nodes in read_nodes(store).items():
        for iri, node in sorted(nodes.items()):
            for fact in facts_of(node, iri) if graph in docs else []:
                if isinstance(fact, Event):
                    docs[graph].events.append(fact)
                else:
                    docs[graph].agreements.append(fact)
    pairs: dict[tuple[str, str], tuple[str, set[str]]] = {}
    for row in select_rows(store, PARTNERSHIPS)[1]:
        key = (bound_value(row, "g"), bound_value(row, "node"))
        pairs.setdefault(key, (local(bound_value(row, "level")), set()))[1].add(bound_value(row, "code"))
    for (graph, _node), (level, codes) in sorted(pairs.items()):
        if graph in docs and len(codes) == 2:
            docs[graph].partnerships.append(Partnership(tuple(sorted(codes)), level))  # type: ignore[arg-type]
    return {doc.article.id: doc for doc in docs.values()}
