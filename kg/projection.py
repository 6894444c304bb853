"""From the RDF store to networkx graphs, with SPARQL only (never by re-reading articles).

Three projections, all built from one `KGData` snapshot read by `load_kg`:

* **entity graph** (`entity_graph`, a `MultiDiGraph`): one node per Country,
  Official, Organization, Event, Agreement and Partnership; one edge per
  relation triple (`participant`, `organizer`, `party`, `signatory`, `witness`,
  `partner`, `represents`, `memberOf`, `country`, `signedAt`), keyed by the
  relation, carrying the articles (named graphs) that state it. This is what
  `kg viz` draws and what GraphML/GEXF exports hold.
* **country graph** (`country_graph`, a weighted `Graph`): countries only. Two
  countries are tied by every *happening* (event, agreement, partnership) that
  involves both, directly (participant, party, partner, organizer) or through
  an official who represents them or an organisation of theirs. Weight per
  happening comes from `kg/data/viz/projection.json`: event 1, agreement 2,
  partnership 3/2/1 by level. Each edge keeps the breakdown.
* **actor graph** (`actor_graph`, a weighted `Graph`): countries, officials and
  organisations. Actors taking part in the same happening are linked (weight =
  number of shared happenings; partnerships by level), plus `represents`,
  `memberOf` and `country` links (weight 1). Centrality, communities, brokers
  and ego networks are computed on it.

Period filters keep happenings whose date interval overlaps `[since, until]`;
undated happenings (or dated without a year) are dropped when a period is
given. A partnership is in force from its `since` date on, so only `until`
restricts it. Actors are kept when they take part in a kept happening.
"""

from __future__ import annotations

import calendar
import gc
import datetime
import hashlib
import json
import pickle
import re
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from functools import cached_property, lru_cache
from itertools import chain, combinations
from operator import attrgetter
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Optional

import networkx as nx

from kg.labels import term_label, term_labels  # noqa: F401  (kg.viz names terms through here)
from kg.pipeline import KGError
from kg.store import GraphStore, select_bound
from kg.vocab import DKG_IRI

DATA_DIR = Path(__file__).parent / "data" / "viz"

ACTOR_KINDS = ("Country", "Official", "Organization")
HAPPENING_KINDS = ("Event", "Agreement", "Partnership")
KINDS = ACTOR_KINDS + HAPPENING_KINDS
RELATIONS = (
    "participant", "organizer", "party", "signatory", "witness",
    "partner", "represents", "memberOf", "country", "signedAt",
)
# Relations linking a happening to the actors taking part in it.
ROLE_RELATIONS = ("participant", "organizer", "party", "signatory", "witness", "partner")
GRAPH_FORMATS = ("graphml", "gexf")


class ProjectionError(KGError):
    pass


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside the block.

    Reading a large graph makes millions of small objects and no cycles; the
    collector's passes over them cost more than the work itself (unpickling
    the 10,000-article projection: 10 s with them, 2 s without)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@lru_cache(maxsize=1)
