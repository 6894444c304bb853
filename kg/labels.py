"""Entities in words: the names of the IRIs an answer holds, read from the store in one query.

A table should say "Phan Văn Giang", not
`https://w3id.org/defence-kg/id/official/phan-van-giang`, and "Đối tác chiến
lược toàn diện", not `ComprehensiveStrategicPartnership`. The default graph
holds each statement once, so one query over an answer's distinct IRIs gives
every name at once; classes and partnership levels are named by the
ontology's own labels, in Vietnamese or English.

Two ways to show an answer come from here: `table_rows` (words, for people)
and `labelled_rows` (every value as the query gave it, plus a `<column>_label`
column after each column of entities, for scripts and spreadsheets).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator, Optional, Sequence
from urllib.parse import urlsplit

from kg.pipeline import KGError
from kg.store import IRI, GraphStore, Literal, Term
from kg.vocab import DKG_IRI, PREFIXES

LANGUAGES = ("vi", "en")
LABEL_SUFFIX = "_label"
BATCH = 1000  # IRIs per lookup query
SCAN_ABOVE = 1000  # more IRIs than this: read every naming statement once instead

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DCTERMS = "http://purl.org/dc/terms/"
_NAME_PROPERTIES = (RDFS_LABEL, DCTERMS + "title", DCTERMS + "identifier", DCTERMS + "issued", DCTERMS + "source")
_OWL_NAMED = ("http://www.w3.org/2002/07/owl#Class", "http://www.w3.org/2002/07/owl#NamedIndividual")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
# A local name SPARQL and Turtle read as it is: no escapes, no slash and no dot (the grammar allows inner
# dots, but Oxigraph 0.5 reads `country:0.0.0` as `country:0.0` and a number, `c:a.b.c` not at all).
PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*")
# Characters an IRI written <...> in a query may not hold.
UNSAFE_IRI = re.compile(r"[<>\"{}|^`\\\s]")


class UnknownLanguage(KGError):
    pass


@dataclass(frozen=True)
class Name:
    """How one entity is called: its `label`, and the `words` a table shows (an article's date and source too)."""

    label: str
    words: str
    lang: Optional[str] = None  # the label's language tag, if it has one


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UnknownLanguage(f"unknown language {lang!r}; choose from {', '.join(LANGUAGES)}")
    return lang


# ------------------------------------------------------------------ the ontology's own terms
@lru_cache(maxsize=1)
def ontology_terms() -> tuple[dict[str, dict[str, str]], frozenset[str]]:
    """(local name -> {lang: label} for every term, local names of the classes and named individuals)."""
    import rdflib

    from kg.resources import ontology_file

    graph = rdflib.Graph().parse(ontology_file(), format="turtle")
    labels: dict[str, dict[str, str]] = defaultdict(dict)
    for s, o in graph.subject_objects(rdflib.RDFS.label):
        if str(s).startswith(DKG_IRI) and isinstance(o, rdflib.Literal) and o.language:
            labels[str(s)[len(DKG_IRI):]][o.language] = str(o)
    named = frozenset(str(s)[len(DKG_IRI):] for kind in _OWL_NAMED
                      for s in graph.subjects(rdflib.RDF.type, rdflib.URIRef(kind)) if str(s).startswith(DKG_IRI))
    return dict(labels), named


def term_labels() -> dict[str, dict[str, str]]:
    """Ontology term (local name: Talks, StrategicPartnership, participant) -> {lang: label}."""
    return ontology_terms()[0]


def named_terms() -> frozenset[str]:
    """Local names of the ontology's classes and named individuals (the partnership levels)."""
    return ontology_terms()[1]


def term_label(name: str, lang: str = "vi") -> str:
    """A class, level or relation in words ("Hội đàm", "strategic partnership"); the name if unknown."""
    return term_labels().get(name, {}).get(lang, name)


def term_words(name: str, lang: str = "vi") -> Optional[str]:
    """A class or partnership level as a table shows it ("Đối tác chiến lược toàn diện"); None if not one."""
    if name not in named_terms():
        return None
    labels = term_labels().get(name, {})
    label = labels.get(lang) or next(iter(labels.values()), name)
    return label[:1].upper() + label[1:]


class UnknownTerm(KGError):
    pass


def resolve_term(value: str) -> str:
    """The class or level a user names: its local name (any case, "dkg:" or not) or its words in
    Vietnamese or English, accents optional ("Hoi dam", "talks", "Ý định thư"); else an error that
    suggests the closest ones."""
    import difflib

    from kg.queries import fold

    words: dict[str, str] = {}
    for name in sorted(named_terms()):
        for text in (name, *term_labels().get(name, {}).values()):
            words.setdefault(fold(text), name)
    key = fold(value.strip().removeprefix("dkg:"))
    if key in words:
        return words[key]
    close = list(dict.fromkeys(words[m] for m in difflib.get_close_matches(key, list(words), n=6, cutoff=0.6)))[:3]
    hint = f"; did you mean {', '.join(f'{c} ({term_label(c)})' for c in close)}?" if close else \
        "; `kg stats` lists the classes"
    raise UnknownTerm(f"no class or level {value!r}{hint}")


def ontology_name(term: Optional[Term]) -> Optional[str]:
    """The local name of a class or level a cell holds: its IRI, or the bare name the named queries give."""
    if isinstance(term, IRI) and term.value.startswith(DKG_IRI):
        name = term.value[len(DKG_IRI):]
    elif isinstance(term, Literal) and term.language is None and term.datatype.value == XSD_STRING:
        name = term.value
    else:
        return None
    return name if name in named_terms() else None


# ------------------------------------------------------------------ entities of the store
def short_name(iri: str) -> str:
    """A prefixed name that works in `kg query` (official:phan-van-giang), else the whole IRI."""
    best = ""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(namespace) > len(PREFIXES.get(best, "")):
            best = prefix
    local = iri[len(PREFIXES[best]):] if best else ""
    if best and PLAIN_LOCAL.fullmatch(local):
        return f"{best}:{local}"
    return iri


def lookup_names(store: GraphStore, iris: Iterable[str], lang: str = "vi") -> dict[str, Name]:
    """The name of each IRI the store describes, in `lang` where it has one (one query per BATCH IRIs)."""
    check_language(lang)
    wanted = sorted({i for i in iris if i and not i.startswith(DKG_IRI) and not UNSAFE_IRI.search(i)})
    values: dict[str, dict[str, list[Literal]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in name_statements(store, wanted):
        values[s][p].append(o)
    names = {}
    for iri, props in values.items():
        name = entity_name(props, lang)
        if name is not None:
            names[iri] = name
    return names


def name_statements(store: GraphStore, wanted: list[str]) -> Iterator[tuple[str, str, Literal]]:
    """(subject, property, value) of the naming properties of the `wanted` IRIs.

    A few IRIs are looked up one by one (VALUES); past SCAN_ABOVE, reading every naming
    statement once and keeping the wanted ones is far cheaper (20,000 events at 10,000
    articles: 0.5 s instead of 30 s)."""
    properties = " ".join(f"<{p}>" for p in _NAME_PROPERTIES)
    if len(wanted) > SCAN_ABOVE:
        chunks, keep = [""], set(wanted)
    else:
        chunks, keep = [" ".join(f"<{i}>" for i in wanted[start:start + BATCH])
                        for start in range(0, len(wanted), BATCH)], None
    for chunk in chunks:
        subjects = f"VALUES ?s {{ {chunk} }} " if chunk else ""
        result = store.query(f"SELECT ?s ?p ?o WHERE {{ {subjects}VALUES ?p {{ {properties} }} ?s ?p ?o }}")
        for s, p, o in result.tuples():
            if s is not None and p is not None and o is not None and (keep is None or s.value in keep):
                yield s.value, p.value, o  # type: ignore[misc]


def entity_name(props: dict[str, list[Any]], lang: str) -> Optional[Name]:
    """An entity's label in `lang` (else unmarked, else another language; the least on ties),
    or for an article its title (else its identifier) with its date and source."""
    labels = props.get(RDFS_LABEL, [])
    if labels:
        rank = {lang: 0, None: 1}
        best = min(labels, key=lambda t: (rank.get(getattr(t, "language", None), 2), t.value))
        return Name(best.value, best.value, best.language)
    title = first_value(props, "title") or first_value(props, "identifier")
    if title is None:
        return None
    issued, source = first_value(props, "issued"), first_value(props, "source")
    details = [d for d in (issued and issued.value, source_words(source and source.value)) if d]
    return Name(title.value, f"{title.value} ({', '.join(details)})" if details else title.value,
                getattr(title, "language", None))


def first_value(props: dict[str, list[Any]], local: str) -> Optional[Any]:
    """The least value of a property (so that the same store always gives the same name)."""
    found = sorted(props.get(DCTERMS + local, []), key=lambda t: t.value)
    return found[0] if found else None


def source_words(source: Optional[str]) -> Optional[str]:
    """Where an article came from, shortly: a URL's host (qdnd.vn), or the outlet it credits."""
    if not source:
        return None
    host = urlsplit(source).hostname if "://" in source else None
    if host:
        return host[4:] if host.startswith("www.") else host
    return source


# ------------------------------------------------------------------ answers in words
class Namer:
    """Names the entities of answers from one store, in one language."""

    def __init__(self, store: GraphStore, lang: str = "vi"):
        self.store = store
        self.lang = check_language(lang)

    def names(self, rows: Sequence[dict[str, Optional[Term]]]) -> dict[str, Name]:
        iris = {t.value for row in rows for t in row.values() if isinstance(t, IRI)}
        return lookup_names(self.store, iris, self.lang)

    def cell_name(self, term: Optional[Term], names: dict[str, Name]) -> Optional[Name]:
        """The name of a cell that holds an entity, a class or a level; None for any other value."""
        term_name = ontology_name(term)
        if term_name is not None:
            words = term_words(term_name, self.lang) or term_name
            return Name(words, words, self.lang)
        if isinstance(term, IRI):
            return names.get(term.value)
        return None


def named_columns(variables: Sequence[str], rows: Sequence[dict[str, Optional[Term]]], namer: Namer,
                  names: dict[str, Name]) -> list[str]:
    """The columns that hold at least one entity, class or level with a name."""
    return [v for v in variables if any(namer.cell_name(row.get(v), names) is not None for row in rows)]


def labelled_rows(variables: Sequence[str], rows: Sequence[dict[str, Optional[Term]]],
                  namer: Namer) -> tuple[list[str], list[dict[str, Optional[Term]]]]:
    """The answer as the query gave it, with a `<column>_label` column after each column of entities.

    IRIs stay where the query put them, so scripts that join on them keep
    working; the label is a literal in the chosen language.
    """
    names = namer.names(rows)
    named = set(named_columns(variables, rows, namer, names))
    columns: list[str] = []
    for v in variables:
        columns.append(v)
        if v in named and v + LABEL_SUFFIX not in variables:
            columns.append(v + LABEL_SUFFIX)
    out = []
    for row in rows:
        new = dict(row)
        for v in named:
            name = namer.cell_name(row.get(v), names)
            if v + LABEL_SUFFIX not in variables:
                new[v + LABEL_SUFFIX] = label_literal(name) if name else None
        out.append(new)
    return columns, out


def label_literal(name: Name) -> Literal:
    if name.lang:
        return Literal(name.label, IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"), name.lang)
    return Literal(name.label, IRI(XSD_STRING), None)


def table_rows(variables: Sequence[str], rows: Sequence[dict[str, Optional[Term]]],
               namer: Namer) -> list[dict[str, Any]]:
    """The answer in words: each entity by its name, each class and level by its label.

    A column of entities whose names the row already shows in another column
    (the query gave the IRI and its label) shows the entities' short names
    instead, e.g. `official:phan-van-giang`, which `kg query` accepts: the
    table then tells which entity it is without saying its name twice.
    """
    from kg.queries import term_to_python

    names = namer.names(rows)
    named = named_columns(variables, rows, namer, names)
    plain = [{v: term_to_python(t) for v, t in row.items()} for row in rows]
    repeated = {v for v in named if names_repeated(v, variables, rows, plain, namer, names)}
    out = []
    for row, values in zip(rows, plain):
        shown = dict(values)
        for v, term in row.items():
            name = namer.cell_name(term, names) if v in named and v not in repeated else None
            if name is not None:
                shown[v] = name.words
            elif isinstance(term, IRI):
                shown[v] = short_name(term.value)
        out.append(shown)
    return out


def names_repeated(column: str, variables: Sequence[str], rows: Sequence[dict[str, Optional[Term]]],
                   plain: Sequence[dict[str, Any]], namer: Namer, names: dict[str, Name]) -> bool:
    """Whether every named entity of `column` has its name in another column of its row."""
    seen = False
    for row, values in zip(rows, plain):
        name = namer.cell_name(row.get(column), names)
        if name is None or not isinstance(row.get(column), IRI):
            continue
        others = {str(values[v]).strip().casefold() for v in variables if v != column and values.get(v) is not None}
        if name.label.strip().casefold() not in others:
            return False
        seen = True
    return seen
