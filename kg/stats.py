"""Graph statistics for `kg stats`: counts by class and the most connected entities, in words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.build import graph_summary
from kg.labels import lookup_names, short_name, term_words
from kg.store import GraphStore, select_rows
from kg.vocab import DKG_IRI

# Degree counts links between entities (object properties), both directions,
# over the union graph; provenance links to articles are left out.
_DEGREE_QUERY = """
SELECT ?e (SAMPLE(?cls) AS ?class) (COUNT(DISTINCT ?link) AS ?degree) WHERE {
  { ?e ?p ?o . FILTER(isIRI(?o) && ?p NOT IN (rdf:type, prov:wasDerivedFrom, owl:sameAs, dkg:level)) BIND(?o AS ?link) }
  UNION
  { ?s ?p ?e . FILTER(?p NOT IN (rdf:type, prov:wasDerivedFrom, owl:sameAs, dkg:level)) BIND(?s AS ?link) }
  ?e a ?cls . FILTER(?cls IN (dkg:Country, dkg:Official, dkg:Organization, dkg:Event, dkg:Agreement, dkg:Partnership))
}
GROUP BY ?e ORDER BY DESC(?degree) ?e LIMIT %d
"""


@dataclass
class GraphStats:
    statements: int
    articles: int
    classes: list[tuple[str, int]] = field(default_factory=list)  # (local name, count)
    most_connected: list[dict[str, Any]] = field(default_factory=list)
    lang: str = "vi"

    def class_rows(self) -> list[dict[str, Any]]:
        """Classes in words, with the name a query uses (`dkg:Official`)."""
        return [{"class": term_words(c, self.lang) or c, "count": n, "term": f"dkg:{c}"} for c, n in self.classes]

    def entity_rows(self) -> list[dict[str, Any]]:
        """The most connected entities in words, with a name `kg query` accepts."""
        return [{"entity": r["label"] or short_name(r["entity"]), "class": term_words(r["class"], self.lang),
                 "degree": r["degree"], "id": short_name(r["entity"])} for r in self.most_connected]

    def as_rows(self) -> list[dict[str, Any]]:
        """Every figure as one row, IRIs whole and names beside them (json, ndjson)."""
        rows: list[dict[str, Any]] = [
            {"section": "total", "name": "statements", "label": None, "count": self.statements},
            {"section": "total", "name": "articles", "label": None, "count": self.articles},
        ]
        rows += [{"section": "class", "name": c, "iri": DKG_IRI + c, "label": term_words(c, self.lang), "count": n}
                 for c, n in self.classes]
        rows += [{"section": "most_connected", "name": r["entity"], "iri": r["entity"], "label": r["label"],
                  "class": r["class"], "class_label": term_words(r["class"], self.lang), "count": r["degree"]}
                 for r in self.most_connected]
        return rows


def graph_stats(store: GraphStore, top: int = 10, lang: str = "vi") -> GraphStats:
    _, rows = select_rows(store, _DEGREE_QUERY % max(top, 0))
    entities = [r["e"].value for r in rows]  # type: ignore[union-attr]
    names = lookup_names(store, entities, lang)
    most = [
        {
            "entity": r["e"].value,  # type: ignore[union-attr]
            "label": names[r["e"].value].label if r["e"].value in names else None,  # type: ignore[union-attr]
            "class": r["class"].value.rsplit("#", 1)[-1],  # type: ignore[union-attr]
            "degree": int(r["degree"].value),  # type: ignore[union-attr]
        }
        for r in rows
    ]
    return GraphStats(len(store), len(store.graphs()), graph_summary(store), most, lang)
