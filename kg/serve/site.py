"""The server's pages: where a public IRI is served, readable names for terms, HTML by Jinja.

Public IRIs stay what they are in every RDF answer (identity must not depend
on who serves the graph); only links in pages point at the server:
`https://w3id.org/defence-kg/id/X` is served at `{base}id/X` and the ontology
at `{base}ontology`, where `base` is `--base` (for a server behind a proxy,
or the target of the w3id.org redirect), by default the server's root.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import jinja2
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.resources import DATA_DIR, ontology_file
from kg.store import IRI, Literal, Term
from kg.vocab import ID_IRI, ONTOLOGY_IRI, PREFIXES

ASSETS_DIR = DATA_DIR / "serve"
TERM_KINDS = ((OWL.Class, "Classes"), (OWL.ObjectProperty, "Relations"), (OWL.DatatypeProperty, "Attributes"),
              (OWL.AnnotationProperty, "Annotations"), (OWL.NamedIndividual, "Individuals"))


@dataclass
class OntologyTerm:
    iri: str
    local: str
    labels: dict[str, str]
    comment: str
    kind: str
    parents: list[str] = field(default_factory=list)
    domain: list[str] = field(default_factory=list)
    range: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(ontology_file(), format="turtle")


def ontology_terms() -> list[OntologyTerm]:
    """The ontology's own terms, grouped by kind, in file order of kinds and by name within one."""
    graph = ontology_graph()
    out = []
    for kind_iri, kind in TERM_KINDS:
        for subject in sorted(set(graph.subjects(RDF.type, kind_iri)), key=str):
            iri = str(subject)
            if not iri.startswith(ONTOLOGY_IRI + "#"):
                continue
            labels = _by_language(graph, subject, RDFS.label)
            comments = _by_language(graph, subject, RDFS.comment)
            out.append(OntologyTerm(
                iri, iri.split("#", 1)[1], labels, comments.get("en") or next(iter(comments.values()), ""), kind,
                sorted(str(o) for o in graph.objects(subject, RDFS.subClassOf)),
                sorted(str(o) for o in graph.objects(subject, RDFS.domain)),
                sorted(str(o) for o in graph.objects(subject, RDFS.range))))
    return out


def _by_language(graph: rdflib.Graph, subject: rdflib.term.Node, predicate: rdflib.URIRef) -> dict[str, str]:
    """A term's texts told by `predicate` (literals, as the ontology gives them), by language ("" for none)."""
    return {lit.language or "": str(lit)
            for lit in graph.objects(subject, predicate) if isinstance(lit, rdflib.Literal)}


class Site:
    """Link mapping, term names and the Jinja environment, for one server's `base`."""

    def __init__(self, base: str = "/"):
        self.base = base if base.endswith("/") else base + "/"
        self.terms = {t.iri: t for t in ontology_terms()}
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(ASSETS_DIR)),
                                      autoescape=True, trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(href=self.href, curie=curie, term_name=self.term_name, base=self.base,
                                is_iri=lambda t: isinstance(t, IRI), literal_text=literal_text)

    def href(self, iri: str) -> str:
        """Where a page links for `iri`: the server's page for our IRIs, the IRI itself for others."""
        if iri.startswith(ID_IRI):
            return f"{self.base}id/{iri[len(ID_IRI):]}"
        if iri.startswith(ONTOLOGY_IRI):
            return f"{self.base}ontology{iri[len(ONTOLOGY_IRI):]}"
        return iri

    def term_name(self, iri: str) -> str:
        """An ontology term's English label, else its prefixed name."""
        term = self.terms.get(iri)
        if term is not None:
            return term.labels.get("en") or term.labels.get("vi") or term.local
        return curie(iri)

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)

    def links_json(self) -> str:
        """What the query page's script needs to turn result IRIs into links."""
        return json.dumps({"base": self.base, "id": ID_IRI, "ontology": ONTOLOGY_IRI})


def curie(iri: str) -> str:
    """`dkg:Official` for a known namespace (the longest one that fits), else the IRI."""
    best: Optional[tuple[str, str]] = None
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and (best is None or len(namespace) > len(best[1])):
            best = (prefix, namespace)
    return f"{best[0]}:{iri[len(best[1]):]}" if best else iri


def literal_text(term: Term) -> str:
    """A literal as a reader sees it: its text, with the language or datatype when not plain."""
    if isinstance(term, Literal):
        if term.language:
            return term.value
        datatype = term.datatype.value
        if datatype.endswith(("#string", "#integer")):
            return term.value
        return f"{term.value} ({curie(datatype)})"
    return term.value


def asset_path(name: str) -> Path:
    return ASSETS_DIR / name
