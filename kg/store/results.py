"""Query results that look the same whichever store answered.

Callers get `QueryResults`: its `kind` ("select", "ask" or "graph"), the
`variables` of a SELECT, its rows (dicts of `IRI`, `BlankNode` or `Literal`,
or None where unbound), its `boolean`, or its `triples`; and `serialize()` to
the standard formats (SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples,
JSON-LD, RDF/XML), written by pyoxigraph's serializers. A remote store parses
the server's answer into the same object, so no caller depends on which
engine ran the query.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, BinaryIO, Callable, Iterator, NamedTuple, Optional, Union

import pyoxigraph as ox

from kg.store.sparql import QueryError, first_line

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


class IRI(NamedTuple):
    value: str

    def __str__(self) -> str:
        return f"<{self.value}>"


class BlankNode(NamedTuple):
    value: str

    def __str__(self) -> str:
        return f"_:{self.value}"


class Literal(NamedTuple):
    value: str
    datatype: IRI = IRI(XSD_STRING)
    language: Optional[str] = None

    def __str__(self) -> str:
        text = self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
        if self.language:
            return f'"{text}"@{self.language}'
        if self.datatype.value == XSD_STRING:
            return f'"{text}"'
        return f'"{text}"^^<{self.datatype.value}>'


Term = Union[IRI, BlankNode, Literal]
Row = dict[str, Optional[Term]]


class Triple(NamedTuple):
    subject: Term
    predicate: IRI
    object: Term


class Quad(NamedTuple):
    """A statement and the graph it is in: an article graph's IRI, or None for the default graph."""

    subject: Term
    predicate: IRI
    object: Term
    graph: Optional[IRI] = None

    def __str__(self) -> str:
        """N-Quads form, without the final dot."""
        parts = [str(self.subject), str(self.predicate), str(self.object)]
        if self.graph is not None:
            parts.append(str(self.graph))
        return " ".join(parts)


RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                  "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                 "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML, "trig": ox.RdfFormat.TRIG,
                 "nquads": ox.RdfFormat.N_QUADS}
MEDIA_TYPES = {**{name: fmt.media_type for name, fmt in RESULT_FORMATS.items()},
               **{name: fmt.media_type for name, fmt in GRAPH_FORMATS.items()}}


_DATATYPES: dict[ox.NamedNode, IRI] = {}  # a few dozen datatypes, each converted once


def literal_from_oxigraph(term: ox.Literal) -> Literal:
    datatype = term.datatype
    iri = _DATATYPES.get(datatype)
    if iri is None:
        iri = _DATATYPES.setdefault(datatype, IRI(datatype.value))
    return Literal(term.value, iri, term.language)


_CONVERT: dict[type, Callable[[Any], Optional[Term]]] = {
    ox.NamedNode: lambda t: IRI(t.value),
    ox.Literal: literal_from_oxigraph,
    ox.BlankNode: lambda t: BlankNode(t.value),
    type(None): lambda t: None,
}


def from_oxigraph(term: object) -> Optional[Term]:
    """A pyoxigraph term as a neutral one (None stays None)."""
    try:
        return _CONVERT[type(term)](term)
    except KeyError:
        raise TypeError(f"unsupported RDF term {term!r}") from None


def quad_from_oxigraph(q: ox.Quad) -> Quad:
    graph = q.graph_name
    return Quad(from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object),  # type: ignore[arg-type]
                IRI(graph.value) if isinstance(graph, ox.NamedNode) else None)


def to_oxigraph(term: Term) -> Union[ox.NamedNode, ox.BlankNode, ox.Literal]:
    """A neutral term as a pyoxigraph one, for its serializers and stores."""
    if isinstance(term, IRI):
        return ox.NamedNode(term.value)
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(term.value, language=term.language)
        return ox.Literal(term.value, datatype=ox.NamedNode(term.datatype.value))
    return ox.BlankNode(term.value)


def _subject_to_oxigraph(term: Term) -> Union[ox.NamedNode, ox.BlankNode]:
    node = to_oxigraph(term)
    if isinstance(node, ox.Literal):
        raise TypeError(f"a literal cannot be a subject: {term}")
    return node


def triple_to_oxigraph(t: Triple) -> ox.Triple:
    return ox.Triple(_subject_to_oxigraph(t.subject), ox.NamedNode(t.predicate.value), to_oxigraph(t.object))


def quad_to_oxigraph(q: Quad) -> ox.Quad:
    """A neutral statement as a pyoxigraph one, in the default graph when it names none."""
    return ox.Quad(_subject_to_oxigraph(q.subject), ox.NamedNode(q.predicate.value), to_oxigraph(q.object),
                   ox.NamedNode(q.graph.value) if q.graph is not None else ox.DefaultGraph())


@contextmanager
def evaluation_errors() -> Iterator[None]:
    """Errors the engine raises while answers are read (a SERVICE that cannot be reached) as `QueryError`."""
    try:
        yield
        return
    except (OSError, RuntimeError) as exc:
        message = first_line(str(exc))
    # raised outside the handler, so that it holds no engine object (which must not be
    # freed on another thread than the query's) through the original error
    raise QueryError(f"query failed: {message}")


