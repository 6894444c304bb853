"""Export formats chosen by name from one registry.

RDF formats are written by pyoxigraph's serializers. Dataset formats (TriG,
N-Quads, JSON-LD) keep one named graph per article; graph formats (Turtle,
N-Triples, RDF/XML) hold the union of all articles, each triple once. The
network formats (GraphML, GEXF) write the networkx projection of
`kg.projection`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Callable

from kg.pipeline import KGError
from kg.store import GraphStore
from kg.vocab import turtle_prefixes

UNION_QUERY = "CONSTRUCT WHERE { ?s ?p ?o }"  # the default graph: each statement of every article once


class ExportError(KGError):
    pass


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    media_type: str
    description: str
    writer: Callable[[GraphStore, BinaryIO], None]
    keeps_graphs: bool = False  # one named graph per article, beside the default graph


def _graph_writer(name: str) -> Callable[[GraphStore, BinaryIO], None]:
    def write(store: GraphStore, out: BinaryIO) -> None:
        store.query(UNION_QUERY).serialize(out, name, prefixes=turtle_prefixes())

    return write


def _dataset_writer(name: str) -> Callable[[GraphStore, BinaryIO], None]:
    def write(store: GraphStore, out: BinaryIO) -> None:
        store.dump(out, name, prefixes=turtle_prefixes())

    return write


def _network_writer(kind: str) -> Callable[[GraphStore, BinaryIO], None]:
    def write(store: GraphStore, out: BinaryIO) -> None:
        from kg.projection import write_graph

        write_graph(store, kind, out)

    return write


FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> None:
    FORMATS[fmt.name] = fmt


for _name, _ext, _media, _desc in (
    ("turtle", "ttl", "text/turtle", "Turtle, the union of all articles"),
    ("ntriples", "nt", "application/n-triples", "N-Triples, the union of all articles"),
    ("rdfxml", "rdf", "application/rdf+xml", "RDF/XML, the union of all articles"),
):
    register(ExportFormat(_name, _ext, _media, _desc, _graph_writer(_name)))
for _name, _ext, _media, _desc in (
    ("trig", "trig", "application/trig", "TriG: one named graph per article, and their union as the default graph"),
    ("nquads", "nq", "application/n-quads", "N-Quads: one named graph per article, and their union"),
    ("jsonld", "jsonld", "application/ld+json", "JSON-LD: one named graph per article, and their union"),
):
    register(ExportFormat(_name, _ext, _media, _desc, _dataset_writer(_name), keeps_graphs=True))
register(ExportFormat("graphml", "graphml", "application/graphml+xml",
                      "GraphML of the network projection (Gephi, Cytoscape)", _network_writer("graphml")))
register(ExportFormat("gexf", "gexf", "application/gexf+xml",
                      "GEXF of the network projection (Gephi)", _network_writer("gexf")))

ALIASES = {"ttl": "turtle", "nt": "ntriples", "nq": "nquads", "json-ld": "jsonld", "xml": "rdfxml", "rdf": "rdfxml"}


def get_format(name: str) -> ExportFormat:
    key = ALIASES.get(name.lower(), name.lower())
    try:
        return FORMATS[key]
    except KeyError:
        raise ExportError(f"unknown export format {name!r}; choose from {', '.join(FORMATS)}") from None


def export(store: GraphStore, fmt: str, out: BinaryIO) -> None:
    get_format(fmt).writer(store, out)


def export_to_file(store: GraphStore, fmt: str, path: Path) -> Path:
    """Write atomically: a half-written export never replaces a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as fh:
            export(store, fmt, fh)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {exc}") from exc
    return path
