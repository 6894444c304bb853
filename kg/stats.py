"""Graph statistics for `kg stats`: counts by class and the most connected entities."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kg.build import graph_summary
from kg.store import GraphStore, select_rows

# Degree counts links between entities (object properties), both directions,
# over the union graph; provenance links to articles are left out.
_DEGREE_QUERY = """
SELECT ?e (SAMPLE(?label) AS ?name) (SAMPLE(?cls) AS ?class) (COUNT(DISTINCT ?link) AS ?degree) WHERE {
  { ?e ?p ?o . FILTER(isIRI(?o) && ?p NOT IN (rdf:type, prov:wasDerivedFrom, owl:sameAs, dkg:level)) BIND(?o AS ?link) }
  UNION
  { ?s ?p ?e . FILTER(?p NOT IN (rdf:type, prov:wasDerivedFrom, owl:sameAs, dkg:level)) BIND(?s AS ?link) }
  ?e a ?cls . FILTER(?cls IN (dkg:Country, dkg:Official, dkg:Organization, dkg:Event, dkg:Agreement, dkg:Partnership))
  OPTIONAL { ?e rdfs:label ?label . FILTER(LANG(?label) = "vi") }
}
GROUP BY ?e ORDER BY DESC(?degree) ?e LIMIT %d
"""


@dataclass
class GraphStats:
    statements: int
    articles: int
    classes: list[tuple[str, int]] = field(default_factory=list)
    most_connected: list[dict[str, Any]] = field(default_factory=list)

    def as_rows(self) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = [
            {"section": "total", "name": "statements", "label": None, "count": self.statements},
            {"section": "total", "name": "articles", "label": None, "count": self.articles},
        ]
        rows += [{"section": "class", "name": c, "label": None, "count": n} for c, n in self.classes]
        rows += [{"section": "most_connected", "name": r["entity"], "label": r["label"], "count": r["degree"]}
                 for r in self.most_connected]
        return rows


def graph_stats(store: GraphStore, top: int = 10) -> GraphStats:
    _, rows = select_rows(store, _DEGREE_QUERY % max(top, 0))
    most = [
        {
            "entity": r["e"].value,  # type: ignore[union-attr]
            "label": r["name"].value if r["name"] is not None else None,
            "class": r["class"].value.rsplit("#", 1)[-1],  # type: ignore[union-attr]
            "degree": int(r["degree"].value),  # type: ignore[union-attr]
        }
        for r in rows
    ]
    return GraphStats(len(store), len(store.graphs()), graph_summary(store), most)
