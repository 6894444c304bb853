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
from typing import BinaryIO, Callable, Iterator, Optional

import pyoxigraph as ox

from kg.pipeline import KGError
from kg.store import GraphStore
from kg.vocab import PREFIXES

UNION_QUERY = "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"


class ExportError(KGError):
    pass


@dataclass(frozen=True)
class ExportFormat:
    name: str
    extension: str
    media_type: str
    description: str
    writer: Callable[[GraphStore, BinaryIO], None]
    rdf_format: Optional[ox.RdfFormat] = None

    @property
    def keeps_graphs(self) -> bool:
        return bool(self.rdf_format and self.rdf_format.supports_datasets)


def union_triples(store: GraphStore) -> Iterator[ox.Triple]:
    """Every triple of every article graph, once."""
    result = store.query(UNION_QUERY)
    assert isinstance(result, ox.QueryTriples)
    return iter(result)


def _graph_writer(fmt: ox.RdfFormat) -> Callable[[GraphStore, BinaryIO], None]:
    def write(store: GraphStore, out: BinaryIO) -> None:
        ox.serialize(union_triples(store), out, fmt, prefixes=_prefixes_for(fmt))

    return write


def _dataset_writer(fmt: ox.RdfFormat) -> Callable[[GraphStore, BinaryIO], None]:
    def write(store: GraphStore, out: BinaryIO) -> None:
        ox.serialize(store.quads(), out, fmt, prefixes=_prefixes_for(fmt))

    return write


def _prefixes_for(fmt: ox.RdfFormat) -> Optional[dict[str, str]]:
    if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        return None
    return dict(PREFIXES)


def _network_writer(kind: str) -> Callable[[GraphStore, BinaryIO], None]:
    def write(store: GraphStore, out: BinaryIO) -> None:
        from kg.projection import write_graph

        write_graph(store, kind, out)

    return write


FORMATS: dict[str, ExportFormat] = {}


def register(fmt: ExportFormat) -> None:
    FORMATS[fmt.name] = fmt


for _name, _ox, _desc in (
    ("turtle", ox.RdfFormat.TURTLE, "Turtle, the union of all articles"),
    ("ntriples", ox.RdfFormat.N_TRIPLES, "N-Triples, the union of all articles"),
    ("rdfxml", ox.RdfFormat.RDF_XML, "RDF/XML, the union of all articles"),
):
    register(ExportFormat(_name, _ox.file_extension, _ox.media_type, _desc, _graph_writer(_ox), _ox))
for _name, _ox, _desc in (
    ("trig", ox.RdfFormat.TRIG, "TriG, one named graph per article"),
    ("nquads", ox.RdfFormat.N_QUADS, "N-Quads, one named graph per article"),
    ("jsonld", ox.RdfFormat.JSON_LD, "JSON-LD, one named graph per article"),
):
    register(ExportFormat(_name, _ox.file_extension, _ox.media_type, _desc, _dataset_writer(_ox), _ox))
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
