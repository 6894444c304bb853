"""Closed vocabularies, so that a misspelt term fails at import time, not in a query."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.dkg_terms import DKG as DKG

ONTOLOGY_IRI = "https://w3id.org/defence-kg/ontology"
DKG_IRI = ONTOLOGY_IRI + "#"
ID_IRI = "https://w3id.org/defence-kg/id/"
WIKIDATA_IRI = "http://www.wikidata.org/entity/"


def __getattr__(name: str) -> object:
    """`DKG` (kg/dkg_terms.py), imported on first use: rdflib (0.1 s) only for the commands that use it."""
    if name == "DKG":
        from kg.dkg_terms import DKG

        globals()["DKG"] = DKG
        return DKG
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


PREFIXES: dict[str, str] = {
    "dkg": DKG_IRI,
    "id": ID_IRI,
    "country": ID_IRI + "country/",
    "official": ID_IRI + "official/",
    "organization": ID_IRI + "organization/",
    "partnership": ID_IRI + "partnership/",
    "source": ID_IRI + "source/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": WIKIDATA_IRI,
}


# Prefixes under which some local names hold a slash ("event/talks/2024-..."):
# Turtle would write them escaped ("id:event\\/talks"), which some loaders
# (Virtuoso) keep as part of the IRI. Exports write those IRIs in full.
NESTED_PREFIXES = frozenset({"id", "event"})


def turtle_prefixes() -> dict[str, str]:
    """Prefixes for Turtle, TriG and JSON-LD output: every local name stays plain."""
    return {p: iri for p, iri in PREFIXES.items() if p not in NESTED_PREFIXES}


def sparql_prologue() -> str:
    """PREFIX lines for every prefix above, prepended to user queries that lack them."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