class QueryResults:
    """The answer to one query, read once: iterate its rows, or serialize it.

    The engine evaluates lazily, so errors can come while reading: they come as `QueryError`.
    """

    def __init__(self, native: Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]):
        self._native = native
        if isinstance(native, ox.QuerySolutions):
            self.kind = "select"
            self.variables = [v.value for v in native.variables]
        elif isinstance(native, ox.QueryBoolean):
            self.kind = "ask"
            self.variables = []
        else:
            self.kind = "graph"
            self.variables = ["subject", "predicate", "object"]

    @property
    def boolean(self) -> bool:
        if self.kind != "ask":
            raise TypeError("only an ASK query has a boolean answer")
        return bool(self._native)

    def __iter__(self) -> Iterator[Row]:
        """Rows of a SELECT as {variable: term or None}."""
        if self.kind != "select":
            raise TypeError(f"a {self.kind.upper()} result has no rows; use .boolean or .triples()")
        variables = self.variables
        for values in self.tuples():
            yield dict(zip(variables, values))

    def _solutions(self) -> ox.QuerySolutions:
        """The engine's rows; a TypeError for an ASK, CONSTRUCT or DESCRIBE result."""
        if not isinstance(self._native, ox.QuerySolutions):
            raise TypeError(f"a {self.kind.upper()} result has no rows")
        return self._native

    def tuples(self) -> Iterator[tuple[Optional[Term], ...]]:
        """Rows of a SELECT as tuples in the order of `variables` (cheaper than dicts)."""
        native = self._solutions()
        convert = _CONVERT
        with evaluation_errors():
            for solution in native:
                # a solution iterates over its values in the order of the variables, None where unbound
                try:
                    row = tuple([convert[type(t)](t) for t in solution])
                except KeyError as exc:  # a term of no kind of `Term` (an RDF 1.2 triple term: "TRIPLE(...)")
                    raise QueryError(f"the result holds a term that cannot be shown: a {exc.args[0].__name__}") from None
                yield row

    def values(self) -> Iterator[tuple[Optional[str], ...]]:
        """Rows of a SELECT as tuples of plain values (IRI or lexical form; None where unbound).

        The cheapest way to read a large result when the kind of each term is
        known from the query, as in the network projection.
        """
        native = self._solutions()
        with evaluation_errors():
            for solution in native:
                yield tuple([None if t is None else t.value for t in solution])

    def bound_values(self) -> Iterator[tuple[str, ...]]:
        """`values` of a query that binds every variable in every row (an unbound one is a bug
        in that query, said so): as cheap, for the same large reads."""
        native = self._solutions()
        width = len(self.variables)
        with evaluation_errors():
            for solution in native:
                row = tuple([t.value for t in solution if t is not None])
                if len(row) != width:
                    raise QueryError(f"a variable is unbound in a row where the query always binds it: {row!r}")
                yield row

    def triples(self) -> Iterator[Triple]:
        """Triples of a CONSTRUCT or DESCRIBE."""
        native = self._native
        if not isinstance(native, ox.QueryTriples):
            raise TypeError("only CONSTRUCT and DESCRIBE results have triples")
        with evaluation_errors():
            for t in native:
                yield Triple(from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object))  # type: ignore[arg-type]

    def serialize(self, out: BinaryIO, fmt: str, prefixes: Optional[dict[str, str]] = None) -> None:
        """Write in a standard format: json/xml/csv/tsv for SELECT and ASK, RDF formats for graphs."""
        native = self._native
        if isinstance(native, ox.QueryTriples):
            if fmt not in GRAPH_FORMATS:
                raise ValueError(f"a graph result is written as {', '.join(GRAPH_FORMATS)}, not {fmt}")
            keep = None if fmt in ("ntriples", "nquads") else prefixes
            with evaluation_errors():
                ox.serialize(native, out, GRAPH_FORMATS[fmt], prefixes=keep)
            return
        if fmt not in RESULT_FORMATS:
            raise ValueError(f"a {self.kind.upper()} result is written as {', '.join(RESULT_FORMATS)}, not {fmt}")
        with evaluation_errors():
            native.serialize(out, RESULT_FORMATS[fmt])


def parse_results(data: bytes, fmt: str) -> QueryResults:
    """A server's SPARQL results document (json, xml, csv, tsv) as `QueryResults`."""
    return QueryResults(ox.parse_query_results(data, RESULT_FORMATS[fmt]))


def parse_graph(data: bytes, fmt: str) -> QueryResults:
    """A server's CONSTRUCT/DESCRIBE answer as `QueryResults`."""
    store = ox.Store()
    store.load(data, format=GRAPH_FORMATS[fmt])
    return QueryResults(store.query("CONSTRUCT WHERE { ?s ?p ?o }"))