def config() -> dict[str, Any]:
    """Weights, relation labels and class styles (kg/data/viz/projection.json)."""
    return json.loads((DATA_DIR / "projection.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------- dates
_DATE_RE = re.compile(r"^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _month_days(year: int, month: int) -> int:
    """Days in a month; 31 for what the calendar cannot tell (month 13, year 0)."""
    try:
        return calendar.monthrange(year, month)[1]
    except (ValueError, calendar.IllegalMonthError):
        return 31


@lru_cache(maxsize=1 << 16)
def date_interval(lexical: Optional[str]) -> Optional[tuple[str, str]]:
    """First and last ISO day an xsd date/gYearMonth/gYear covers; None without a year.
    (Remembered: a page or an analysis asks for the same few thousand dates 100,000 times.)"""
    if not lexical or lexical.startswith("--"):
        return None
    m = _DATE_RE.match(lexical)
    if not m:
        return None
    year, month, day = m.groups()
    if day:
        d = f"{year}-{month}-{day}"
        return d, d
    if month:
        return f"{year}-{month}-01", f"{year}-{month}-{_month_days(int(year), int(month)):02d}"
    return f"{year}-01-01", f"{year}-12-31"


def parse_bound(text: Optional[str], end: bool = False) -> Optional[str]:
    """`--since/--until` value (YYYY, YYYY-MM or YYYY-MM-DD) to an ISO day; None passes.

    The month and the day must exist: 2025-13 and 2025-02-30 are errors, not
    silently read as something else."""
    if text is None or str(text).strip() == "":
        return None
    text = str(text).strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        raise ProjectionError(f"bad date {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in text.split("-")]
    try:
        first = datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError as exc:
        raise ProjectionError(f"bad date {text!r}: {exc}") from exc
    if not end or len(parts) == 3:
        return first.isoformat()
    return date_interval(text)[1]  # type: ignore[index]


@dataclass(frozen=True)
class Period:
    """A closed ISO-day interval; either end may be open."""

    since: Optional[str] = None
    until: Optional[str] = None

    @classmethod
    def parse(cls, since: Optional[str] = None, until: Optional[str] = None) -> "Period":
        period = cls(parse_bound(since), parse_bound(until, end=True))
        if period.since and period.until and period.since > period.until:
            raise ProjectionError(f"--since {since} is after --until {until}")
        return period

    @property
    def is_open(self) -> bool:
        return self.since is None and self.until is None

    def admits(self, node: "Node") -> bool:
        if self.is_open:
            return True
        if node.kind == "Partnership":  # in force from `since` onwards
            lo = date_interval(node.start)
            if lo is None:
                return self.until is None
            return self.until is None or lo[0] <= self.until
        start = date_interval(node.start)
        if start is None:
            return False
        end = date_interval(node.end) or start
        if self.since is not None and end[1] < self.since:
            return False
        if self.until is not None and start[0] > self.until:
            return False
        return True

    def describe(self) -> str:
        if self.is_open:
            return "all dates"
        return f"{self.since or '…'} – {self.until or '…'}"


# --------------------------------------------------------------------------- snapshot
@dataclass
class Node:
    iri: str
    kind: str  # one of KINDS
    type: str  # most specific class name (Exhibition, MemorandumOfUnderstanding, ...)
    label: str = ""
    iso: Optional[str] = None
    start: Optional[str] = None  # startDate / date / since, lexical form
    end: Optional[str] = None
    level: Optional[str] = None
    location: Optional[str] = None
    position: Optional[str] = None
    rank: Optional[str] = None
    sources: set[str] = field(default_factory=set)
    evidence: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """Short human id: ISO code for countries, else the IRI's last segments."""
        if self.kind == "Country" and self.iso:
            return self.iso
        return self.iri.rsplit("/id/", 1)[-1]

    @property
    def year(self) -> Optional[int]:
        interval = date_interval(self.start)
        return int(interval[0][:4]) if interval else None


@dataclass
class Edge:
    source: str
    relation: str
    target: str
    sources: set[str] = field(default_factory=set)


@dataclass
class Document:
    iri: str
    identifier: str = ""
    title: str = ""
    issued: str = ""
    url: str = ""


def astuple_shallow(record: object) -> tuple:
    """A dataclass's fields in order, not copied (unlike `dataclasses.astuple`)."""
    cls = type(record)
    getter = _FIELD_GETTERS.get(cls)
    if getter is None:
        getter = _FIELD_GETTERS[cls] = _field_getter(cls)
    return getter(record)


# One getter per dataclass: asked for each of 30,000 records when the cache is written.
_FIELD_GETTERS: dict[type, Callable[[Any], tuple]] = {}


def _field_getter(cls: type) -> Callable[[Any], tuple]:
    """One getter of all of a dataclass's fields."""
    names = [f.name for f in fields(cls)]
    getter = attrgetter(*names)
    return getter if len(names) > 1 else (lambda record: (getter(record),))


@dataclass
class KGData:
    """Everything the projections need, read from the store once.

    The indexes below are computed on first use and not pickled (the cache
    keeps only what the store said)."""

    nodes: dict[str, Node]
    edges: list[Edge]
    documents: dict[str, Document]

    def __getstate__(self) -> dict[str, Any]:
        """Plain tuples: pickling 30,000 dataclass instances field by field costs a third more."""
        return {"nodes": [astuple_shallow(n) for n in self.nodes.values()],
                "edges": [(e.source, e.relation, e.target, e.sources) for e in self.edges],
                "documents": [astuple_shallow(d) for d in self.documents.values()]}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.nodes = {row[0]: Node(*row) for row in state["nodes"]}
        self.edges = [Edge(*row) for row in state["edges"]]
        self.documents = {row[0]: Document(*row) for row in state["documents"]}

    def country(self, code: str) -> Node:
        code = code.strip().upper()
        for node in self.nodes.values():
            if node.kind == "Country" and (node.iso or "").upper() == code:
                return node
        raise ProjectionError(f"no country with ISO code {code!r} in the graph")

    @cached_property
    def roles(self) -> dict[str, frozenset[str]]:
        """Actors taking part in each happening (by role relations)."""
        out: dict[str, set[str]] = defaultdict(set)
        nodes = self.nodes
        for e in self.edges:
            if e.relation in ROLE_RELATIONS and nodes[e.source].kind in HAPPENING_KINDS \
                    and nodes[e.target].kind in ACTOR_KINDS:
                out[e.source].add(e.target)
        return {h: frozenset(a) for h, a in out.items()}

    @cached_property
    def stands_for(self) -> dict[str, frozenset[str]]:
        """Countries each actor stands for: itself, `represents`, an organisation's `country`,
        or through `memberOf` an organisation's country."""
        direct: dict[str, set[str]] = defaultdict(set)
        member: dict[str, set[str]] = defaultdict(set)
        nodes = self.nodes
        for n in nodes.values():
            if n.kind == "Country":
                direct[n.iri].add(n.iri)
        for e in self.edges:
            if e.relation in ("represents", "country") and nodes[e.target].kind == "Country":
                direct[e.source].add(e.target)
            elif e.relation == "memberOf":
                member[e.source].add(e.target)
        for actor, orgs in member.items():
            if not direct.get(actor):
                for org in orgs:
                    direct[actor] |= direct.get(org, set())
        return {a: frozenset(c) for a, c in direct.items() if c}


def _local(iri: str) -> str:
    return iri[len(DKG_IRI):] if iri.startswith(DKG_IRI) else iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# The default graph holds each distinct statement once (the deduplicated union
# of the article graphs), so plain patterns need no DISTINCT; GRAPH ?g finds
# which articles state a relation, for the page's tooltips only.
Q_TYPES = "SELECT ?s ?t WHERE { ?s a ?t FILTER(?t != dkg:SourceDocument) }"
# (a label that is no literal has no language: "", as a literal without one)
Q_LABELS = "SELECT ?s ?l (COALESCE(LANG(?l), \"\") AS ?lang) WHERE { ?s rdfs:label ?l }"
Q_ATTRS = """SELECT ?s ?p ?o WHERE { ?s ?p ?o
  VALUES ?p { dkg:isoCode dkg:startDate dkg:endDate dkg:date dkg:since dkg:level } }"""
Q_DETAIL_ATTRS = """SELECT ?s ?p ?o WHERE { ?s ?p ?o VALUES ?p { dkg:location dkg:position dkg:rank } }"""
_RELATION_VALUES = "VALUES ?p { %s }" % " ".join(f"dkg:{r}" for r in RELATIONS)
# ?g is tied to an article: on a server whose default graph is itself a named graph
# (Virtuoso), GRAPH ?g also ranges over that one.
Q_EDGES = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } ?g a dkg:SourceDocument %s }" % _RELATION_VALUES
Q_EDGES_PLAIN = "SELECT ?s ?p ?o WHERE { ?s ?p ?o %s }" % _RELATION_VALUES
Q_PROV = "SELECT ?s ?g WHERE { ?s prov:wasDerivedFrom ?g }"
Q_EVIDENCE = "SELECT ?s ?e WHERE { ?s dkg:evidence ?e }"
Q_TYPES_DOCS = "SELECT ?d WHERE { ?d a dkg:SourceDocument }"
Q_DOCS = """SELECT ?d ?p ?o WHERE { ?d a dkg:SourceDocument ; ?p ?o
  VALUES ?p { dcterms:identifier dcterms:title dcterms:issued dcterms:source } }"""

_LANG_RANK = {"vi": 0, "": 1, "en": 2}


def restricted(sparql: str, variable: str, iris: Optional[Iterable[str]]) -> str:
    """The query with `variable` bound to `iris` (None: unrestricted), for an incremental read."""
    if iris is None:
        return sparql
    values = " ".join(f"<{iri}>" for iri in sorted(iris))
    head, where, body = sparql.partition("WHERE {")
    # the same rows; with the subjects bound, a filter on the predicate is ~10x faster than VALUES
    body = re.sub(r"VALUES \?p \{ ([^}]*) \}", lambda m: f"FILTER(?p IN ({', '.join(m.group(1).split())}))", body)
    return f"{head}WHERE {{ VALUES ?{variable} {{ {values} }}{body}"


def _read_nodes(store: GraphStore, only: Optional[set[str]] = None) -> dict[str, Node]:
    """Every entity (or those of `only`) with its kind, most specific class, preferred label and attributes."""
    nodes = _typed_nodes(store, only)
    for iri, label in _preferred_labels(store, nodes, only).items():
        nodes[iri].label = label
    for s, p, value in select_bound(store, restricted(Q_ATTRS, "s", only)):
        node = nodes.get(s)
        if node is not None:
            _add_attribute(node, _local(p), value)
    for node in nodes.values():
        if not node.label:
            node.label = node.iso or node.key
    return nodes


def _typed_nodes(store: GraphStore, only: Optional[set[str]]) -> dict[str, Node]:
    """The entities of a kind the views show, each with its most specific dkg class."""
    kinds: dict[str, set[str]] = defaultdict(set)
    for s, t in select_bound(store, restricted(Q_TYPES, "s", only)):
        if t.startswith(DKG_IRI):
            kinds[s].add(t[len(DKG_IRI):])
    nodes: dict[str, Node] = {}
    for iri, types in kinds.items():
        kind = next((k for k in KINDS if k in types), None)
        if kind is not None:
            specific = sorted(types - set(KINDS) - {"SourceDocument"})
            nodes[iri] = Node(iri=iri, kind=kind, type=specific[0] if specific else kind)
    return nodes


def _preferred_labels(store: GraphStore, nodes: dict[str, Node], only: Optional[set[str]]) -> dict[str, str]:
    """Each node's label in the preferred language, the least of them on a tie."""
    best: dict[str, tuple[int, str]] = {}
    for s, label, lang in select_bound(store, restricted(Q_LABELS, "s", only)):
        if s in nodes:
            cand = (_LANG_RANK.get(lang, 3), label)
            if s not in best or cand < best[s]:
                best[s] = cand
    return {iri: label for iri, (_, label) in best.items()}


def _add_attribute(node: Node, prop: str, value: str) -> None:
    """Fold one attribute row into `node`: the least code, start and level, the greatest end
    (the least, not the last: engines, and restricted reads, order rows differently)."""
    if prop == "isoCode":
        node.iso = min(node.iso, value) if node.iso else value
    elif prop in ("startDate", "date", "since"):
        node.start = min(node.start, value) if node.start else value
    elif prop == "endDate":
        node.end = max(node.end, value) if node.end else value
    elif prop == "level":
        node.level = min(node.level, _local(value)) if node.level else _local(value)


def _read_edges(store: GraphStore, nodes: dict[str, Node], sources: bool,
                only: Optional[set[str]] = None, to: Iterable[str] = ()) -> list[Edge]:
    """Relations between entities (or those from `only` and to `to`); with `sources`, the articles stating each."""
    edges: dict[tuple[str, str, str], Edge] = {}
    query = Q_EDGES if sources else Q_EDGES_PLAIN
    targets = set(to)
    queries = [query] if only is None else [restricted(query, "s", only)] + (
        [restricted(query, "o", targets)] if targets else [])
    for sparql in queries:
        for row in select_bound(store, sparql):
            s, o = row[0], row[2]
            if s in nodes and o in nodes:
                rel = _local(row[1])
                edge = edges.setdefault((s, rel, o), Edge(s, rel, o))
                if sources:
                    edge.sources.add(row[3])
    name_partnerships(nodes, edges.values(), only)
    return sorted(edges.values(), key=lambda e: (e.source, e.relation, e.target))


def name_partnerships(nodes: dict[str, Node], edges: Iterable[Edge], only: Optional[set[str]] = None) -> None:
    """Partnerships rarely carry a label: name them by their partners, Vietnam first
    (those of `only`, whose partners' labels are all read by now)."""
    partners: dict[str, list[Node]] = defaultdict(list)
    for e in edges:
        if e.relation == "partner" and (only is None or e.source in only):
            partners[e.source].append(nodes[e.target])
    for iri, countries in partners.items():
        node = nodes[iri]
        if node.label == node.key:
            names = [c.label for c in sorted(countries, key=lambda c: (c.iso != "VNM", c.label))]
            node.label = " – ".join(names) + (f": {term_label(node.level)}" if node.level else "")


def _read_documents(store: GraphStore, nodes: dict[str, Node], details: bool,
                    only: Optional[set[str]] = None) -> dict[str, Document]:
    """The articles; with `details`, their metadata and each entity's articles and evidence
    (of `only`, where given: `nodes` then holds those entities only)."""
    documents: dict[str, Document] = {}
    if not details:
        for (s,) in select_bound(store, restricted(Q_TYPES_DOCS, "d", only)):
            documents.setdefault(s, Document(s))
        return documents
    for s, g in select_bound(store, restricted(Q_PROV, "s", only)):
        node = nodes.get(s)
        if node is not None:
            node.sources.add(g)
    for s, p, value in select_bound(store, restricted(Q_DETAIL_ATTRS, "s", only)):
        node = nodes.get(s)
        if node is not None:  # the least, not the first: engines order rows differently
            prop, current = _local(p), getattr(node, _local(p))
            setattr(node, prop, value if current is None else min(current, value))
    for s, e in select_bound(store, restricted(Q_EVIDENCE, "s", only)):
        node = nodes.get(s)
        if node is not None:
            node.evidence.append(e)
    for node in nodes.values():
        node.evidence.sort()
    attr = {"identifier": "identifier", "title": "title", "issued": "issued", "source": "url"}
    for d, p, o in select_bound(store, restricted(Q_DOCS, "d", only)):
        doc = documents.setdefault(d, Document(d))
        setattr(doc, attr[p.rsplit("/", 1)[-1]], o)
    return documents


def load_kg(store: GraphStore, details: bool = True) -> KGData:
    """Read the nodes, relations and, with `details`, provenance and evidence.

    Analytics pass `details=False`: they need neither evidence nor articles,
    and read the relations from the default graph alone."""
    nodes = _read_nodes(store)
    edges = _read_edges(store, nodes, sources=details)
    documents = _read_documents(store, nodes, details)
    # in IRI order, whatever order the engine answers in: an incremental update gives the same
    return KGData(nodes=dict(sorted(nodes.items())), edges=edges, documents=dict(sorted(documents.items())))


CACHE_NAME = "kg-projection-cache.pickle"
_CACHE_VERSION = 5  # 5: article hashes and subjects, for updates; 4: records as tuples; 3: light entries
# Above this share of changed articles, a full read costs less than an update.
UPDATE_MAX_SHARE = 0.1
Q_GRAPH_SUBJECTS = "SELECT DISTINCT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass
class CachedProjection:
    """A projection and what it was read from: each article graph's hash and subjects."""

    state: str
    details: bool
    data: KGData
    hashes: dict[str, str]
    subjects: Optional[dict[str, tuple[str, ...]]]  # None: not kept (an update is then a full read)


def state_of(hashes: dict[str, str]) -> str:
    return hashlib.sha256(repr(sorted(hashes.items())).encode("utf-8")).hexdigest()


def store_state(store: GraphStore) -> str:
    """A fingerprint of what the store holds: every article graph and its content hash."""
    return state_of(store.content_hashes())


def graph_subjects(store: GraphStore, graphs: Optional[Iterable[str]],
                   canon: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Each article graph's subjects (of `graphs`, or all); `canon` shares the strings the projection holds."""
    out: dict[str, list[str]] = defaultdict(list)
    for g, s in select_bound(store, restricted(Q_GRAPH_SUBJECTS, "g", graphs)):
        out[g].append(canon.get(s, s))
    return {g: tuple(subjects) for g, subjects in out.items()}


def update_kg(store: GraphStore, old: CachedProjection, hashes: dict[str, str]) -> Optional[CachedProjection]:
    """The cached projection brought up to date by reading again only what changed articles touch.

    Every fact of the projection is about a subject of some article graph
    (an entity, an article), so the entities and articles that a changed
    graph states something about, before or after, are read again, with the
    relations from them (and to those new as entities) and the partnerships
    named after them; the rest is kept. None when there is no basis for it,
    or when so much changed that a full read is cheaper. Equal to `load_kg`
    over the store.
    """
    changed = _changed_graphs(old, hashes)
    if old.subjects is None or changed is None:
        return None
    now = graph_subjects(store, sorted(g for g in changed if g in hashes), {})
    touched = _touched_subjects(old.subjects, old.data.edges, changed, now)
    if touched is None:
        return None
    data = old.data
    fresh = _read_nodes(store, touched)
    nodes = dict(sorted(({iri: n for iri, n in data.nodes.items() if iri not in touched} | fresh).items()))
    edges = _updated_edges(store, old, nodes, fresh, touched, changed & hashes.keys(), changed)
    if edges is None:
        return None
    documents = {d: doc for d, doc in data.documents.items() if d not in touched}
    documents.update(_read_documents(store, fresh, old.details, touched))
    subjects = {g: found for g, found in old.subjects.items() if g in hashes and g not in changed}
    subjects.update(now)
    return CachedProjection(state_of(hashes), old.details, KGData(nodes, edges, dict(sorted(documents.items()))),
                            hashes, subjects)


def _changed_graphs(old: CachedProjection, hashes: dict[str, str]) -> Optional[set[str]]:
    """The article graphs added, removed or changed since `old`; None when so many changed
    that a full read is cheaper than an update."""
    changed = {g for g in old.hashes.keys() | hashes.keys() if old.hashes.get(g) != hashes.get(g)}
    if len(changed) > max(10.0, UPDATE_MAX_SHARE * len(hashes)):
        return None
    return changed


def _touched_subjects(before: dict[str, tuple[str, ...]], edges: list[Edge], changed: set[str],
                      now: dict[str, tuple[str, ...]]) -> Optional[set[str]]:
    """The subjects a changed graph states something about, `before` or `now`, and the
    partnerships named after them (`edges`: their names change with their partners); None when
    one is a blank node, which no query can name."""
    touched = {s for g in changed for s in before.get(g, ())} | {s for found in now.values() for s in found}
    if any(":" not in s for s in touched):
        return None
    return touched | {e.source for e in edges if e.relation == "partner" and e.target in touched}


def _updated_edges(store: GraphStore, old: CachedProjection, nodes: dict[str, Node], fresh: dict[str, Node],
                   touched: set[str], present: set[str], changed: set[str]) -> Optional[list[Edge]]:
    """The relations after an update, sorted; None when a full read is needed instead.

    A relation is stated where its subject is: from an untouched entity, it is
    unchanged, and kept while its target is an entity; one to an entity that
    was none before is read anew."""
    data = old.data
    edges = [e for e in data.edges if e.source not in touched and e.target in nodes]
    read = _read_edges(store, nodes, False, touched, to=(iri for iri in fresh if iri not in data.nodes))
    before = {(e.source, e.relation, e.target) for e in data.edges}
    if any(e.relation == "partner" and e.source not in touched and (e.source, e.relation, e.target) not in before
           for e in read):
        return None  # an untouched partnership gains a partner: its name changes; read it all
    if old.details and not edge_sources(store, read, data.edges, present, changed, nodes):
        return None
    edges += read
    edges.sort(key=lambda e: (e.source, e.relation, e.target))
    return edges


def edge_sources(store: GraphStore, edges: list[Edge], before: list[Edge], present: set[str],
                 changed: set[str], nodes: dict[str, Node]) -> bool:
    """Set the articles stating each of `edges`: those of before, less the changed graphs, plus
    the changed graphs stating it now; a relation new to the projection is read whole."""
    known = {(e.source, e.relation, e.target): e.sources for e in before}
    stated: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    if present:
        for s, p, o, g in select_bound(store, restricted(Q_EDGES, "g", present)):
            stated[(s, _local(p), o)].add(g)
    new = {e.source for e in edges if (e.source, e.relation, e.target) not in known}
    whole = {(e.source, e.relation, e.target): e.sources for e in _read_edges(store, nodes, True, new)} if new else {}
    for e in edges:
        key = (e.source, e.relation, e.target)
        if key in known:
            e.sources = (known[key] - changed) | stated.get(key, set())
        elif key in whole:
            e.sources = whole[key]
        else:
            return False
    return True


def _read_cache(cache: Path) -> Optional[CachedProjection]:
    try:
        with open(cache, "rb") as fh:
            version, *fields_ = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError):
        return None
    if version != _CACHE_VERSION or len(fields_) != 5 or not isinstance(fields_[2], KGData):
        return None
    return CachedProjection(*fields_)


def _write_cache(cache: Path, entry: CachedProjection) -> None:
    try:
        tmp = cache.with_name(cache.name + ".part")
        with open(tmp, "wb") as fh:
            pickle.dump((_CACHE_VERSION, entry.state, entry.details, entry.data, entry.hashes, entry.subjects),
                        fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
    except OSError:
        pass  # a read-only place: analyses still work, only slower


def load_kg_cached(store: GraphStore, details: bool = True) -> KGData:
    """`load_kg`, cached beside an on-disk store until the store changes (see `_load_kg_cached`)."""
    with paused_gc():
        return _load_kg_cached(store, details)


def _load_kg_cached(store: GraphStore, details: bool = True) -> KGData:
    """`load_kg`, cached beside an on-disk store and updated as the store changes.

    Reading the projection over SPARQL is most of `kg analyze`'s time on a
    large graph; the fingerprint query is cheap, so repeated analyses and
    views of an unchanged store skip it, and a few changed articles cost an
    update (`update_kg`), not a full read. A cache with details serves a load
    without them, not the other way round. `kg build` warms the cache when it
    writes the HTML view. Any problem with the cache falls back to a fresh load.
    """
    directory = getattr(store, "path", None)
    if directory is None:
        return load_kg(store, details)
    cache = Path(directory) / CACHE_NAME
    hashes = store.content_hashes()
    state = state_of(hashes)
    cached = _read_cache(cache)
    usable = cached is not None and (cached.details or not details)
    if usable and cached.state == state:  # type: ignore[union-attr]
        return cached.data  # type: ignore[union-attr]
    entry = update_kg(store, cached, hashes) if usable else None  # type: ignore[arg-type]
    if entry is None:
        data = load_kg(store, details)
        # the subjects, read once with the details (the build's view), let later builds update
        canon = {iri: iri for iri in chain(data.nodes, data.documents)}
        entry = CachedProjection(state, details, data, hashes,
                                 graph_subjects(store, None, canon) if details else None)
    _write_cache(cache, entry)
    return entry.data


# --------------------------------------------------------------------------- filtering
def happening_actors(data: KGData) -> dict[str, frozenset[str]]:
    """Actors taking part in each happening (by role relations)."""
    return data.roles


def actor_countries(data: KGData) -> dict[str, frozenset[str]]:
    """Countries each actor stands for (see `KGData.stands_for`)."""
    return data.stands_for


def kept_happenings(data: KGData, period: Period = Period(), types: Optional[Iterable[str]] = None) -> set[str]:
    """Happenings inside the period and, when `types` is given, of one of those classes."""
    wanted = {t for t in types} if types else None
    out = set()
    for n in data.nodes.values():
        if n.kind not in HAPPENING_KINDS or not period.admits(n):
            continue
        if wanted is not None and n.kind not in wanted and n.type not in wanted and (n.level or "") not in wanted:
            continue
        out.add(n.iri)
    return out


# --------------------------------------------------------------------------- projections
def _node_attrs(n: Node) -> dict[str, Any]:
    attrs: dict[str, Any] = {"kind": n.kind, "type": n.type, "label": n.label, "key": n.key}
    for name in ("iso", "start", "end", "level", "location", "position", "rank"):
        value = getattr(n, name)
        if value:
            attrs[name] = value
    return attrs


def entity_selection(data: KGData, period: Period = Period(),
                     types: Optional[Iterable[str]] = None) -> tuple[list[str], list[Edge]]:
    """The entity graph's nodes (sorted IRIs) and relations, without building it.

    A period or a type filter keeps the happenings it admits, the actors taking
    part in them and those actors' organisations and countries."""
    if period.is_open and not types:
        return sorted(data.nodes), list(data.edges)
    keep = kept_happenings(data, period, types)
    roles = data.roles
    actors: set[str] = set()
    for h in keep:
        actors |= roles.get(h, frozenset())
    # officials' organisations/countries stay attached to kept actors
    for e in data.edges:
        if e.source in actors and e.relation in ("represents", "memberOf", "country"):
            actors.add(e.target)
    allowed = keep | actors
    return sorted(allowed), [e for e in data.edges if e.source in allowed and e.target in allowed]


def entity_graph(data: KGData, period: Period = Period(), types: Optional[Iterable[str]] = None) -> nx.MultiDiGraph:
    """Entities and happenings as nodes, relations as keyed edges (see module doc)."""
    g = nx.MultiDiGraph()
    nodes, edges = entity_selection(data, period, types)
    for iri in nodes:
        g.add_node(iri, **_node_attrs(data.nodes[iri]))
        g.nodes[iri]["_sources"] = tuple(sorted(data.nodes[iri].sources))
        g.nodes[iri]["_evidence"] = tuple(data.nodes[iri].evidence)
    for e in edges:
        g.add_edge(e.source, e.target, key=e.relation, relation=e.relation, _sources=tuple(sorted(e.sources)))
    return g


def tie_weight(node: Node) -> float:
    """What one shared happening adds to a country tie (kg/data/viz/projection.json)."""
    weights = config()["tie_weights"]
    if node.kind == "Partnership":
        levels = weights["Partnership"]
        return float(levels.get(node.level or "", levels["_default"]))
    return float(weights[node.kind])


def happening_country_sets(data: KGData, keep: set[str]) -> dict[str, set[str]]:
    """Countries involved in each kept happening, directly or via its actors."""
    via = data.stands_for
    out: dict[str, set[str]] = {}
    for h, actors in data.roles.items():
        if h in keep:
            countries: set[str] = set()
            for a in actors:
                found = via.get(a)
                if found:
                    countries |= found
            out[h] = countries
    return out


def years_within(node: Node, period: Period) -> Optional[tuple[int, int]]:
    """First and last year of a happening inside the period (clipped to it); None if undated."""
    start = date_interval(node.start)
    if start is None:
        return None
    end = date_interval(node.end) or start
    lo = max(start[0], period.since) if period.since else start[0]
    hi = min(end[1], period.until) if period.until else end[1]
    return int(lo[:4]), int(max(lo, hi)[:4])


def latest_partnership(partnerships: Iterable[Node]) -> Optional[Node]:
    """The partnership last entered (by `since`); among undated ones, the strongest."""
    levels = config()["tie_weights"]["Partnership"]
    return max(partnerships, key=lambda p: (date_interval(p.start) or ("",))[0:1] + (levels.get(p.level or "", 0),),
               default=None)


def country_graph(data: KGData, period: Period = Period(), types: Optional[Iterable[str]] = None) -> nx.Graph:
    """Country–country ties weighted by shared happenings, with a breakdown per edge.

    `first`/`last` are the years of the tie's events and agreements inside the
    period; `level` and `since` come from the partnership last entered."""
    g = nx.Graph()
    keep = kept_happenings(data, period, types)
    for h, countries in sorted(happening_country_sets(data, keep).items()):
        node = data.nodes[h]
        for c in countries:
            if c not in g:
                g.add_node(c, **_node_attrs(data.nodes[c]))
        years = years_within(node, period) if node.kind != "Partnership" else None
        for a, b in combinations(sorted(countries), 2):
            if not g.has_edge(a, b):
                g.add_edge(a, b, weight=0.0, events=0, agreements=Counter(), level=None, since=None,
                           first=None, last=None, happenings=[])
            d = g.edges[a, b]
            d["weight"] += tie_weight(node)
            d["happenings"].append(h)
            if node.kind == "Event":
                d["events"] += 1
            elif node.kind == "Agreement":
                d["agreements"][node.type] += 1
            if years is not None:
                d["first"] = years[0] if d["first"] is None else min(d["first"], years[0])
                d["last"] = years[1] if d["last"] is None else max(d["last"], years[1])
    for _, _, d in g.edges(data=True):
        latest = latest_partnership(data.nodes[h] for h in d["happenings"]
                                    if data.nodes[h].kind == "Partnership" and data.nodes[h].level)
        if latest is not None:
            d["level"], d["since"] = latest.level, latest.start
    return g


def actor_graph(data: KGData, period: Period = Period(), types: Optional[Iterable[str]] = None) -> nx.Graph:
    """Countries, officials and organisations linked by shared happenings and affiliation.

    Ties are counted in plain dicts and the graph built once: the same nodes and
    edges, in the same order, as adding them one by one, five times faster."""
    keep = kept_happenings(data, period, types)
    filtered = not period.is_open or bool(types)
    roles = happening_actors(data)
    order: dict[str, None] = {}
    ties: dict[tuple[str, str], list[float]] = {}  # first-seen orientation -> [weight, shared]
    for h in sorted(keep):
        actors = sorted(roles.get(h, ()))
        order.update(dict.fromkeys(actors))
        w = tie_weight(data.nodes[h]) if data.nodes[h].kind == "Partnership" else 1.0
        for a, b in combinations(actors, 2):
            tie = ties.get((a, b)) or ties.get((b, a))
            if tie is None:
                ties[(a, b)] = [w, 1]
            else:
                tie[0] += w
                tie[1] += 1
    if not filtered:
        order.update((n.iri, None) for n in data.nodes.values() if n.kind in ACTOR_KINDS)
    for e in data.edges:
        if e.relation in ("represents", "memberOf", "country") and (not filtered or e.source in order):
            order.update(((e.source, None), (e.target, None)))
            tie = ties.get((e.source, e.target)) or ties.get((e.target, e.source))
            if tie is None:
                ties[(e.source, e.target)] = [1.0, 0]
            else:
                tie[0] += 1.0
    g = nx.Graph()
    g.add_nodes_from((n, _node_attrs(data.nodes[n])) for n in order)
    g.add_edges_from((a, b, {"weight": w, "shared": shared}) for (a, b), (w, shared) in ties.items())
    return g


# --------------------------------------------------------------------------- export
def gexf_spell(attrs: dict[str, Any]) -> dict[str, str]:
    """GEXF `start`/`end` as full ISO days, as its `timeformat="date"` requires.

    A month or a year becomes the days it covers; a partnership stays in force
    from its start on (no end); a date without a year gives no spell."""
    first = date_interval(attrs.get("start"))
    if first is None:
        return {}
    if attrs.get("kind") == "Partnership":
        return {"start": first[0]}
    last = date_interval(attrs.get("end")) or first
    return {"start": first[0], "end": max(first[1], last[1])}


def _flat(graph: nx.Graph, spells: bool = False) -> nx.Graph:
    """Copy with only scalar attributes, as GraphML/GEXF require.

    With `spells` (GEXF), `start`/`end` become the node's time spell in full
    ISO days; the dates as the articles gave them stay in `date` and `end_date`."""
    out = graph.__class__()

    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        res: dict[str, Any] = {}
        for k, v in attrs.items():
            name = k.lstrip("_")
            if isinstance(v, (str, int, float, bool)):
                res[name] = v
            elif isinstance(v, Counter):
                res[name] = "; ".join(f"{t}={c}" for t, c in sorted(v.items()))
            elif isinstance(v, (list, tuple, set)):
                res[name] = " | ".join(str(x) for x in v)
        if spells:
            for key, kept in (("start", "date"), ("end", "end_date")):
                if key in res:
                    res[kept] = res.pop(key)
            res.update(gexf_spell(attrs))
        return res

    for n, d in graph.nodes(data=True):
        out.add_node(n, **clean(d))
    if graph.is_multigraph():
        for u, v, k, d in graph.edges(keys=True, data=True):
            out.add_edge(u, v, key=k, **clean(d))
    else:
        for u, v, d in graph.edges(data=True):
            out.add_edge(u, v, **clean(d))
    return out


def write_graph(store: GraphStore, fmt: str, out_binary: BinaryIO, projection: str = "entity",
                period: Period = Period()) -> nx.Graph:
    """Write a projection (entity, country or actor) as GraphML or GEXF for Gephi/Cytoscape."""
    if fmt not in GRAPH_FORMATS:
        raise ProjectionError(f"unknown graph format {fmt!r}; choose from {', '.join(GRAPH_FORMATS)}")
    builders = {"entity": entity_graph, "country": country_graph, "actor": actor_graph}
    if projection not in builders:
        raise ProjectionError(f"unknown projection {projection!r}; choose from {', '.join(builders)}")
    graph = _flat(builders[projection](load_kg_cached(store), period), spells=fmt == "gexf")
    if fmt == "graphml":
        nx.write_graphml(graph, out_binary, encoding="utf-8")
    else:
        nx.write_gexf(graph, out_binary, encoding="utf-8")
    return graph
