"""Replacing stored article graphs by what changed in them.

A rebuild after an upgrade re-reads every article, and most graphs come back
almost as they were. Dropping each graph and inserting it again costs a scan
of every statement's other graphs (to keep the default graph's union); this
writes only the statements that differ, in the same single SPARQL Update, so
a replacement stays atomic: old graph or new, never a mix.

Graphs holding blank nodes cannot be diffed (a blank node read twice is two
nodes, and DELETE DATA refuses them); they are dropped and inserted whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import pyoxigraph as ox

from kg.vocab import DKG_IRI

CONTENT_HASH_IRI = DKG_IRI + "contentHash"  # DKG.contentHash (kg.vocab.DKG imports rdflib)


def drop_graph_update(graph: str) -> str:
    """SPARQL Update that removes a graph and the default-graph statements only it supported."""
    g = f"<{graph}>"
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {g} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {g}) }} }} ;\n"
            f"DROP SILENT GRAPH {g} ;\n")


@dataclass
class GraphChange:
    """One article graph's old and new statements (pyoxigraph quads, all in that graph)."""

    graph: str
    old: set[ox.Quad]
    new: set[ox.Quad]

    @property
    def diffable(self) -> bool:
        return not any(has_blank_node(q) for q in self.old | self.new)


@dataclass
class ReplaceUpdate:
    """The parts of one SPARQL Update that turns old graphs into new ones."""

    drop_whole: list[str] = field(default_factory=list)  # graphs replaced whole: dropped first
    delete_named: list[str] = field(default_factory=list)
    insert_named: list[str] = field(default_factory=list)
    maybe_orphaned: dict[str, None] = field(default_factory=dict)  # triples some graph stopped stating
    insert_default: dict[str, None] = field(default_factory=dict)

    def add(self, change: GraphChange) -> None:
        removed, added = change.old - change.new, change.new - change.old
        name = f"<{change.graph}>"
        if removed:
            self.delete_named.append(f"GRAPH {name} {{\n{triples(removed)}}}\n")
        if added:
            self.insert_named.append(f"GRAPH {name} {{\n{triples(added)}}}\n")
        for q in removed:
            if q.predicate.value != CONTENT_HASH_IRI:
                self.maybe_orphaned[f"({q.subject} {q.predicate} {q.object})"] = None
        for q in added:
            if q.predicate.value != CONTENT_HASH_IRI:
                self.insert_default[f"{q.subject} {q.predicate} {q.object} .\n"] = None

    def add_whole(self, graph: str, triples_text: str, content_hash_triple: str = "") -> None:
        """A graph dropped and inserted again (its hash in the graph only); its default-graph copy
        goes in the same INSERT DATA, so a blank node in it is one node in both graphs."""
        self.drop_whole.append(drop_graph_update(graph))
        self.insert_named.append(f"GRAPH <{graph}> {{\n{triples_text}{content_hash_triple}}}\n{triples_text}")

    def text(self) -> str:
        """Named graphs first, then the default graph: each operation sees the ones before it."""
        parts = ["".join(self.drop_whole).rstrip().rstrip(";")] if self.drop_whole else []
        if self.delete_named:
            parts.append("DELETE DATA {\n" + "".join(self.delete_named) + "}")
        if self.insert_named:
            parts.append("INSERT DATA {\n" + "".join(self.insert_named) + "}")
        if self.maybe_orphaned:
            parts.append("DELETE { ?s ?p ?o } WHERE {\n  VALUES (?s ?p ?o) {\n" + "\n".join(self.maybe_orphaned)
                         + "\n  }\n  FILTER NOT EXISTS { GRAPH ?any { ?s ?p ?o } }\n}")
        if self.insert_default:
            parts.append("INSERT DATA {\n" + "".join(self.insert_default) + "}")
        return " ;\n".join(parts)


def triples(quads: Iterable[ox.Quad]) -> str:
    return "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads)


def has_blank_node(q: ox.Quad) -> bool:
    return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)


def stored_quads(store: ox.Store, graph: str) -> set[ox.Quad]:
    return set(store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))


def parsed_quads(nquads: str) -> set[ox.Quad]:
    return set(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
